"""File names that are never published: the one rule behind lint, build, the hooks, the publish
gate and the deploy.

mike commits an edition by writing each path on a line of a `git fast-import` stream. A control
character (C0 with tab and line breaks, DEL, C1) in a name can end that line and inject commands
(mike escapes a line break as a backslash and a real line break, which fast-import does not read
as an escape), and moves the cursor of a terminal that prints the name; bytes that are not UTF-8
cannot be written to the stream at all; a double quote makes mike quote the path, the code that
let the line break in. Without them every path mike writes is fast-import's plain form (any byte
but a line break, not starting with a quote), which it reads literally, backslashes included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from briefings.errors import InputError
from briefings.terminal import shown_name

RULE = "file-name"  # the rule id of such a file, wherever it is reported
WHY = "such a name is never published (git misreads it when it commits an edition)"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NOT_UTF8 = re.compile(r"[\ud800-\udfff]")  # how Python names the bytes of a name that are not UTF-8
_QUOTE = '"'
STEM_BYTES = 200  # a made-up file name's stem; file systems allow 255 bytes per name, ".md" and a suffix included


def shortened(stem: str, limit: int = STEM_BYTES) -> str:
    """`stem` cut to at most `limit` bytes of UTF-8 on a character boundary, without trailing spaces,
    dots or dashes: a name made from an (untrusted) title that the file system accepts."""
    cut = stem.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    return cut.rstrip(" .-") if len(cut) < len(stem) else cut


def problem(path: str) -> str | None:
    """What in `path` (any of its parts) cannot be published, or None when it all can."""
    if _CONTROL.search(path):
        return "a control character (shown as \ufffd)"
    if _NOT_UTF8.search(path):
        return "bytes that are not UTF-8 (shown as \ufffd)"
    if _QUOTE in path:
        return 'a double quote (")'
    return None


def error(path: str, label: str, *, folder: bool = False) -> InputError | None:
    """The error every command reports for a file (or folder) whose path under docs_dir, `path`,
    cannot be published; `label` names it as findings do. None when the name is fine."""
    own = problem(path.rsplit("/", 1)[-1])
    found = own or problem(path)
    if found is None:
        return None
    what = f"{'folder' if folder else 'file'} name with {own}" if own else f"path with {found} in a folder's name"
    failure = InputError(shown_name(label) + ("/" if folder else ""), what,
                         hint=f"rename {'it' if own else 'the folder'}: {WHY}")
    failure.rule = RULE
    return failure


def collisions(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(path, the other path) for each pair of paths that differ only in letter case or Unicode normal form,
    both ways round: one file on macOS and Windows, where a checkout keeps only one of them (and git reports
    the other as changed). Both are reported, so that the one a change adds is reported in that change."""
    first: dict[str, str] = {}
    found = []
    for path in sorted(paths):
        key = "".join(c.lower() if len(c.lower()) == 1 else c for c in unicodedata.normalize("NFC", path))
        # (one letter for one, as file systems compare names: "Straße" and "Strasse" stay two files)
        if key in first:
            found += [(path, first[key]), (first[key], path)]
        else:
            first[key] = path
    return found


def collision_error(label: str, other: str) -> InputError:
    """The error for a file whose name collides with `other`'s (`collisions`)."""
    failure = InputError(shown_name(label), f"the name differs from {shown_name(other)} only in letter case or Unicode "
                         "form: on macOS and Windows they are one file, and a checkout keeps only one of them",
                         hint="rename one of them")
    failure.rule = RULE
    return failure

