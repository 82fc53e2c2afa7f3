"""Citation blocks: a paragraph written straight after a list item, without indentation, is the
author's own paragraph (CommonMark runs it on into the item as a lazy continuation line)."""

from __future__ import annotations

import pytest

from briefings.linting import lint_text
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.sentences import CITE
from briefings.linting.source import from_text

FRONT = "---\ntitle: T\n---\n\n"


def blocks_of(body: str) -> list[tuple[str, bool, str, list[str]]]:
    """(kind, lazy, lead-in, lines) of each block."""
    doc = Document(from_text(FRONT + body, label="t.md"), LintConfig())
    return [(b.kind, b.lazy, b.lead_in, b.text.split("\n")) for b in doc.blocks]


def test_an_unindented_sentence_after_an_item_is_a_paragraph_under_no_lead_in() -> None:
    body = ("Accounts were added only if they met three criteria:\n- created within one week\n"
            "- posted on the network's schedule\nWe then reviewed every account by hand.\nCounts are of visible posts.\n")
    assert blocks_of(body)[1:] == [
        ("item", False, "Accounts were added only if they met three criteria:", ["created within one week"]),
        ("item", False, "Accounts were added only if they met three criteria:", ["posted on the network's schedule"]),
        ("paragraph", True, "", ["We then reviewed every account by hand.", "Counts are of visible posts."])]


@pytest.mark.parametrize("body", [
    "- The ministry paid Vasmere Hydro 12 million euros\nin 2023, for the dam.\n",  # a wrapped sentence
    "- The ministry paid the firm in\nMarch 2023.\n",  # after a word that runs on
    "- The ministry paid the firm,\nVasmere Hydro, in 2023.\n",
    "- The ministry paid the firm 12 million euros.\n  The firm built nothing.\n",  # indented: the item's own
    "1. The ministry paid the firm 12 million euros.\n   The firm built nothing.\n",
    "> - The ministry paid the firm 12 million euros.\n> The firm built nothing.\n",  # inside a quote
    "- The army seized the port in 2024 after a siege\n\tKnown locally as the Harlo siege.\n",  # a tab indents
])
def test_a_continuation_that_belongs_to_its_item_stays_in_it(body: str) -> None:
    assert [kind for kind, *_ in blocks_of(body)] in (["item"], ["quote"])


def test_a_bold_label_run_on_after_an_item_leads_the_items_below_it() -> None:
    body = ("**Declared assets**:\n- The Tarsk flat\n**Household income**:\n- Ministerial salary of 214,000 crowns\n"
            "- His wife's judicial pension\nHis declarations for 2021 were filed late.\n")
    found = blocks_of(body)
    assert found[2] == ("paragraph", True, "", ["**Household income**:"])
    assert [b[2] for b in found[3:5]] == ["**Household income**:"] * 2
    assert found[5] == ("paragraph", True, "", ["His declarations for 2021 were filed late."])


def findings(body: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.end_line, f.reason) for f in lint_text(FRONT + body)
            if f.rule in ("unsourced-assertion", "unattributed-quote")]


def test_the_paragraph_is_read_under_its_heading_not_the_lead_in_above_the_list() -> None:
    body = ("## Method\n\nAn account was added only if it met three of these criteria:\n- created within one week\n"
            "We then reviewed every candidate account by hand.\nCounts are of posts still visible on 15 March 2025.\n")
    lines = {line for line, _, _ in findings(body)}
    assert 9 not in lines and 10 not in lines  # the method, not items of the list
    body = ("## Recommendations\n\n- Ask the Authority who owns Greyline Mutual.\n"
            "Ministers should not expect quick results. The fleet took two years to build.\n")
    assert [(line, end) for line, end, _ in findings(body)] == [(8, 8)]  # the record, in its own right


def test_a_line_wholly_in_italics_is_a_unit_of_its_own() -> None:
    body = ("## Legacy\n*Not for attribution*\n"
            "One former deputy said the director ran the service like a private club.\n*In his own words*\n"
            "He told parliament in 2004 that the service had never tapped a journalist.\n")
    assert [(line, end) for line, end, _ in findings(body)] == [(7, 7), (9, 9)]


