"""The render cache: a rebuild re-renders only the pages whose inputs changed, and writes the very
site an uncached build writes; what the cache holds can never hide a broken link or a changed page."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefings.site.rendercache import ENV_CACHE, FOLDER, KEEP_PER_PAGE, RenderCache
from tests.conftest import REPO, briefing_text, stored_renders

Cli = Callable[..., tuple[int, str, str]]
pytestmark = pytest.mark.slow

SNIPPET_TEXT = "Quarterly harbour tonnage rose by a third"


def _files() -> dict[str, str]:
    return {
        "RESEARCH/index.md": "# Research\n\n<!-- briefings: section-list -->\n",
        "RESEARCH/Alpha.md": briefing_text("Alpha", "See [the findings](Beta.md#findings) of Beta.\n\n"
                                           "## Method\n\nWe read the reports."),
        "RESEARCH/Beta.md": briefing_text("Beta", "## Findings { #findings }\n\nThe committee met twice."),
        "RESEARCH/Gamma.md": briefing_text("Gamma", "## Scope\n\nGamma stands alone.", tags=["ports"]),
        "RESEARCH/Snippet.md": briefing_text("Snippet", 'The figures:\n\n--8<-- "RESEARCH/figures.txt"'),
        "RESEARCH/figures.txt": f"{SNIPPET_TEXT}.\n",
    }


@pytest.fixture
def root(make_library: Callable[..., Path]) -> Path:
    """A small library with the repository's mkdocs.yml (every extension, strict link validation)."""
    return make_library(_files(), mkdocs=(REPO / "mkdocs.yml").read_text("utf-8"))


