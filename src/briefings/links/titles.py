"""Matching placeholder link text to briefing titles, and file names for planned briefings."""

from __future__ import annotations

import re
import unicodedata

from briefings.filenames import shortened

_AMPERSAND = re.compile(r"\s*&\s*")
_NOT_WORD = re.compile(r"[\W_]+")
_UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|#%\x00-\x1f]+')


def title_key(text: str) -> str:
    """Title compared ignoring case, punctuation and `&` versus `and`."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _AMPERSAND.sub(" and ", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


def file_name(title: str) -> str:
    """A file name for a briefing titled `title`, in the library's style ("Media and Tactics.md")."""
    stem = shortened(" ".join(_UNSAFE_IN_FILE_NAME.sub(" ", title).split()).strip(" ."))
    return f"{stem or 'Untitled'}.md"
