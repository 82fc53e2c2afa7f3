"""The published JSON Schemas of front matter: briefings, and index pages."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def briefing_schema() -> dict[str, Any]:
    """The JSON Schema for briefing front matter, as shipped in the package."""
    return _load("briefing.schema.json")


@cache
def index_schema() -> dict[str, Any]:
    """The JSON Schema for index page front matter: every briefing field with the same rules, none
    required, plus the page settings Material for MkDocs reads (`hide`, `icon`, `search`, ...);
    any other key is an error, as in a briefing."""
    briefing, own = briefing_schema(), _load("index-page.schema.json")
    merged = {key: value for key, value in briefing.items() if key not in ("required", "allOf")}
    merged.update({key: own[key] for key in ("$id", "title", "description")})
    merged["properties"] = {**briefing["properties"], **own["properties"]}
    return merged


def _load(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
