"""Lines of pymdownx.snippets notation: markup that pulls in another file, never a sentence.

An inline marker (`--8<-- "file.md"`, any run of dashes around `8<`), the block form (a `--8<--`
line, one path per line, a `--8<--` line), a section marker (`--8<-- [start:name]`) and the
escaped forms (`;--8<-- "file.md"`, which the site shows as written) are read as the extension
reads them (`SnippetPreprocessor.get_syntax_mask`), whether or not the library enables it. Inside
a block only a line that looks like a path (a file name, `file.md:3:9`, `file.md:section`) is
notation: a stray `--8<--` line never hides the prose after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MARK = "8<-"  # in every marker: most lines skip the expressions
_INLINE = re.compile(r"""[ \t]*;*-+8<-+[ \t]+(?:"(?:\\"|[^"\n])+?"|'(?:\\'|[^'\n])+?')[ \t]*""")
_BLOCK = re.compile(r"[ \t]*(;*)-+8<-+[ \t]*")
_PATH = re.compile(r"[ \t]*\S(?:.*\S)?\.[A-Za-z][A-Za-z0-9]{0,9}(?::[-\w,:]*)?[ \t]*")  # ends in an extension
# anywhere in a line; `(?<!-)` starts a match only at the first dash of a run, so no run is read twice
_SECTION = re.compile(r"(?<!-)-+8<-+[ \t]+\[[ \t]*(?:start|end)[ \t]*:[ \t]*[a-z][-_0-9a-z]*[ \t]*\]", re.IGNORECASE)


def notation(lines: Sequence[str]) -> frozenset[int]:
    """0-based indexes of the lines that are snippet notation (markers, and the paths of a block)."""
    found: set[int] = set()
    block = False
    for index, line in enumerate(lines):
        marked = MARK in line
        marker = _BLOCK.fullmatch(line) if marked else None
        if marker and not marker.group(1):
            block = not block
        if marker or (marked and (_INLINE.fullmatch(line) or _SECTION.search(line))) \
                or (block and _PATH.fullmatch(line)):
            found.add(index)
    return frozenset(found)