@pytest.fixture
def build(cli: Cli, tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """build(root, name, cold=False) -> site folder; `cold` builds with an empty cache of its own."""
    count = 0

    def run(root: Path, *, cold: bool = False, strict: bool = True) -> Path:
        nonlocal count
        count += 1
        site = tmp_path / f"site-{count}"
        empty = tmp_path / f"empty-cache-{count}"
        if cold:
            os.environ[ENV_CACHE] = str(empty)
        try:
            code, out, err = cli("build", "--root", root, "--jobs", "1", "--site-dir", site,
                                 *([] if strict else ["--no-strict"]))
        finally:
            os.environ.pop(ENV_CACHE, None)
        assert code == 0, out + err
        assert "Traceback" not in err
        return site

    yield run
    os.environ.pop(ENV_CACHE, None)


def _rendered_since(root: Path, before: dict[str, str]) -> set[str]:
    """Pages whose render was stored since `before`: the pages that were rendered, not restored."""
    return {page for name, page in stored_renders(root).items() if name not in before}


def _files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _assert_same_site(one: Path, other: Path) -> None:
    first, second = _files_of(one), _files_of(other)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_a_cached_rebuild_is_byte_identical_to_an_uncached_build(root: Path, build: Callable[..., Path]) -> None:
    cold = build(root)
    stored = stored_renders(root)
    assert {"RESEARCH/Alpha.md", "RESEARCH/Beta.md", "RESEARCH/Gamma.md", "index.md"} <= set(stored.values())
    assert "RESEARCH/Snippet.md" not in stored.values()  # its HTML depends on another file
    assert len(list((root / FOLDER).glob("*/*.json"))) > len(stored)  # the search entries too
    warm = build(root)
    assert _rendered_since(root, stored) == set()
    _assert_same_site(cold, warm)


def test_a_stored_render_is_what_the_page_shows_and_is_still_sanitised(root: Path, build: Callable[..., Path]) -> None:
    build(root)
    for path in (root / FOLDER).glob("*/*.json"):
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and data.get("page") == "RESEARCH/Gamma.md":
            data["content"] += '<p>Restored from the cache</p><script>alert("cached")</script>'
            path.write_text(json.dumps(data), encoding="utf-8")
    page = (build(root) / "RESEARCH" / "Gamma" / "index.html").read_text("utf-8")
    assert "Restored from the cache" in page
    assert 'alert("cached")' not in page


def test_edits_re_render_the_pages_they_change_and_nothing_else(root: Path, build: Callable[..., Path]) -> None:
    build(root)
    before = stored_renders(root)
    gamma = root / "docs" / "RESEARCH" / "Gamma.md"
    gamma.write_text(gamma.read_text("utf-8") + "\nA new paragraph about the harbour.\n", encoding="utf-8")
    (root / "docs" / "RESEARCH" / "figures.txt").write_text("Tonnage fell by half.\n", encoding="utf-8")
    warm = build(root)
    rendered = _rendered_since(root, before)
    assert "RESEARCH/Gamma.md" in rendered
    assert not rendered & {"RESEARCH/Alpha.md", "RESEARCH/Beta.md", "index.md"}
    assert "A new paragraph about the harbour." in (warm / "RESEARCH" / "Gamma" / "index.html").read_text("utf-8")
    snippet = (warm / "RESEARCH" / "Snippet" / "index.html").read_text("utf-8")
    assert "Tonnage fell by half." in snippet and SNIPPET_TEXT not in snippet
    _assert_same_site(warm, build(root, cold=True))


def test_added_and_removed_pages_re_render_only_the_pages_whose_links_they_change(
        root: Path, build: Callable[..., Path], cli: Cli) -> None:
    build(root)
    before = stored_renders(root)
    research = root / "docs" / "RESEARCH"
    (research / "Delta.md").write_text(briefing_text("Delta", "Delta is new."), encoding="utf-8")
    (research / "Gamma.md").unlink()
    warm = build(root)
    rendered = _rendered_since(root, before)
    assert "RESEARCH/Delta.md" in rendered and "RESEARCH/index.md" in rendered  # the section's listing changed
    assert not rendered & {"RESEARCH/Alpha.md", "RESEARCH/Beta.md"}  # their links find what they found
    _assert_same_site(warm, build(root, cold=True))

    # Alpha is unchanged and stored, but the page it links to is renamed: its link is broken now
    (research / "Beta.md").rename(research / "Beta Two.md")
    code, out, err = cli("build", "--root", root, "--jobs", "1", "--site-dir", root / "broken")
    assert code == 1
    assert "RESEARCH/Alpha.md" in err and "Beta.md" in err
    assert "Traceback" not in err


def test_a_broken_link_or_a_lost_anchor_still_fails_the_strict_build(
        root: Path, build: Callable[..., Path], cli: Cli) -> None:
    build(root)
    research = root / "docs" / "RESEARCH"
    beta = research / "Beta.md"
    beta.write_text(beta.read_text("utf-8").replace("## Findings { #findings }", "## Results"), encoding="utf-8")
    code, _, err = cli("build", "--root", root, "--jobs", "1", "--site-dir", root / "one")
    assert code == 1
    assert "does not contain an anchor '#findings'" in err  # Alpha's links came from the cache

    beta.write_text(briefing_text("Beta", "## Findings { #findings }\n\nThe committee met twice."), encoding="utf-8")
    build(root)
    alpha = research / "Alpha.md"
    alpha.write_text(alpha.read_text("utf-8") + "\nMore in [the annex](Annex.md).\n", encoding="utf-8")
    stored = stored_renders(root)
    build(root, strict=False)  # a build with warnings stores nothing
    assert stored_renders(root) == stored
    code, _, err = cli("build", "--root", root, "--jobs", "1", "--site-dir", root / "two")
    assert code == 1
    assert "Annex.md" in err


def test_a_changed_extension_option_re_renders_every_page(root: Path, build: Callable[..., Path]) -> None:
    build(root)
    before = stored_renders(root)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("permalink: true", 'permalink: "§"'), encoding="utf-8")
    warm = build(root)
    assert {"RESEARCH/Alpha.md", "RESEARCH/Beta.md", "RESEARCH/Gamma.md", "index.md"} <= _rendered_since(root, before)
    assert 'class="headerlink" href="#findings" title="Permanent link">§</a>' in (
        warm / "RESEARCH" / "Beta" / "index.html").read_text("utf-8")
    _assert_same_site(warm, build(root, cold=True))


