"""`briefings links`: formats and exit codes as for `briefings lint`, path selection, bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text

CliRunner = Callable[..., tuple[int, str, str]]


def test_broken_links_exit_1_with_file_and_line(fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    code, out, _ = cli("--root", fixture_library("broken"), "links")
    assert code == 1
    assert "docs/CASES/Case One.md\n  16:16  error    broken link '../RESEARCH/Feild%20Guide.md'" in out
    assert out.rstrip().endswith("4 errors in 1 file")


def test_json_output_round_trips(fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    code, out, _ = cli("--root", fixture_library("broken"), "links", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [(d["line"], d["rule"]) for d in data] == [
        (16, "link-broken"), (18, "link-anchor"), (20, "link-folder"), (20, "link-broken")]


def test_sarif_and_github_formats(fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    root = fixture_library("broken")
    code, out, _ = cli("--root", root, "links", "--format", "sarif")
    run = json.loads(out)["runs"][0]
    assert code == 1 and len(run["results"]) == 4
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"link-broken", "placeholder-stale"}
    code, out, _ = cli("--root", root, "links", "--format", "github")
    assert code == 1
    assert out.splitlines()[0].startswith("::error file=docs/CASES/Case One.md,line=16,")


def test_warnings_alone_exit_0_and_strict_exit_1(fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    root = fixture_library("planned")
    assert cli("--root", root, "links")[0] == 0
    assert cli("--root", root, "links", "--strict")[0] == 1


def test_paths_limit_the_report(fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    root = fixture_library("broken")
    assert cli("--root", root, "links", root / "docs/RESEARCH/Field Guide.md")[0] == 0
    code, _, err = cli("--root", root, "links", root / "docs/RESEARCH/Nope.md")
    assert code == 2 and "no such Markdown file" in err
    code, _, err = cli("--root", root, "links", root / "mkdocs.yml")
    assert code == 2 and "not inside the docs folder" in err


@pytest.mark.parametrize(("content", "message"), [
    (b"# Title\n\n[x](y.md) caf\xe9\n", "docs/A/bad.md:3: not valid UTF-8"),
    (b"---\ntitle: [unclosed\n---\n# T\n", "docs/A/bad.md:3: front matter is not valid YAML"),
])
def test_a_bad_file_is_one_finding_naming_file_and_line(make_library: Callable[..., Path], cli: CliRunner,
                                                        content: bytes, message: str) -> None:
    root = make_library({"A/bad.md": content, "A/other.md": "# Other\n\n[gone](missing.md) [bad](bad.md)\n"})
    code, out, err = cli("--root", root, "links")
    path, line, problem = message.split(":", 2)
    assert code == 1 and err == "" and "Traceback" not in out
    assert f"{path}\n  {line}:1  error    {problem.strip()}" in out
    assert "missing.md" in out and "other.md" in out  # the rest of the library is still checked
    assert "bad.md does not exist" not in out  # the bad file is reported once, on itself


def test_sample_library_is_clean_under_strict(sample_library: Path, cli: CliRunner) -> None:
    code, out, _ = cli("--root", sample_library, "links", "--strict")
    assert code == 0, out
    assert "planned briefing 'Elon Musk Fascism Controversies' (declared in docs/planned.yml)" in out


def test_a_real_broken_link_in_the_sample_fails(sample_library: Path, cli: CliRunner) -> None:
    page = sample_library / "docs/RESEARCH/Authoritarian Playbook.md"
    page.write_text(page.read_text("utf-8").replace("Media%20and%20Disinformation", "Media%20and%20Misinformation"),
                    encoding="utf-8")
    code, out, _ = cli("--root", sample_library, "links")
    assert code == 1
    assert "did you mean ../AUTHORITARIANISM/Media%20and%20Disinformation%20Tactics.md?" in out


def test_a_real_broken_link_fails_briefings_lint_too(sample_library: Path, cli: CliRunner) -> None:
    page = sample_library / "docs/RESEARCH/Authoritarian Playbook.md"
    page.write_text(page.read_text("utf-8").replace("Media%20and%20Disinformation", "Media%20and%20Misinformation"),
                    encoding="utf-8")
    code, out, _ = cli("--root", sample_library, "lint", "--format", "json")
    assert code == 1
    broken = [f for f in json.loads(out) if f["rule"] == "link-broken"]
    assert [(f["path"], f["line"]) for f in broken] == [("docs/RESEARCH/Authoritarian Playbook.md", 71)]


def test_crlf_and_lf_files_get_the_same_findings(make_library: Callable[..., Path], cli: CliRunner) -> None:
    body = "```\ncode\n```\n\nSee [missing](missing.md) and [anchor](#nope)."
    text = briefing_text("Page", body)
    root = make_library({"A/lf.md": text, "A/crlf.md": text.replace("\n", "\r\n").encode()})
    for command in (["links"], ["lint"], ["hook", "lint"]):
        reports = [cli("--root", root, *command, root / f"docs/A/{name}.md") for name in ("lf", "crlf")]
        assert reports[0][0] == reports[1][0] == 1, command
        assert reports[0][1].replace("lf.md", "crlf.md") == reports[1][1], command
        assert "missing.md" in reports[0][1] and "#nope" in reports[0][1]
