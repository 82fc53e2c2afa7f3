"""Reading an article: a regular file, or a pipe (`cmd | briefings import /dev/stdin`,
`briefings import <(cmd)`, a FIFO).

A pipe has no size to check first and may never be written to, so it is read in chunks up to
`file_bytes` + 1 bytes (one more is an error, never unbounded memory), waiting at most
`pipe_seconds` for each chunk (a FIFO nobody writes to is an error, never a hang). Devices and
sockets are refused: /dev/zero never ends, a terminal waits for typing.
"""

from __future__ import annotations

import os
import selectors
import stat
from pathlib import Path

from briefings.errors import InputError
from briefings.limits import Limits
from briefings.textfile import read_bytes, special_kind

CHUNK = 64 * 1024
PIPE_HINT = "import a file, or pipe the article in: `cat article.txt | briefings import /dev/stdin ...`"


def read_source(path: Path, *, limits: Limits, label: str) -> tuple[bytes, bool]:
    """(the bytes of the file or pipe at `path`, whether it is a pipe); InputError naming `label`."""
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0  # read_bytes says what is wrong
    if stat.S_ISFIFO(mode):
        return read_pipe(path, max_bytes=limits.file_bytes, wait=limits.pipe_seconds, label=label), True
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise InputError(label, f"is {special_kind(mode)}, not a file or a pipe", hint=PIPE_HINT)
    return read_bytes(path, max_bytes=limits.file_bytes, label=label), False


def read_pipe(path: Path, *, max_bytes: int, wait: float, label: str) -> bytes:
    """Everything written to the pipe at `path` until its writer closes it; InputError naming
    `label` when it sends more than `max_bytes` or nothing arrives for `wait` seconds."""
    try:  # non-blocking: opening a FIFO without a writer would otherwise wait for one
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(label, f"cannot read: {exc.strerror}", hint="check the path and its permissions") from None
    try:
        return _drain(fd, max_bytes, wait, label)
    finally:
        os.close(fd)


def _drain(fd: int, max_bytes: int, wait: float, label: str) -> bytes:
    data = bytearray()
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while len(data) <= max_bytes:
            if not selector.select(wait):
                raise _silent(label, wait, started=bool(data))
            try:
                chunk = os.read(fd, min(CHUNK, max_bytes + 1 - len(data)))
            except BlockingIOError:
                continue
            if not chunk:  # the writer closed its end
                return bytes(data)
            data += chunk
    raise InputError(label, f"the pipe sent more than {max_bytes:,} bytes (the file_bytes limit)",
                     hint="import a shorter article, or raise file_bytes under [tool.briefings.limits] "
                          "in pyproject.toml")


def _silent(label: str, wait: float, *, started: bool) -> InputError:
    what = "no more data" if started else "no data (is anything writing to it?)"
    return InputError(label, f"{what} from the pipe within {wait:g} s",
                      hint="write the article to a file and import that, or raise pipe_seconds under "
                           "[tool.briefings.limits] in pyproject.toml")
