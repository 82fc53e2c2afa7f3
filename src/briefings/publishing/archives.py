"""The text files inside the archives of a built edition, for the leak scan.

An archive (`.zip`, `.tar`, `.tar.gz`, `.tgz`, `.tar.bz2`, `.tar.xz`: told by its content, not its
name) is a published asset like any other, and a copy of a draft packed into one is as public as a
page. Each of its regular files whose first SNIFF bytes look like text is read (at most MAX_BYTES
each, MAX_MEMBERS files, MAX_TOTAL bytes in all: a small archive that unpacks to gigabytes stops
the edition instead of filling the memory). An archive that cannot be read whole (damaged,
encrypted, an unknown compression) stops the edition too: the scan cannot vouch for it. Archives
inside archives are not opened.
"""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from briefings.errors import GateError

MAX_MEMBERS = 10_000
MAX_TOTAL = 256 * 2**20  # bytes of text read from one archive
_ERRORS = (OSError, EOFError, RuntimeError, NotImplementedError, ValueError, zlib.error, lzma.LZMAError,
           zipfile.BadZipFile, tarfile.TarError)


def is_archive(path: Path) -> bool:
    """Whether the file is a zip or tar archive (compressed or not), by its content."""
    try:
        return zipfile.is_zipfile(path) or tarfile.is_tarfile(path)
    except _ERRORS:
        return False


def text_members(path: Path, name: str, *, sniff: int, max_bytes: int,
                 is_text: Callable[[bytes], bool]) -> Iterator[tuple[str, bytes]]:
    """(member name, content) of each regular file of the archive whose first `sniff` bytes
    `is_text`; GateError (naming `name`) when the archive cannot be read whole or is too large."""
    total = 0
    try:
        for count, (member, opened) in enumerate(_members(path), start=1):
            if count > MAX_MEMBERS:
                raise GateError(f"{name}: more than {MAX_MEMBERS:,} files in this archive, too many for the "
                                "leak scan; nothing was deployed", hint="publish fewer, larger archives")
            with opened() as file:
                head = file.read(sniff)
                if not is_text(head):
                    continue
                data = head + file.read(max_bytes + 1 - len(head))
            total += len(data)
            if len(data) > max_bytes or total > MAX_TOTAL:
                raise GateError(f"{name}: {member}: too much text in this archive for the leak scan; "
                                "nothing was deployed", hint="keep archives this large out of the published site")
            yield member, data
    except _ERRORS as error:
        raise GateError(f"{name}: this archive cannot be read for the leak scan ({error}); nothing was deployed",
                        hint="publish a whole, unencrypted .zip or .tar archive, or leave it out of docs/") from None


def _members(path: Path) -> Iterator[tuple[str, Callable[[], IO[bytes]]]]:
    """(name, opener) of each regular file of a zip or tar archive."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not info.is_dir():
                    yield info.filename, lambda info=info: archive.open(info)  # type: ignore[misc]
        return
    with tarfile.open(path) as archive:
        for member in archive:
            if member.isfile():
                yield member.name, lambda member=member: _extracted(archive, member)  # type: ignore[misc]


def _extracted(archive: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    file = archive.extractfile(member)
    if file is None:  # pragma: no cover - isfile() members always have content
        raise tarfile.TarError(f"{member.name} has no content")
    return file