def test_damaged_entries_are_ignored(root: Path, build: Callable[..., Path]) -> None:
    cold = build(root)
    damage = ["not json", '{"content": 5}', "[]", '{"page": "x", "found": {}, "content": "<p>x</p>"}',
              '[{"location": 3}]', '{"found": {"RESEARCH/Beta.md": null}}', ""]
    for number, path in enumerate(sorted((root / FOLDER).glob("*/*.json"))):
        text = path.read_text("utf-8")
        path.write_text(damage[number % len(damage)] if number % 3 else text[: len(text) // 2], encoding="utf-8")
    _assert_same_site(cold, build(root))
    _assert_same_site(cold, build(root))  # the damaged entries were replaced


def test_a_search_entry_replaced_by_valid_looking_json_is_ignored(root: Path, build: Callable[..., Path]) -> None:
    """An empty list, or another page's entries, in a page's search file is no entry of that page:
    each file names the key it was stored under."""
    cold = build(root)
    searches = [p for p in sorted((root / FOLDER).glob("*/*.json"))
                if json.loads(p.read_text("utf-8")).get("search") == p.stem]
    assert len(searches) >= 4
    other = json.loads(searches[0].read_text("utf-8"))
    for number, path in enumerate(searches):
        path.write_text("[]" if number % 2 else json.dumps(other), encoding="utf-8")
    _assert_same_site(cold, build(root))


def test_a_cache_that_cannot_be_written_only_costs_time(root: Path, build: Callable[..., Path]) -> None:
    cold = build(root)
    shutil.rmtree(root / FOLDER)
    (root / FOLDER).write_text("a file where the folder should be", encoding="utf-8")
    _assert_same_site(cold, build(root))


def test_the_cache_drops_its_least_recently_used_entries_when_it_outgrows_the_site(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path / FOLDER, "context", snippets=False)
    cache.folder.mkdir(parents=True)
    for number in range(300):
        path = cache.folder / f"{number:03d}.json"
        path.write_text("{}", encoding="utf-8")
        os.utime(path, (1_000_000 + number, 1_000_000 + number))
    cache.used = {"000", "001"}  # the oldest, but this build used them
    cache.pending = {"new": {"page": "x"}}
    cache.save(pages=10)  # more than 2 x KEEP_PER_PAGE x 10 + 100: down to KEEP_PER_PAGE x 10
    left = sorted(p.stem for p in cache.folder.glob("*.json"))
    assert len(left) == KEEP_PER_PAGE * 10
    assert {"000", "001", "new", "299", "298"} <= set(left) and "002" not in left
    cache.save(pages=10)  # below the bound: nothing goes
    assert len(list(cache.folder.glob("*.json"))) == KEEP_PER_PAGE * 10


def test_a_search_setting_json_cannot_hold_is_built_not_cached(make_library: Callable[..., Path],
                                                                build: Callable[..., Path]) -> None:
    """Front matter outside the briefings' schema (the home page) may hold a date in `search:`:
    Material writes it as text; the cache does not keep that page's search entries, and the build works."""
    files = {**_files(), "index.md": "---\nsearch:\n  boost: 2020-01-01\n---\n\n# Home\n\nWelcome.\n"}
    root = make_library(files, mkdocs=(REPO / "mkdocs.yml").read_text("utf-8"))
    first = build(root)
    second = build(root)
    assert "2020-01-01" in (first / "search/search_index.json").read_text("utf-8")
    _assert_same_site(first, second)


def test_a_killed_writers_temporary_entries_are_removed_once_stale(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path / FOLDER, "context", snippets=False)
    cache.folder.mkdir(parents=True)
    stale, fresh = cache.folder / ".abc.123.tmp", cache.folder / ".def.456.tmp"
    for path in (stale, fresh):
        path.write_text('{"page": "x"', encoding="utf-8")  # half written, its writer killed
    os.utime(stale, (1_000_000, 1_000_000))
    cache.pending = {"new": {"page": "x"}}
    cache.save(pages=10)
    assert not stale.exists()  # left by a writer long gone
    assert fresh.exists()  # may belong to a build still running
    assert (cache.folder / "new.json").is_file()


def test_an_entry_is_served_when_its_use_cannot_be_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only cache (a restored CI cache, a read-only mount) still serves its entries."""
    cache = RenderCache(tmp_path / FOLDER, "context", snippets=False)
    cache.folder.mkdir(parents=True)
    (cache.folder / "key.json").write_text('{"page": "x"}', encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(os, "utime", refuse)
    assert cache._load("key") == {"page": "x"}


def test_a_failed_write_leaves_no_temporary_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings import frontcache

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(frontcache.os, "replace", full)
    cache = RenderCache(tmp_path / FOLDER, "context", snippets=False)
    cache.folder.mkdir(parents=True)
    cache.pending = {"new": {"page": "x"}}
    cache.save(pages=10)  # skipped, never an error
    assert list(cache.folder.iterdir()) == []
