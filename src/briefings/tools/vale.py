"""The Vale binary: find it on PATH and run it once over a batch of files with JSON output."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefings.errors import ConfigError, ToolError
from briefings.tools.process import describe_failure, run

ARGV_BUDGET = 1_000_000  # characters of file names per process: one process for any real library


def executable() -> str | None:
    """The path of `vale` on PATH, or None."""
    return shutil.which("vale")


def lint(paths: Sequence[Path], *, config: Path, cwd: Path) -> dict[str, list[dict[str, Any]]]:
    """Vale's alerts per file (`--output=JSON`), for every file in `paths`."""
    exe = executable()
    if exe is None:
        raise ToolError("vale is not on PATH", hint="install Vale (https://vale.sh) or set BRIEFINGS_VALE=builtin")
    alerts: dict[str, list[dict[str, Any]]] = {}
    for chunk in _batches([str(p) for p in paths]):
        args = [exe, f"--config={config}", "--output=JSON", "--no-exit", *chunk]
        result = run(args, cwd=cwd, check=False)
        alerts.update(_parse(result.stdout, args, result))
    return alerts


def _batches(names: list[str]) -> list[list[str]]:
    """Split only when the command line would exceed the system's limit (about 2 MB on Linux)."""
    batches: list[list[str]] = [[]]
    size = 0
    for name in names:
        if batches[-1] and size + len(name) + 1 > ARGV_BUDGET:
            batches.append([])
            size = 0
        batches[-1].append(name)
        size += len(name) + 1
    return batches


def _parse(stdout: str, args: list[str],
           result: subprocess.CompletedProcess[str]) -> dict[str, list[dict[str, Any]]]:
    try:
        data = json.loads(stdout or "{}")
    except json.JSONDecodeError:
        raise ToolError(describe_failure(args, result) if result.returncode else
                        f"vale printed output that is not JSON: {stdout[:200]!r}") from None
    if isinstance(data, dict) and "Code" in data and "Text" in data:  # Vale reports its own errors as JSON
        where = f"{data.get('Path')}:{data.get('Line')}: " if data.get("Path") else ""
        raise ConfigError(f"vale: {where}{data['Text']}", hint="fix the Vale configuration or rule file")
    if result.returncode not in (0, 1) or not isinstance(data, dict):
        raise ToolError(describe_failure(args, result))
    return {str(k): v for k, v in data.items() if isinstance(v, list)}