@pytest.mark.parametrize("body", [
    "## Legacy\n*He closed the service's last prison in 2003.*\n",  # a whole sentence in italics
    "## Legacy\n*The ministry cut fuel subsidies by 40% in 2023*\n",  # without its stop
    "## Timeline\n- *3 May: the army deployed 4,000 troops to Harlo*\n",  # an italic item
    '## Legacy\n*"We will never surrender to them," the general said on 3 May*\n',
])
def test_a_line_wholly_in_italics_is_still_read(body: str) -> None:
    assert [(line, end) for line, end, _ in findings(body)] == [(6, 6)]


def test_a_label_line_is_a_unit_of_its_own_when_a_capital_opens_the_next_line() -> None:
    body = ("## How is the province doing?\n**Growth**: 4.1% a year on average, 2018–2024\n"
            "**Provincial debt**: ARD 2.3 billion, half as much again as in 2019\n"
            "Much of the growth probably reflects copper prices rather than anything the province did.\n")
    assert [(line, end) for line, end, _ in findings(body)] == [(6, 6), (7, 7)]
    body = "## Record\n**Status**: the centre was closed by the ministry\nin 2019, and no official was disciplined.\n"
    assert [(line, end) for line, end, _ in findings(body)] == [(6, 7)]  # a value run on to the next line


def test_a_label_value_run_on_after_a_word_that_runs_on_stays_one_unit() -> None:
    body = ("## Debt\n**Debt**: ARD 2.3 billion in 2024, according to the\n"
            "Finance Ministry's annual report.[^1]\n\n[^1]: Finance Ministry, Annual report 2024.\n")
    assert findings(body) == []


def test_a_line_right_under_a_table_is_the_authors_note_not_a_row() -> None:
    body = ("| District | Displaced |\n|---|---:|\n| Marl | 38,000 |\n"
            "Displacement figures are from Round 3 of the tracking.\nThe army closed the road to Marl on 3 May.\n")
    found = blocks_of(body)
    assert found[0] == ("row", False, "", ["Marl | 38,000"])
    assert found[1:] == [("paragraph", False, "", ["Displacement figures are from Round 3 of the tracking.",
                                                   "The army closed the road to Marl on 3 May."])]
    lines = {line for line, _, _ in findings(body)}
    assert 7 in lines and 8 not in lines and 9 in lines  # the row and the record, not the note on the figures
    assert not any("row of a fact table" in why for line, _, why in findings(body) if line == 9)
    wrapped = "| District | Displaced |\n|---|---:|\n| Marl | 38,000 |\nThe army closed the road to Marl on\n3 May.[^1]\n"
    assert [(line, end) for line, end, _ in findings(wrapped + "\n[^1]: Marl District Office, \"Road closures\", 4 May 2025.\n")] \
        == [(7, 7)]  # one sentence over two lines, cited: only the row needs a source


def test_items_under_a_response_label_that_tell_what_was_done_assert() -> None:
    body = ("**Response**\n- Partners have opened three cholera treatment units with 120 beds in total\n"
            "- 14,200 hygiene kits distributed since 1 October\n- Request the list of warrants signed in 2021\n"
            "- Delay the transfer until the Supreme Court has ruled\n- Examine the complaints rejected on procedure\n")
    assert [line for line, _, _ in findings(body)] == [6, 7]
    body = "## Recommendations\n\n- Partners have opened three units with 120 beds\n- Audit every registration made after May\n"
    assert [line for line, _, _ in findings(body)] == [7]


def test_the_record_after_the_authors_verdict_asserts_but_not_a_scenarios_story() -> None:
    body = ("**Our assessment**: False. The Commission issued a correction within three hours.\n\n"
            "**Our view**: The inspection power is open to abuse. Judges should approve each use.\n\n"
            "**Scenario**: The army seizes the port. It then closed the border for a week.\n")
    assert [line for line, _, _ in findings(body)] == [5]


