"""Which Markdown extension an entry of `markdown_extensions` is, as Python-Markdown loads it.

Python-Markdown accepts an entry point name, a module path (`pymdownx.snippets`), `module:Class`
(`pymdownx.snippets:SnippetExtension`) or an Extension instance (a plugin may add one), so a name
alone does not say which extension an entry is: each is resolved to its class as Python-Markdown
would load it (MkDocs has loaded every named one already, to validate the config).
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from markdown import util
from markdown.extensions import Extension

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def snippets(config: MkDocsConfig) -> list[str | Extension]:
    """The entries of the config's `markdown_extensions` that load pymdownx.snippets (or a subclass)."""
    from pymdownx.snippets import SnippetExtension  # type: ignore[import-untyped]

    return [entry for entry in config.markdown_extensions if loads(entry, SnippetExtension)]


def loads(entry: object, kind: type[Extension]) -> bool:
    """Whether an entry of `markdown_extensions` (a name or an instance) is an extension of `kind`."""
    found = type(entry) if isinstance(entry, Extension) else extension_class(entry) if isinstance(entry, str) else None
    return found is not None and issubclass(found, kind)


@cache
def extension_class(name: str) -> type[Extension] | None:
    """The class Python-Markdown builds for an extension name (None when it cannot load one)."""
    try:
        points = [point for point in util.get_installed_extensions() if point.name == name]
        if points:
            loaded = points[0].load()
            return loaded if isinstance(loaded, type) and issubclass(loaded, Extension) else None
        module_name, _, class_name = name.partition(":")
        module = importlib.import_module(module_name)
        made = getattr(module, class_name) if class_name else type(module.makeExtension())
        return made if isinstance(made, type) and issubclass(made, Extension) else None
    except Exception:  # noqa: BLE001 - an extension that does not load is none of ours; MkDocs reports it
        return None
