"""The build's sourcing figures come from the lint cache: what `briefings lint --stats` (or an
earlier build) left is read back, not parsed again, and is exactly what a fresh computation gives."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from briefings import sourcing
from briefings.frontcache import CACHE_ROOT
from briefings.library import Library
from tests.conftest import DATA

Cli = Callable[..., tuple[int, str, str]]


def _library(tmp_path: Path, name: str = "claims") -> Path:
    root = tmp_path / name
    shutil.copytree(DATA / "lint-claims", root)
    return root


def _entries(root: Path) -> list[Path]:
    return sorted((root / CACHE_ROOT / "lint").glob("*/*.json"))


def _tamper(root: Path) -> None:
    """Mark every cached assertion as cited: only a build that reads the cache sees it."""
    for entry in _entries(root):
        data = json.loads(entry.read_text("utf-8"))
        data["claims"] = [[text, True] for text, _ in data["claims"]]
        entry.write_text(json.dumps(data), encoding="utf-8")


def _fresh(root: Path) -> list[sourcing.Sourcing]:
    return sourcing.of_library(Library.load(root))  # parses every briefing, no cache


def test_figures_from_the_cache_equal_the_computed_ones(cli: Cli, tmp_path: Path) -> None:
    root = _library(tmp_path)
    assert cli("lint", "--stats", "--root", root)[0] == 1  # the library has unsourced assertions
    assert _entries(root)
    cached = sourcing.of_library_cached(Library.load(root))
    assert cached == _fresh(root)
    assert any(r.unsourced for r in cached) and any(r.sourced for r in cached)
    _tamper(root)  # the records really come from the entries: trusted like the work tree
    assert all(r.unsourced == 0 for r in sourcing.of_library_cached(Library.load(root)))


def test_an_edited_briefing_is_computed_again(cli: Cli, tmp_path: Path) -> None:
    root = _library(tmp_path)
    assert cli("lint", "--stats", "--root", root)[0] == 1
    _tamper(root)
    page = root / "docs/RUSSIA/Unsourced.md"
    page.write_text(page.read_text("utf-8") + "\nThe ministry cut the budget by 40% in 2023.\n", encoding="utf-8")
    records = {r.rel: r for r in sourcing.of_library_cached(Library.load(root))}
    fresh = {r.rel: r for r in _fresh(root)}
    assert records["RUSSIA/Unsourced.md"] == fresh["RUSSIA/Unsourced.md"]
    assert records["RUSSIA/Unsourced.md"].unsourced > 0
    assert records["RUSSIA/Sourced.md"].unsourced == 0  # unchanged: still the (tampered) entry


def test_a_settings_change_makes_the_entries_useless(cli: Cli, tmp_path: Path) -> None:
    root = _library(tmp_path)
    assert cli("lint", "--stats", "--root", root)[0] == 1
    _tamper(root)
    with (root / "pyproject.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[tool.briefings.lint]\nscope = "sentence"\n')
    records = sourcing.of_library_cached(Library.load(root))
    assert records == _fresh(root)
    assert any(r.unsourced for r in records)  # not the tampered entries


def test_a_build_reuses_lint_stats_and_leaves_entries_for_the_next_lint(cli: Cli, tmp_path: Path) -> None:
    linted, built, plain = _library(tmp_path, "linted"), _library(tmp_path, "built"), _library(tmp_path, "plain")
    assert cli("lint", "--stats", "--root", linted)[0] == 1
    _tamper(linted)
    assert cli("build", "--root", linted, "--no-strict")[0] == 0
    html = (linted / "site/RUSSIA/Unsourced/index.html").read_text("utf-8")
    record = next(r for r in _fresh(linted) if r.rel == "RUSSIA/Unsourced.md")
    assert record.unsourced and f"Sourced {record.found} of {record.found} (100%)" in html  # read from the cache

    assert not _entries(built)
    assert cli("build", "--root", built, "--no-strict")[0] == 0  # no cache: computed, and stored
    assert len(_entries(built)) == len([b for b in Library.load(built).briefings if b.status != "planned"])
    assert f"Sourced {record.sourced} of {record.found}" in (built / "site/RUSSIA/Unsourced/index.html").read_text("utf-8")
    after_build = cli("lint", "--stats", "--format", "json", "--root", built)
    assert after_build == cli("lint", "--stats", "--format", "json", "--root", plain)  # same findings and figures
    assert len(_entries(plain)) == len(_entries(built))


def test_plain_sentences_are_what_the_patterns_make_of_them() -> None:
    """`plain` runs a pattern only when its marks occur: the same text as running them all."""
    import random
    import re
    import sys

    space = re.compile(r"\s+")

    def reference(sentence: str) -> str:
        text = sourcing._LINK.sub(r"\1", sentence.replace(sourcing.CITE, ""))
        return space.sub(" ", sourcing._MARKUP.sub("", text)).strip()

    whitespace = [chr(c) for c in range(sys.maxunicode + 1) if space.fullmatch(chr(c))]
    alphabet = whitespace + list("ab1 *_`[]()!.") + [sourcing.CITE, "](", "**", "__", "\u200b"]
    rng = random.Random(14)
    samples = ["The *ministry* cut it by 40% in 2023.\x01", "See [the report](https://x.org/a_b) **now**.",
               "A `code` and __bold__ and snake_case_name.", "  Line\nbroken\u00a0here\u2003. "]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    for sample in samples:
        assert sourcing.plain(sample) == reference(sample), repr(sample)


def test_records_travel_to_the_build_as_asdict_writes_them(tmp_path: Path) -> None:
    from dataclasses import asdict

    records = _fresh(_library(tmp_path))
    records[0].sources.append(sourcing.Source("x", "Ünïcode \"title\""))
    text = sourcing.to_json(records)
    assert text == json.dumps([asdict(r) for r in records], ensure_ascii=False)
    assert sourcing.from_json(text) == records


def test_plain_lint_and_the_build_keep_each_others_entries(cli: Cli, tmp_path: Path) -> None:
    root = _library(tmp_path)
    assert cli("lint", "--stats", "--root", root)[0] == 1
    stats_folders = {p.parent for p in _entries(root)}
    assert cli("lint", "--root", root)[0] == 1  # plain lint: settings of its own, a folder of its own
    folders = {p.parent for p in _entries(root)}
    assert stats_folders < folders  # the --stats entries the build reads are still there
    _tamper(root)
    assert all(r.unsourced == 0 for r in sourcing.of_library_cached(Library.load(root)))  # and read


def test_a_broken_vale_configuration_does_not_stop_the_build(cli: Cli, tmp_path: Path) -> None:
    root = _library(tmp_path)
    (root / ".vale.ini").write_text("StylesPath = nowhere\n[*.md]\nBasedOnStyles = Missing\n", encoding="utf-8")
    assert cli("lint", "--root", root)[0] == 2  # the lint cannot run: a usage error
    assert sourcing.of_library_cached(Library.load(root)) == _fresh(root)
    code, out, err = cli("build", "--root", root, "--no-strict")
    assert code == 0, out + err
