"""Render findings as human text, JSON, SARIF 2.1.0 or GitHub workflow commands."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from briefings import __version__
from briefings.findings import Finding, Severity
from briefings.terminal import shown

FORMATS = ("human", "json", "sarif", "github")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


# rules of whole files, reported by every command (the checks' own rules describe themselves)
FILE_RULES = {"front-matter": "front matter that is missing, cannot be parsed, breaks the schema or MkDocs reads otherwise",
              "git-ignored": "a page git tracks and ignores, whose status would publish it (the publish gate)",
              "nav-unpublished": "a nav entry of mkdocs.yml naming a page the edition leaves out (the publish gate)",
              "markdown-extension": "a .markdown, .mdown, .mkdn or .mkd page: MkDocs would publish it unchecked",
              "file-name": "a name under docs/ with a control character, bytes that are not UTF-8 or a double quote, or one "
                           "that differs from another only in letter case or Unicode form",
              "time-budget": "a file whose checks or render ran out of their CPU time budget",
              "unreadable-file": "a file that cannot be read (not UTF-8, too large, special, a link out)"}


def known_rules() -> dict[str, str]:
    """Rule id -> one-line description of every rule briefings itself reports."""
    from briefings.checks import summaries
    from briefings.links import RULES

    return {**FILE_RULES, **RULES, **summaries()}


@dataclass
class Report:
    """Findings plus what a summary needs: suppressed counts, per-file source lines, extra text."""

    findings: list[Finding]
    suppressed: int = 0
    lines: dict[str, list[str]] = field(default_factory=dict)  # path -> file lines, for human output
    rule_help: dict[str, str] = field(default_factory=dict)  # rule id -> one-line description
    footer: str = ""  # e.g. --stats table, printed after the human summary
    fixable: frozenset[str] = frozenset()  # rule ids that `briefings lint --fix` repairs
    color: bool = False  # human output: ANSI colour and bold
    width: int = 120  # human output: excerpts and total rows are cut to this many cells
    wrap: bool = False  # human output: wrap long message lines at `width` (on a terminal only)
    statistics: bool = False  # human output: counts only, no finding lines

    def fit(self, stream: TextIO) -> Report:
        """Human output as `stream` can show it: colour and bold on a terminal (never when piped
        or with NO_COLOR), its width, wrapping of long messages (see briefings.terminal)."""
        from briefings.terminal import detect

        terminal = detect(stream)
        self.color, self.width, self.wrap = terminal.color, terminal.width, terminal.tty
        return self

    def sorted(self) -> list[Finding]:
        """Findings by file, line, column and rule."""
        return sorted(self.findings)


def render(report: Report, fmt: str) -> str:
    """The report in one of FORMATS."""
    if fmt == "human":
        from briefings.report_human import render_human  # rich: imported only for human output

        return render_human(report)
    renderers: dict[str, Callable[[Report], str]] = {
        "json": render_json, "sarif": render_sarif, "github": render_github,
    }
    return renderers[fmt](report)


def render_json(report: Report) -> str:
    """A JSON array of findings."""
    return _json([f.to_dict() for f in report.sorted()])


# json.dumps escapes C0 controls but writes DEL and C1 (U+0080-U+009F, e.g. U+009B, a one-character
# CSI) as they are; only strings can hold them, so `\u` escapes keep the JSON valid and the data equal
_C1 = re.compile(r"[\x7f-\x9f]")


def _json(data: Any) -> str:
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def summary(report: Report) -> str:
    """One line of counts, e.g. '2 errors, 1 warning in 2 files (3 suppressed)'."""
    counts = Counter(f.severity for f in report.findings)
    files = len({f.path for f in report.findings})
    parts = [_plural(counts[s], s.value) for s in Severity if counts[s]]
    text = ", ".join(parts) + f" in {_plural(files, 'file')}" if parts else "no problems found"
    if report.suppressed:
        text += f" ({report.suppressed} suppressed)"
    return text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_github(report: Report) -> str:
    """GitHub Actions workflow commands, one per finding."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    rows = []
    for f in report.sorted():
        props = f"file={_gh_prop(f.path)},line={f.line},endLine={f.end_line},col={f.column},title={_gh_prop(f.rule)}"
        message = f.message + (f" ({f.reason})" if f.reason else "")
        rows.append(f"::{level[f.severity]} {props}::{_gh_data(message)}")
    return "\n".join(rows)


def _gh_data(text: str) -> str:
    """GitHub's escaping of %, CR and LF, then any other control character as U+FFFD: the log
    shows ANSI sequences, so a file name or message must not carry one."""
    return shown(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def render_sarif(report: Report) -> str:
    """SARIF 2.1.0 with one run, one rule per rule id, one result per finding."""
    findings = report.sorted()
    rule_ids = sorted({f.rule for f in findings} | set(report.rule_help))
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "briefings",
            "version": __version__,
            "informationUri": "https://pypi.org/project/briefings/",
            "rules": [_sarif_rule(rule, report.rule_help.get(rule, "")) for rule in rule_ids],
        }},
        "results": [_sarif_result(f, rule_ids.index(f.rule)) for f in findings],
        "columnKind": "unicodeCodePoints",
    }
    return _json({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]})


def _sarif_rule(rule: str, help_text: str) -> dict[str, Any]:
    return {"id": rule, "name": rule, "shortDescription": {"text": help_text or rule}}


def _sarif_result(f: Finding, index: int) -> dict[str, Any]:
    text = f.message + (f" (why: {f.reason})" if f.reason else "")
    return {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(f.path)},
            "region": {"startLine": f.line, "startColumn": max(f.column, 1), "endLine": max(f.end_line, f.line)},
        }}],
        "properties": {"reason": f.reason},
    }


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(path.replace("\\", "/"))


def exit_code_for(findings: Sequence[Finding]) -> int:
    """1 when any finding is an error, else 0."""
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0
