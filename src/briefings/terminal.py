"""What the terminal can show: colour or not, and how wide a line may be.

Colour (and bold) only when the stream is a terminal, never with `NO_COLOR` set to any value
but the empty string (https://no-color.org) or `TERM=dumb`; `FORCE_COLOR` (non-empty) turns it on when piped.
Width is the terminal's, else `COLUMNS`, else 120.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from typing import TextIO

DEFAULT_WIDTH = 120
MIN_WIDTH = 40


@dataclass(frozen=True)
class Terminal:
    """How human output should look on one stream."""

    color: bool = False
    width: int = DEFAULT_WIDTH
    tty: bool = False  # a person reads it: long messages may wrap (never in a pipe, where tools grep)


# control characters of the C0 and C1 sets but tab and newline: from a file (a name, a title, a
# line) they could move the cursor, clear the screen or retitle the terminal (ESC sequences);
# and lone surrogates, Python's stand-ins for the bytes of a file name that are not UTF-8, which
# no stream can write; and the bidirectional embedding, override and isolate controls, which reorder
# what a reviewer sees of the rest of the line ("Trojan source": U+202A-U+202E, U+2066-U+2069)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")  # tab, newline too


def shown(text: str) -> str:
    """Text from the library as the terminal may show it: each control character (and each byte
    of a file name that is not UTF-8) as U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def shown_name(name: str) -> str:
    """A file name as messages show it: `shown`, with tabs and line breaks as U+FFFD too (a name
    holds no lines)."""
    return _NAME_CONTROL.sub("\ufffd", name)


def detect(stream: TextIO) -> Terminal:
    """The Terminal for `stream` (usually sys.stdout), from the environment and the stream."""
    return Terminal(color=_wants_color(stream), width=max(MIN_WIDTH, _width()), tty=_isatty(stream))


_LABELS = {"error:": "1;31", "warning:": "1;33", "hint:": "1"}  # SGR codes: bold red, bold yellow, bold


def label(text: str, stream: TextIO) -> str:
    """A message label ("error:", "warning:", "hint:") in colour and bold when `stream` shows colour."""
    code = _LABELS.get(text)
    return f"\x1b[{code}m{text}\x1b[0m" if code and _wants_color(stream) else text


def _wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):  # present and not empty, as no-color.org asks
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def _width() -> int:
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
