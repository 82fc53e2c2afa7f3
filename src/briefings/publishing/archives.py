"""The text files inside the archives of a built edition, for the leak scan.

An archive is a published asset like any other, and a copy of a draft packed into one is as public
as a page. Archives are told by their content, whatever their name: a zip file (every format built
on one, `.docx`, `.xlsx`, `.odt`, `.epub`, `.jar`, and a zip after other data, such as a
self-extracting one, included) or a tar file, plain or compressed with gzip, bzip2 or xz. Each
member whose first bytes look like text is read (a member compressed with gzip, bzip2 or xz by its
content), at most MAX_BYTES of it.

What the scan cannot vouch for stops the edition: an archive that cannot be read (damaged, a
member encrypted or compressed in a way Python's zipfile does not know), a tar entry that tar
programs and tarfile would read differently (a link, folder or device with content), a tar archive with data
after its end (a damaged header block, where tar programs would read on), more than MAX_MEMBERS
entries of any kind, more than MAX_TOTAL bytes of text, a compressed tar that unpacks to more than
MAX_UNPACKED bytes, or a tar header record (a long name, pax attributes) over MAX_RECORD bytes.
Every read is bounded, so a small hostile archive costs neither much time nor much memory.
Archives inside archives are not opened, nor are formats Python cannot read (zstd).
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
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
MAX_UNPACKED = 512 * 2**20  # bytes a compressed tar may unpack to
MAX_RECORD = 2**20  # bytes of one tar header record (a long name, pax attributes)
_CHUNK = 2**20
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")  # a file record, the end record of an empty archive, a split mark
# gzip (deflate), bzip2 (a block or the end of an empty stream) and xz data by their first bytes, not text ("BZhou Li")
_COMPRESSED: dict[re.Pattern[bytes], Callable[[IO[bytes]], Any]] = {
    re.compile(rb"\x1f\x8b\x08"): lambda file: gzip.GzipFile(fileobj=file),
    re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"): bz2.BZ2File,
    re.compile(rb"\xfd7zXZ\x00"): lzma.LZMAFile}
# zipfile raises RuntimeError for an encrypted member and NotImplementedError for an unknown compression
_ERRORS = (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, tarfile.TarError,
           NotImplementedError, RuntimeError, MemoryError)


class _TooLarge(Exception):
    """A read beyond what the scan allows."""


def is_archive(path: Path, *, anywhere: bool = True) -> bool:
    """Whether the file is a zip archive or a tar archive (plain or compressed), by its content;
    `anywhere`: also a zip archive after other data (a self-extracting one), found by its end record."""
    try:
        with path.open("rb") as file:
            head = file.read(tarfile.BLOCKSIZE)
            if _tar_header(head) or head.startswith(_ZIP):
                return True
            if _compressed(head):
                file.seek(0)
                return _tar_header(unpacked(file, head).read(tarfile.BLOCKSIZE))
        return anywhere and zipfile.is_zipfile(path) and _zip_opens(path)  # not a stray end record in a photo
    except _ERRORS:
        return False  # not readable as one: an image, a PDF, NUL bytes


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
    except _TooLarge as error:
        raise GateError(f"{name}: {error}, too much for the leak scan; nothing was deployed",
                        hint="publish large data uncompressed (.tar) or as a .zip archive") from None
    except _ERRORS as error:
        raise GateError(f"{name}: this archive cannot be read for the leak scan ({error}); nothing was deployed",
                        hint="publish a whole, unencrypted .zip or .tar archive, or leave it out of docs/") from None


def _text(file: IO[bytes], sniff: int, max_bytes: int, is_text: Callable[[bytes], bool]) -> bytes | None:
    """At most max_bytes + 1 bytes of a member (unpacked when it is gzip, bzip2 or xz data), None when it
    is not text."""
    head = file.read(sniff)
    if _compressed(head):
        file.seek(0)
        file = unpacked(file, head)  # read a piece at a time (every member of gzip data)
        head = file.read(sniff)
    if not is_text(head):
        return None
    parts = [head]
    left = max_bytes + 1 - len(head)
    while left > 0 and (chunk := file.read(min(_CHUNK, left))):
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _members(path: Path, name: str) -> Iterator[tuple[str, Callable[[], IO[bytes]]]]:
    """(shown name, opener) of each file of a zip or tar archive."""
    with path.open("rb") as raw:
        head = raw.read(tarfile.BLOCKSIZE)
        if not _tar_header(head) and not _compressed(head):
            yield from _zip_members(path, name)
            return
        compressed = not _tar_header(head)

        def stream() -> _Bounded:  # from the start: a compressed stream is unpacked afresh
            raw.seek(0)
            return _Bounded(unpacked(raw, head) if compressed else raw, MAX_UNPACKED if compressed else None)

        _walk(stream(), name)  # every header checked before tarfile reads any whole
        with tarfile.open(fileobj=stream(), mode="r:") as archive:  # type: ignore[call-overload]
            for member in archive:
                if member.isfile() or member.type not in tarfile.SUPPORTED_TYPES:  # extractfile reads either as a file
                    yield shown_name(member.name), lambda member=member: _extracted(archive, member)  # type: ignore[misc]


def _zip_members(path: Path, name: str) -> Iterator[tuple[str, Callable[[], IO[bytes]]]]:
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        _count(len(infos), name)
        for info in infos:
            if not info.is_dir():
                yield shown_name(info.filename), lambda info=info: archive.open(info)  # type: ignore[misc]


_RECORDS = (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.XHDTYPE, tarfile.XGLTYPE,
            tarfile.SOLARIS_XHDTYPE)  # header records tarfile reads whole: long names, pax attributes


def _walk(stream: _Bounded, name: str) -> None:
    """Check every header of a tar stream before tarfile reads the archive: at most MAX_MEMBERS
    entries, no header record over MAX_RECORD bytes, no sparse member (its map of holes, read
    whole, can hold millions of entries), and nothing but zero blocks after the end (a damaged
    header block, past which tar programs read on and tarfile stops)."""
    offset = count = 0
    size: int | None = None  # a pax record's size for the next entry
    while len(block := _block(stream, offset)) == tarfile.BLOCKSIZE and block.strip(b"\0"):
        member = tarfile.TarInfo.frombuf(block, tarfile.ENCODING, "surrogateescape")  # damaged: TarError
        count += 1
        _count(count, name)
        if member.type == tarfile.GNUTYPE_SPARSE:
            raise tarfile.ReadError(f"{shown_name(member.name)} is a sparse file")
        if member.type in _RECORDS:
            if member.size > MAX_RECORD:
                raise _TooLarge(f"a tar header record of more than {MAX_RECORD // 2**10:,} KB")
            record = stream.read(member.size)
            if b"GNU.sparse" in record:
                raise tarfile.ReadError("a sparse file")
            if member.type in (tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE, tarfile.XGLTYPE):
                sizes = [value for key, value in _pax_records(record) if key == b"size"]
                if len(sizes) > 1 or (sizes and member.type == tarfile.XGLTYPE):
                    raise tarfile.ReadError("pax records that give a size twice or for every entry, which tar "
                                            "programs read differently")
                size = int(sizes[0]) if sizes else size
            length = member.size
        else:
            length = member.size if size is None else size
            size = None
            if length and not (member.isreg() or member.type not in tarfile.SUPPORTED_TYPES):
                # GNU tar steps over the content a link or device declares and tarfile does not: the two
                # would read different members (a folder's content is refused with them: no tar writes one)
                raise tarfile.ReadError(f"{shown_name(member.name)}: a {_KINDS.get(member.type, 'special')} "
                                        "entry with content, which tar programs may read differently")
        offset += tarfile.BLOCKSIZE + -(-length // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
    stream.seek(offset)
    while chunk := stream.read(_CHUNK):
        if chunk.strip(b"\0"):
            raise tarfile.ReadError("data after the end of the tar archive (a damaged header block?)")


def _pax_records(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(keyword, value) of each record of pax data, read by its length as tar programs read it
    ("30 comment=x\n14 size=512\n" is one comment); ReadError on a record that does not fit."""
    pos = 0
    while pos < len(data) and data[pos:pos + 1] != b"\0":
        found = _PAX_RECORD.match(data, pos)
        if found is None:
            raise tarfile.ReadError("a damaged pax record")
        length = int(found.group(1))
        record = data[found.end():pos + length]
        if length <= found.end() - pos or not record.endswith(b"\n") or b"=" not in record:
            raise tarfile.ReadError("a damaged pax record")
        key, _, value = record[:-1].partition(b"=")
        if key == b"size" and not value.isdigit():
            raise tarfile.ReadError("a damaged pax size")
        yield key, value
        pos += length


