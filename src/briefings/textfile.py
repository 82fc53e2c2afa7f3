"""Reading and writing authored files safely: clear errors for bad bytes, atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefings.errors import InputError

DEFAULT_MAX_BYTES = 8 * 1024 * 1024


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, label: str | None = None) -> str:
    """Read a UTF-8 file (a leading BOM is dropped); InputError names file and line on bad input."""
    name = label or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file", hint="check the path") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}") from None
    if path.is_dir():
        raise InputError(name, "is a folder, not a file")
    if size > max_bytes:
        raise InputError(
            name,
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for a briefing",
            hint="split the briefing, or raise max_file_bytes under [tool.briefings] in pyproject.toml",
        )
    data = path.read_bytes()
    return decode(data, name)


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


def write_atomic(path: Path, text: str) -> None:
    """Replace a file's content in one step, keeping its permissions and its BOM (read_text drops it)."""
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
