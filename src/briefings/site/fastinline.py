"""Python-Markdown's inline pass without the calls that cannot match: a Markdown extension.

Why: Python-Markdown applies its inline patterns (emphasis, links, footnote references, code, HTML,
entities, ...) to every text node, one pattern after another, each through a Python call that
looks the pattern up in a sorted registry, checks the pattern's excluded ancestors and searches the
text; most of those calls find nothing. That pass was about half of the Markdown render and a
quarter of a build's CPU. Here a pattern whose regular expression finds nothing in the rest of the
text is skipped with one C-level search, and patterns are read from a plain list.

The result is the same by construction: `InlineProcessor.__applyPattern` returns "no match, start
again at 0" whenever the pattern's expression has no match from `startIndex` on (its `finditer`
yields nothing), which is exactly what the skip does; when the expression does match, the original
method runs unchanged. One condition: the patterns and their expressions are read once per inline
pass, so an extension that registered a pattern or recompiled one while the pass runs (none of
Python-Markdown's or pymdownx's does: they set them up in `extendMarkdown`) would not be seen. Only new-style patterns (`InlineProcessor` subclasses, all of Python-Markdown's
and pymdownx's) are skipped this way; old-style ones always take the original path. The class of
the inline tree processor is swapped only when it is Python-Markdown's own, and only while that
class has the two private methods this relies on; otherwise the extension does nothing. Tests
render the sample library and generated Markdown of every inline shape both ways and compare the
HTML byte for byte (tests/site/test_fastinline.py). The extension also numbers footnote references
from a table (site/fastfootnotes.py) and skips the toc's marker search on pages without one
(site/fasttoc.py).

The briefings plugin appends this extension (by name, so the render cache can key on it) to the
site's `markdown_extensions`, after the site's own. A change to what this module renders must
change `rendercache.SALT`, as for the rest of the plugin: the render cache keys on the package's
version, not on this file.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown, inlinepatterns, treeprocessors, util
from markdown.extensions import Extension

from briefings.site import fastfootnotes, fasttoc

NAME = "briefings.site.fastinline"
_RELIES_ON = ("_InlineProcessor__handleInline", "_InlineProcessor__applyPattern")


class SkippingInlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown's `InlineProcessor`, skipping patterns that cannot match the rest of a text."""

    _searches: list[tuple[Any, Any]]  # (pattern, its expression's `search`, None for an old-style pattern)

    def run(self, tree: Any, ancestors: list[str] | None = None) -> Any:
        self._searches = [(p, p.getCompiledRegExp().search if isinstance(p, inlinepatterns.InlineProcessor) else None)
                          for p in self.inlinePatterns]
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        """`InlineProcessor.__handleInline`, with a pattern that finds nothing skipped before the call."""
        if isinstance(data, util.AtomicString):
            return data
        searches = self._searches
        apply = self._InlineProcessor__applyPattern  # type: ignore[attr-defined]
        count = len(searches)
        start = 0
        while patternIndex < count:
            pattern, search = searches[patternIndex]
            if search is not None and search(data, start) is None:
                patternIndex, start = patternIndex + 1, 0  # what __applyPattern returns on no match
                continue
            data, matched, start = apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


def supported() -> bool:
    """Whether Python-Markdown's InlineProcessor still has the private methods this relies on."""
    return all(callable(getattr(treeprocessors.InlineProcessor, name, None)) for name in _RELIES_ON)


class SkipUnmatchedExtension(Extension):
    """Swap in `SkippingInlineProcessor` when the inline processor is Python-Markdown's own."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        processor = md.treeprocessors["inline"] if "inline" in md.treeprocessors else None
        if type(processor) is treeprocessors.InlineProcessor and supported():
            processor.__class__ = SkippingInlineProcessor
        fastfootnotes.speed_up(md)
        fasttoc.speed_up(md)


def makeExtension(**kwargs: Any) -> SkipUnmatchedExtension:  # noqa: N802 - Python-Markdown's entry point
    """The extension, as Python-Markdown loads it by module name."""
    return SkipUnmatchedExtension(**kwargs)


def add_to(extensions: list[Any]) -> None:
    """Append the extension (by name) to MkDocs' `markdown_extensions`, once."""
    if NAME not in extensions:
        extensions.append(NAME)
