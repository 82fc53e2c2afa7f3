"""scripts/make_library.py writes a library that builds strictly and lints clean at error level."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefings.findings import Severity
from briefings.library import Library
from briefings.linting import lint
from briefings.tools.process import run

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import make_library as generator  # noqa: E402


def test_generated_briefings_are_realistic_and_lint_clean(tmp_path: Path) -> None:
    generator.write_library(tmp_path / "lib", count=12, words=1500, seed=7, unsourced=0.0)
    library = Library.load(tmp_path / "lib")
    briefings = library.briefings
    assert len(briefings) == 12
    text = briefings[0].text
    assert len(text.split()) > 1200
    for feature in ("[^s", "\n- ", "!!! analysis", "| --- |", "%20", "](#)", "\n    - "):
        assert feature in text, feature
    errors = [f for f in lint(library).findings if f.severity is Severity.ERROR]
    assert errors == []


def test_prose_corpus_is_running_prose_with_few_footnotes_and_lints_clean(tmp_path: Path) -> None:
    generator.write_library(tmp_path / "lib", count=6, words=2000, seed=3, unsourced=0.0, style="prose")
    library = Library.load(tmp_path / "lib")
    text = library.briefings[0].text
    body = text.split("\n---\n", 1)[1]
    assert len(body.split()) > 1800
    assert body.count("[^s") < 40 and "\n- On " not in body  # paragraphs, not lists of cited facts
    assert [f for f in lint(library).findings if f.severity is Severity.ERROR] == []
    generator.write_library(tmp_path / "lib2", count=3, words=2000, seed=3, unsourced=0.5, style="prose")
    assert any(f.rule == "unsourced-assertion" for f in lint(Library.load(tmp_path / "lib2")).findings)


def test_unsourced_share_produces_findings(tmp_path: Path) -> None:
    generator.write_library(tmp_path / "lib", count=4, words=1500, seed=7, unsourced=0.5)
    found = lint(Library.load(tmp_path / "lib")).findings
    assert any(f.rule == "unsourced-assertion" for f in found)


@pytest.mark.slow
def test_generated_library_builds_with_mkdocs_strict(tmp_path: Path) -> None:
    generator.write_library(tmp_path / "lib", count=10, words=600, seed=2, unsourced=0.0)
    run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=tmp_path / "lib")
    assert (tmp_path / "lib/site/index.html").is_file()
