"""Front-matter fields and titles made safe for the theme's templates.

MkDocs renders templates without autoescaping, so Material writes `page.meta.description`,
`page.title`, navigation and previous/next titles into the HTML as they are. Every string of the
front matter is therefore escaped once, as `Markup` (a `str` that Jinja and `| e` will not escape
again), and every title is turned into escaped text, whatever it came from.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from jinja2.filters import do_striptags
from markupsafe import Markup, escape

from briefings.site.sanitize import escaped_text

# Front-matter keys that choose a template: only the site's own templates may be named.
TEMPLATE_KEY = "template"


def escape_value(value: Any) -> Any:
    """Strings escaped as Markup, lists and mappings walked; numbers, dates and booleans kept."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, Mapping):
        return {key: escape_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [escape_value(item) for item in value]
    return value


def escape_meta(meta: Mapping[str, Any], templates: Collection[str]) -> tuple[dict[str, Any], str]:
    """(escaped front matter, the refused template name or ''): `template` must be one of `templates`."""
    safe = {key: escape_value(value) for key, value in meta.items()}
    template = safe.get(TEMPLATE_KEY)
    if template is not None and str(template) not in templates:
        del safe[TEMPLATE_KEY]
        return safe, str(meta[TEMPLATE_KEY])
    return safe, ""


def text_title(title: object) -> Markup:
    """A title given as text (front matter, configuration, file name), escaped."""
    return title if isinstance(title, Markup) else escape(str(title))


def html_title(title: str) -> Markup:
    """A title taken from rendered HTML (a heading): its text only, escaped."""
    return title if isinstance(title, Markup) else Markup(escaped_text(title))


def striptags(value: object) -> Markup:
    """Jinja's `striptags`, whose result is unescaped text, escaped again for the HTML it goes into."""
    return escape(do_striptags(value if isinstance(value, str) else str(value)))
