"""Reading authored files: clear errors for bad bytes and sizes; atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import InputError
from briefings.textfile import read_text, write_atomic


def test_non_utf8_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"# Title\n\ncaf\xe9 au lait\n")
    with pytest.raises(InputError) as info:
        read_text(path, label="docs/x.md")
    assert str(info.value) == "docs/x.md:3: not valid UTF-8 (byte 0xe9 at offset 12)"
    assert info.value.hint == "re-save the file as UTF-8"


def test_nul_byte_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"a\nb\x00c\n")
    with pytest.raises(InputError, match="x.md:2: contains a NUL byte"):
        read_text(path)


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes("\ufeff# T\n".encode())
    assert read_text(path) == "# T\n"


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="file is 2,048 bytes, over the 1,024-byte limit"):
        read_text(path, max_bytes=1024)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.md")


def test_write_atomic_replaces_content_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new\r\nline")
    assert path.read_bytes() == b"new\r\nline"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]


def test_write_atomic_keeps_a_bom_that_read_text_dropped(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"\xef\xbb\xbf- a\n")
    write_atomic(path, read_text(path).replace("a", "b"))
    assert path.read_bytes() == b"\xef\xbb\xbf- b\n"


def test_write_atomic_never_replaces_a_symlink(tmp_path: Path) -> None:
    """os.replace on the link's path would leave a regular copy where the symlink was."""
    (tmp_path / "real.md").write_text("old", encoding="utf-8")
    alias = tmp_path / "alias.md"
    alias.symlink_to("real.md")
    with pytest.raises(InputError, match="a symlink"):
        write_atomic(alias, "new")
    assert alias.is_symlink() and (tmp_path / "real.md").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias.md", "real.md"]
