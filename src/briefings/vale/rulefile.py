"""One Vale rule file read as YAML, remembering the line of every key and list item.

Errors name the file and line (`styles/Briefings/Certainty.yml:12: ...`) and say what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefings.errors import ConfigError
from briefings.textfile import read_text

try:
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader


class RuleFile:
    """A parsed rule file with the YAML line of every key and list item, for error messages."""

    def __init__(self, path: Path, label: str) -> None:
        self.path, self.label = path, label
        text = read_text(path, label=label)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            self.data: Any = loader.construct_document(node) if node is not None else None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise self.error(f"not valid YAML: {exc.problem}", mark.line + 1 if mark else 1,
                             hint="fix the YAML syntax of the rule") from None
        finally:
            loader.dispose()
        if not isinstance(self.data, dict) or not isinstance(node, yaml.MappingNode):
            raise self.error("a rule file must be a mapping of keys such as extends, message, level", 1)
        self.lines: dict[str, int] = {str(k.value): int(k.start_mark.line) + 1 for k, _ in node.value}
        self.items: dict[str, list[int]] = {str(k.value): _item_lines(v) for k, v in node.value}

    def error(self, message: str, line: int, *, hint: str = "") -> ConfigError:
        """A ConfigError that points at `file:line`."""
        return ConfigError(f"{self.label}:{line}: {message}", hint=hint or "fix the rule file")

    def line(self, key: str, index: int | None = None) -> int:
        """The line of a key, or of the index-th item of its list or mapping."""
        items = self.items.get(key, [])
        if index is not None and index < len(items):
            return items[index]
        return self.lines.get(key, 1)


def _item_lines(node: yaml.Node) -> list[int]:
    if isinstance(node, yaml.SequenceNode):
        return [int(item.start_mark.line) + 1 for item in node.value]
    if isinstance(node, yaml.MappingNode):
        return [int(key.start_mark.line) + 1 for key, _ in node.value]
    return []


def strings(src: RuleFile, key: str, *, required: bool = False) -> list[str]:
    """A key holding a string or a list of strings."""
    value = src.data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) or v is None for v in value):
        raise src.error(f"'{key}' must be a list of strings", src.line(key))
    if required and not value:
        raise src.error(f"'{key}' must list at least one entry", src.line(key))
    return [str(v) for v in value]


def flag(src: RuleFile, key: str) -> bool:
    """A true/false key (default false)."""
    value = src.data.get(key, False)
    if not isinstance(value, bool):
        raise src.error(f"'{key}' must be true or false", src.line(key))
    return value
