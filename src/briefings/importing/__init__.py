"""`briefings import`: an existing article (plain text, bare Markdown or a saved web page) as a
draft briefing. Each format becomes Markdown first; `article.from_markdown` then takes out the
title, byline and "About the Author" bio and draws the summary from the opening paragraph.
"""

from __future__ import annotations

from pathlib import Path

from briefings.importing.article import Article, from_markdown
from briefings.importing.stream import read_source
from briefings.limits import DEFAULT, Limits
from briefings.textfile import decode

FORMATS = ("text", "markdown", "html")
_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown", ".markdown": "markdown",
             ".mdown": "markdown", ".txt": "text", ".text": "text"}

__all__ = ["Article", "FORMATS", "detect_format", "read_article"]


def detect_format(path: Path, data: bytes) -> str:
    """html, markdown or text: by file suffix, else by the first bytes (a saved page starts with a tag)."""
    known = _SUFFIXES.get(path.suffix.lower())
    if known:
        return known
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def read_article(path: Path, *, fmt: str | None = None, label: str | None = None,
                 limits: Limits = DEFAULT) -> Article:
    """Read one article file or pipe and convert it; InputError for unreadable or empty input."""
    from briefings.errors import InputError

    name = label or str(path)
    data, piped = read_source(path, limits=limits, label=name)  # a device is an error, a pipe has a bounded wait
    kind = fmt or detect_format(path, data)
    markdown = _to_markdown(kind, data, name)
    fallback = "Imported article" if piped else _title_from_name(path)  # not "stdin" or "63"
    article = from_markdown(markdown, fallback_title=fallback, fmt=kind)
    if not article.body.strip():
        raise InputError(name, f"no article text found (read as {kind})",
                         hint="check the file, or pass --from if it was read as the wrong kind")
    return article


def _to_markdown(kind: str, data: bytes, name: str) -> str:
    if kind == "html":
        from briefings.importing.html import to_markdown as html_to_markdown

        return html_to_markdown(data, name)
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    if kind == "markdown":
        return text
    from briefings.importing.plaintext import to_markdown as text_to_markdown

    return text_to_markdown(text)


def _title_from_name(path: Path) -> str:
    stem = path.stem.replace("_", " ").replace("-", " ")
    return " ".join(stem.split()) or "Imported article"
