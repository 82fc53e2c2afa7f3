"""Briefings that are not read from the library: files outside it, examples, benchmark sentences."""

from __future__ import annotations

from pathlib import Path

from briefings import frontmatter
from briefings.library import Briefing


def from_text(text: str, *, path: Path | None = None, rel: str = "example.md", label: str = "") -> Briefing:
    """A Briefing built from text; InputError names `label` on broken front matter."""
    label = label or rel
    front = frontmatter.parse(text, label)
    _, body, _ = frontmatter.split(text) if front.present else (None, text, 1)
    return Briefing(path=path or Path(rel), rel=rel, label=label, text=text, front=front, body=body)


def body_prefix(briefing: Briefing) -> str:
    """The text before the body (the front matter block), so that fixes keep it byte for byte."""
    return briefing.text[: len(briefing.text) - len(briefing.body)]
