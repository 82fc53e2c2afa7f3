"""The single subprocess helper: every external command goes through `run`."""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from briefings.errors import ToolError

QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1", "PYTHONIOENCODING": "utf-8"}


def tool_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for child processes: ours plus the quieting variables."""
    env = dict(os.environ)
    env.update(QUIET_ENV)
    if extra:
        env.update(extra)
    return env


@contextmanager
def _launched(argv: list[str], timeout: float | None) -> Iterator[None]:
    """A command that cannot start or does not finish in time, as ToolError."""
    try:
        yield
    except FileNotFoundError as exc:
        raise ToolError(f"cannot run {argv[0]}: not found", hint="install it or check PATH") from exc
    except subprocess.TimeoutExpired as exc:
        error = ToolError(f"`{shlex.join(argv)}` did not finish within {timeout:.0f} s")
        error.timed_out = True
        raise error from exc


def run(
    args: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = 600,
    check: bool = True,
    capture: bool = True,
    input_text: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a command; on failure raise ToolError showing command, exit code and stderr."""
    argv = [str(a) for a in args]
    with _launched(argv, timeout):
        result = subprocess.run(
            argv,
            cwd=cwd,
            env=tool_env(env),
            timeout=timeout,
            capture_output=capture,
            text=True,
            input=input_text,
            encoding="utf-8",
            errors="replace",
        )
    if check and result.returncode != 0:
        error = ToolError(describe_failure(argv, result))
        error.stderr = result.stderr or ""
        raise error
    return result


def run_binary(args: Sequence[str | Path], *, cwd: Path | None = None, data: bytes = b"",
               timeout: float | None = 600, ok: tuple[int, ...] = (0,)) -> bytes:
    """Run a command that reads and writes bytes (e.g. `git cat-file --batch`); its stdout, or
    ToolError as `run` raises it when its exit code is not one of `ok`."""
    argv = [str(a) for a in args]
    result = run_bytes(argv, cwd=cwd, data=data, timeout=timeout)
    if result.returncode not in ok:
        text = subprocess.CompletedProcess(argv, result.returncode, "", result.stderr.decode("utf-8", "replace"))
        error = ToolError(describe_failure(argv, text))
        error.stderr = text.stderr
        raise error
    return result.stdout


def run_bytes(args: Sequence[str | Path], *, cwd: Path | None = None, data: bytes = b"",
              timeout: float | None = 600) -> subprocess.CompletedProcess[bytes]:
    """Run a command that reads and writes bytes, whatever its exit code; ToolError only when it
    cannot start or does not finish in time."""
    argv = [str(a) for a in args]
    with _launched(argv, timeout):
        return subprocess.run(argv, cwd=cwd, env=tool_env(), timeout=timeout, capture_output=True, input=data)


def describe_failure(argv: Sequence[str], result: subprocess.CompletedProcess[str]) -> str:
    """A readable failure message: the command, its exit code and the tail of stderr."""
    stderr = (result.stderr or "").strip()
    tail = "\n".join(stderr.splitlines()[-25:])
    return f"`{shlex.join(argv)}` exited with {result.returncode}" + (f":\n{tail}" if tail else "")