def test_masthead_lines_in_the_header_are_about_the_briefing() -> None:
    body = ("# The Fund That Sank\n\nBy Ilse Marran and Tobiah Quell\nPublished 2 June 2025 · About 25 minutes to read\n\n"
            "*Kellmoor Institute · Comparative Brief 2025/07 · June 2025*\n\n"
            "> Prepared by the research desk for partner newsrooms. Last revised 2 June 2025.\n\n"
            "By March 2025 the fund had lost 40% of its assets.\n\n## Background\n\nBy Ilse Marran and Tobiah Quell\n")
    assert [line for line, _, _ in findings(body)] == [14]  # the lead's record; a byline in the body is not one either


def test_options_and_demands_written_as_participles_stay_exempt_outside_a_response_label() -> None:
    body = ("## Policy options\n\n- Sanctions imposed on the three shipping firms\n"
            "- Elections postponed until the census is complete\n\n"
            "**Response**\n- 14,200 hygiene kits distributed since 1 October\n\n"
            "## Competing readings\n\n**Reading A**: The leak came from inside. An official then passed the file on.\n")
    assert [line for line, _, _ in findings(body)] == [11]


def test_a_key_figures_table_in_the_header_is_still_read() -> None:
    body = "# Floods\n\n| Displaced | 38,000 |\n|---|---:|\n| Deaths | 412 |\n\n## Background\n\nText.\n"
    assert [line for line, _, _ in findings(body)] == [9]


def test_a_legend_possible_outcomes_and_a_bills_provisions() -> None:
    legend = ("Asset status is marked as follows:\n- **Frozen**: an authority has confirmed that the asset is frozen\n"
              "- **Moved**: the asset changed hands shortly before a designation\n")
    assert findings(legend) == []
    outcomes = ("There are three realistic outcomes:\n- **Station wins**: the revocation is quashed\n"
                "- **Authority wins**: the Court of Appeal's ruling stands\n")
    assert findings(outcomes) == []
    provisions = ("**Key provisions** (as tabled):\n- Would require platforms to explain any suspension within 48 hours\n"
                  "- Obliges operators to store the data inside the country\n\nExpected:\n\n- Would raise the cap to 7%\n")
    assert [line for line, _, _ in findings(provisions)] == [6, 7]  # what the bill does; not the forecast


def test_a_table_run_on_into_a_paragraph_has_its_rows_read_and_its_head_left_out() -> None:
    body = ("- Shelter for about 6,000 people\nTwo aid workers have been killed this year.\n"
            "**Newly displaced per week**\n| Week beginning | Newly displaced |\n|---|---:|\n| 31 March | 9,800 |\n"
            "| 5 May | 16,700 |\n")
    lines = {line for line, _, _ in findings(body)}
    assert {6, 10, 11} <= lines and not {8, 9} & lines  # the record and each row, not the table's head


def test_header_particulars_and_a_document_state_are_about_the_briefing() -> None:
    body = ("# Cabrevo\n\n*Northgate Institute, Country Risk Series, No. CB-07*\n\n"
            "*Data as of 31 January 2025; next scheduled update July 2025*\n\n"
            "**Ridgeline Conflict Monitor** | Update No. 87 | Published 26 May 2025\n\n"
            "**Status**: For members only; not for circulation outside the group\n\n## Background\n\nText.\n")
    assert findings(body) == []


def test_an_indicator_table_of_the_latest_and_previous_readings_is_a_fact_table() -> None:
    body = "Key numbers:\n\n| Indicator | Latest | Previous |\n|---|---:|---:|\n| Policy rate | 16.0% | 14.5% |\n"
    assert [line for line, _, _ in findings(body)] == [9]


@pytest.mark.parametrize(("body", "lines"), [
    # demands that name a record are no record done
    ("## What we recommend\n\n- An inquiry into why the 2021 audit was buried.\n"
     "- Their contracts, which were signed in 2021, to be reopened.\n\n**Response needed**:\n"
     "- The ministry to publish what it spent in 2023.\n", []),
    ("**Key provisions**:\n- Would probably be amended in committee.\n- Would require platforms to explain a suspension\n",
     [7]),  # a hedge is no provision
    ("# T\n\n**Status**: Embargoed by the EU and UK since March 2022\n\n## Background\n\nText.\n", [7]),
    ("## Possible outcomes of the 2024 vote\n\n- The opposition won 41% of the vote in the 2024 election.\n", [7]),
    ("The verdicts are:\n- Orvik was convicted of fraud in 2024.\n\nGreece is rated as follows:\n"
     "- Moody's upgraded Greece to Baa3 in March 2024.\n", [6, 9]),  # facts, not a legend
    ("Seats:\n\n| Party | Seats won in the 2024 election |\n|:-|-:|\n| Blue | 40 |\n", [9]),
])
def test_neighbours_of_the_vocabulary_from_the_second_review(body: str, lines: list[int]) -> None:
    assert [line for line, _, _ in findings(body)] == lines


