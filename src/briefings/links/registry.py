"""`docs/planned.yml`: the optional registry of planned briefings (title, section, note).

Format (a YAML list; only `title` is required):

    - title: Elon Musk Fascism Controversies
      section: AUTHORITARIANISM
      note: To be written from the fascism facts file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from briefings.errors import InputError
from briefings.textfile import read_text

REGISTRY_NAME = "planned.yml"
_KEYS = ("title", "section", "note")
_HINT = "planned.yml is a list of entries like `- title: ...` with optional `section:` and `note:`"


@dataclass(frozen=True)
class Entry:
    """One declared planned briefing."""

    title: str
    section: str
    note: str
    line: int  # 1-based line of the entry in planned.yml


def load(docs_dir: Path, label: str) -> list[Entry]:
    """The registry's entries ([] when the file does not exist); InputError with the line when broken."""
    path = docs_dir / REGISTRY_NAME
    if not path.exists():
        return []
    text = read_text(path, label=label)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise InputError(label, f"not valid YAML: {exc.problem}", line=line, hint=_HINT) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise InputError(label, "must be a list of planned briefings", line=root.start_mark.line + 1, hint=_HINT)
    return [_entry(node, label) for node in root.value]


def _entry(node: yaml.Node, label: str) -> Entry:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise InputError(label, "each entry must be a mapping with a `title`", line=line, hint=_HINT)
    values: dict[str, str] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key not in _KEYS:
            raise InputError(label, f"unknown key {key!r}; allowed: {', '.join(_KEYS)}",
                             line=key_node.start_mark.line + 1, hint=_HINT)
        if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
            raise InputError(label, f"`{key}` must be a non-empty text", line=value_node.start_mark.line + 1,
                             hint=_HINT)
        values[key] = " ".join(str(value_node.value).split())
    if "title" not in values:
        raise InputError(label, "entry has no `title`", line=line, hint=_HINT)
    if "/" in values.get("section", "") or values.get("section", "").startswith("."):
        raise InputError(label, "`section` must be one folder name under docs/, e.g. RESEARCH", line=line)
    return Entry(values["title"], values.get("section", ""), values.get("note", ""), line)
