"""The edition is staged from an allowlist: a canary in every kind of file that must stay out is found
in no file of the published branch and in no commit of its history, whatever the channel."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.config import load_project
from briefings.publishing import reserved, staging
from tests.conftest import MINIMAL_MKDOCS, briefing_text, run_git
from tests.publishing.branchfiles import Page, branch_files, commits_containing, files_containing, history
from tests.publishing.conftest import BASE_FILES, NOW, branch_tip, cited, show

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]

SNIPPETS = MINIMAL_MKDOCS + "  - pymdownx.snippets:\n      check_paths: false\nsite_url: https://b.invalid/\n"


def _draft(title: str, canary: str, **meta: object) -> str:
    return briefing_text(title, f"The {canary} observers rehearsed an unfinished concerto behind doors.",
                         **{"status": "draft", **meta})


# canary -> (docs-relative path or None for a file outside docs, content); every kind that must stay out
KINDS: dict[str, tuple[str, str | bytes]] = {
    "zqdraftmd": ("RESEARCH/Draft.md", _draft("Draft Plans", "zqdraftmd")),
    "zqsectionindex": ("SECRET/index.md", _draft("Secret Section", "zqsectionindex")),
    "zqmarkdownext": ("RESEARCH/Long.markdown", _draft("Long Draft", "zqmarkdownext")),
    "zqmdownext": ("RESEARCH/Other.mdown", _draft("Mdown Draft", "zqmdownext")),
    "zqmkdnext": ("RESEARCH/Third.mkdn", _draft("Mkdn Draft", "zqmkdnext")),
    "zqmkdext": ("RESEARCH/Fourth.mkd", _draft("Mkd Draft", "zqmkdext")),
    "zqupperdraft": ("RESEARCH/Shouting.MD", _draft("Shouting Draft", "zqupperdraft")),
    "zqupperpublic": ("RESEARCH/Raw.MD", briefing_text("Raw Page", "The zqupperpublic text would ship raw.")),
    "zqhiddendraft": (".drafts/hidden.md", _draft("Hidden Draft", "zqhiddendraft", status="published")),
    "zqhiddenfile": (".notes.txt", "zqhiddenfile: an editor's note\n"),
    "zqembargo": ("RESEARCH/Embargoed.md", briefing_text(
        "Embargoed Findings", "The zqembargo findings stay quiet until March arrives.",
        embargo_until="2030-01-01T00:00:00+00:00")),
    "zqignoredlog": ("RESEARCH/debug.log", "zqignoredlog secret\n"),
    "zqdraftasset": ("RESEARCH/draft-chart.svg", '<svg xmlns="http://www.w3.org/2000/svg"><text>zqdraftasset</text></svg>'),
    "zqunreferenced": ("RESEARCH/leftover.txt", "zqunreferenced notes\n"),
    "zqdotenv": ("", "TOKEN=zqdotenv\n"),  # the repository's git-ignored .env, linked from docs/
    "zqoutside": ("", "zqoutside internal notes\n"),  # notes/outside.md, outside docs/, not a page
}


def _library(make_library: Callable[..., Path]) -> Path:
    files: dict[str, str | bytes] = dict(BASE_FILES)
    for rel, content in KINDS.values():
        if rel:
            files[rel] = content
    files["RESEARCH/Draft.md"] = str(files["RESEARCH/Draft.md"]).replace(
        "behind doors.", "behind doors.\n\n![chart](draft-chart.svg)\n\nSee [Future Topic](#todo).")
    files["RESEARCH/chart.svg"] = '<svg xmlns="http://www.w3.org/2000/svg"><text>public chart</text></svg>'
    files["RESEARCH/Alpha.md"] = cited("Alpha", "The Alpha Committee met on 14 January 2025 to review 12 findings.") \
        + '\n![A chart](chart.svg)\n\nSee [Future Topic](#todo).\n\n<!-- briefings: disable=unsourced-assertion -->\n\n' \
        + '--8<-- "docs/.drafts/hidden.md"\n\n--8<-- "notes/outside.md"\n\n--8<-- ".env"\n'
    files["planned.yml"] = "- title: Future Topic\n  section: RESEARCH\n  note: Will come.\n"
    root = make_library(files, mkdocs=SNIPPETS)
    (root / ".gitignore").write_text(".env\n*.log\n", "utf-8")
    (root / ".env").write_text(KINDS["zqdotenv"][1], "utf-8")
    (root / "notes").mkdir()
    (root / "notes/outside.md").write_text(str(KINDS["zqoutside"][1]), "utf-8")
    (root / "docs/RESEARCH/env.txt").symlink_to("../../.env")
    (root / "docs/RESEARCH/gitconfig.txt").symlink_to("../../.git/config")
    (root / "docs/RESEARCH/chart-link.svg").symlink_to("chart.svg")
    (root / "docs/RESEARCH/Beta.md").write_text(
        cited("Beta", "The Beta Report was released on 20 December 2024 with 40 pages.") + "\n![Linked](chart-link.svg)\n",
        "utf-8")
    run_git(root, "init", "-q", "-b", "main")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "initial")
    os.mkfifo(root / "docs/RESEARCH/pipe")
    return root


def test_a_canary_in_every_excluded_kind_is_in_no_file_and_no_commit(make_library: Callable[..., Path],
                                                                      cli: CLI) -> None:
    root = _library(make_library)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    patches = history(root)
    assert len(patches) >= 2 and "Alpha Committee" in "".join(patches.values())  # the search really looks
    for canary in [*KINDS, "repositoryformatversion", "Secret Section", "Shouting Draft", "Hidden Draft"]:
        assert files_containing(root, canary) == [], canary
        assert commits_containing(patches, canary) == [], canary
    reported = {line.split(": ", 2)[1] for line in out.splitlines() if line.startswith("not published: ")}
    assert {"docs/RESEARCH/Raw.MD", "docs/.drafts/", "docs/.notes.txt", "docs/RESEARCH/debug.log",
            "docs/RESEARCH/draft-chart.svg", "docs/RESEARCH/leftover.txt", "docs/RESEARCH/env.txt",
            "docs/RESEARCH/gitconfig.txt", "docs/RESEARCH/pipe"} <= reported, out
    for line in ("leaving out docs/SECRET/index.md: draft", "leaving out docs/RESEARCH/Long.markdown: draft",
                 "leaving out docs/RESEARCH/Shouting.MD: draft", "not published: docs/RESEARCH/Raw.MD: MkDocs "
                 "does not render '.MD'", "docs/RESEARCH/env.txt: symlink to .env, outside docs/",
                 "docs/RESEARCH/pipe: special file", "docs/RESEARCH/debug.log: ignored by git",
                 "docs/RESEARCH/leftover.txt: not referenced by any published page"):
        assert line in out, line

    files = branch_files(root)
    # what a public page refers to is published, linked or not
    assert b"public chart" in files["2025.01/RESEARCH/chart.svg"]
    assert b"public chart" in files["2025.01/RESEARCH/chart-link.svg"]
    # no navigation tab or link to the draft section, on any page
    home = Page(show(root, "2025.01/index.html"))
    assert not [href for href, _ in home.links if "SECRET" in href]
    # channels: search index, sitemap, 404, planned page, what changed, versions.json
    search = [json.loads(data) for name, data in files.items() if name.startswith("2025.01/search/")
              and name.endswith(".json")]  # the index and its shards
    docs = [d for part in search for d in (part if isinstance(part, list) else part.get("docs", []))]
    assert docs and {d["location"].split("/")[0] for d in docs} <= {"", "RESEARCH", "what-changed", "planned",
                                                                   "sourcing"}  # the sourcing dashboard
    assert "SECRET" not in files["2025.01/sitemap.xml"].decode()
    planned = Page(show(root, "2025.01/RESEARCH/Future Topic/index.html"))
    assert "Alpha" in planned.everything() and "Draft Plans" not in planned.everything()
    assert "404.html" in "\n".join(files) and "versions.json" in files


@pytest.mark.parametrize(("rel", "content", "why"), [
    ("RESEARCH/Caps.markdown", _draft("Caps Draft", "zqcapsmarkdown", status="Draft"),
     "MkDocs publishes this .markdown page but briefings checks only .md files; rename it to .md  "
     "[markdown-extension]"),
    ("RESEARCH/Wide.mkd", briefing_text("Wide Page", "The zqwidemarkdown page is public."),
     "MkDocs publishes this .mkd page but briefings checks only .md files; rename it to .md  [markdown-extension]"),
    ("CRSECT/index.md", _draft("CR Section", "zqcrindex").replace("\n", "\r"),
     "MkDocs reads front matter here that briefings cannot"),
    ("RESEARCH/Open.md", "---\ntitle: Open End\nstatus: published\nplan: zqplannote\n---",
     "MkDocs does not see this front matter and would show it on the page"),
    ("RESEARCH/Typo.md", _draft("Typo Page", "zqtypostatus", status="Published"), "status"),
])
def test_a_page_left_out_by_mistake_stops_the_edition(make_library: Callable[..., Path], cli: CLI,
                                                      rel: str, content: str, why: str) -> None:
    """Meant to be published but unreadable to the checks as MkDocs reads it, or with a status that
    is none of the four: kept out of the staged copy, and the gate refuses the edition naming it
    with the finding `briefings lint` gives (rule, line and message)."""
    root = make_library({**BASE_FILES, rel: content}, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "the gate refused edition 2025.01" in err, out + err
    assert f"docs/{rel}" in out and why in out
    assert run_git(root, "branch", "--list", "gh-pages").strip() == ""
    if why != "status":  # a page briefings cannot check: the gate's finding is the lint's
        _, linted, _ = cli("--root", root, "lint", "--format", "json", root / "docs" / rel)
        [finding] = json.loads(linted)
        assert f"  {finding['line']}:1  error    {finding['message']}  [{finding['rule']}]\n" in out


def test_a_stray_carriage_return_in_the_body_changes_nothing(make_library: Callable[..., Path], cli: CLI) -> None:
    """Both MkDocs and the checks read a lone CR in the body as a line break: the page is published."""
    text = cited("Gamma", "The Gamma Survey covered 12 towns in the north in 2024.").replace(
        "The Gamma Survey", "The\rGamma Survey")
    root = make_library({**BASE_FILES, "RESEARCH/Gamma.md": text}, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0 and "Gamma" not in "".join(line for line in out.splitlines() if "leaving out" in line), out + err
    assert "Gamma Survey" in show(root, "2025.01/RESEARCH/Gamma/index.html")


def test_the_leak_scan_catches_every_kind_of_quote_and_names_both_files(make_library: Callable[..., Path],
                                                                         cli: CLI) -> None:
    draft = briefing_text("Operation Nightjar Plan", """
        ## Sources inside the western ministry

        - Nine couriers crossed the northern river at dawn

        The envoy whispered "blue herons never sleep" before leaving.

        ```
        export NIGHTJAR_TOKEN=alpha-bravo-charlie-delta
        ```

        A longer sentence about the night crossing stays in the draft alone.
        """, status="draft")
    quotes = {
        "Heading": "He spoke of sources inside the *western* ministry.",
        "Item": "Reports said nine couriers crossed the\nnorthern river at dawn.",
        "Quote": "Someone said blue herons never sleep.",
        "Code": "Run `export NIGHTJAR_TOKEN=alpha-bravo-charlie-delta` first.",
        "Title": "This follows **Operation Nightjar** plan.",
        "Clean": "Sources say little. The river is wide. Background matters.",
    }
    files = {**BASE_FILES, "RESEARCH/Nightjar.md": draft}
    files.update({f"RESEARCH/{name}.md": briefing_text(name, text, lint={"disable": ["all"]})
                  for name, text in quotes.items()})
    root = make_library(files, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1, out + err
    assert "contains excluded briefings; nothing was deployed" in err
    for name, kind in (("Heading", "heading"), ("Item", "item"), ("Quote", "quote"), ("Code", "code"),
                       ("Title", "title")):
        assert f"RESEARCH/{name}/index.html: contains {kind}" in err, (name, err)
    assert "RESEARCH/Clean/" not in err
    assert "of excluded docs/RESEARCH/Nightjar.md" in err


def test_a_symlink_publishes_only_what_is_published_anyway(make_library: Callable[..., Path],
                                                           tmp_path: Path) -> None:
    files: dict[str, str | bytes] = dict(BASE_FILES)
    files["RESEARCH/Draft.md"] = _draft("Draft Plans", "zqlinkeddraft")
    files["RESEARCH/chart.svg"] = "<svg/>"
    files["RESEARCH/Alpha.md"] = str(files["RESEARCH/Alpha.md"]) + "\n[notes](copy.txt) ![c](chart-link.svg)\n"
    root = make_library(files)
    (root / "elsewhere").mkdir()
    (root / "elsewhere/file.txt").write_text("zqfolderlink", "utf-8")
    (root / "docs/LINKED").symlink_to("../elsewhere", target_is_directory=True)
    (root / "docs/RESEARCH/copy.txt").symlink_to("Draft.md")
    (root / "docs/RESEARCH/chart-link.svg").symlink_to("chart.svg")
    (root / "docs/RESEARCH/Mirror.md").symlink_to("Beta.md")
    run_git(root, "init", "-q", "-b", "main")
    run_git(root, "add", "-A")
    staged = staging.stage(load_project(root), tmp_path / "staged", dt.datetime.fromisoformat(NOW))
    reasons = {r.label: r.reason for r in staged.refused}
    assert reasons["docs/LINKED/"].startswith("symlinked folder")
    assert reasons["docs/RESEARCH/copy.txt"] == "symlink to RESEARCH/Draft.md, which is not itself published"
    assert reasons["docs/RESEARCH/chart-link.svg"] == "symlink to RESEARCH/chart.svg, which is not itself published"
    assert "RESEARCH/Mirror.md" in staged.pages
    assert (tmp_path / "staged/docs/RESEARCH/Mirror.md").read_text("utf-8").startswith("---\ntitle: Beta")
    assert not (tmp_path / "staged/docs/RESEARCH/copy.txt").exists()
    assert not (tmp_path / "staged/docs/LINKED").exists()


def test_a_symlink_outside_docs_into_docs_is_not_staged(make_library: Callable[..., Path], tmp_path: Path) -> None:
    files: dict[str, str | bytes] = dict(BASE_FILES)
    files["RESEARCH/Draft.md"] = _draft("Draft Plans", "zqthemelinkdraft")
    root = make_library(files)
    (root / "overrides").mkdir()
    (root / "overrides/x.txt").symlink_to("../docs/RESEARCH/Draft.md")  # theme files are published as-is
    (root / "overrides/keep.txt").write_text("zqplainsupport", "utf-8")
    run_git(root, "init", "-q", "-b", "main")
    run_git(root, "add", "-A")
    staging.stage(load_project(root), tmp_path / "staged", dt.datetime.fromisoformat(NOW))
    assert not (tmp_path / "staged/overrides/x.txt").exists()
    assert (tmp_path / "staged/overrides/keep.txt").read_text("utf-8") == "zqplainsupport"


def test_html_comments_of_published_pages_reach_no_channel(make_library: Callable[..., Path], cli: CLI) -> None:
    files: dict[str, str | bytes] = dict(BASE_FILES)
    files["RESEARCH/Alpha.md"] = str(files["RESEARCH/Alpha.md"]) + (
        "\n<!-- zqcommentbody: the source is a confidential informant -->\n\n"
        "!!! note\n    Inline <!-- zqcommentnote --> remark.\n")
    files["RESEARCH/index.md"] = "# Research\n\n<!-- zqcommentindex -->\nStudies.\n"
    files["index.md"] = "# Home\n\nWelcome.<!--\nzqcommentmultiline\n-->\n"
    root = make_library(files, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    patches = history(root)
    assert "Alpha Committee" in "".join(patches.values())
    for canary in ("zqcommentbody", "zqcommentnote", "zqcommentindex", "zqcommentmultiline", "confidential informant"):
        assert files_containing(root, canary) == [], canary  # pages, search index and shards, sitemap, 404
        assert commits_containing(patches, canary) == [], canary
    assert "remark" in show(root, "2025.01/RESEARCH/Alpha/index.html")


def test_a_page_saved_as_a_draft_while_the_edition_is_prepared_is_not_published(
        library: Path, cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page is judged publishable, then saved as a draft before it is copied: the publish stops."""
    real_copy = staging._copy
    source = library / "docs/RESEARCH/Alpha.md"

    def save_meanwhile(src: Path, target: Path) -> None:
        if src.name == "Alpha.md":
            source.write_text(_draft("Alpha", "zqsavedmeanwhile"), encoding="utf-8")
        real_copy(src, target)

    monkeypatch.setattr(staging, "_copy", save_meanwhile)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code != 0 and "docs/RESEARCH/Alpha.md changed while the edition was being prepared" in err, out + err
    assert "zqsavedmeanwhile" not in run_git(library, "log", "--all", "-p", "--format=%H")