def test_a_run_on_tables_head_with_an_aligned_delimiter_row_is_left_out() -> None:
    body = "Seats won:\n| Party | Seats won in the 2024 election |\n|:-|-:|\n| Blue | 40 |\n"
    lines = {line for line, _, _ in findings(body)}
    assert 8 in lines and not {6, 7} & lines


def test_a_finding_does_not_span_a_line_left_blank_inside_a_quotation() -> None:
    body = '> "Marit did her job, and she did it well."\n>\n> "If that is a crime, every reporter is a criminal."\n'
    found = findings(body)
    first = FRONT.count("\n") + 1
    assert [(line - first, end - first) for line, end, _ in found] == [(0, 0), (2, 2)], found


def test_each_attributed_quotation_in_a_blockquote_needs_its_own_source() -> None:
    body = ('> "They gave us a brick house and took away the field." — a resident of the new town\n'
            '> "We were told the water would be free. The first bill came after four months." — a farmer\n'
            '> "We have met every commitment in the plan." — the chief executive, 27 March 2025[^1]\n\n'
            '[^1]: Greywater Minerals, "Results presentation", 27 March 2025.\n')
    first = FRONT.count("\n") + 1
    assert sorted({line - first for line, _, _ in findings(body)}) == [0, 1]


def test_one_quotation_over_several_lines_is_covered_by_its_attribution() -> None:
    body = ('> "We will not leave the valley, whatever the court decides,\n'
            '> and whatever the company offers us." — a village elder, 3 May 2024[^1]\n\n'
            '[^1]: Valley Monitor, "Interviews in Tessaly", 4 May 2024.\n')
    assert findings(body) == []


def test_a_quotation_inside_a_line_is_no_attribution_of_its_own() -> None:
    body = ('> The minister called the plan "a disgrace" — and the council voted it down in 2023.\n'
            '> The company then sold the land.\n> "It was theft," — a farmer, 4 May 2024[^1]\n\n'
            '[^1]: Valley Monitor, "Interviews in Tessaly", 4 May 2024.\n')
    assert findings(body) == []


def test_a_second_table_run_on_after_a_note_keeps_its_header_and_each_note_its_own_lines() -> None:
    # "By desk:" and the table under it run on into the table above (no blank lines): markdown-it reads one table
    # whose rows include the second header, the delimiter row and two notes; the reader sees two tables
    body = ("| Type | Count |\n|---|---:|\n| Numbers | 11 |\nBy desk:\n| Desk | Corrections |\n|---|---:|\n"
            "| News | 12 |\nBusiness had the highest rate of any desk for the second quarter running.\n"
            "This log lists the 16 most significant entries.\n")
    found = {line: why for line, _, why in findings(body)}
    assert 7 in found and 11 in found  # the rows of both tables
    assert 9 not in found and 10 not in found  # the second table's header and delimiter rows are no rows of facts
    assert 12 in found and "Business" in found[12]  # the note under the second table, on its own line (it was
    assert 13 in found  # reported on the header's line, two lines off)
    blocks = blocks_of(body)
    assert ("row", False, "By desk:", ["News | 12"]) in blocks  # under the note that leads the second table
    assert not any("Desk | Corrections" in text for _, _, _, texts in blocks for text in texts)


def test_a_value_naming_how_or_why_something_happened_is_no_record_under_a_response_label() -> None:
    assert findings("**Response**: how the ministry handled the complaints it received in 2024.\n") == []
    assert [line for line, _, _ in findings("**Response**: The ministry suspended two managers in 2024.\n")] == [5]


