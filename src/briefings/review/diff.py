"""Which lines of which files a change touched, parsed from `git diff -U0`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# `@@ -old[,count] +new[,count] @@`: only the new side matters for findings.
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "\\": "\\"}


@dataclass
class Changes:
    """Changed line ranges per file (paths relative to the repository root, new side)."""

    lines: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    whole: set[str] = field(default_factory=set)  # new or untracked files: every line counts

    @property
    def paths(self) -> set[str]:
        """Every file with at least one changed line."""
        return set(self.lines) | self.whole

    def touches(self, path: str, first: int, last: int) -> bool:
        """True when lines first..last of `path` overlap a changed line."""
        if path in self.whole:
            return True
        return any(start <= last and first <= end for start, end in self.lines.get(path, ()))


def parse(diff: str) -> Changes:
    """Changed line ranges from the output of `git diff -U0`."""
    changes = Changes()
    path: str | None = None
    header = False  # between `diff --git` and the first hunk: an added line "++ x" shows as "+++ x" later
    for line in diff.split("\n"):  # git ends lines with LF only; a CR or U+2028 belongs to the line
        if line.startswith("diff --git "):
            path, header = None, True
        elif header and line.startswith("+++ "):
            path = _new_path(line[4:])
        elif path and (match := _HUNK.match(line)):
            header = False
            _add_hunk(changes, path, int(match.group(1)), int(match.group(2) or "1"))
    return changes


def _add_hunk(changes: Changes, path: str, start: int, count: int) -> None:
    # A pure deletion (count 0) sits between line `start` and the next one: both neighbours count.
    span = (start, start + count - 1) if count else (max(start, 1), start + 1)
    changes.lines.setdefault(path, []).append(span)


def _new_path(raw: str) -> str | None:
    """`b/docs/x.md` (possibly C-quoted, with git's trailing tab) -> `docs/x.md`; None for /dev/null."""
    raw = raw.rstrip("\t")
    if raw.startswith('"') and raw.endswith('"'):
        raw = _unquote(raw[1:-1])
    if raw == "/dev/null":
        return None
    return raw[2:] if raw.startswith("b/") else raw


def _unquote(text: str) -> str:
    """Undo git's C-style quoting, including octal escapes of UTF-8 bytes."""
    out = bytearray()
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in "01234567":
                out.append(int(text[i + 1:i + 4], 8))
                i += 4
                continue
            out += _ESCAPES.get(nxt, nxt).encode("utf-8", "surrogateescape")
            i += 2
            continue
        out += char.encode("utf-8", "surrogateescape")
        i += 1
    return out.decode("utf-8", errors="surrogateescape")  # the name on disk, as Python names files
