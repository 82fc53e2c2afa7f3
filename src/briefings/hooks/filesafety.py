"""Reject text files MkDocs and the lint would misread, and symlinks that leak files into the site.

Why: a non-UTF-8 byte, a byte order mark or a NUL byte makes a briefing render wrongly or fail
the build later, far from the commit that caused it; a symlink in docs/ pointing outside it
publishes whatever it points to. These checks read bytes only, so they stay fast.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefings.findings import Finding, Severity

BOM = b"\xef\xbb\xbf"


def check_text(path: Path, label: str, max_bytes: int = 2 * 1024 * 1024) -> list[Finding]:
    """A finding for a BOM, a NUL byte or invalid UTF-8 in one file (the first of each); files over
    `max_bytes` are one finding, not read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return [_finding(label, 1, 1, "unreadable-file", f"cannot read: {exc.strerror}", "check its permissions")]
    if len(data) > max_bytes:
        return [_finding(label, 1, 1, "unreadable-file", f"file is over the {max_bytes:,}-byte limit",
                         "split it, or raise file_bytes under [tool.briefings.limits] in pyproject.toml")]
    findings = []
    if data.startswith(BOM):
        findings.append(_finding(label, 1, 1, "byte-order-mark", "file starts with a UTF-8 byte order mark",
                                 "re-save it as UTF-8 without BOM (the BOM shows up as a stray character)"))
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _position(data, nul)
        findings.append(_finding(label, line, column, "nul-byte", "contains a NUL byte",
                                 "remove it; text files must not contain NUL bytes"))
    error = _utf8_error(data)
    if error is not None:
        line, column = _position(data, error)
        findings.append(_finding(label, line, column, "not-utf8",
                                 f"not valid UTF-8 (byte 0x{data[error]:02x})", "re-save the file as UTF-8"))
    return findings


def check_symlink(path: Path, label: str, docs_dir: Path) -> list[Finding]:
    """A finding when a symlink inside docs_dir points outside it (or nowhere)."""
    docs = docs_dir.resolve()
    if not _inside(Path(os.path.realpath(path.parent)) / path.name, docs):
        return []
    target = Path(os.path.realpath(path))
    if _inside(target, docs) and target.exists():
        return []
    where = os.readlink(path)
    problem = "points outside docs" if not _inside(target, docs) else "points to a missing file"
    return [_finding(label, 1, 1, "symlink-outside-docs", f"symlink {problem} (to {where})",
                     "copy the file into the docs folder instead: a symlink out of it publishes "
                     "whatever it points to, or breaks the build in another clone")]


def _utf8_error(data: bytes) -> int | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and byte column of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _finding(label: str, line: int, column: int, rule: str, message: str, reason: str) -> Finding:
    return Finding(path=label, line=line, column=column, rule=rule, severity=Severity.ERROR,
                   message=message, reason=reason)