def test_an_asset_a_page_names_only_in_code_or_a_comment_is_not_published(make_library: Callable[..., Path],
                                                                          cli: CLI) -> None:
    """What a page uses is what its built HTML links to or shows: a file name in an HTML comment, a
    fenced or indented code block, a code span or markup the sanitiser removes publishes nothing."""
    files: dict[str, str | bytes] = dict(BASE_FILES)
    for name in ("comment", "fenced", "indented", "span", "video", "srcset", "rawelsewhere", "used", "linked",
                 "referenced", "raw", "rawlink"):
        files[f"RESEARCH/{name}.csv"] = f"zqasset{name} data\n"
    files["RESEARCH/Alpha.md"] = str(files["RESEARCH/Alpha.md"]) + (
        '\n<!-- briefings: disable=all -->\n\n<!-- later: <img src="comment.csv"> -->\n\n'
        '```html\n<img src="fenced.csv">\n```\n\n    example: [chart](indented.csv)\n\n'
        'Write `![x](span.csv)` for a chart. <video poster="video.csv"></video>\n'
        '<img alt="s" srcset="srcset.csv 2x">\n\n'
        '<img src="rawelsewhere.csv" alt="raw HTML is not rewritten: from RESEARCH/Alpha/ this is elsewhere">\n\n'
        '![used](used.csv) and [a table](linked.csv) and [a reference][r] and <img src="../raw.csv" alt="r"> and '
        '<a href="../rawlink.csv">raw</a>.\n\n[r]: referenced.csv\n')
    root = make_library(files, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    published = branch_files(root)
    for name in ("used", "linked", "referenced", "raw", "rawlink"):
        assert published[f"2025.01/RESEARCH/{name}.csv"] == f"zqasset{name} data\n".encode(), name
    for name in ("comment", "fenced", "indented", "span", "video", "srcset", "rawelsewhere"):
        assert f"2025.01/RESEARCH/{name}.csv" not in published, name
        assert files_containing(root, f"zqasset{name}") == [], name
        assert f"not published: docs/RESEARCH/{name}.csv: " in out, name
    # an indented code block is masked like a code span (the link scan reads no link there): never staged
    assert "not published: docs/RESEARCH/indented.csv: not referenced by any published page" in out
    for name in ("comment", "fenced", "rawelsewhere"):  # staged, as the text names them; then removed
        assert f"not published: docs/RESEARCH/{name}.csv: no published page links to it or shows it: " \
               "docs/RESEARCH/Alpha.md names it only where the built page does not refer to it" in out, name


def test_a_page_git_ignores_is_never_published_tracked_or_not(make_library: Callable[..., Path], cli: CLI) -> None:
    """`.gitignore` decides, whether or not git tracks the file (committed before the rule, `git add -f`):
    a draft stays out quietly (its text still scanned for), an asset is refused, and a page whose
    status would publish it stops the gate naming the rule."""
    files: dict[str, str | bytes] = {**BASE_FILES, "private/Notes.md": _draft("Private Notes", "zqignoreddraft"),
                                     "private/chart.svg": "<svg>zqignoredasset</svg>"}
    files["RESEARCH/Alpha.md"] = str(files["RESEARCH/Alpha.md"]) + "\n![c](../private/chart.svg)\n"
    root = make_library(files, git=True)
    (root / ".gitignore").write_text("docs/private/\n", "utf-8")
    run_git(root, "add", ".gitignore")
    run_git(root, "commit", "-q", "-m", "ignore private")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "docs/RESEARCH/Alpha.md" in out and "private/chart.svg" in out, out + err  # broken image
    assert "not published: docs/private/chart.svg: ignored by git (.gitignore:1: docs/private/), though git " \
           "tracks it: never published" in out
    (root / "docs/RESEARCH/Alpha.md").write_text(str(BASE_FILES["RESEARCH/Alpha.md"]), "utf-8")
    (root / "docs/RESEARCH/Beta.md").write_text(briefing_text(  # quotes the ignored draft
        "Beta", "The zqignoreddraft observers rehearsed an unfinished concerto behind doors.",
        lint={"disable": ["all"]}), "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "contains excluded briefings" in err and "of excluded docs/private/Notes.md" in err, out + err
    (root / "docs/RESEARCH/Beta.md").write_text(str(BASE_FILES["RESEARCH/Beta.md"]), "utf-8")
    (root / "docs/private/Notes.md").write_text(briefing_text("Private Notes", "zqignoredpublic notes."), "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "the gate refused edition 2025.01" in err, out + err
    assert "docs/private/Notes.md\n  1:1  error    git ignores this page (.gitignore:1: docs/private/) although it " \
           "tracks it" in out and "[git-ignored]" in out
    (root / "docs/private/Notes.md").write_text(_draft("Private Notes", "zqignoreddraft"), "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "not published: docs/private/Notes.md: ignored by git" in out
    for canary in ("zqignoreddraft", "zqignoredpublic", "zqignoredasset", "Private Notes"):
        assert files_containing(root, canary) == [], canary


@pytest.mark.parametrize(("front", "why"), [
    ("status: Draft", "3:1  error    status 'Draft' is not one of draft, review, published, planned"),
    ("Status: draft", "3:1  error    unknown field 'Status'; did you mean 'status'?"),
    ("embargo-until: 2030-01-01T00:00:00+00:00", "3:1  error    unknown field 'embargo-until'; did you mean "
     "'embargo_until'?"),
    ("draft: true", "3:1  error    unknown field 'draft'; write `status: draft`"),
    ("hide: 7", "3:1  error    hide must be a list, not '7'"),
])
def test_an_index_page_follows_the_rules_of_briefings(make_library: Callable[..., Path], cli: CLI, front: str,
                                                     why: str) -> None:
    """A section's index page with a status or key briefings does not know stops the gate, naming it."""
    index = f"---\ntitle: Nightjar\n{front}\n---\n\n# Nightjar\n\nThe zqindexcanary informant moves on Monday.\n"
    root = make_library({**BASE_FILES, "NIGHTJAR/index.md": index}, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "the gate refused edition 2025.01" in err, out + err
    assert f"docs/NIGHTJAR/index.md\n  {why}" in out
    assert run_git(root, "branch", "--list", "gh-pages").strip() == ""


def test_a_draft_index_page_is_left_out_with_its_section(make_library: Callable[..., Path], cli: CLI) -> None:
    index = "---\ntitle: Nightjar\nstatus: draft\n---\n\n# Nightjar\n\nThe zqindexdraft informant moves on Monday.\n"
    root = make_library({**BASE_FILES, "NIGHTJAR/index.md": index}, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0 and "leaving out docs/NIGHTJAR/index.md: draft" in out, out + err
    assert files_containing(root, "zqindexdraft") == [] and files_containing(root, "Nightjar") == []


def test_two_pages_at_one_address_stop_the_edition_naming_both(make_library: Callable[..., Path], cli: CLI) -> None:
    """A draft `Heron.md` beside a public `Heron/index.md`: both are `RESEARCH/Heron/`. The gate says so
    (not that the search index holds the draft, which it does not)."""
    files = {**BASE_FILES, "RESEARCH/Heron.md": _draft("Heron Draft", "zqherondraft"),
             "RESEARCH/Heron/index.md": "# Heron\n\nThe overview.\n"}
    root = make_library(files, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "the gate refused edition 2025.01" in err and "contains excluded" not in err, out + err
    assert "docs/RESEARCH/Heron/index.md\n  1:1  error    MkDocs publishes this page and docs/RESEARCH/Heron.md " \
           "(left out of this edition: draft) at one address, RESEARCH/Heron/" in out and "[url-collision]" in out
    code, out, err = cli("--root", root, "lint")
    assert code == 1 and "MkDocs publishes this page and docs/RESEARCH/Heron/index.md at one address" in out, out


def test_tracked_files_that_git_ignores_are_refused_whatever_their_names(make_library: Callable[..., Path],
                                                                        tmp_path: Path) -> None:
    """Names go to git and come back as bytes: a line break, a non-UTF-8 byte or a quote in a name
    is matched all the same."""
    names = ["notes\nline.log", os.fsdecode(b"caf\xe9.log"), 'say "hi".log', "plain.log"]
    root = make_library({**BASE_FILES, **{f"RESEARCH/{name}": "zqlog\n" for name in names}})
    run_git(root, "init", "-q", "-b", "main")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "logs")
    (root / ".gitignore").write_text("*.log\n", "utf-8")
    staged = staging.stage(load_project(root), tmp_path / "staged", dt.datetime.fromisoformat(NOW))
    reasons = {r.label: r.reason for r in staged.refused}
    for name in names:
        assert reasons[f"docs/RESEARCH/{name}"] == "ignored by git (.gitignore:1: *.log), though git tracks it: " \
                                                   "never published", name
    assert not [p for p in (tmp_path / "staged/docs/RESEARCH").iterdir() if p.name.endswith(".log")]


def test_a_build_file_git_ignores_is_not_staged_though_tracked(make_library: Callable[..., Path],
                                                              tmp_path: Path) -> None:
    root = make_library(dict(BASE_FILES))
    (root / "overrides").mkdir()
    (root / "overrides/keep.txt").write_text("zqplainsupport", "utf-8")
    (root / "overrides/secret.txt").write_text("zqignoredsupport", "utf-8")
    (root / "overrides/link.txt").symlink_to("secret.txt")
    run_git(root, "init", "-q", "-b", "main")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "support files")
    (root / ".gitignore").write_text("overrides/secret.txt\n", "utf-8")
    staged = staging.stage(load_project(root), tmp_path / "staged", dt.datetime.fromisoformat(NOW))
    assert (tmp_path / "staged/overrides/keep.txt").read_text("utf-8") == "zqplainsupport"
    assert not (tmp_path / "staged/overrides/secret.txt").exists()
    assert not (tmp_path / "staged/overrides/link.txt").exists()  # a link to it neither
    assert "overrides/secret.txt: ignored by git (.gitignore:1: overrides/secret.txt), though git tracks it: never " \
           "published" in [str(r) for r in staged.refused]


def test_pages_mkdocs_leaves_out_or_git_does_not_track_leave_no_trace(make_library: Callable[..., Path],
                                                                      cli: CLI) -> None:
    """A page MkDocs builds no page from (its exclude_docs, draft_docs, templates/) or that git does not
    track (a scratch page, a section index never added) is no page of the edition: not its title in the
    records, the dashboard or "What changed", nor its sentences anywhere (the leak scan looks for them)."""
    kept_out = {
        "zqexcluded": ("RESEARCH/Nightjar.md", "mkdocs.yml's exclude_docs leaves it out"),
        "zqdraftdocs": ("RESEARCH/Heron_wip.md", "mkdocs.yml's draft_docs makes it a draft"),
        "zqtemplates": ("templates/Boilerplate.md", "MkDocs never builds it"),
        "zquntracked": ("RESEARCH/Scratch.md", "not tracked by git"),
        "zquntrackedindex": ("WIP/index.md", "not tracked by git"),
    }
    mkdocs = MINIMAL_MKDOCS + "exclude_docs: |\n  RESEARCH/Nightjar.md\ndraft_docs: |\n  *_wip.md\n"
    files = {**BASE_FILES, **{rel: cited(f"Title {canary}", f"The {canary} operation moved 40 tonnes of grain in 2024.")
                              for canary, (rel, _) in kept_out.items() if "untracked" not in canary}}
    root = make_library(files, mkdocs=mkdocs, git=True)
    (root / "docs/RESEARCH/Scratch.md").write_text(cited("Title zquntracked", "The zquntracked plan is unfinished."),
                                                   "utf-8")
    (root / "docs/WIP").mkdir()
    (root / "docs/WIP/index.md").write_text("# Work in progress\n\nThe zquntrackedindex notes are private.\n", "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    for canary, (rel, why) in kept_out.items():
        assert f"not published: docs/{rel}: {why}" in out, (canary, out)
        assert files_containing(root, canary) == [], canary
    assert "Alpha Committee" in show(root, "2025.01/RESEARCH/Alpha/index.html")
    assert not [href for href, _ in Page(show(root, "2025.01/index.html")).links if "WIP" in href]


def test_a_published_page_quoting_a_page_mkdocs_leaves_out_stops_the_edition(make_library: Callable[..., Path],
                                                                            cli: CLI) -> None:
    mkdocs = MINIMAL_MKDOCS + "exclude_docs: |\n  RESEARCH/Nightjar.md\n"
    secret = "The nightjar operation moved forty tonnes of grain across the river at night."
    root = make_library({**BASE_FILES, "RESEARCH/Nightjar.md": cited("Nightjar", secret),
                         "RESEARCH/Gamma.md": cited("Gamma", f"Our notes say: {secret}")}, mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code != 0 and "docs/RESEARCH/Nightjar.md" in out + err, out + err


def test_a_nav_entry_naming_a_page_the_edition_leaves_out_stops_it(make_library: Callable[..., Path],
                                                                   cli: CLI) -> None:
    mkdocs = MINIMAL_MKDOCS + ("validation:\n  nav:\n    not_found: info\n"  # the strict build would let it through
                               "nav:\n  - index.md\n  - Research:\n    - RESEARCH/Alpha.md\n"
                               "    - Operation Nightjar plans: RESEARCH/Nightjar.md\n  - https://example.org/\n")
    files = {**BASE_FILES, "RESEARCH/Nightjar.md": _draft("Nightjar", "zqnavdraft")}
    root = make_library(files, mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "nothing was deployed" in err, out + err
    assert "nav names RESEARCH/Nightjar.md as 'Operation Nightjar plans', which this edition does not publish" \
        in out and "[nav-unpublished]" in out, out
    line = (root / "mkdocs.yml").read_text("utf-8").splitlines().index("    - Operation Nightjar plans: RESEARCH/Nightjar.md")
    assert f"{line + 1}:1  error    nav names" in out
    assert branch_tip(root) is None
    (root / "mkdocs.yml").write_text(mkdocs.replace("    - Operation Nightjar plans: RESEARCH/Nightjar.md\n", ""),
                                     "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert files_containing(root, "Nightjar") == []


@pytest.mark.parametrize("target", ["/RESEARCH/Nightjar.md", "RESEARCH/Nightjar.md#plans", "RESEARCH/Night%6Aar.md",
                                    "./RESEARCH/../RESEARCH/Nightjar.md"])
def test_a_nav_entry_is_judged_however_it_is_written(make_library: Callable[..., Path], cli: CLI, target: str) -> None:
    mkdocs = MINIMAL_MKDOCS + ("validation:\n  nav:\n    not_found: info\n    absolute_links: info\n"
                               f"nav:\n  - index.md\n  - RESEARCH/Alpha.md\n  - 'Operation Nightjar plans': '{target}'\n")
    root = make_library({**BASE_FILES, "RESEARCH/Nightjar.md": _draft("Nightjar", "zqnavdraft")}, mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "[nav-unpublished]" in out and "Operation Nightjar plans" in out, out + err
    assert branch_tip(root) is None


def test_exclude_docs_from_the_environment_is_refused(make_library: Callable[..., Path], cli: CLI,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIVATE_PAGES", "RESEARCH/Nightjar.md")
    mkdocs = MINIMAL_MKDOCS + "exclude_docs: !ENV PRIVATE_PAGES\n"
    root = make_library({**BASE_FILES, "RESEARCH/Nightjar.md": cited("Nightjar", "The zqenvexcluded plan moved grain.")},
                        mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code != 0 and "exclude_docs must be written out as text" in err, out + err
    assert branch_tip(root) is None


def test_an_untracked_symlink_to_a_published_page_is_refused_alone(make_library: Callable[..., Path],
                                                                     cli: CLI) -> None:
    root = make_library(dict(BASE_FILES), git=True)
    (root / "docs/RESEARCH/Alpha-alias.md").symlink_to("Alpha.md")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "not published: docs/RESEARCH/Alpha-alias.md: not tracked by git" in out


@pytest.mark.parametrize(("rel", "what"), [
    ("what-changed.md", "the edition's \"What changed\" page"), ("sourcing.md", "the sourcing dashboard"),
    ("briefings-edition.json.md", "the edition's record"), ("what-changed/index.md", "the edition's \"What changed\" page")])
def test_a_page_at_an_address_the_edition_takes_stops_it(make_library: Callable[..., Path], cli: CLI,
                                                         rel: str, what: str) -> None:
    root = make_library({**BASE_FILES, rel: cited("Colliding Page", "The colliding page was written in 2024.")},
                        git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and f"an edition publishes {what}" in out and "[url-collision]" in out, out + err
    assert branch_tip(root) is None


TAGS_MKDOCS = MINIMAL_MKDOCS.replace("  - briefings\n", "  - tags\n  - briefings\n")


@pytest.mark.parametrize(("rel", "mkdocs", "what"), [
    ("tags/index.md", TAGS_MKDOCS, "the tags page"),
    ("planned/index.md", MINIMAL_MKDOCS, "the list of planned briefings"),
    ("planned/index.md", MINIMAL_MKDOCS.replace("  - briefings\n", "  - briefings:\n      planned_list: ./planned.md\n"),
     "the list of planned briefings"),
])
def test_a_page_where_the_build_makes_its_own_stops_an_edition(make_library: Callable[..., Path], cli: CLI,
                                                              rel: str, mkdocs: str, what: str) -> None:
    # the generated page took its address and the library's page vanished from the edition without a word
    root = make_library({**BASE_FILES, rel: cited("Our Essay", "The zqvanishingessay text was written in 2024.")},
                        mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and f"an edition publishes {what}" in out and "[url-collision]" in out, out + err
    assert branch_tip(root) is None


@pytest.mark.parametrize(("rel", "mkdocs", "address"), [
    ("tags.md", TAGS_MKDOCS, "2025.01/tags/index.html"),  # the library's own tags page: the build makes none
    ("tags/index.md", MINIMAL_MKDOCS, "2025.01/tags/index.html"),  # no tags plugin, no tags page
    ("planned.md", MINIMAL_MKDOCS, "2025.01/planned/index.html"),  # the library's own planned list
    # a disabled plugin makes no page
    ("tags/index.md", MINIMAL_MKDOCS.replace("  - briefings\n", "  - tags:\n      enabled: false\n  - briefings\n"),
     "2025.01/tags/index.html"),
    ("planned/index.md", MINIMAL_MKDOCS.replace("  - briefings\n", "  - briefings:\n      planned: false\n"),
     "2025.01/planned/index.html"),
])
def test_the_librarys_own_page_at_a_generated_address_publishes(make_library: Callable[..., Path], cli: CLI,
                                                               rel: str, mkdocs: str, address: str) -> None:
    root = make_library({**BASE_FILES, rel: cited("Our Essay", "The zqownessay text was written in 2024.")},
                        mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "zqownessay" in show(root, address)


def test_pages_beside_the_editions_own_files_publish(make_library: Callable[..., Path], cli: CLI) -> None:
    mkdocs = MINIMAL_MKDOCS + "nav:\n  - index.md\n  - RESEARCH/Alpha.md\n  - What changed: what-changed.md\n"
    root = make_library({**BASE_FILES, "search.md": cited("Search Tips", "The archive search was added in 2024."),
                         "what-changed/Older.md": cited("Older Changes", "The format changed in 2023.")},
                        mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "archive search" in show(root, "2025.01/search/index.html")


def test_hooks_stop_an_edition(make_library: Callable[..., Path], cli: CLI) -> None:
    root = make_library(dict(BASE_FILES), mkdocs=MINIMAL_MKDOCS + "hooks:\n  - hooks/pull.py\n", git=True)
    (root / "hooks").mkdir()
    (root / "hooks/pull.py").write_text("def on_files(files, config):\n    return files\n", "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "mkdocs.yml's hooks run the library's own Python code" in out + err, out + err


@pytest.mark.parametrize("plugins", [
    "  - projects:\n      cache: false\n",
    # Material's group plugin loads the plugins it lists while the build configures itself
    "  - group:\n      enabled: true\n      plugins:\n        - projects:\n            cache: false\n",
])
def test_a_plugin_that_builds_pages_from_outside_docs_stops_an_edition(make_library: Callable[..., Path],
                                                                       cli: CLI, plugins: str) -> None:
    mkdocs = MINIMAL_MKDOCS.replace("  - briefings\n", "  - briefings\n" + plugins)
    root = make_library(dict(BASE_FILES), mkdocs=mkdocs, git=True)
    (root / "projects/notes/docs").mkdir(parents=True)
    (root / "projects/notes/mkdocs.yml").write_text("site_name: Notes\n", "utf-8")
    (root / "projects/notes/docs/index.md").write_text("---\nstatus: draft\n---\n\n# Zqwolfhound draft\n", "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "projects plugin puts pages from outside docs/ into the site" in out + err, out + err
    assert branch_tip(root) is None


GEN_FILES = MINIMAL_MKDOCS.replace("  - briefings\n", "  - briefings\n  - gen-files:\n      scripts:\n        - gen/pages.py\n")
NOTES = "The zqinternalnotes source asked not to be named.\n"  # internal notes kept outside docs/, no draft


def _notes_library(make_library: Callable[..., Path], mkdocs: str = MINIMAL_MKDOCS, script: str = "") -> Path:
    root = make_library(dict(BASE_FILES), mkdocs=mkdocs, git=True)
    (root / "notes").mkdir()
    (root / "notes/internal.txt").write_text(NOTES, "utf-8")
    if script:
        (root / "gen").mkdir()
        (root / "gen/pages.py").write_text(script, "utf-8")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "notes")
    return root


def test_gen_files_stops_an_edition(make_library: Callable[..., Path], cli: CLI) -> None:
    # its scripts are the library's own Python: this one appends internal notes to a staged page through the file
    # system, where no list of the build's files sees it
    script = ("import pathlib, mkdocs_gen_files\n"
              "docs = pathlib.Path(mkdocs_gen_files.config.docs_dir)\n"
              "page = docs / 'RESEARCH/Alpha.md'\n"
              "page.write_text(page.read_text() + (docs.parent / 'notes/internal.txt').read_text())\n")
    root = _notes_library(make_library, GEN_FILES, script)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "the gen-files plugin runs the library's own scripts" in out + err, out + err
    assert branch_tip(root) is None


# A plugin installed in the environment (not the library's code) that adds a file from outside docs/
_PLUGIN = '''
from pathlib import Path
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File


def _notes(config):
    return File("internal.txt", str(Path(config.config_file_path).parent / "notes"), config.site_dir,
                config.use_directory_urls)


class Early(BasePlugin):
    def on_files(self, files, *, config):
        files.append(_notes(config))
        return files


class Late(BasePlugin):  # after the briefings plugin's own check in on_env, at the same priority
    @event_priority(-100)
    def on_env(self, env, *, config, files):
        files.append(_notes(config))
        return env


class Rewrite(BasePlugin):
    def on_files(self, files, *, config):
        page = files.get_file_from_path("RESEARCH/Alpha.md")
        page.content_string = page.content_string + "\\n\\n" + Path(config.config_file_path).parent.joinpath(
            "notes/internal.txt").read_text()
        return files
'''


@pytest.fixture
def notes_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plugins early, late and rewrite of _PLUGIN, importable by the MkDocs build (its own process)."""
    folder = tmp_path / "plugins"
    (folder / "notesplugin-0.1.dist-info").mkdir(parents=True)
    (folder / "notesplugin.py").write_text(_PLUGIN, "utf-8")
    (folder / "notesplugin-0.1.dist-info/METADATA").write_text("Metadata-Version: 2.1\nName: notesplugin\nVersion: 0.1\n")
    (folder / "notesplugin-0.1.dist-info/entry_points.txt").write_text(
        "[mkdocs.plugins]\nearly = notesplugin:Early\nlate = notesplugin:Late\nrewrite = notesplugin:Rewrite\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p))


@pytest.mark.parametrize(("plugin", "said"), [
    ("early", "internal.txt (from "),
    ("late", "internal.txt (from "),
    ("rewrite", "RESEARCH/Alpha.md (its text replaced by a plugin)"),
])
@pytest.mark.usefixtures("notes_plugins")
def test_a_file_a_plugin_adds_from_outside_docs_stops_an_edition(make_library: Callable[..., Path], cli: CLI,
                                                                 plugin: str, said: str) -> None:
    # the internal notes are no draft the leak scan knows: the build itself must refuse a file the edition never saw
    root = _notes_library(make_library, MINIMAL_MKDOCS.replace("  - briefings\n", f"  - briefings\n  - {plugin}\n"))
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "a plugin put files into the site that are not the library's own files of docs/" in out + err \
        and said in out + err, out + err
    assert branch_tip(root) is None


@pytest.mark.usefixtures("notes_plugins")
def test_the_same_plugins_build_a_preview(make_library: Callable[..., Path], cli: CLI) -> None:
    # outside an edition build nothing is refused: the preview and `briefings build` show what the plugin adds
    root = _notes_library(make_library, MINIMAL_MKDOCS.replace("  - briefings\n", "  - briefings\n  - early\n"))
    code, out, err = cli("--root", root, "build")
    assert code == 0, out + err
    assert "zqinternalnotes" in (root / "site/internal.txt").read_text("utf-8")


@pytest.mark.parametrize(("plugins", "made"), [
    (["search", "briefings"], {"planned.md"}),
    (["search"], set()),  # no briefings plugin, no planned list
    ([{"briefings": {"enabled": False}}, "tags"], {"tags.md"}),
    ([{"briefings": {"planned_list": "./lists/../planned-briefings.md"}}], {"planned-briefings.md"}),
    ([{"briefings": {"planned_list": ["PL", "plans.md"]}}], {"plans.md"}),  # !ENV [PL, plans.md]: its default
    ([{"briefings": None}, {"material/tags": {"enabled": False}}], {"planned.md"}),
    (None, set()),
    ("briefings", set()),  # not a list: MkDocs refuses it anyway
])
def test_which_pages_the_build_makes(plugins: object, made: set[str]) -> None:
    assert set(reserved.generated_pages({"plugins": plugins})) == made
