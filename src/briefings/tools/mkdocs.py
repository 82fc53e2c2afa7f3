"""Every call to MkDocs goes through here."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from briefings.tools import process


def build(root: Path, *, site_dir: Path | None = None, strict: bool = True, config_file: Path | None = None,
          env: Mapping[str, str] | None = None, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    """`mkdocs build` in the library root; ToolError with MkDocs' messages on failure."""
    args: list[str | Path] = [sys.executable, "-m", "mkdocs", "build", "--clean"]
    if strict:
        args.append("--strict")
    if site_dir:
        args += ["--site-dir", site_dir]
    if config_file:
        args += ["--config-file", config_file]
    return process.run(args, cwd=root, env=env, timeout=timeout)
