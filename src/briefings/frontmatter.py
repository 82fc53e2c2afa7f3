"""Split YAML front matter from a Markdown file and map its keys to source lines.

Front matter is untrusted input: before any Python object is built, its size, node count and depth
are checked on the event stream and aliases are refused (a few hundred bytes of nested aliases
expand to gigabytes); duplicate keys and impossible dates are reported with their line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from briefings.errors import InputError
from briefings.limits import DEFAULT, Limits

try:
    _Base: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Base = yaml.SafeLoader

# MkDocs' own expressions (mkdocs.utils.meta.YAML_RE and META_RE; a test keeps them equal), on text it
# read with universal newlines: where they and `split` disagree, the checks and the site read different pages
MKDOCS_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
MKDOCS_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_FENCE = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
RULE = "front-matter"
_HINT = "fix the YAML between the '---' lines"


class _Refused(yaml.MarkedYAMLError):
    """Well-formed YAML that front matter does not accept (an alias, a duplicate key, a crossed limit)."""


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe loading where an impossible date is a marked error, not a ValueError."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise _Refused(problem=f"'{node.value}' is not a real date or time: write YYYY-MM-DD, or a time "
                           "with an offset from -23:59 to +23:59", problem_mark=node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@dataclass
class FrontMatter:
    """Parsed front matter: its data, its raw YAML and where the body starts."""

    data: dict[str, Any] = field(default_factory=dict)
    yaml_text: str = ""
    present: bool = False
    body_line: int = 1  # 1-based line where the Markdown body starts
    _node: Any = field(default=None, repr=False, compare=False)

    def line_of(self, path: Sequence[str | int] = ()) -> int:
        """The 1-based file line of a key path such as ("sources", 1, "title") (its nearest known parent's
        when the path is not there; the opening '---' for the whole front matter)."""
        at, _ = self._find(path)
        return _file_line(self.yaml_text, at) if at is not None else 1

    def written(self, path: Sequence[str | int]) -> str | None:
        """The scalar at a key path as the author wrote it (`2025-03-01T09:00:00Z`, not a datetime's
        `+00:00`), without quotes; None when the path holds no scalar."""
        at, node = self._find(path)
        return node.value if at is not None and isinstance(node, yaml.ScalarNode) and path else None

    def _find(self, path: Sequence[str | int]) -> tuple[int | None, Any]:
        """(offset in the YAML, node) of the deepest key of `path` that is there."""
        if not self.present:
            return None, None
        if self._node is None:  # composed once: a finding per source must not re-parse the YAML
            self._node = yaml.compose(self.yaml_text, Loader=_Loader)
        node = self._node
        at: int | None = None
        for key in path:
            child = _child(node, key)
            if child is None:
                return at, None
            at, node = child
        return at, node


def _child(node: Any, key: str | int) -> tuple[int, Any] | None:
    """The (offset in the YAML, node) of a mapping key or sequence item."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return key_node.start_mark.index, value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        item = node.value[key]
        return item.start_mark.index, item
    return None


def _file_line(yaml_text: str, at: int) -> int:
    """The 1-based file line of an offset in the front matter's YAML, as git numbers lines: YAML's
    own line numbers (`Mark.line`) also count a carriage return, U+0085, U+2028 and U+2029."""
    return yaml_text.count("\n", 0, at) + 2  # the opening '---' is line 1


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


