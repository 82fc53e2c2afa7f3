"""The cache of link scans: read back equal to a fresh scan, rescanned when the page or the entry changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import links
from briefings.library import Library
from briefings.links import partial, scan, scancache
from briefings.links.scancache import CACHE_FILE, ScanCache
from tests.conftest import briefing_text

PAGE = """\
See [the playbook](../B/Playbook.md#scope), ![a map](map.png) and <https://example.org/x>.
Wanted: [Border Regimes](#) (a later briefing) and [Ref][r].

[r]: #todo
"""



def fresh_scans(library: Library) -> dict[str, scan.Scan]:
    return {p.rel: scan.scan(p.body, source=p.rel, first_line=p.body_line) for p in library.pages}


def cached_scans(library: Library) -> tuple[dict[str, scan.Scan], int]:
    """The scans a cache at the library's root gives, and how many pages it had to scan."""
    cache = ScanCache(library.project.root)
    found = {p.rel: cache.scan(p) for p in library.pages}
    cache.save(whole_library=True)
    return found, cache.fresh


def test_scans_read_back_equal_fresh_scans(generated: Path, sample_library: Path,
                                           fixture_library: Callable[[str], Path]) -> None:
    for root in (generated, sample_library, fixture_library("planned"), fixture_library("broken")):
        library = Library.load(root, cache=False)
        first, scanned = cached_scans(library)
        again, rescanned = cached_scans(library)
        assert scanned == len(library.pages) and rescanned == 0, root
        assert again == first == fresh_scans(library), root
        for found in again.values():  # a placeholder is the very link of the links list, as scanned
            assert all(any(p.link is link for link in found.links) for p in found.placeholders)


def test_an_edited_page_is_scanned_again_and_a_deleted_one_drops_out(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/One.md": briefing_text("One", PAGE), "A/Two.md": briefing_text("Two", "[x](One.md)"),
                         "B/Playbook.md": briefing_text("Playbook", "# Scope\n\nText.")})
    cached_scans(Library.load(root, cache=False))
    page = root / "docs/A/One.md"
    page.write_text(page.read_text("utf-8").replace("map.png", "other.png"), "utf-8")
    (root / "docs/A/Two.md").unlink()
    library = Library.load(root, cache=False)
    found, scanned = cached_scans(library)
    assert scanned == 1 and found == fresh_scans(library)
    assert [link.href for link in found["A/One.md"].links][1] == "other.png"
    assert len(json.loads((root / CACHE_FILE).read_text("utf-8"))["entries"]) == len(library.pages)


def test_a_moved_page_is_scanned_again_for_its_own_path(make_library: Callable[..., Path]) -> None:
    """Links record the page that holds them, so the same text under another path is another entry."""
    root = make_library({"A/One.md": briefing_text("One", PAGE)})
    cached_scans(Library.load(root, cache=False))
    (root / "docs/C").mkdir()
    (root / "docs/A/One.md").rename(root / "docs/C/One.md")
    library = Library.load(root, cache=False)
    found, scanned = cached_scans(library)
    assert scanned == 1 and {link.source for link in found["C/One.md"].links} == {"C/One.md"}


BAD_ENTRIES = [
    "not a list", [], [[[1, 1, "a.md", "a", False]]], [[[1, 1, "a.md", "a", "no"]], []],
    [[[1, 1, 5, "a", False]], []], [[[True, 1, "a.md", "a", False]], []], [[[1, 1, "a.md", "a"]], []],
    [[[1, 1, "#", "a", False]], [[3, "", None, None, None, None]]],
    [[[1, 1, "#", "a", False]], [[-1, "", None, None, None, None]]],
    [[[1, 1, "#", "a", False]], [[0, "", "x", 5, 3, 4]]], [[[1, 1, "#", "a", False]], [[0, 7, None, None, None, None]]],
    [[[0, 1, "a.md", "a", False]], []], [[[10**30, 1, "a.md", "a", False]], []], [[[1, -3, "a.md", "a", False]], []],
    [[[1, 1, "#", "a", False]], [[0, "", 9, 4, 9, 4]]],  # a span that ends before it starts
    [[[1, 1, "#", "a", False]], [[0, "", 0, 5, 4, 6]]],  # a destination that ends after its link
    [[[1, 1, "#", "a", False]], [[0, "", 0, 5, 4, None]]],
    [[[1, 1, "#", "a", False]], [[0, "", 0, 5]]],  # the shape before placeholders kept their destination
]


@pytest.mark.parametrize("entry", BAD_ENTRIES)
def test_an_entry_of_the_wrong_shape_is_scanned_again(make_library: Callable[..., Path], entry: object) -> None:
    root = make_library({"A/One.md": briefing_text("One", PAGE)})
    library = Library.load(root, cache=False)
    cached_scans(library)
    data = json.loads((root / CACHE_FILE).read_text("utf-8"))
    data["entries"] = {key: entry for key in data["entries"]}
    (root / CACHE_FILE).write_text(json.dumps(data), "utf-8")
    found, scanned = cached_scans(library)
    assert scanned == len(library.pages) and found == fresh_scans(library)


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"fingerprint": "old", "entries": {}}', b"\x00\xff\xfe",
                                     b'{"entries": ' + b"[" * 200000 + b"]" * 200000 + b"}"])  # deeper than the decoder goes
