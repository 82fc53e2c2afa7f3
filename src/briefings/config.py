"""Find the library (the folder with mkdocs.yml) and read its settings."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefings.errors import ConfigError
from briefings.limits import Limits
from briefings.limits import from_settings as limits_from
from briefings.textfile import read_text

MKDOCS_FILE = "mkdocs.yml"


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !!python/name and !ENV tags we do not need to resolve."""


class Tagged(str):
    """A scalar of mkdocs.yml written with a tag (`!ENV NAME`): MkDocs reads another value than this text."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return Tagged(loader.construct_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("", _ignore_tag)


@dataclass
class Settings:
    """`[tool.briefings]` from the library's pyproject.toml."""

    raw: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        """A setting, or the default when it is not set."""
        return self.raw.get(key, default)

    @property
    def max_file_bytes(self) -> int:
        """Largest Markdown file accepted."""
        return self.limits.file_bytes

    @property
    def limits(self) -> Limits:
        """`[tool.briefings.limits]` (and the older `max_file_bytes`); ConfigError when a value is bad."""
        return limits_from(self.raw.get("limits"), legacy_file_bytes=self.raw.get("max_file_bytes"))


@dataclass
class Project:
    """Where a briefing library lives and how it is configured."""

    root: Path
    docs_dir: Path
    site_dir: Path
    mkdocs_file: Path
    settings: Settings
    mkdocs: dict[str, Any]

    @property
    def theme_dir(self) -> Path | None:
        """The theme's custom_dir when it is a folder inside the library (the build refuses one outside)."""
        theme = self.mkdocs.get("theme")
        custom = theme.get("custom_dir") if isinstance(theme, dict) else None
        if not isinstance(custom, str) or not custom:
            return None
        folder = (self.root / custom).resolve()
        return folder if folder.is_relative_to(self.root.resolve()) else None

    def label(self, path: Path) -> str:
        """How findings name a file: relative to the library root when inside it."""
        try:
            return Path(os.path.realpath(path)).relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def find_root(start: Path) -> Path:
    """The nearest folder at or above `start` that holds mkdocs.yml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / MKDOCS_FILE).is_file():
            return folder
    raise ConfigError(
        f"no {MKDOCS_FILE} found in {start} or any folder above it",
        hint="run briefings inside a briefing library, or pass --root DIR",
    )


def load_project(root: Path | None = None) -> Project:
    """Read mkdocs.yml and pyproject.toml of the library at (or above) `root`."""
    root = find_root(root or Path.cwd())
    mkdocs_file = root / MKDOCS_FILE
    mkdocs = _read_mkdocs(mkdocs_file, root.resolve())
    docs_dir = _docs_dir(mkdocs_file, root, mkdocs.get("docs_dir", "docs"))
    site_dir = (root / str(mkdocs.get("site_dir", "site"))).resolve()
    return Project(root, docs_dir, site_dir, mkdocs_file, _read_settings(root / "pyproject.toml"), mkdocs)


def _docs_dir(mkdocs_file: Path, root: Path, written: Any) -> Path:
    """docs_dir: a folder inside the library, written relative to mkdocs.yml. Not an absolute path nor
    one outside the library: an edition is built from a staged copy of the library's allowed files,
    and a docs_dir that points elsewhere would have MkDocs read the real folder, drafts and all."""
    if Path(str(written)).is_absolute():
        raise ConfigError(f"{mkdocs_file}: docs_dir {written} is an absolute path",
                          hint="write docs_dir relative to mkdocs.yml, e.g. docs_dir: docs")
    docs_dir = (root / str(written)).resolve()
    if docs_dir == root.resolve() or root.resolve() not in docs_dir.parents:
        raise ConfigError(f"{mkdocs_file}: docs_dir {written} is not a folder inside the library ({docs_dir})",
                          hint="keep the briefings in a folder of the library, e.g. docs_dir: docs")
    if not docs_dir.is_dir():
        raise ConfigError(f"{mkdocs_file}: docs_dir {docs_dir} does not exist", hint="create it or fix docs_dir")
    return docs_dir


_INHERIT_DEPTH = 8  # MkDocs follows INHERIT chains; a longer one is a loop or a mistake


def _read_mkdocs(path: Path, root: Path, below: tuple[str, ...] = ()) -> dict[str, Any]:
    """mkdocs.yml as MkDocs reads it: with the file named by `INHERIT` underneath, found as MkDocs finds
    it (the path joined to the folder of the file as named, `..` taken off the text, symlinks not
    followed), merged as MkDocs merges it (mappings key by key, anything else replaced), so that
    docs_dir, the theme's folders and every other setting are the ones MkDocs builds with."""
    data = _read_yaml(path, empty_ok=bool(below))
    parent = data.pop("INHERIT", None)
    if parent is None:
        return data
    if not isinstance(parent, str) or not parent.strip() or "\0" in parent:
        raise ConfigError(f"{path}: INHERIT must name a file", hint="e.g. INHERIT: base.yml, or remove it")
    named = os.path.normpath(os.path.join(os.path.dirname(path), parent))  # mkdocs.utils.yaml.yaml_load
    if named in below or len(below) >= _INHERIT_DEPTH:
        raise ConfigError(f"{path}: INHERIT {parent} makes a loop (or a chain over {_INHERIT_DEPTH} files)",
                          hint="let each file inherit from one other file, without coming back")
    try:
        inside = all(root in Path(p).parents for p in (named, os.path.realpath(named)))
        found = inside and os.path.isfile(named)
    except (OSError, ValueError):
        inside = found = False
    if not inside:
        raise ConfigError(f"{path}: INHERIT {parent} is outside the library",
                          hint="keep the inherited configuration in the library: editions are built from its files only")
    if not found:
        raise ConfigError(f"{path}: INHERIT {parent} does not exist", hint="create it or fix INHERIT")
    return _merged(_read_mkdocs(Path(named), root, (*below, os.path.normpath(str(path)))), data)


def _merged(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """`own` over `base`: mappings merged key by key, any other value replaced (MkDocs' INHERIT)."""
    merged = dict(base)
    for key, value in own.items():
        below = merged.get(key)
        merged[key] = _merged(below, value) if isinstance(below, dict) and isinstance(value, dict) else value
    return merged


def _read_yaml(path: Path, *, empty_ok: bool = False) -> dict[str, Any]:
    try:
        text = read_text(path)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})", hint="fix the file name or its permissions") from None
    try:
        data = yaml.load(text, Loader=_TolerantLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise ConfigError(f"{path}:{line}: not valid YAML: {exc.problem}", hint="fix mkdocs.yml") from None
    if data is None and empty_ok:
        return {}  # an empty inherited file: MkDocs inherits nothing from it
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a mapping of settings", hint="see the MkDocs configuration docs")
    return data


def _read_settings(path: Path) -> Settings:
    if not path.is_file():
        return Settings()
    try:
        data = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}", hint="fix pyproject.toml") from None
    section = data.get("tool", {}).get("briefings", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.briefings] must be a table")
    return Settings(section)