def parse(text: str, name: str, limits: Limits = DEFAULT) -> FrontMatter:
    """Parse the front matter of a file; InputError with the line on broken, oversized or unclosed YAML."""
    yaml_text, _, body_line = split(text)
    if yaml_text is None:
        if _FENCE.match(text):
            raise _error(name, "front matter opened with '---' is never closed", 1,
                         "end the front matter with a line '---' before the body")
        return FrontMatter()
    size = len(yaml_text.encode("utf-8"))
    if size > limits.front_matter_bytes:
        raise _error(name, f"front matter is {size:,} bytes, over the limit of {limits.front_matter_bytes:,}", 2,
                     "move long text into the body, or raise front_matter_bytes under [tool.briefings.limits]")
    try:
        _check_events(yaml_text, limits)
        node = yaml.compose(yaml_text, Loader=_Loader)
        if node is not None:
            _check_duplicates(node)
        data = _Loader("").construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = _file_line(yaml_text, mark.index) if mark else 2
        what = "front matter" if isinstance(exc, _Refused) else "front matter is not valid YAML"
        raise _error(name, f"{what}: {exc.problem or 'invalid YAML'}", line, _HINT) from None
    except yaml.YAMLError as exc:
        raise _error(name, f"front matter is not valid YAML: {exc}", 2, _HINT) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise _error(name, "front matter must be a mapping of keys to values", 2,
                     "write `key: value` lines between the '---' lines")
    return FrontMatter(data=data, yaml_text=yaml_text, present=True, body_line=body_line, _node=node)


def disagreement(text: str, front: FrontMatter) -> str:
    """Why MkDocs reads this file's front matter otherwise than `parse` did ('' when it does not).

    MkDocs (`mkdocs.utils.meta.get_data`) reads the text with universal newlines (a carriage return
    is a line break), takes as front matter the lines between a first '---' line and the next '---'
    or '...' line that has a line break after it and at least one line before it, and uses them
    only when their YAML is a mapping; without such a block it reads leading `key: value` lines as
    metadata (MultiMarkdown) and leaves them off the page. Wherever that differs from `split` and
    `parse`, the checks would judge one page and the site publish another (a status they never saw,
    text they never read): this says how, and what to write instead."""
    seen = universal_newlines(text)
    found = MKDOCS_FRONT.match(seen)
    same = found is not None and front.present and found.group(1) == universal_newlines(front.yaml_text)
    # the same YAML that loaded to a non-empty mapping here is one to MkDocs too: no second load
    if found is None or not (same and front.data or _mkdocs_mapping(found.group(1))):
        return _unused(seen, front, found)
    if not front.present:
        if "\r" in text:
            return "MkDocs reads front matter here that briefings cannot (carriage-return line endings): " \
                   "convert the line endings to \\n"
        return "MkDocs reads front matter here that briefings does not: start the file with '---' and a line break"
    if not same:
        closing = seen.count("\n", 0, found.end(1)) + 1
        if not front.yaml_text:
            return f"MkDocs does not read an empty front matter block ('---' on lines 1 and 2): it reads lines 2 " \
                   f"to {closing - 1} as the page's front matter instead, which briefings does not check; remove the " \
                   "empty block"
        cr = " (carriage-return line endings: convert them to \\n)" if "\r" in text else ""
        return f"MkDocs reads the front matter up to line {closing}, briefings up to line {front.body_line - 1}{cr}"
    if "\r" in front.yaml_text.replace("\r\n", "") and not _same_data(seen, front):
        return "MkDocs reads this front matter otherwise than briefings (carriage-return line endings): " \
               "convert the line endings to \\n"
    return ""


def _unused(seen: str, front: FrontMatter, found: re.Match[str] | None) -> str:
    """Why MkDocs, using no YAML front matter here, reads the page otherwise than briefings ('' when alike)."""
    if front.present and not front.yaml_text:
        return "MkDocs does not read an empty front matter block ('---' then '---') and would show both lines " \
               "on the page: remove the block or add a field"
    if front.present and found is not None and found.group(1) == universal_newlines(front.yaml_text):
        return "MkDocs does not read a front matter block without fields and would show its lines on the page: " \
               "remove the block or add a field"
    if front.present and found is None:
        return "MkDocs does not see this front matter and would show it on the page: end the closing '---' " \
               "line with a line break"
    if front.present:
        return "MkDocs does not see this front matter and would show it on the page (carriage-return line " \
               "endings): convert the line endings to \\n"
    first = seen.split("\n", 1)[0]
    if found is None and MKDOCS_META.match(first):  # MkDocs tries MultiMarkdown only without a YAML block
        shown = first.strip() if len(first.strip()) <= 60 else first.strip()[:57] + "..."
        return f"MkDocs reads the first line ('{shown}') as page metadata (MultiMarkdown) and leaves it off the " \
               "page, which briefings reads as text: write front matter between '---' lines, or start the " \
               "page with a heading or a blank line"
    return ""


