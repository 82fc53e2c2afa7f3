"""Reading and writing authored files safely: clear errors for bad bytes, atomic writes."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from briefings.errors import InputError

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, label: str | None = None) -> str:
    """Read a UTF-8 file (a leading BOM is dropped); InputError names file and line on bad input.

    The file type and size are checked before it is opened, and at most `max_bytes` + 1 bytes are
    read, so a FIFO, a device or a symlink to /dev/zero is an error, never a hang or a memory blow-up.
    """
    name = label or str(path)
    return decode(read_bytes(path, max_bytes=max_bytes, label=name), name)


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, label: str | None = None) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, as `read_text` checks it; InputError otherwise."""
    name = label or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file (or a symlink to nothing)", hint="check the path") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(name, "symlink loop", hint="point the symlink at a real file, or remove it") from None
        raise InputError(name, f"cannot read: {exc.strerror}", hint="check the file's permissions") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else special_kind(info.st_mode)
        raise InputError(name, f"is {kind}, not a regular file",
                         hint="replace it with a regular Markdown file, or remove it")
    if info.st_size > max_bytes:
        raise _too_big(name, info.st_size, max_bytes)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}", hint="check the file's permissions") from None
    if len(data) > max_bytes:  # grew since stat
        raise _too_big(name, len(data), max_bytes)
    return data


def special_kind(mode: int) -> str:
    """What a file that is not regular is, e.g. "a named pipe (FIFO)", "a device"."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _too_big(name: str, size: int, max_bytes: int) -> InputError:
    small = max_bytes < 1_000_000  # "0 MB" would say nothing
    limit = f"{max_bytes:,}-byte" if small else f"{max_bytes / 1e6:.0f} MB"
    return InputError(
        name,
        f"file is {f'{size:,} bytes' if small else f'{size / 1e6:.1f} MB'}, over the {limit} limit for a briefing",
        hint="split the briefing, or raise file_bytes under [tool.briefings.limits] in pyproject.toml",
    )


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes or raise an InputError that points at the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            name,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            line=line,
            hint="re-save the file as UTF-8",
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(name, "contains a NUL byte", line=line, hint="remove it; briefings are plain text")
    return text.removeprefix("\ufeff")


def symlink_note(path: Path) -> str:
    """Why a fix leaves `path` alone ('' when it may write it): a symlink is never replaced (os.replace
    would put a copy of its target in its place); the file it points to is fixed through its own path."""
    if not path.is_symlink():
        return ""
    return f"a symlink (to {os.readlink(path)}): a fix writes only the file it points to, through its own path"


def write_atomic(path: Path, text: str) -> None:
    """Replace a file's content in one step, keeping its permissions and its BOM (read_text drops it).
    A symlink is never replaced (InputError): every writer of authored files follows `symlink_note`."""
    note = symlink_note(path)
    if note:
        raise InputError(str(path), f"not written: {note}", hint="run the fix on the file the symlink points to")
    mode = path.stat().st_mode if path.exists() else 0o644
    if not text.startswith("\ufeff") and _has_bom(path):
        text = "\ufeff" + text
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _has_bom(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(3) == b"\xef\xbb\xbf"
    except OSError:
        return False


def create_exclusive(path: Path, text: str) -> bool:
    """Write a new file in one step, never replacing one: False (and nothing written) when `path`
    exists. The text goes to a temporary file that is then hard-linked into place, so readers see
    the whole file or none of it, and two writers cannot both win."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create, then write
            return _create_directly(path, text)
        return True
    finally:
        Path(tmp).unlink(missing_ok=True)


def _create_directly(path: Path, text: str) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return True
