"""The CLI contract: --version, --help on every verb, exit codes, errors without tracebacks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import __version__
from briefings.cli import COMMANDS

Cli = Callable[..., tuple[int, str, str]]


def test_version(cli: Cli) -> None:
    assert cli("--version") == (0, f"briefings {__version__}\n", "")


@pytest.mark.parametrize("verb", COMMANDS)
def test_every_verb_has_help(cli: Cli, verb: str) -> None:
    code, out, _ = cli(verb, "--help")
    assert code == 0
    assert out.startswith(f"usage: briefings {verb}")


def test_no_verb_prints_help_and_exits_2(cli: Cli) -> None:
    code, out, _ = cli()
    assert code == 2
    assert "COMMAND" in out


def test_unknown_verb_is_a_usage_error(cli: Cli) -> None:
    code, _, err = cli("frobnicate")
    assert code == 2
    assert "invalid choice" in err


def test_outside_a_library_says_what_to_do(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("build", "--root", tmp_path)
    assert code == 2
    assert err.startswith(f"error: no mkdocs.yml found in {tmp_path}")
    assert "hint: run briefings inside a briefing library, or pass --root DIR" in err
    assert "Traceback" not in err


def test_broken_mkdocs_yml_is_an_input_error(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({}, mkdocs="site_name: [unclosed\n")
    code, _, err = cli("build", "--root", root)
    assert code == 2
    assert "mkdocs.yml:2: not valid YAML" in err


def test_debug_shows_the_traceback(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("build", "--root", tmp_path, "--debug")
    assert code == 2
    assert "Traceback" in err


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "briefings", "--version"], capture_output=True, text=True)
    assert result.stdout.strip() == f"briefings {__version__}"


@pytest.mark.parametrize(("sentence", "code"), [
    ("The ministry spent {n} million dollars on roads in 2019.", 1),  # unsourced: errors
    ("Officials said the ministry may review roads {n} times.[^a]", 0),
])
def test_closed_pipe_keeps_the_exit_code_of_the_findings(make_library: Callable[..., Path], sentence: str,
                                                          code: int) -> None:
    from tests.conftest import briefing_text

    body = "\n\n".join(sentence.format(n=n) for n in range(3000))
    if code == 0:
        body += "\n\n[^a]: A source, 2020."
    root = make_library({"A/x.md": briefing_text("X", body)})
    # Far more JSON than a pipe holds, so writing fails once the reader has gone (like `| head`).
    lint = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(root), "lint",
                             "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert lint.stdout is not None and lint.stderr is not None
    lint.stdout.read(1)
    lint.stdout.close()
    assert lint.wait(timeout=60) == code
    assert lint.stderr.read() == b""


def test_errors_and_reports_of_every_command_take_colour_like_lint(cli: Cli, tmp_path: Path,
                                                                     make_library: Callable[..., Path],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`error:`/`hint:` labels and the findings of `links` are coloured when colour is on (here
    FORCE_COLOR, as on a terminal), never with NO_COLOR or in a pipe; the text is the same."""
    import re

    ansi = re.compile(r"\x1b\[[0-9;]*m")
    root = make_library({"RESEARCH/a.md": "---\ntitle: A\n---\n\n# A\n\nSee [gone](missing.md).\n"})
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    plain = cli("--root", tmp_path / "nowhere", "lint"), cli("--root", root, "links")
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = cli("--root", tmp_path / "nowhere", "lint"), cli("--root", root, "links")
    assert coloured[0][2].startswith("\x1b[1;31merror:\x1b[0m ") and "\x1b[1mhint:\x1b[0m" in coloured[0][2]
    assert "\x1b[" in coloured[1][1] and "\x1b[" not in plain[0][2] + plain[1][1]
    assert [(c, ansi.sub("", o), ansi.sub("", e)) for c, o, e in coloured] == list(plain)
    monkeypatch.setenv("NO_COLOR", "")  # empty: as if unset (no-color.org)
    assert (cli("--root", tmp_path / "nowhere", "lint"), cli("--root", root, "links")) == coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert (cli("--root", tmp_path / "nowhere", "lint"), cli("--root", root, "links")) == plain