def universal_newlines(text: str) -> str:
    """The text as MkDocs reads a file: every line ending a line break."""
    return re.sub(r"\r\n?", "\n", text) if "\r" in text else text


def _mkdocs_mapping(yaml_text: str) -> bool:
    """Whether MkDocs would use this YAML as front matter (it loads to a mapping); True for YAML
    that front matter refuses to load (an alias, a crossed limit): it cannot be told safely."""
    data = loaded_yaml(yaml_text)
    return data is UNSAFE_YAML or isinstance(data, dict)


UNSAFE_YAML = object()  # YAML front matter refuses to load (an alias, a crossed limit)


def loaded_yaml(yaml_text: str) -> Any:
    """The YAML as MkDocs would load it; None when it does not load, UNSAFE_YAML when it may not be loaded."""
    try:
        _check_events(yaml_text, DEFAULT)
        return yaml.load(yaml_text, Loader=_Base)
    except _Refused:
        return UNSAFE_YAML
    except (yaml.YAMLError, ValueError, OverflowError):
        return None


def _same_data(seen: str, front: FrontMatter) -> bool:
    """Whether the front matter of the text as MkDocs reads it (line breaks normalised) is `front`'s."""
    try:
        return parse(seen, "", DEFAULT).data == front.data
    except InputError:
        return False


def _error(name: str, message: str, line: int, hint: str) -> InputError:
    error = InputError(name, message, line=line, hint=hint)
    error.rule = RULE
    return error


def _check_events(yaml_text: str, limits: Limits) -> None:
    """Refuse aliases, too many nodes and too deep nesting while streaming, before anything is built."""
    nodes = depth = 0
    for event in yaml.parse(yaml_text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise _marked("aliases (*name) are not allowed: write the value out", event)
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if nodes > limits.yaml_nodes:
                raise _marked(f"more than {limits.yaml_nodes:,} values (limit yaml_nodes)", event)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.yaml_depth:
                raise _marked(f"nested deeper than {limits.yaml_depth} levels (limit yaml_depth)", event)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _marked(problem: str, event: Any) -> _Refused:
    return _Refused(problem=problem, problem_mark=event.start_mark)


def _check_duplicates(node: yaml.Node) -> None:
    """A key given twice silently keeps the last value (`status: draft` then `status: published`)."""
    for mapping in _mappings(node):
        seen: set[Any] = set()
        for key_node, _ in mapping.value:
            key = (key_node.tag, key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in seen:
                raise _marked(f"duplicate key '{key_node.value}': keep one", key_node)
            seen.add(key)


def _mappings(node: yaml.Node) -> Iterator[yaml.MappingNode]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            yield current
            stack += [n for pair in current.value for n in pair]
        elif isinstance(current, yaml.SequenceNode):
            stack += current.value


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


class ParseOnce:
    """`parse` with each front matter parsed once in this process: a publish reads every page twice
    (to stage it, then as the staged library), and the YAML is most of that. Nothing is stored on
    disk: whether a page is a draft or under embargo is always judged from a fresh parse."""

    def __init__(self, limits: Limits = DEFAULT) -> None:
        self.limits = limits
        self.seen: dict[tuple[str, int], FrontMatter] = {}

    def parse(self, text: str, name: str) -> FrontMatter:
        """Like `parse(text, name, limits)`; the same result for the same front matter text."""
        yaml_text, _, body_line = split(text)
        if yaml_text is None:
            return parse(text, name, self.limits)
        key = (yaml_text, body_line)
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = parse(text, name, self.limits)
        return found
