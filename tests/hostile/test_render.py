"""Input that Python-Markdown renders super-linearly is found by lint; a build failure names the file."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text

Cli = Callable[..., tuple[int, str, str]]

HAZARDS = {  # the inputs that stalled or broke the gate's build, as the issue measured them
    "brackets": "[" * 20_000,
    "footnote-refs": "[^a" * 10_000,
    "open-links": "[a](" * 20_000,
    "wide-table": "\n".join(["|" + "a|" * 5_000, "|" + "-|" * 5_000] + ["|" + "a|" * 5_000] * 100),
    "deep-list": "- " * 500 + "x",
    "deep-quote": "> " * 500 + "x",
}


def test_lint_finds_every_render_hazard_with_its_line(make_library: Callable[..., Path], cli: Cli) -> None:
    texts = {name: briefing_text(name, body) for name, body in HAZARDS.items()}
    root = make_library({f"A/{name}.md": text for name, text in texts.items()})
    started = time.process_time()
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert time.process_time() - started < 60  # Python-Markdown alone needs minutes for these
    assert code == 1, err
    hazards = {(f["path"], f["line"]) for f in json.loads(out) if f["rule"] == "render-hazard"}
    first_body_line = {name: text.split("\n").index(HAZARDS[name].split("\n")[0]) + 1 for name, text in texts.items()}
    assert hazards == {(f"docs/A/{name}.md", first_body_line[name]) for name in HAZARDS}


@pytest.mark.slow
def test_a_build_failure_names_the_file(make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library({"A/deep.md": briefing_text("Deep", "- " * 500 + "x"), "A/fine.md": briefing_text("Fine")})
    code, _, err = cli("--root", root, "build")
    assert code == 1
    assert "error: the site did not build: docs/A/deep.md: RecursionError" in err
    assert "Traceback" not in err


DEEP_HTML = {  # the red-team's: the build fails in RecursionError, and spends a minute in the sanitiser
    "divs": '<div markdown="1">\n\n' * 500,
    "lists": "<ul>" * 100_000,
    "fine": '<details>\n<summary>S</summary>\n\n<div markdown="1">\n\nText.\n\n</div>\n</details>',
}


def test_lint_fails_on_deeply_nested_raw_html_where_it_crosses_the_limit(make_library: Callable[..., Path],
                                                                         cli: Cli) -> None:
    texts = {name: briefing_text(name, body) for name, body in DEEP_HTML.items()}
    root = make_library({f"A/{name}.md": text for name, text in texts.items()})
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1, err
    found = {(f["path"], f["line"], f["message"]) for f in json.loads(out) if f["rule"] == "render-hazard"}
    first = {name: text.split("\n").index(DEEP_HTML[name].split("\n")[0]) + 1 for name, text in texts.items()}
    message = ("render hazard: raw HTML elements nested 21 levels deep (limit nesting_depth): "
               "flatten the nesting, and close each element you open")
    assert found == {("docs/A/divs.md", first["divs"] + 2 * 20, message), ("docs/A/lists.md", first["lists"], message)}
    code, out, _ = cli("--root", root, "lint")
    assert code == 1
    assert f"docs/A/divs.md\n  {first['divs'] + 40}:1  error    {message}" in out
