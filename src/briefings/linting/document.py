"""Everything the checks need about one briefing, computed once and shared by all of them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from markdown_it.token import Token

from briefings import markdown
from briefings.linting import blocks, footnotes, snippets
from briefings.linting.config import LintConfig

if TYPE_CHECKING:
    from briefings.library import Briefing
    from briefings.linting.assertions import Assertion


@dataclass
class Document:
    """One briefing under lint, with its effective settings and lazily computed views."""

    briefing: Briefing
    config: LintConfig

    @cached_property
    def lines(self) -> list[str]:
        """Body lines without line endings, split as markdown-it splits them (not on U+2028 etc.)."""
        return markdown.lines(self.briefing.body)

    @cached_property
    def tokens(self) -> list[Token]:
        """The shared markdown-it parse of the body."""
        return markdown.tokens(self.briefing)

    @cached_property
    def notes(self) -> tuple[list[footnotes.Definition], list[footnotes.Reference]]:
        """Footnote definitions and references as written."""
        return footnotes.scan(self.lines)

    @cached_property
    def source_ids(self) -> set[str]:
        """Ids of the front-matter sources."""
        return {str(s["id"]) for s in self.briefing.sources if s.get("id") is not None}

    @cached_property
    def note_names_source(self) -> dict[str, bool]:
        """Footnote key -> whether its definition names a source."""
        result: dict[str, bool] = {}
        for note in self.notes[0]:
            ok = bool(note.text) and footnotes.names_source(note.text, note.key, self.source_ids)
            result[note.key] = result.get(note.key, False) or ok
        return result

    @cached_property
    def blocks(self) -> list[blocks.Block]:
        """Citation blocks of the body."""
        names = self.note_names_source
        return blocks.extract(self.tokens, lambda label: names.get(label, False), self.config.opinion_blocks,
                              snippets.notation(self.lines), self.lines)

    @cached_property
    def assertions(self) -> list[Assertion]:
        """Asserting sentences outside opinion blocks (empty for index pages)."""
        from briefings.linting.assertions import find

        return find(self) if self.has_claims else []

    @cached_property
    def unsourced(self) -> list[Assertion]:
        """Like `assertions`, but only where no citation covers the sentence: cheaper."""
        from briefings.linting.assertions import find

        if "assertions" in self.__dict__:
            return [a for a in self.assertions if not a.cited]
        return find(self, cited_too=False) if self.has_claims else []

    @property
    def has_claims(self) -> bool:
        """Index pages are navigation, not briefings: no assertion checks. A planned stub is
        published as it is written, so what its author writes in it is checked like a briefing."""
        return not self.briefing.is_index

    def line(self, body_line0: int) -> int:
        """1-based file line of a 0-based body line."""
        return markdown.file_line(self.briefing, body_line0)
