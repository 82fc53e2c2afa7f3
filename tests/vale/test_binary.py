"""The Vale binary path: one process per batch, `--output=JSON`, alerts mapped to Findings.

No Vale binary can be installed here, so a small stand-in `vale` script on PATH plays its part at
the process seam: it records its arguments and prints alerts in Vale's documented JSON form
(relative paths as keys, 1-based Line, 1-based Span, Check, Severity, Message, Description).
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import ConfigError, ToolError
from briefings.findings import Severity
from tests.vale.conftest import lint

Make = Callable[..., Path]

FAKE_VALE = """\
#!{python}
import json, os, sys
args = sys.argv[1:]
with open(os.environ["FAKE_VALE_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
mode = os.environ.get("FAKE_VALE_MODE", "ok")
if mode == "error":
    print(json.dumps({{"Code": "E201", "Text": "Invalid value [bad]", "Path": "styles/Test/A.yml", "Line": 3}}))
    sys.exit(2)
if mode == "crash":
    print("panic: runtime error", file=sys.stderr)
    sys.exit(2)
out = {{}}
for name in (a for a in args if not a.startswith("--")):
    alerts = []
    for number, line in enumerate(open(name, encoding="utf-8"), start=1):
        col = line.find("clearly")
        if col >= 0:
            alerts.append({{"Action": {{"Name": "", "Params": None}}, "Span": [col + 1, col + 7],
                           "Check": "Briefings.Certainty", "Description": "certainty word 'clearly'",
                           "Link": "", "Message": "'clearly' presents the claim as beyond doubt.",
                           "Severity": "warning", "Match": "clearly", "Line": number}})
    if alerts:
        out[os.path.relpath(name)] = alerts
print(json.dumps(out))
"""


@pytest.fixture
def fake_vale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in `vale` first on PATH; returns the file where it logs each invocation."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "vale"
    exe.write_text(FAKE_VALE.format(python=sys.executable), encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    log = tmp_path / "vale.log"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_VALE_LOG", str(log))
    monkeypatch.setenv("BRIEFINGS_VALE", "auto")
    return log


def test_binary_runs_once_per_batch_and_maps_alerts(style_library: Make, fake_vale: Path) -> None:
    files = {"a.md": "---\ntitle: A\n---\n\nIt clearly works.\n", "b.md": "Fine.\n", "c.md": "x\n\n- clearly\n"}
    root = style_library({"A": "extends: existence\nmessage: x\ntokens: [unused]\n"}, files)
    found = lint(root)
    calls = [json.loads(line) for line in fake_vale.read_text(encoding="utf-8").splitlines()]
    assert len(calls) == 1
    assert f"--config={root / '.vale.ini'}" in calls[0] and "--output=JSON" in calls[0]
    assert sorted(Path(a).name for a in calls[0] if not a.startswith("--")) == ["a.md", "b.md", "c.md"]
    assert [(f.path, f.line, f.column, f.rule, f.severity, f.reason) for f in found] == [
        ("docs/a.md", 5, 4, "Briefings.Certainty", Severity.WARNING, "certainty word 'clearly'"),
        ("docs/c.md", 3, 3, "Briefings.Certainty", Severity.WARNING, "certainty word 'clearly'"),
    ]


def test_vale_errors_become_clear_errors(style_library: Make, fake_vale: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    root = style_library({"A": "extends: existence\nmessage: x\ntokens: [a]\n"}, {"a.md": "a\n"})
    monkeypatch.setenv("FAKE_VALE_MODE", "error")
    with pytest.raises(ConfigError, match=r"vale: styles/Test/A.yml:3: Invalid value \[bad\]"):
        lint(root)
    monkeypatch.setenv("FAKE_VALE_MODE", "crash")
    with pytest.raises(ToolError, match="panic: runtime error"):
        lint(root)


def test_builtin_setting_ignores_the_binary(style_library: Make, fake_vale: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    root = style_library({"A": "extends: existence\nmessage: x\ntokens: [clearly]\n"}, {"a.md": "clearly\n"})
    monkeypatch.setenv("BRIEFINGS_VALE", "builtin")
    assert [f.rule for f in lint(root)] == ["Test.A"]
    assert not fake_vale.exists()


def test_a_command_line_too_long_for_one_process_is_split(style_library: Make, fake_vale: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.tools import vale as vale_tool

    files = {f"{n}.md": "It clearly works.\n" for n in range(5)}
    root = style_library({"A": "extends: existence\nmessage: x\ntokens: [unused]\n"}, files)
    monkeypatch.setattr(vale_tool, "ARGV_BUDGET", len(str(root / "docs" / "0.md")) * 2 + 2)
    found = lint(root)
    calls = fake_vale.read_text(encoding="utf-8").splitlines()
    assert len(calls) == 3  # five files, at most two per process
    assert sorted(f.path for f in found) == [f"docs/{n}.md" for n in range(5)]