def test_what_the_site_shows_in_content_tabs_and_html_blocks_is_read_and_what_it_drops_is_not() -> None:
    """Content tabs (pymdownx.tabbed), HTML blocks (`<p>`, `<details>`, `<div markdown="1">`) are shown by the
    site: their assertions need sources (they passed the gate unread, and the sourcing figures said 100%).
    What the sanitiser drops with its content (`<noscript>`, `<template>`) is never shown: it is no assertion,
    nor counted, nor in the records and "What changed"."""
    body = ('A cited sentence.[^a]\n\n=== "Newport"\n\n    The council closed 12 schools in 2024.\n\n'
            "<p>The minister resigned on 3 May 2024 after the audit.</p>\n\n"
            '<div markdown="1">\nThe mayor resigned in 2023.\n</div>\n\n'
            '<p>The army fired 40 shells in 2023, says <a href="https://example.org/r">the report</a>.</p>\n\n'
            "Another cited one.[^a] <noscript>The general resigned on 3 March 2024.</noscript>\n\n"
            "<template>\nThe colonel resigned on 4 March 2024.\n</template>\n\n[^a]: Report, 2024.\n")
    found = {f.line - 4 for f in lint_text(FRONT + body) if f.rule == "unsourced-assertion"}
    assert found == {5, 7, 10}
    texts = [b.text for b in Document(from_text(FRONT + body, label="t.md"), LintConfig()).blocks]
    assert not any("general" in t or "colonel" in t for t in texts)
    assert any("army fired" in t and CITE in t for t in texts)  # a link to a source cites the block


def test_a_markdown_link_to_a_source_in_an_html_block_cites_it_and_only_a_quoted_tab_line_opens_a_tab() -> None:
    body = ('<div markdown="1">\nForces shelled the city on 3 May, according to [Reuters](https://www.reuters.com/x).\n'
            "</div>\n\n<div markdown=\"1\">\nThe mayor resigned in 2023, see [the profile](Profile.md).\n</div>\n\n"
            "=== Sample\n\n    The army fired 200 shells at the town in 2024.\n\n"
            '=== "Newport"\n\n    The council closed 12 schools in 2024.\n')
    found = {f.line - 4 for f in lint_text(FRONT + body) if f.rule == "unsourced-assertion"}
    assert found == {6, 15}  # not the cited line, nor the indented code under "=== Sample" (no tab for the site)


@pytest.mark.parametrize("tab", ['===! "First"', '===  "Two spaces"', '=== "The "official" account"', '===+! "Open"'])
def test_every_tab_line_the_site_accepts_opens_a_tab(tab: str) -> None:
    body = f"{tab}\n\n    The council closed 12 schools in 2024.\n"
    assert {f.line - 4 for f in lint_text(FRONT + body) if f.rule == "unsourced-assertion"} == {3}


def test_a_tab_in_a_block_quote_or_an_admonition_is_read_and_one_indented_by_two_spaces_is_not() -> None:
    body = ('> === "Quoted"\n>\n>     The FBI arrested 13 people in February 2018.\n\n'
            '!!! note\n    === "Nested"\n\n        The court fined 4 firms in 2021.\n\n'
            '  === "Indented"\n\n    The navy sank 3 ships in 2022.\n')  # the site: a paragraph, then code
    assert {f.line - 4 for f in lint_text(FRONT + body) if f.rule == "unsourced-assertion"} == {3, 8}


def test_html_block_text_is_read_in_linear_time_and_its_markdown_links_cite_only_in_md_in_html() -> None:
    import time

    from briefings.linting.blocks import html_prose

    started = time.process_time()
    html_prose("<div markdown=\"1\">" + "[a](b" * 4000 + "\n</div>", lambda label: True)
    assert time.process_time() - started < 2  # cubic before: 1,000 of them took 29 s
    raw = "<p>Forces shelled the city on 3 May 2024 [Reuters](https://www.reuters.com/x).</p>\n"
    assert [f.line - 4 for f in lint_text(FRONT + raw) if f.rule == "unsourced-assertion"] == [1]  # shown as written
