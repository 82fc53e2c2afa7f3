"""An extension is known by what Python-Markdown loads, however `markdown_extensions` names it."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from pymdownx.snippets import SnippetExtension  # type: ignore[import-untyped]

from briefings.publishing import snippets
from briefings.site import extensions

SPELLINGS = ["pymdownx.snippets", "pymdownx.snippets:SnippetExtension"]


def _config(tmp_path: Path, names: list[str]) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "notes").mkdir(exist_ok=True)
    bases = f"[{tmp_path / 'docs'}, {tmp_path}, {tmp_path / 'notes'}]"
    lines = "".join(f"  - {name}:\n      base_path: {bases}\n" for name in names)
    (tmp_path / "mkdocs.yml").write_text(f"site_name: x\nmarkdown_extensions:\n  - footnotes\n{lines}", "utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"))


def test_snippets_is_found_by_module_path_class_and_instance(tmp_path: Path) -> None:
    config = _config(tmp_path, SPELLINGS)
    instance = SnippetExtension(base_path=[str(tmp_path / "notes"), str(tmp_path)])
    config.markdown_extensions.append(instance)  # as a plugin may add it
    assert extensions.snippets(config) == [*SPELLINGS, instance]
    assert not extensions.loads("footnotes", SnippetExtension) and not extensions.loads("no.such:Thing", SnippetExtension)

    snippets.confine(config, tmp_path / "view")
    docs = (tmp_path / "docs").resolve()
    for options in [config.mdx_configs[name] for name in SPELLINGS] + [instance.getConfigs()]:
        assert options["restrict_base_path"] is True
        *inside, above = [Path(base) for base in options["base_path"]]  # notes/ is dropped
        assert [base.resolve() for base in inside] in ([docs], [])
        assert above.is_relative_to(tmp_path / "view") and [p.name for p in above.iterdir()] == ["docs"]
        assert (above / "docs").resolve() == docs  # the library root holds docs/ alone