def test_an_unreadable_or_stale_cache_file_only_costs_a_scan(make_library: Callable[..., Path], content: bytes) -> None:
    root = make_library({"A/One.md": briefing_text("One", PAGE)})
    (root / CACHE_FILE).parent.mkdir(parents=True, exist_ok=True)
    (root / CACHE_FILE).write_bytes(content)
    library = Library.load(root, cache=False)
    found, scanned = cached_scans(library)
    assert scanned == len(library.pages) and found == fresh_scans(library)
    assert json.loads((root / CACHE_FILE).read_text("utf-8"))["fingerprint"] == scancache._fingerprint()


def test_a_cache_that_cannot_be_written_is_skipped(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/One.md": briefing_text("One", PAGE)})
    (root / ".briefings-cache").write_text("a file where the folder would be", "utf-8")
    library = Library.load(root, cache=False)
    assert links.check(library, cache_root=root) == links.check(library)


def test_a_temporary_file_left_by_a_killed_writer_goes_once_stale(make_library: Callable[..., Path]) -> None:
    import os

    from briefings.frontcache import STALE_TMP_SECONDS

    root = make_library({"A/One.md": briefing_text("One", PAGE)})
    cached_scans(Library.load(root, cache=False))
    folder = (root / CACHE_FILE).parent
    stale, young = folder / f".{CACHE_FILE.name}.123.tmp", folder / f".{CACHE_FILE.name}.456.tmp"
    other = folder / ".front-matter.json.789.tmp"  # another cache's: left to that cache
    for path in (stale, young, other):
        path.write_text("{half written", "utf-8")
    old = os.stat(young).st_mtime - STALE_TMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    page = root / "docs/A/One.md"
    page.write_text(page.read_text("utf-8") + "\nMore.\n", "utf-8")  # a fresh scan: the cache is written
    cached_scans(Library.load(root, cache=False))
    assert not stale.exists() and young.exists() and other.exists()


def test_a_partial_check_keeps_the_other_pages_entries(generated: Path) -> None:
    library = Library.load(generated, cache=False)
    cached_scans(library)
    page = next(p for p in library.briefings if p.section == "RESEARCH")
    before = (generated / CACHE_FILE).stat().st_mtime_ns
    partial.build_for(library, {page.rel}, cache_root=generated)
    assert (generated / CACHE_FILE).stat().st_mtime_ns == before
    page.path.write_text(page.text + "\nOne more [link](../index.md).\n", "utf-8")
    library = Library.load(generated, cache=False)
    graph = partial.build_for(library, {page.rel}, cache_root=generated)
    assert graph.pages[page.rel].links[-1].href == "../index.md"
    assert len(json.loads((generated / CACHE_FILE).read_text("utf-8"))["entries"]) == len(library.pages) + 1


def test_lint_findings_are_the_same_with_the_cache_cold_and_warm(
        generated: Path, cli: Callable[..., tuple[int, str, str]]) -> None:
    page = next(p for p in sorted((generated / "docs").rglob("*.md")) if p.name != "index.md")
    page.write_text(page.read_text("utf-8") + "\n[Gone](Nowhere.md) and [Wanted Later](#).\n", "utf-8")
    cold = cli("--root", generated, "lint", "--format", "json")
    assert (generated / CACHE_FILE).is_file()
    assert '"link-broken"' in cold[1] and '"placeholder-undeclared"' in cold[1]
    assert cli("--root", generated, "lint", "--format", "json") == cold
    code, out, _ = cli("--root", generated, "lint", page, "--format", "json")
    own = [f for f in json.loads(cold[1]) if f["path"] == page.relative_to(generated).as_posix()]
    assert code == 1 and json.loads(out) == own and any(f["rule"] == "link-broken" for f in own)
