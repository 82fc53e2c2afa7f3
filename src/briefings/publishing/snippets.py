"""pymdownx.snippets in an edition build may only include files of the staged docs_dir.

The staged docs_dir holds only what may be published (see `staging`), but snippets' base_path may
point elsewhere (the default is the library root, which also holds mkdocs.yml, styles and any
other file of the work tree). In an edition build each base_path is narrowed to the staged
docs_dir: one inside it stays; one above it becomes a folder that holds docs_dir alone (through a
link, so `--8<-- "docs/x.md"` still works); any other is dropped. restrict_base_path is forced on
so `../` cannot climb out. The extension is found however `markdown_extensions` names it
(`pymdownx.snippets`, `pymdownx.snippets:SnippetExtension`, a subclass, an instance: see
`site.extensions`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig

from briefings.site import extensions


def confine(config: MkDocsConfig, view: Path) -> None:
    """Point every snippets entry's base paths at the staged docs_dir only (helper folders go under `view`)."""
    for number, entry in enumerate(extensions.snippets(config)):
        if isinstance(entry, Extension):  # an instance: its own config, not mdx_configs
            entry.setConfigs(_confined(entry.getConfigs(), config, view / str(number)))
        else:
            options = config.mdx_configs.setdefault(entry, {})
            options.update(_confined(options, config, view / str(number)))


def _confined(options: dict[str, Any], config: MkDocsConfig, view: Path) -> dict[str, Any]:
    """base_path and restrict_base_path that reach only the staged docs_dir."""
    bases = options.get("base_path", ["."])
    docs = Path(config.docs_dir).resolve()
    allowed = []
    for number, base in enumerate([bases] if isinstance(bases, str) else list(bases)):
        path = Path(os.path.abspath(str(base))).resolve()
        if path.is_relative_to(docs):
            allowed.append(str(path))
        elif path.is_dir() and docs.is_relative_to(path):
            stand_in = view / str(number)
            link = stand_in / docs.relative_to(path)
            link.parent.mkdir(parents=True, exist_ok=True)
            if not link.is_symlink():
                link.symlink_to(docs, target_is_directory=True)
            allowed.append(str(stand_in))
    return {"base_path": allowed, "restrict_base_path": True}
