"""Drafts and embargoed briefings never reach an edition: not built, not on the branch, not in history."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import BuildError
from briefings.library import Library
from briefings.publishing import exclusion, leaks, staging
from briefings.site.builder import build_site
from tests.conftest import MINIMAL_MKDOCS, briefing_text, run_git
from tests.publishing.conftest import BASE_FILES, NOW, branch_tip, cited, show

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]

DRAFT_TEXT = "The zebra quartet rehearsed its unfinished xylophone concerto behind closed doors"
EMBARGO_TEXT = "Marigold observers counted nineteen violet lanterns along the quiet harbour wall"
EMBARGO_END = "2025-03-01T12:00:00+01:00"  # 11:00 UTC


def _files() -> dict[str, str]:
    return {**BASE_FILES,
            "RESEARCH/Draft Notes.md": briefing_text("Draft Notes", f"{DRAFT_TEXT}.", status="draft"),
            "RESEARCH/Embargoed.md": cited("Embargoed", f"{EMBARGO_TEXT}.").replace(
                "status: published", f"status: published\nembargo_until: '{EMBARGO_END}'")}


def _everywhere(root: Path, text: str) -> list[str]:
    """The commits of gh-pages whose files contain `text` anywhere (git grep over the branch history)."""
    commits = run_git(root, "rev-list", "gh-pages").split()
    return [c for c in commits
            if subprocess.run(["git", "grep", "-q", "-F", "-I", "-e", text, c, "--"], cwd=root).returncode == 0]


def test_draft_and_embargoed_text_is_nowhere_in_the_edition_or_the_branch_history(
        make_library: Callable[..., Path], cli: CLI) -> None:
    root = make_library(_files(), git=True, mkdocs=MINIMAL_MKDOCS + "site_url: https://briefings.invalid/\n")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", "2025-03-01T10:59:59+00:00")
    assert code == 0, err
    assert "leaving out docs/RESEARCH/Draft Notes.md: draft" in out
    assert "leaving out docs/RESEARCH/Embargoed.md: embargoed until 2025-03-01T12:00:00+01:00" in out
    for text in (DRAFT_TEXT, EMBARGO_TEXT, "Draft Notes", "Embargoed", "Draft%20Notes"):
        assert _everywhere(root, text) == [], text
    files = run_git(root, "ls-tree", "-r", "--name-only", "gh-pages")
    assert "Embargoed" not in files and "Draft" not in files
    index = json.loads(show(root, "2025.01/search/search_index.json"))
    assert not [d for d in index["docs"] if "Embargoed" in d["location"] or "Draft" in d["location"]]
    # the sitemap and canonical URLs name the alias, so that they are the same in every edition
    assert "https://briefings.invalid/latest/RESEARCH/Alpha/" in show(root, "2025.01/sitemap.xml")

    # one second after the embargo ends (in its own time zone) the briefing is published
    before = run_git(root, "rev-parse", "gh-pages").strip()
    code, out, err = cli("--root", root, "publish", "2025.02", "--now", "2025-03-01T11:00:01+00:00")
    assert code == 0, out + err
    assert EMBARGO_TEXT in show(root, "2025.02/RESEARCH/Embargoed/index.html")
    assert "added    Embargoed" in out
    assert _everywhere(root, DRAFT_TEXT) == []
    # the commits of this publish only (the edition, then the banners): the search really looks
    assert sorted(_everywhere(root, EMBARGO_TEXT)) == sorted(run_git(root, "rev-list", f"{before}..gh-pages").split())
    assert _everywhere(root, EMBARGO_TEXT)


def test_quoting_an_excluded_briefing_aborts_before_mike_commits(make_library: Callable[..., Path], cli: CLI) -> None:
    files = _files()
    files["RESEARCH/Alpha.md"] = briefing_text(  # in an analysis block: the quoting is no lint error
        "Alpha", f'!!! analysis "Analysis"\n\n    As the notes say: {DRAFT_TEXT}.')
    root = make_library(files, git=True)
    code, _, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1
    assert "contains excluded briefings; nothing was deployed" in err
    assert "RESEARCH/Alpha/index.html: contains sentence" in err and "docs/RESEARCH/Draft Notes.md" in err
    assert branch_tip(root) is None


def test_snippets_cannot_include_an_excluded_briefing(make_library: Callable[..., Path], cli: CLI,
                                                      tmp_path: Path) -> None:
    mkdocs = MINIMAL_MKDOCS + "  - pymdownx.snippets:\n      base_path: [docs]\n      check_paths: true\n"
    files = _files()
    files["RESEARCH/Alpha.md"] = briefing_text("Alpha", 'Intro.\n\n--8<-- "RESEARCH/Draft Notes.md"\n')
    root = make_library(files, git=True, mkdocs=mkdocs)
    library = Library.load(root)
    staged = staging.stage(library.project, tmp_path / "staged", dt.datetime.fromisoformat(NOW))
    assert [b.rel for b in staged.left_out] == ["RESEARCH/Draft Notes.md", "RESEARCH/Embargoed.md"]
    assert not (tmp_path / "staged/docs/RESEARCH/Draft Notes.md").exists()
    assert (tmp_path / "staged/docs/RESEARCH/Alpha.md").exists()
    with pytest.raises(BuildError) as info:  # the staged copy has no draft for the snippet to include
        build_site(Library.load(tmp_path / "staged"), site_dir=tmp_path / "site")
    assert "Draft Notes.md" in info.value.message
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "nothing was deployed" in err, out + err
    assert branch_tip(root) is None


NFD_TEXT = unicodedata.normalize("NFD", "The zqnfd informant meets the Kyiv caf\u00e9 owner at the M\u00f6nchengladbach depot")


@pytest.mark.parametrize("case", ["assets", "drafts", "nfd"])
def test_a_quote_the_scan_once_missed_stops_the_edition(make_library: Callable[..., Path], cli: CLI,
                                                        case: str) -> None:
    """A draft quoted in a published .tsv/.yaml/.bib file; one public page quoting a sentence that
    three drafts share; a draft saved in NFD quoted in NFC."""
    files = _files()
    if case == "assets":
        files |= {"RESEARCH/data.tsv": f"id\tnote\n1\t{DRAFT_TEXT}\n", "RESEARCH/data.yaml": f"note: {DRAFT_TEXT}\n",
                  "RESEARCH/refs.bib": f"@misc{{x, note={{{DRAFT_TEXT}}}}}\n"}
        files["RESEARCH/Alpha.md"] = cited("Alpha", "The Alpha Committee met on 14 January 2025.") + \
            "\n[Data](data.tsv), [more](data.yaml) and [references](refs.bib).\n"
        leaked = ["RESEARCH/data.tsv", "RESEARCH/data.yaml", "RESEARCH/refs.bib"]
    elif case == "drafts":
        files |= {f"RESEARCH/Part {i}.md": briefing_text(f"Series Part {i}", f"{DRAFT_TEXT}.", status="draft")
                  for i in range(3)}
        files["RESEARCH/Alpha.md"] = cited("Alpha", f"{DRAFT_TEXT} on 14 January 2025.")
        leaked = ["RESEARCH/Alpha/index.html"]
    else:
        files["RESEARCH/Draft Notes.md"] = briefing_text("Draft Notes", f"{NFD_TEXT}.", status="draft")
        files["RESEARCH/Alpha.md"] = cited("Alpha", unicodedata.normalize("NFC", f"{NFD_TEXT} on 14 January 2025."))
        leaked = ["RESEARCH/Alpha/index.html"]
    root = make_library(files, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "contains excluded briefings; nothing was deployed" in err, out + err
    for name in leaked:
        assert f"{name}: contains " in err, name
    assert branch_tip(root) is None


@pytest.mark.parametrize("spelling", ["pymdownx.snippets", "pymdownx.snippets:SnippetExtension"])
def test_snippets_are_confined_to_docs_however_the_extension_is_named(
        make_library: Callable[..., Path], cli: CLI, spelling: str) -> None:
    """Python-Markdown loads the extension by module path or `module:Class` alike: both are confined."""
    mkdocs = MINIMAL_MKDOCS + f"  - {spelling}:\n      base_path: [docs, .]\n      check_paths: false\n"
    files = {**BASE_FILES, "RESEARCH/Alpha.md": cited("Alpha", "The Alpha Committee met on 14 January 2025.")
             + '\n--8<-- "notes/secret.txt"\n\n--8<-- "docs/RESEARCH/Beta.md"\n'}
    root = make_library(files, git=True, mkdocs=mkdocs)
    (root / "notes").mkdir()
    (root / "notes/secret.txt").write_text("The zqsnippetnote informant is named in these notes.\n", "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    page = show(root, "2025.01/RESEARCH/Alpha/index.html")
    assert "Beta Report was released" in page  # a base above docs/ still reaches docs/
    assert _everywhere(root, "zqsnippetnote") == []


def test_scan_finds_text_and_urls_of_excluded_briefings(make_library: Callable[..., Path], tmp_path: Path) -> None:
    root = make_library(_files())
    library = Library.load(root)
    left_out = exclusion.excluded(library, dt.datetime.fromisoformat(NOW))
    assert sorted(b.rel for b in left_out) == ["RESEARCH/Draft Notes.md", "RESEARCH/Embargoed.md"]
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_text(f"<p>The <em>zebra quartet</em> rehearsed its unfinished xylophone "
                                 f"concerto behind\n   closed doors.</p>", "utf-8")
    (site / "sitemap.xml").write_text("<loc>https://x.invalid/RESEARCH/Embargoed/</loc>", "utf-8")
    (site / "clean.html").write_text('<p>Marigold observers were mentioned in <a href="../2025.01/RESEARCH/'
                                     'Embargoed/">an earlier edition</a>.</p>', "utf-8")
    (site / "search").mkdir()
    (site / "search/search_index.json").write_text(json.dumps({"docs": [
        {"location": "RESEARCH/Alpha/", "text": "x"}, {"location": "RESEARCH/Draft%20Notes/#notes", "text": "y"}]}))
    found = leaks.scan(site, left_out)
    assert sorted((leak.file, leak.briefing) for leak in found) == [
        ("a.html", "docs/RESEARCH/Draft Notes.md"), ("search/search_index.json", "docs/RESEARCH/Draft Notes.md"),
        ("sitemap.xml", "docs/RESEARCH/Embargoed.md")]


def test_an_embargo_without_a_time_zone_keeps_the_briefing_out(make_library: Callable[..., Path]) -> None:
    files = {"RESEARCH/a.md": briefing_text("A", "x", embargo_until="2020-01-01"),
             "RESEARCH/b.md": briefing_text("B", "x", embargo_until="2020-01-01T00:00:00+00:00"),
             "RESEARCH/c.md": briefing_text("C", "x", embargo_until="soon")}
    library = Library.load(make_library(files))
    left_out = exclusion.excluded(library, dt.datetime.fromisoformat(NOW))
    assert sorted(b.rel for b in left_out) == ["RESEARCH/a.md", "RESEARCH/c.md"]
    assert "is not a date-time with a time zone" in exclusion.reason(left_out[0])


@pytest.mark.parametrize(("written", "why"), [
    ("2099-03-01T09:00:00Z", "embargoed until 2099-03-01T09:00:00Z"),
    ("'2099-03-01T09:00:00Z'", "embargoed until 2099-03-01T09:00:00Z"),
    ("2099-03-01", "embargo_until '2099-03-01' is not a date-time with a time zone"),
    ("2099-03-01 09:00:00", "embargo_until '2099-03-01 09:00:00' is not a date-time with a time zone"),
])
def test_the_reason_quotes_the_embargo_as_written(make_library: Callable[..., Path], written: str, why: str) -> None:
    text = briefing_text("A", "x").replace("status: published", f"status: published\nembargo_until: {written}")
    page = Library.load(make_library({"RESEARCH/a.md": text})).get("RESEARCH/a.md")
    assert page is not None and exclusion.reason(page).startswith(why)


@pytest.mark.slow
def test_a_briefing_turned_back_into_a_draft_is_removed_from_the_next_edition(library: Path, cli: CLI) -> None:
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    beta = library / "docs/RESEARCH/Beta.md"
    beta.write_text(beta.read_text("utf-8").replace("status: published", "status: draft"), "utf-8")
    code, out, err = cli("--root", library, "publish", "2025.02", "--now", NOW)
    assert code == 0, out + err
    assert "removed  Beta (RESEARCH/Beta.md)" in out
    assert "Beta" not in run_git(library, "ls-tree", "-r", "--name-only", "gh-pages:2025.02")
    assert 'href="../../2025.01/RESEARCH/Beta/"' in show(library, "2025.02/what-changed/index.html")
    assert "20 December 2024" not in show(library, "2025.02/search/search_index.json")


@pytest.mark.parametrize(("status", "why"), [
    ("draft", "draft"),
    ("Draft", "status 'Draft' is not one of review, published, planned, so it stays out"),
    (["draft"], "status ['draft'] is not one of"),
    ("drafts", "status 'drafts' is not one of"),
])
def test_a_status_that_is_not_a_publishable_one_keeps_the_page_out(make_library: Callable[..., Path],
                                                                   status: object, why: str) -> None:
    """`Briefing.status` reads an unknown status as published; what is published never does."""
    root = make_library({"RESEARCH/x.md": briefing_text("X", "Text.", status=status)})
    page = Library.load(root).get("RESEARCH/x.md")
    assert page is not None
    now = dt.datetime.fromisoformat(NOW)
    assert exclusion.is_excluded(page, now) and exclusion.reason(page).startswith(why)
    for fine in ("published", "review", "planned"):
        page.meta["status"] = fine
        assert not exclusion.is_excluded(page, now)
