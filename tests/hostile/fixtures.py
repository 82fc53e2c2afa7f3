"""Hostile and broken files, re-created by the tests themselves: each plants one bad file in a library.

Every fixture names what the finding on the bad file must say. The content of files outside the
library (SECRET) must never appear in any output.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SECRET = "SECRET-CONTENT-OUTSIDE-THE-LIBRARY"
BAD = "A/bad.md"


def alias_bomb() -> str:
    """About 400 bytes of YAML that expand to 9**9 (387 million) items when aliases are followed."""
    lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "---\ntitle: Bomb\n" + "\n".join(lines) + "\n---\n\n# Bomb\n"


def _front(extra: str) -> str:
    return f"---\ntitle: Bad\nsummary: S.\nstatus: draft\nupdated: 2025-01-31\nauthors: [A]\n{extra}---\n\n# Bad\n"


@dataclass(frozen=True)
class Hostile:
    """One bad file: how to plant it, and what its finding says (line 0: any line)."""

    name: str
    plant: Callable[[Path, Path], None]  # (path of docs/A/bad.md, a folder outside the library)
    says: str
    line: int = 0


def _text(text: str | bytes) -> Callable[[Path, Path], None]:
    def plant(path: Path, outside: Path) -> None:
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return plant


def _symlink(target: Callable[[Path, Path], str]) -> Callable[[Path, Path], None]:
    def plant(path: Path, outside: Path) -> None:
        os.symlink(target(path, outside), path)
    return plant


def _secret(path: Path, outside: Path) -> str:
    secret = outside / "secret.md"
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    return str(secret)


def _fifo(path: Path, outside: Path) -> None:
    os.mkfifo(path)


def _oversized(path: Path, outside: Path) -> None:
    with path.open("wb") as handle:  # sparse: instant, yet 9 MB by its size
        handle.truncate(9 * 1024 * 1024)


HOSTILE = (
    Hostile("alias-bomb", _text(alias_bomb()), "aliases (*name) are not allowed", 4),
    Hostile("impossible-date", _text(_front("").replace("2025-01-31", "2025-02-30")), "not a real date", 5),
    Hostile("offset-99h", _text(_front("embargo_until: 2025-03-01T09:00:00+99:00\n")), "not a real date", 7),
    Hostile("duplicate-key", _text(_front("status: published\n")), "duplicate key 'status'", 7),
    Hostile("unclosed", _text("---\ntitle: Bad\nstatus: draft\n\n# Bad\n\nText.\n"), "never closed", 1),
    Hostile("broken-yaml", _text("---\ntitle: [Bad\n---\n\n# Bad\n"), "not valid YAML", 3),
    Hostile("not-a-mapping", _text("---\n- a\n- b\n---\n\n# Bad\n"), "must be a mapping", 2),
    Hostile("deep-yaml", _text("---\ntitle: " + "[" * 200 + "]" * 200 + "\n---\n"), "nested deeper", 2),
    Hostile("many-nodes", _text("---\ntitle: [" + ",".join(["x"] * 6000) + "]\n---\n"), "more than 5,000", 2),
    Hostile("huge-front-matter", _text("---\ntitle: '" + "x" * 70_000 + "'\n---\n"), "over the limit", 2),
    Hostile("latin-1", _text(b"---\ntitle: Bad\n---\n\ncaf\xe9\n"), "not valid UTF-8", 5),
    Hostile("nul-byte", _text(b"# Bad\n\nx\x00y\n"), "NUL byte", 3),
    Hostile("oversized", _oversized, "over the 2 MB limit", 1),
    Hostile("fifo", _fifo, "named pipe", 1),
    Hostile("dev-zero", _symlink(lambda p, o: "/dev/zero"), "outside the docs folder", 1),
    Hostile("outside-symlink", _symlink(_secret), "outside the docs folder", 1),
    Hostile("symlink-loop", _symlink(lambda p, o: p.name), "symlink loop", 1),
    Hostile("dangling-symlink", _symlink(lambda p, o: "nowhere.md"), "missing file", 1),
)
