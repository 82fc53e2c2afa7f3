"""Sentence splitting for the `sentence` scope, and inline masking that keeps offsets."""

from __future__ import annotations

from briefings.vale.mask import mask_inline
from briefings.vale.sentences import sentences


def split(text: str) -> list[str]:
    """The sentences of a text, stripped."""
    return [text[a:b].strip() for a, b in sentences(text)]


def test_sentences_split_after_end_marks_but_not_abbreviations_or_initials() -> None:
    text = 'The U.S. President met Mr. Smith on 3 May. He left! Did J. Doe agree? "Yes." 2024 ended.'
    assert split(text) == ["The U.S. President met Mr. Smith on 3 May.", "He left!", "Did J. Doe agree?",
                           '"Yes."', "2024 ended."]
    assert split("no capital after. this stays one sentence") == ["no capital after. this stays one sentence"]


def test_mask_keeps_length_and_blanks_only_non_prose() -> None:
    text = ("Say `code` and [text](https://x.org/a_(b) \"t\") then <https://u.rl>, www.ex.com/p, "
            "_emph_ snake_case [^1] <b>bold</b> <!-- note --> ``a ` b``.")
    masked = mask_inline(text)
    assert len(masked) == len(text)
    assert masked.split() == ["Say", "******", "and", "[text", "then", ",", ",", "emph", "snake_case", "bold",
                              "*********."]
