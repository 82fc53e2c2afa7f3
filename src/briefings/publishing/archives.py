"""The text files inside the archives of a built edition, for the leak scan.

An archive is a published asset like any other, and a copy of a draft packed into one is as public
as a page. Archives are told by their first bytes, whatever their name: a zip file (and every format
built on one: `.docx`, `.xlsx`, `.odt`, `.epub`, `.jar`) starts with a zip record; a tar file,
plain or compressed with gzip, bzip2 or xz, starts with a valid tar header. Each member whose first
bytes look like text is read (a gzip-compressed member by its content), at most MAX_BYTES of it,
as tar programs read an archive: on past a damaged header block, a member of an unknown type as a
file.

What the scan cannot vouch for stops the edition: an archive that cannot be read (damaged,
encrypted, an unknown compression), more than MAX_MEMBERS entries of any kind, more than MAX_TOTAL
bytes of text, or a compressed tar that unpacks to more than MAX_UNPACKED bytes (stepping over a
member of a compressed tar means unpacking it). Archives inside archives are not opened.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from briefings.errors import GateError
from briefings.terminal import shown_name

MAX_MEMBERS = 10_000  # entries of one archive, of any kind
MAX_TOTAL = 256 * 2**20  # bytes of text read from one archive
MAX_UNPACKED = 2**30  # bytes a compressed tar may unpack to
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a local file record; the end record of an empty archive
_GZIP = b"\x1f\x8b"
_COMPRESSED: dict[bytes, Callable[[IO[bytes]], Any]] = {
    _GZIP: lambda file: gzip.GzipFile(fileobj=file), b"BZh": bz2.BZ2File, b"\xfd7zXZ\x00": lzma.LZMAFile}
# zipfile raises RuntimeError for an encrypted member and NotImplementedError for an unknown compression
_ERRORS = (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, tarfile.TarError,
           NotImplementedError, RuntimeError)


def is_archive(path: Path) -> bool:
    """Whether the file is a zip archive or a tar archive (plain or compressed), by its first bytes."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
            if head.startswith(_ZIP):
                return True
            file.seek(0)
            block = _unpacked(file, head).read(tarfile.BLOCKSIZE)
        tarfile.TarInfo.frombuf(block, tarfile.ENCODING, "surrogateescape")
        return True
    except _ERRORS:
        return False  # not a tar header (an image, a PDF, NUL bytes), or not readable as one


def text_members(path: Path, name: str, *, sniff: int, max_bytes: int,
                 is_text: Callable[[bytes], bool]) -> Iterator[tuple[str, bytes]]:
    """(member name, content) of each file of the archive whose first `sniff` bytes (a gzip
    member's, unpacked) `is_text`; GateError (naming `name`) when the scan cannot vouch for it."""
    total = 0
    try:
        for member, opened in _members(path, name):
            with opened() as file:
                data = _text(file, sniff, max_bytes, is_text)
            if data is None:
                continue
            total += len(data)
            if len(data) > max_bytes or total > MAX_TOTAL:
                raise GateError(f"{name}: {member}: too much text in this archive for the leak scan; "
                                "nothing was deployed", hint="keep archives this large out of the published site")
            yield member, data
    except _ERRORS as error:
        raise GateError(f"{name}: this archive cannot be read for the leak scan ({error}); nothing was deployed",
                        hint="publish a whole, unencrypted .zip or .tar archive, or leave it out of docs/") from None


def _text(file: IO[bytes], sniff: int, max_bytes: int, is_text: Callable[[bytes], bool]) -> bytes | None:
    """At most max_bytes + 1 bytes of a member (unpacked when it is gzip data), None when it is not text."""
    head = file.read(sniff)
    if head.startswith(_GZIP):
        unpacking = zlib.decompressobj(wbits=31)  # bounded: a small member may unpack to gigabytes
        data = unpacking.decompress(head + file.read(max_bytes), max_bytes + 1)
        return data if is_text(data[:sniff]) else None
    return head + file.read(max_bytes + 1 - len(head)) if is_text(head) else None


def _unpacked(file: IO[bytes], head: bytes) -> IO[bytes]:
    """The file, unpacked as it is read when its first bytes are those of gzip, bzip2 or xz data."""
    for magic, opener in _COMPRESSED.items():
        if head.startswith(magic):
            unpacked: IO[bytes] = opener(file)
            return unpacked
    return file


def _members(path: Path, name: str) -> Iterator[tuple[str, Callable[[], IO[bytes]]]]:
    """(shown name, opener) of each file of a zip or tar archive."""
    with path.open("rb") as file:
        head = file.read(8)
    if head.startswith(_ZIP):
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _count(len(infos), name)
            for info in infos:
                if not info.is_dir():
                    yield shown_name(info.filename), lambda info=info: archive.open(info)  # type: ignore[misc]
        return
    compressed = any(head.startswith(magic) for magic in _COMPRESSED)
    with tarfile.open(path, ignore_zeros=True) as archive:  # on past a damaged header block, as GNU tar reads
        for count, member in enumerate(archive, start=1):
            _count(count, name)
            if compressed and member.offset_data + member.size > MAX_UNPACKED:
                raise GateError(f"{name}: unpacks to more than {MAX_UNPACKED // 2**20:,} MB, too much for the leak "
                                "scan; nothing was deployed",
                                hint="publish large data uncompressed (.tar) or as a .zip archive")
            if member.isfile() or member.type not in tarfile.SUPPORTED_TYPES:  # extractfile reads either as a file
                yield shown_name(member.name), lambda member=member: _extracted(archive, member)  # type: ignore[misc]


def _count(count: int, name: str) -> None:
    if count > MAX_MEMBERS:
        raise GateError(f"{name}: more than {MAX_MEMBERS:,} entries in this archive, too many for the leak scan; "
                        "nothing was deployed", hint="publish fewer, larger archives")


def _extracted(archive: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    file = archive.extractfile(member)
    if file is None:  # pragma: no cover - files and members of unknown types always have content
        raise tarfile.TarError(f"{member.name} has no content")
    return file
