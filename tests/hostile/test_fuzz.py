"""Property-based fuzz of lint, links and the hooks on generated Markdown and front matter.

Properties, for any input: no crash (no traceback, no "internal error"), exit 0 or 1 with a JSON
report (2 only with an `error: FILE:LINE` naming the fuzzed file), every finding on a real line,
and the authored file unchanged. Bounded for CI; set BRIEFINGS_FUZZ_EXAMPLES to run more.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.cli import main
from briefings.errors import InputError
from briefings.linting import lint_text

SCALE = int(os.environ.get("BRIEFINGS_FUZZ_EXAMPLES", "0") or 0)
def fuzz(examples: int) -> settings:
    """Bounded, reproducible-free settings: no example database written into the repository."""
    return settings(max_examples=max(examples, SCALE), deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))

FRAGMENTS = (
    "[", "]", "(", ")", "[^", "[^a]", "[^a]:", "]:", "[a](b.md)", "[a](#x)", "[a](other.md#h)", "<http://x>",
    "https://example.invalid/a", "---", "...", "- ", "* ", "1. ", "    ", "\t", "> ", "|", "| a | b |\n|---|---|",
    "*", "_", "**", "`", "```", "~~~", "<!--", "-->", "<!-- briefings: disable=", "<!-- briefings: enable -->",
    "#", "# ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u00a0", "\ufeff", "é", "😀", "{#id}", "!!! note", "??? x",
    "*[A]: x", "=== \"Tab\"", "\\", "&amp;", "<div markdown>", "</div>", "According to the ministry,",
    "Putin ordered the campaign in 2016.", "said", "\"quoted\"", "[^a]: Source, 2020.", "  ", ":", "'",
)
KEYS = ("title", "summary", "status", "updated", "authors", "sources", "id", "url", "embargo_until", "lint",
        "scope", "severity", "disable", "tags", "x")
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=20),
                    st.sampled_from(["draft", "review", "published", "planned", "2025-01-31", "2025-02-30",
                                     "2025-03-01T09:00:00+99:00", "off", "https://example.invalid/x"]),
                    st.dates())
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)),
                      max_leaves=12)
RAW_YAML = ("&a [x]", "*a", "!!python/object:os.system x", "? [a]\n: b", "{", "[", "'", "\"\\x\"", "- - -",
            "a: b: c", "status: draft\nstatus: published", "updated: 2025-02-30", "\t", "%YAML 1.1", "!!binary x")


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """Valid-looking YAML from the schema's keys, or raw hostile YAML, or nothing, or an unclosed block."""
    kind = draw(st.sampled_from(["dict", "raw", "none", "unclosed"]))
    if kind == "none":
        return ""
    if kind == "raw":
        text = "\n".join(draw(st.lists(st.sampled_from(RAW_YAML) | st.text(max_size=15), max_size=5)))
    else:
        data = draw(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6))
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return f"---\n{text}\n" + ("" if kind == "unclosed" else "---\n\n")


MARKDOWN = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map("".join)
FILES = st.builds(lambda front, body: front + body, front_matter(), MARKDOWN)


@fuzz(1500)
@given(FILES)
def test_checks_never_crash_and_name_real_lines(text: str) -> None:
    try:
        findings = lint_text(text, label="docs/A/fuzz.md")
    except InputError as exc:  # broken front matter: one error with its line
        assert exc.path == "docs/A/fuzz.md" and (exc.line or 1) <= _lines(text)
        return
    lines = _lines(text)
    assert all(1 <= f.line <= lines for f in findings), findings


def _lines(text: str) -> int:
    """Lines as Markdown counts them (a lone CR ends a line too)."""
    return len(re.split(r"\r\n|\r|\n", text))


@pytest.fixture(scope="module")
def library() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "docs/A").mkdir(parents=True)
        (root / "mkdocs.yml").write_text("site_name: Fuzz\n", encoding="utf-8")
        (root / "docs/index.md").write_text("# Home\n\n[Fuzz](A/fuzz.md)\n", encoding="utf-8")
        (root / "docs/A/other.md").write_text("---\ntitle: Other\nstatus: draft\n---\n\n# Other\n\n## H\n",
                                             encoding="utf-8")
        yield root


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.timeout(0 if SCALE else 600)  # a long run asked for with BRIEFINGS_FUZZ_EXAMPLES is not a hang
@fuzz(300)
@given(FILES)
def test_lint_links_and_hooks_never_crash_nor_change_the_file(library: Path, text: str) -> None:
    path = library / "docs/A/fuzz.md"
    data = text.encode("utf-8", errors="surrogatepass")
    path.write_bytes(data)
    for command in (["lint"], ["links"], ["hook", "lint", str(path)], ["hook", "front-matter", str(path)],
                    ["hook", "files", str(path)]):
        code, out, err = _run("--root", str(library), *command, "--format", "json")
        assert "Traceback" not in out + err and "internal error" not in err, (command, err)
        if code == 2:  # only a usage-level error that names the fuzzed file and its line
            assert err.startswith("error: docs/A/fuzz.md:"), (command, err)
            continue
        assert code in (0, 1), (command, code, err)
        findings = json.loads(out) if out.strip() else []
        assert all(f["line"] >= 1 for f in findings)
        assert path.read_bytes() == data, command
