"""Options of the `briefings` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BriefingsConfig(Config):
    """`plugins: - briefings: {...}` in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    header = c.Type(bool, default=True)
    css = c.Type(bool, default=True)
