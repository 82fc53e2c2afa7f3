"""A site built in parts (several MkDocs processes, or sections built apart and merged) is the site
one process builds, byte for byte; links to anchors across parts are still checked."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text, stored_renders

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import make_library as generator  # noqa: E402

Cli = Callable[..., tuple[int, str, str]]
pytestmark = pytest.mark.slow


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _assert_same_site(one: Path, other: Path) -> None:
    first, second = _files(one), _files(other)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert differ == []


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three sections of generated briefings (the repository's mkdocs.yml: tags, strict anchors, search,
    navigation footer), plus pages that cross sections: a link to an anchor in another section, tags, a
    page titled by its first heading only, a planned briefing."""
    root = tmp_path_factory.mktemp("parts") / "lib"
    generator.write_library(root, count=100, words=300, seed=5, unsourced=0.1)
    docs = root / "docs"
    (docs / "LAW").mkdir()
    (docs / "LAW" / "index.md").write_text("# Law\n\n<!-- briefings: section-list -->\n", encoding="utf-8")
    (docs / "LAW" / "Courts.md").write_text(briefing_text(
        "Courts", "## Appeals { #appeals }\n\nSee [the scope](../RESEARCH/Scope.md#scope) and "
        "[a plan](#) (to be written).\n", tags=["courts", "law"]), encoding="utf-8")
    (docs / "RESEARCH" / "Scope.md").write_text(briefing_text(
        "Scope", "## Scope { #scope }\n\nBack to [appeals](../LAW/Courts.md#appeals).\n", tags=["law"]),
        encoding="utf-8")
    return root


def test_parallel_builds_are_byte_identical_to_one_process(library: Path, cli: Cli, tmp_path: Path) -> None:
    code, out, err = cli("build", "--root", library, "--jobs", "1", "--site-dir", tmp_path / "one")
    assert code == 0, out + err
    code, out, err = cli("build", "--root", library, "--jobs", "3", "--site-dir", tmp_path / "three")
    assert code == 0, out + err
    _assert_same_site(tmp_path / "one", tmp_path / "three")
    assert not (tmp_path / "three" / ".briefings-part.json").exists()
    tags = (tmp_path / "three" / "tags" / "index.html").read_text("utf-8")
    assert "Courts" in tags and "Scope" in tags  # pages of other parts are listed by their tags


def test_sections_built_apart_merge_into_the_same_site(library: Path, cli: Cli, tmp_path: Path) -> None:
    assert cli("build", "--root", library, "--jobs", "1", "--site-dir", tmp_path / "one")[0] == 0
    groups = {"a": "RESEARCH", "b": "LAW,.", "c": "AUTHORITARIANISM"}
    for name, sections in groups.items():
        code, out, err = cli("build", "--root", library, "--sections", sections, "--site-dir", tmp_path / name)
        assert code == 0, out + err
    law = tmp_path / "b"
    assert (law / "LAW" / "Courts" / "index.html").is_file() and (law / "LAW" / "index.html").is_file()
    assert not (law / "RESEARCH" / "Scope").exists() and not (law / "RESEARCH" / "index.html").exists()
    assert not (tmp_path / "a" / "LAW" / "index.html").exists()  # titled by its heading: rendered, not written
    code, out, err = cli("build", "--root", library, "--merge", *(tmp_path / n for n in groups),
                         "--site-dir", tmp_path / "merged")
    assert code == 0, out + err
    _assert_same_site(tmp_path / "one", tmp_path / "merged")


def test_merge_refuses_missing_and_overlapping_parts(library: Path, cli: Cli, tmp_path: Path) -> None:
    for name, sections in {"a": "RESEARCH,LAW", "b": "LAW,.,AUTHORITARIANISM"}.items():
        assert cli("build", "--root", library, "--sections", sections, "--site-dir", tmp_path / name)[0] == 0
    code, out, err = cli("build", "--root", library, "--merge", tmp_path / "a", "--site-dir", tmp_path / "m")
    assert code != 0 and "no part has" in err
    code, out, err = cli("build", "--root", library, "--merge", tmp_path / "a", tmp_path / "b",
                         "--site-dir", tmp_path / "m")
    assert code != 0 and f"LAW/index.md is in two parts: {tmp_path / 'a'} and {tmp_path / 'b'}" in err
    code, out, err = cli("build", "--root", library, "--sections", "NOPE", "--site-dir", tmp_path / "x")
    assert code != 0 and "no such section folder under docs/: NOPE" in err


