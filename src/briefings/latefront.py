"""Front matter written where nobody reads it: a `status: draft` that keeps nothing out.

MkDocs and briefings read front matter only as a `---` block on the very first line. A block
after lines that print nothing (blank, comments `<!-- -->`, link reference definitions such as
`[//]: # (...)` or `[comment]: <> (...)`, abbreviation definitions, HTML tags alone), indented
(spaces or a tab), after an invisible character (a second byte-order mark, a zero-width or no-break
space, a Hangul filler), fenced by more dashes, or written as TOML between `+++` lines is text to
both, so its fields do nothing and the page would be published as it is, `status: draft` and
all. Such a page is refused (`library.read_otherwise`): lint, build, the hooks and the publish
gate name it, and an edition leaves it out.
"""

from __future__ import annotations

import re
import textwrap
import tomllib
import unicodedata

from briefings.frontmatter import UNSAFE_YAML, FrontMatter, loaded_yaml, universal_newlines

HEAD_CHARS = 8192  # front matter is looked for in the head of the page only (after its comments)
_OPEN = re.compile(r"-{3,}|\+{3,}")  # `---`, and what else is written for it: `-----`, TOML's `+++`
_CLOSE = {"-": re.compile(r"-{3,}|\.{3}"), "+": re.compile(r"\+{3,}")}
# lines that print nothing: a link reference definition (`[//]: # (note)`, `[x]: <> (note)`, `[id]: url "title"`),
# an abbreviation definition (`*[HTML]: ...`), HTML tags alone (`<a id="top"></a>`)
_SILENT = re.compile(r"\[[^\]\n]{1,999}\]:[ \t]*(?:<[^>\n]*>|[^\s<]\S*)(?:[ \t]+[\"'(].*)?|\*\[[^\]\n]{1,999}\]:.*|"
                     r"(?:<(?!(?i:https?|ftps?)://|[^<> !]+@[^@<> ]+>)[A-Za-z/!][^<>\n]*>[ \t]*)+")  # not an autolink
# (Python-Markdown's: <https://...>, <ftp://...>, <name@example.org>)
_FIELD_LINE = re.compile(r"^[\"']?([A-Za-z_]+)[\"']?[ \t]*[:=]", re.M)  # a top-level key, after dedenting
# letters and symbols that show nothing: Hangul fillers, braille blank, Khmer inherent vowels
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5")


def misplaced(text: str, front: FrontMatter) -> str:
    """Why a page whose front matter block nobody reads is refused ('' when it has none)."""
    if front.present or ("---" not in text and "+++" not in text):
        return ""
    found = late_block(universal_newlines(text))
    if found is None:
        return ""
    line, fence, block = found
    if not sets_fields(block):
        return ""
    return f"front matter must start on the first line, unindented, between '---' lines: MkDocs and briefings " \
           f"read the '{fence}' block on line {line} as text, so its fields (status, embargo, ...) do nothing and " \
           "the page would be published as it is; move the block to the top of the file, with nothing before " \
           "its first '---' (no spaces, tabs or invisible characters)"


def late_block(seen: str) -> tuple[int, str, str] | None:
    """(1-based line, fence, text) of the first block the head of the page opens with, after lines that
    print nothing (blank, comments, link reference and abbreviation definitions, HTML tags alone);
    None when the page starts with anything else, or with front matter both read."""
    lines = _uncommented(seen)[:HEAD_CHARS].split("\n")
    for i, line in enumerate(lines):
        bare = _bare(line)
        if not bare or _SILENT.fullmatch(_visible(line).strip()):
            continue
        if not _OPEN.fullmatch(bare) or (i == 0 and line == "---"):
            return None  # prose first, or the block MkDocs reads (its problems are `disagreement`'s)
        closing = _CLOSE[bare[0]]
        for j in range(i + 1, len(lines)):
            if closing.fullmatch(_bare(lines[j])):
                inner = "\n".join(_visible(text) for text in lines[i + 1 : j])
                return i + 1, bare, textwrap.dedent(inner)
        return None
    return None


def sets_fields(block: str) -> bool:
    """Whether the block (YAML or TOML) sets a front matter field (`status`, `embargo_until`, `title`,
    ...: not `Updated: 3 May 2024` between two rules)."""
    from briefings.schema import index_schema

    fields = set(index_schema()["properties"])
    keys: set[str] = set(_FIELD_LINE.findall(block))
    data = loaded_yaml(block)
    if data is UNSAFE_YAML:
        return True
    if isinstance(data, dict):
        keys |= set(map(str, data))
    try:
        keys |= set(tomllib.loads(block))
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        pass
    return not fields.isdisjoint(keys)


def _uncommented(head: str) -> str:
    """The head with each HTML comment replaced by its line breaks (an unclosed one runs to the end)."""
    out: list[str] = []
    pos = 0
    while (start := head.find("<!--", pos)) >= 0:
        end = head.find("-->", start + 4)
        stop = len(head) if end < 0 else end + 3
        out += [head[pos:start], "\n" * head.count("\n", start, stop)]
        pos = stop
    out.append(head[pos:])
    return "".join(out)


def _bare(line: str) -> str:
    """The line without white space and invisible characters."""
    if line.isascii():
        return "".join(line.split())
    return "".join(c for c in line if not c.isspace() and not _invisible(c))


def _visible(line: str) -> str:
    """The line without invisible characters."""
    return "".join(c for c in line if not _invisible(c)) if not line.isascii() else line


def _invisible(char: str) -> bool:
    """A format character (zero-width space, byte order mark, bidirectional mark ...), a mark with
    nothing to sit on (a variation selector, a combining grapheme joiner) or another character that
    shows nothing (`_INVISIBLE`)."""
    return unicodedata.category(char) in ("Cf", "Mn", "Me") or char in _INVISIBLE
