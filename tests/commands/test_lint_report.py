"""The human lint report people act on: per-rule totals, the fixable count, colour only on a
terminal, lines cut to the terminal width, and `--statistics`."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.conftest import briefing_text

CLI = Callable[..., tuple[int, str, str]]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
LONG = ("Russian forces fired 4,000 shells on the city in March 2022, destroying the theatre, the "
        "maternity hospital, the drama school and most of the port infrastructure along the coast.")
BODY = f"""\
Key terms:
- disinformation
- propaganda

{LONG}

Putin ordered the campaign in 2016.

Context:
- one
- two
"""


@pytest.fixture
def draft(make_library: Callable[..., Path]) -> Path:
    return make_library({"RUSSIA/draft.md": briefing_text("Draft", BODY)})


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "TERM"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def totals(out: str) -> dict[str, tuple[int, str, bool]]:
    """rule -> (count, level, fixable) from the per-rule rows."""
    rows = re.findall(r"^\s+(\d+)  (\S+)\s+(error|warning|info)\s+(\[\*\])?", out, re.MULTILINE)
    return {rule: (int(count), level, bool(mark)) for count, rule, level, mark in rows}


def test_report_ends_with_per_rule_totals_and_the_fixable_count(cli: CLI, draft: Path, env: pytest.MonkeyPatch) -> None:
    code, out, _ = cli("--root", draft, "lint")
    assert code == 1
    assert totals(out) == {"unsourced-assertion": (2, "error", False), "list-spacing": (2, "error", True)}
    assert out.rstrip().splitlines()[-2:] == ["4 errors in 1 file", "[*] 2 fixable with `briefings lint --fix`"]
    assert "a list follows a paragraph line" in out  # each total names what its rule checks


def test_fix_repairs_what_the_report_counted_as_fixable(cli: CLI, draft: Path, env: pytest.MonkeyPatch) -> None:
    cli("--root", draft, "lint", "--fix")
    _, out, _ = cli("--root", draft, "lint")
    assert totals(out) == {"unsourced-assertion": (2, "error", False)}
    assert "fixable" not in out


def test_statistics_prints_counts_only(cli: CLI, draft: Path, env: pytest.MonkeyPatch) -> None:
    code, out, _ = cli("--root", draft, "lint", "--statistics")
    assert code == 1
    assert "docs/RUSSIA/draft.md" not in out and "why:" not in out
    assert totals(out) == {"unsourced-assertion": (2, "error", False), "list-spacing": (2, "error", True)}
    assert "4 errors in 1 file" in out


def test_piped_output_has_no_escape_codes_and_force_color_adds_them(cli: CLI, draft: Path,
                                                                     env: pytest.MonkeyPatch) -> None:
    _, plain, _ = cli("--root", draft, "lint")
    assert not ANSI.search(plain)
    env.setenv("FORCE_COLOR", "1")
    _, coloured, _ = cli("--root", draft, "lint")
    assert "\x1b[1;31merror" in coloured and "\x1b[1m" in coloured
    assert ANSI.sub("", coloured) == plain
    env.setenv("NO_COLOR", "")  # present but empty: as if unset (https://no-color.org)
    assert cli("--root", draft, "lint")[1] == coloured
    env.setenv("NO_COLOR", "1")
    _, again, _ = cli("--root", draft, "lint")
    assert again == plain


@pytest.mark.parametrize("columns", [60, 100])
def test_excerpts_and_totals_fit_the_terminal_width(cli: CLI, draft: Path, env: pytest.MonkeyPatch,
                                                    columns: int) -> None:
    env.setenv("COLUMNS", str(columns))
    _, out, _ = cli("--root", draft, "lint")
    excerpts = [line for line in out.splitlines() if line.startswith("      | ")]
    rows = [line for line in out.splitlines() if re.match(r"^\s+\d+  \S", line)]
    assert excerpts and rows and max(len(line) for line in excerpts + rows) <= columns
    excerpt = next(line for line in excerpts if "Russian forces" in line)
    assert excerpt.endswith("…")
    assert "maternity hospital" not in excerpt or columns == 100
    # in a pipe a finding stays on one line, so that tools can grep `LINE:COL ... [rule]`
    assert len(re.findall(r"^  \d+:1  error .*\[unsourced-assertion\]$", out, re.MULTILINE)) == 2


def test_a_real_terminal_gets_colour_and_a_pipe_does_not(draft: Path, env: pytest.MonkeyPatch) -> None:
    env.setenv("COLUMNS", "80")
    command = [sys.executable, "-m", "briefings", "--root", str(draft), "lint"]
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(command, stdout=secondary, stderr=subprocess.DEVNULL, timeout=120, check=False)
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(primary)
    on_terminal = b"".join(chunks).decode("utf-8")
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False).stdout
    assert proc.returncode == 1
    assert "\x1b[" in on_terminal and "\x1b[" not in piped
    seen = ANSI.sub("", on_terminal).replace("\r\n", "\n").strip()
    assert max(len(line) for line in seen.splitlines()) <= 80  # on a terminal, long messages wrap
    assert re.search(r"\n {8}\S", seen) and not re.search(r"\n {8}\S", piped)
    assert " ".join(seen.split()) == " ".join(piped.split())  # the same words either way


@pytest.mark.parametrize("force_color", ["", "1"])
def test_control_characters_from_a_file_never_reach_the_terminal(cli: CLI, make_library: Callable[..., Path],
                                                                  env: pytest.MonkeyPatch, force_color: str) -> None:
    """An excerpt, a quoted title or a path could carry ESC sequences (clear the screen, retitle the
    window): they are shown as U+FFFD, with or without colour (a name with one is a `file-name` error)."""
    hostile = "Putin ordered the campaign in 2016.\x1b[2J\x1b]0;PWNED\x07 It cost \x9b$5 million."
    root = make_library({"RUSSIA/evil.md": briefing_text("Evil\x1b[31m title", hostile),
                         "RUSSIA/evil\x1b[31m.md": briefing_text("Evil", hostile)})
    if force_color:
        env.setenv("FORCE_COLOR", force_color)
    _, out, _ = cli("--root", root, "lint")
    assert "unsourced-assertion" in out and "\ufffd[2J" in out and "evil\ufffd[31m.md" in out and "file-name" in out
    _, table, _ = cli("--root", root, "lint", "--stats")  # the sourcing table names the file by its title
    assert "Evil\ufffd[31m title" in table or "evil.md" in table
    for code in ("\x1b[2J", "\x1b]0;", "\x07", "\x9b", "\x1b[31m.md"):
        assert code not in out and code not in table


IN_TEXT = "\x1b[2J\x07\x9b"  # clear the screen, bell, a one-character CSI (a CR in a line ends it)
IN_NAME = "\x1b[2J\x07\r\x9b"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("fmt", ["github", "json", "sarif"])
def test_control_characters_from_a_file_never_reach_a_ci_log_or_json_raw(
        cli: CLI, make_library: Callable[..., Path], fmt: str) -> None:
    """A CI log shows ANSI sequences: GitHub commands carry control characters as U+FFFD; JSON and
    SARIF escape them, so parsing gives the text back exactly. A name with one is a `file-name`
    error that shows each as U+FFFD (CR too), in every format."""
    import json

    name = f"evil{IN_NAME}.md"
    text = briefing_text("Evil", f"Putin ordered it in 2016.{IN_TEXT}\n\nSee [gone](gone{IN_TEXT}.md).")
    root = make_library({f"RUSSIA/{name}": text, "RUSSIA/evil.md": text})
    code, out, _ = cli("--root", root, "lint", "--format", fmt)
    assert code == 1 and "link-broken" in out and "file-name" in out
    assert not RAW_CONTROL.search(out), repr(out)
    if fmt == "github":
        assert "file=docs/RUSSIA/evil\ufffd[2J\ufffd\ufffd\ufffd.md," in out
        assert "broken link 'gone\ufffd[2J\ufffd\ufffd.md'" in out
        return
    found = json.loads(out)
    results = found if fmt == "json" else found["runs"][0]["results"]
    if fmt == "json":
        paths, messages = {f["path"] for f in results}, [f["message"] for f in results]
    else:
        paths = {unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results}
        messages = [r["message"]["text"] for r in results]
    assert paths == {"docs/RUSSIA/evil.md", "docs/RUSSIA/evil\ufffd[2J\ufffd\ufffd\ufffd.md"}
    assert any(f"gone{IN_TEXT}.md" in message for message in messages)


def test_every_rule_row_is_described_when_the_caller_passes_no_descriptions() -> None:
    """The hooks and the publish gate render reports without their own rule table."""
    from briefings.findings import Finding, Severity
    from briefings.report import FILE_RULES, Report, render

    findings = [Finding("docs/A/x.md", 1, 1, "front-matter", Severity.ERROR, "no front matter"),
                Finding("docs/A/y.md", 1, 1, "unreadable-file", Severity.ERROR, "not valid UTF-8"),
                Finding("docs/A/z.md", 3, 1, "unsourced-assertion", Severity.ERROR, "needs a source")]
    out = render(Report(findings, width=160), "human")
    rows = {line.split()[1]: line for line in out.splitlines() if re.match(r"^\s+1  \S", line)}
    assert FILE_RULES["front-matter"] in rows["front-matter"]
    assert FILE_RULES["unreadable-file"] in rows["unreadable-file"]
    assert len(rows["unsourced-assertion"].split("error", 1)[1].strip()) > 20  # the check's own summary


@pytest.mark.parametrize("suffix", [".markdown", ".mdown", ".mkdn", ".mkd"])
def test_a_page_in_another_markdown_extension_is_one_described_finding_everywhere(
        make_library: Callable[..., Path], cli: CLI, env: pytest.MonkeyPatch, suffix: str) -> None:
    """lint, build and both briefing hooks give the same rule, line and message, and describe the rule."""
    from briefings.report import FILE_RULES

    env.setenv("COLUMNS", "250")
    root = make_library({f"A/x{suffix}": briefing_text("X", "Text.")})
    page = root / f"docs/A/x{suffix}"
    expected = (f"  1:1  error    MkDocs publishes this {suffix} page but briefings checks only .md files; "
                "rename it to .md  [markdown-extension]")
    for args in (("lint",), ("build",), ("hook", "front-matter", page), ("hook", "lint", page)):
        code, out, _ = cli("--root", root, *args) if args[0] != "hook" else cli(args[0], "--root", root, *args[1:])
        assert code == 1 and expected in out.splitlines(), (args, out)
        assert FILE_RULES["markdown-extension"] in out, (args, out)



def test_bidirectional_controls_from_a_file_are_shown_not_obeyed(cli: CLI, make_library: Callable[..., Path],
                                                                 env: pytest.MonkeyPatch) -> None:
    """A right-to-left override or isolate (U+202E, U+2066) reorders what a reviewer sees of the rest
    of the line ("Trojan source"): the terminal report shows each as U+FFFD."""
    hostile = "The ministry paid 4 million euros in 2024 \u202e.orez si latot ehT\u2066 to three firms."
    root = make_library({"RUSSIA/bidi.md": briefing_text("Bidi", hostile)})
    _, out, _ = cli("--root", root, "lint")
    assert "unsourced-assertion" in out and "\ufffd.orez si latot" in out
    assert "\u202e" not in out and "\u2066" not in out