def test_a_broken_anchor_in_another_part_fails_the_strict_build(make_library: Callable[..., Path], cli: Cli,
                                                                tmp_path: Path) -> None:
    mkdocs = (Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text("utf-8")
    root = make_library({
        "A/index.md": "# A\n", "A/One.md": briefing_text("One", "See [two](../B/Two.md#nowhere)."),
        "B/index.md": "# B\n", "B/Two.md": briefing_text("Two", "## Here\n\nText."),
    }, mkdocs=mkdocs)
    message = "contains a link '../B/Two.md#nowhere', but the doc 'B/Two.md' does not contain an anchor '#nowhere'"
    code, out, err = cli("build", "--root", root, "--jobs", "1")
    assert code != 0 and message in out + err
    for sections in ("A", "B,."):
        assert cli("build", "--root", root, "--sections", sections, "--site-dir", tmp_path / sections)[0] == 0
    code, out, err = cli("build", "--root", root, "--merge", tmp_path / "A", tmp_path / "B,.",
                         "--site-dir", tmp_path / "m")
    assert code != 0 and message in out + err
    code, out, err = cli("build", "--root", root, "--jobs", "2")  # shares pages out however it likes
    assert code != 0 and message in out + err


def test_merge_refuses_hostile_or_stale_parts(library: Path, cli: Cli, tmp_path: Path) -> None:
    """Parts may come from CI artifacts: a manifest naming a file outside the site, a symlink in a part,
    parts of another state of the library or a site folder holding the parts are refused, and
    nothing outside the site is written."""
    import json
    import shutil

    built = tmp_path / "built"
    for name, sections in {"a": "RESEARCH,LAW,.", "b": "AUTHORITARIANISM"}.items():
        assert cli("build", "--root", library, "--sections", sections, "--site-dir", built / name)[0] == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("UNPUBLISHED DRAFT", encoding="utf-8")

    def fresh() -> tuple[Path, Path]:
        work = tmp_path / "work"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(built, work, symlinks=True)
        return work / "a", work / "b"

    def merge(*folders: Path) -> str:
        code, out, err = cli("build", "--root", library, "--merge", *folders, "--site-dir", tmp_path / "m")
        assert code != 0 and "Traceback" not in err, out + err
        return err

    a, b = fresh()  # a page file outside the site
    manifest = json.loads((b / ".briefings-part.json").read_text("utf-8"))
    owned = next(p for p in manifest["pages"] if p["owned"])
    for part in (a, b):
        data = json.loads((part / ".briefings-part.json").read_text("utf-8"))
        for page in data["pages"]:
            if page["src"] == owned["src"]:
                page["dest"] = "../../escaped.html"
        (part / ".briefings-part.json").write_text(json.dumps(data), encoding="utf-8")
    assert "outside the site" in merge(a, b) and not (tmp_path / "escaped.html").exists()

    a, b = fresh()  # a page of a part is a symlink to a file of the machine
    page = b / owned["dest"]
    page.unlink()
    page.symlink_to(secret)
    assert "is a symlink" in merge(a, b)
    assert not any("UNPUBLISHED" in p.read_text("utf-8", "replace") for p in (tmp_path / "m").rglob("*.html")) \
        if (tmp_path / "m").exists() else True

    a, b = fresh()  # parts of another state of the library (same page names)
    data = json.loads((b / ".briefings-part.json").read_text("utf-8"))
    data["state"] = "0" * 64
    (b / ".briefings-part.json").write_text(json.dumps(data), encoding="utf-8")
    assert "another state of it" in merge(a, b)

    for damage, said in [(lambda d: d["pages"][0].update(anchors=5), "the anchors of"),
                         (lambda d: d.update(pages="x"), "no list of pages"),
                         (lambda d: d["pages"][0].update(links=[]), "the links of"),
                         (lambda d: d.update(anchor_level="x"), "no anchor level"),
                         (lambda d: d["pages"][0].pop("anchors"), "the anchors or links of")]:
        a, b = fresh()  # a damaged manifest: a clear error naming the part, never an internal error
        data = json.loads((b / ".briefings-part.json").read_text("utf-8"))
        damage(data)
        (b / ".briefings-part.json").write_text(json.dumps(data), encoding="utf-8")
        err = merge(a, b)
        assert f"{b}: .briefings-part.json is damaged ({said}" in err and "internal error" not in err, err
    a, b = fresh()  # a truncated manifest in the first part is reported against that part
    (a / ".briefings-part.json").write_text('{"pages": [', encoding="utf-8")
    assert f"{a}: not a part of a site" in merge(a, b)
    a, b = fresh()  # a damaged search index
    (b / "search" / "search_index.json").write_text('{"docs": 5}', encoding="utf-8")
    err = merge(a, b)
    assert "the parts could not be merged" in err and "internal error" not in err, err

    a, b = fresh()  # the site folder would hold the parts (and delete them)
    code, out, err = cli("build", "--root", library, "--merge", a, b, "--site-dir", a.parent)
    assert code != 0 and "apart from the parts" in err and a.is_dir() and b.is_dir()


def test_a_whole_build_ignores_a_stray_part_setting(make_library: Callable[..., Path], cli: Cli, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_library({"A/One.md": briefing_text("One", "Text."), "B/Two.md": briefing_text("Two", "Text.")})
    monkeypatch.setenv("BRIEFINGS_PART", '{"sections": ["A"]}')
    code, out, err = cli("build", "--root", root, "--jobs", "1", "--site-dir", tmp_path / "site")
    assert code == 0, out + err
    assert (tmp_path / "site/B/Two/index.html").is_file() and not (tmp_path / "site/.briefings-part.json").exists()


def test_a_part_renders_neither_the_pages_of_other_parts_nor_indexes_them(make_library: Callable[..., Path],
                                                                          cli: Cli, tmp_path: Path) -> None:
    """A page another part renders gets no render (MkDocs' would build a Python-Markdown instance for
    its empty Markdown), so no render cache entry, and no search entry; a page titled by its first
    heading is still rendered, for its title, and the site is unchanged."""
    from briefings.site.rendercache import FOLDER

    root = make_library({"A/One.md": briefing_text("One", "## Part { #part }\n\nSee [two](../B/Two.md#more)."),
                         "B/Two.md": briefing_text("Two", "## More { #more }\n\nBack to [one](../A/One.md#part)."),
                         "B/index.md": "# Bee\n\n<!-- briefings: section-list -->\n"})
    code, out, err = cli("build", "--root", root, "--sections", "A", "--site-dir", tmp_path / "a")
    assert code == 0, out + err
    assert "B/Two.md" not in set(stored_renders(root).values()) >= {"A/One.md", "B/index.md", "index.md"}
    entries = [json.loads(path.read_text("utf-8")) for path in (root / FOLDER).glob("*/*.json")]
    searched = {e["location"].split("#")[0] for entry in entries if "search" in entry for e in entry["entries"]}
    assert "B/Two/" not in searched and {"A/One/", "B/", ""} <= searched
    assert cli("build", "--root", root, "--sections", "B,.", "--site-dir", tmp_path / "b")[0] == 0
    merged = cli("build", "--root", root, "--merge", tmp_path / "a", tmp_path / "b", "--site-dir", tmp_path / "merged")
    assert merged[0] == 0
    assert cli("build", "--root", root, "--jobs", "1", "--site-dir", tmp_path / "one")[0] == 0
    _assert_same_site(tmp_path / "one", tmp_path / "merged")
