"""Run the Vale fixture folders (`tests/vale/<Rule>/`) through a real temporary library.

`python -m tests.vale.fixtures Rule [...]` rewrites `expected.json` of those rules from the
built-in engine: review the diff by hand before committing it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CASES = ("flagged.md", "clean.md")
MKDOCS = "site_name: Vale fixtures\ndocs_dir: docs\n"


def rule_names() -> list[str]:
    """Every rule of the Briefings style, from its file names."""
    return sorted(p.stem for p in (REPO / "styles" / "Briefings").glob("*.yml"))


def fixture_library(rule: str, root: Path) -> Path:
    """A library whose .vale.ini switches on only `Briefings.<rule>`, holding the rule's two cases."""
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    shutil.copytree(REPO / "styles", root / "styles")
    (root / ".vale.ini").write_text(f"StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\n"
                                    f"Briefings.{rule} = YES\n", encoding="utf-8")
    for case in CASES:
        shutil.copy2(HERE / rule / case, root / "docs" / case)
    return root


def lint_library(root: Path, mode: str) -> list[dict[str, Any]]:
    """Vale findings of every page of the library, as JSON-ready dicts."""
    from briefings import vale
    from briefings.library import Library

    previous = os.environ.get("BRIEFINGS_VALE")
    os.environ["BRIEFINGS_VALE"] = mode
    try:
        library = Library.load(root)
        return [f.to_dict() for f in vale.check(library.project, library.pages)]
    finally:
        if previous is None:
            os.environ.pop("BRIEFINGS_VALE", None)
        else:
            os.environ["BRIEFINGS_VALE"] = previous


def expected(rule: str) -> list[dict[str, Any]]:
    """The golden output of a rule's fixtures."""
    data: list[dict[str, Any]] = json.loads((HERE / rule / "expected.json").read_text(encoding="utf-8"))
    return data


def _regenerate(rules: list[str]) -> None:
    import tempfile

    for rule in rules:
        with tempfile.TemporaryDirectory() as tmp:
            found = lint_library(fixture_library(rule, Path(tmp) / "lib"), "builtin")
        text = json.dumps(found, indent=2, ensure_ascii=False) + "\n"
        (HERE / rule / "expected.json").write_text(text, encoding="utf-8")
        print(f"{rule}: {len(found)} findings written")


if __name__ == "__main__":
    _regenerate(sys.argv[1:] or rule_names())
