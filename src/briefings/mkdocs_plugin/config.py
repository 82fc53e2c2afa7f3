"""Options of the `briefings` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BriefingsConfig(Config):
    """`plugins: - briefings: {...}` in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    header = c.Type(bool, default=True)
    css = c.Type(bool, default=True)
    planned = c.Type(bool, default=True)  # planned briefing pages, the list and planned-link styling
    planned_list = c.Type(str, default="planned.md")  # where the "Planned briefings" page goes
    planned_list_in_nav = c.Type(bool, default=True)  # show that page in the navigation (readers find plans)
    dashboard = c.Type(bool, default=True)  # the sourcing dashboard page (sourcing.md) and its charts
    bounded_nav = c.Type(bool, default=True)  # a page's navigation: its neighbours, not its whole section
    render_cache = c.Type(bool, default=True)  # reuse renders of unchanged pages (site/rendercache.py)
