"""The published JSON Schema of briefing front matter."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def briefing_schema() -> dict[str, Any]:
    """The JSON Schema for briefing front matter, as shipped in the package."""
    text = resources.files(__package__).joinpath("briefing.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
