"""Split YAML front matter from a Markdown file and map its keys to source lines."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from briefings.errors import InputError

try:
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader

_FENCE = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


@dataclass
class FrontMatter:
    """Parsed front matter: its data, its raw YAML and where the body starts."""

    data: dict[str, Any] = field(default_factory=dict)
    yaml_text: str = ""
    present: bool = False
    body_line: int = 1  # 1-based line where the Markdown body starts

    def line_of(self, path: Sequence[str | int] = ()) -> int:
        """The 1-based file line of a key path such as ("sources", 1, "title")."""
        if not self.present:
            return 1
        node = yaml.compose(self.yaml_text, Loader=_Loader)
        line: int | None = None
        for key in path:
            child = _child(node, key)
            if child is None:
                break
            line, node = child
        return line + 2 if line is not None else 1


def _child(node: Any, key: str | int) -> tuple[int, Any] | None:
    """The (0-based line, node) of a mapping key or sequence item."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return key_node.start_mark.line, value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        item = node.value[key]
        return item.start_mark.line, item
    return None


def split(text: str) -> tuple[str | None, str, int]:
    """Return (yaml text or None, body, 1-based body start line)."""
    opening = _FENCE.match(text)
    if not opening:
        return None, text, 1
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return None, text, 1
    yaml_text = text[opening.end() : closing.start()]
    rest = text[closing.end() :]
    body = rest[1:] if rest.startswith("\n") else rest.removeprefix("\r\n")
    body_line = text.count("\n", 0, closing.end()) + 2
    return yaml_text, body, body_line


def parse(text: str, name: str) -> FrontMatter:
    """Parse the front matter of a file; InputError with the line on broken YAML."""
    yaml_text, _, body_line = split(text)
    if yaml_text is None:
        return FrontMatter()
    try:
        data = yaml.load(yaml_text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        problem = exc.problem or "invalid YAML"
        raise InputError(name, f"front matter is not valid YAML: {problem}", line=line,
                         hint="fix the YAML between the '---' lines") from None
    except yaml.YAMLError as exc:
        raise InputError(name, f"front matter is not valid YAML: {exc}", line=1) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(name, "front matter must be a mapping of keys to values", line=2,
                         hint="write `key: value` lines between the '---' lines")
    return FrontMatter(data=data, yaml_text=yaml_text, present=True, body_line=body_line)


def to_json_value(value: Any) -> Any:
    """YAML values as JSON Schema sees them: dates and times become ISO strings."""
    if isinstance(value, dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_value(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat() if value.tzinfo else value.isoformat() + "[no time zone]"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