_PAX_RECORD = re.compile(rb"(\d{1,20}) ")
_KINDS = {tarfile.DIRTYPE: "folder", tarfile.SYMTYPE: "symlink", tarfile.LNKTYPE: "hard link",
          tarfile.FIFOTYPE: "FIFO", tarfile.CHRTYPE: "device", tarfile.BLKTYPE: "device"}


def _block(stream: _Bounded, offset: int) -> bytes:
    stream.seek(offset)
    return stream.read(tarfile.BLOCKSIZE)


def _tar_header(block: bytes) -> bool:
    """Whether the block is a valid tar header (not NUL bytes, not a damaged one)."""
    try:
        tarfile.TarInfo.frombuf(block, tarfile.ENCODING, "surrogateescape")
        return True
    except (tarfile.TarError, ValueError):
        return False


def _zip_opens(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            archive.infolist()
        return True
    except _ERRORS:
        return False


def unpacked(file: IO[bytes], head: bytes) -> IO[bytes]:
    """The file, unpacked as it is read when its first bytes are those of gzip, bzip2 or xz data."""
    for magic, opener in _COMPRESSED.items():
        if magic.match(head):
            unpacked: IO[bytes] = opener(file)
            return unpacked
    return file


def _compressed(head: bytes) -> bool:
    return any(magic.match(head) for magic in _COMPRESSED)


def _count(count: int, name: str) -> None:
    """GateError past MAX_MEMBERS entries."""
    if count > MAX_MEMBERS:
        raise GateError(f"{name}: more than {MAX_MEMBERS:,} entries in this archive, too many for the leak scan; "
                        "nothing was deployed", hint="publish fewer, larger archives")


def _extracted(archive: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    file = archive.extractfile(member)
    if file is None:  # pragma: no cover - files and members of unknown types always have content
        raise tarfile.TarError(f"{member.name} has no content")
    return file


class _Bounded:
    """A stream that refuses to go past `limit` bytes (when given) or to read more than MAX_RECORD
    bytes at once: what tarfile reads whole is a header record, never a member's content."""

    def __init__(self, file: IO[bytes], limit: int | None) -> None:
        self.file, self.limit = file, limit

    def read(self, size: int = -1) -> bytes:
        if size < 0 or size > MAX_RECORD:
            raise _TooLarge(f"a tar header record of more than {MAX_RECORD // 2**10:,} KB")
        self._check(self.file.tell() + size)
        return self.file.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        target = offset if whence == 0 else self.file.tell() + offset if whence == 1 else None
        if target is not None:
            self._check(target)
        return self.file.seek(offset, whence)

    def tell(self) -> int:
        return self.file.tell()

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def _check(self, position: int) -> None:
        if self.limit is not None and position > self.limit:
            raise _TooLarge(f"unpacks to more than {self.limit // 2**20:,} MB")
