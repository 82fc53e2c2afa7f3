"""The sourcing dashboard: per section and per briefing, assertions found, sourced, unsourced and the
share sourced, in sortable tables, with a bar chart (an SVG file made at build time) and, in an
edition, the share sourced across editions as a line chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from briefings.site import charts
from briefings.sourcing import Sourcing, percent

PAGE_URI = "sourcing.md"
PAGE_TITLE = "Sourcing"
CHART_URI = "assets/briefings/sourcing.svg"
HISTORY_URI = "assets/briefings/sourcing-history.svg"
Href = Callable[[str], str]  # docs-relative path -> URL relative to the dashboard ('' when not built)


@dataclass(frozen=True)
class Row:
    """One line of a table: a name (HTML) and its counts."""

    name: str
    found: int
    sourced: int
    briefings: int = 1

    @property
    def unsourced(self) -> int:
        """Assertions without a citation."""
        return self.found - self.sourced


def section_rows(records: list[Sourcing], titles: dict[str, str]) -> list[Row]:
    """One row per section, in section order, then the whole library."""
    by_section: dict[str, list[Sourcing]] = {}
    for record in records:  # one pass: a library may have many sections
        by_section.setdefault(record.section, []).append(record)
    return [Row(titles.get(section, section or "(top level)"), sum(r.found for r in own), sum(r.sourced for r in own),
                len(own)) for section, own in sorted(by_section.items())]


def total(records: list[Sourcing]) -> Row:
    """The whole library as one row."""
    return Row("All briefings", sum(r.found for r in records), sum(r.sourced for r in records), len(records))


def page(records: list[Sourcing], titles: dict[str, str], href: Href, *, history: bool = False) -> str:
    """The Markdown of the dashboard page."""
    sections = section_rows(records, titles)
    whole = total(records)
    parts = [f"# {PAGE_TITLE}",
             "How well the briefings are sourced. An *assertion* is a sentence that states a checkable fact, "
             "as `briefings lint` finds it (the same figures as `briefings lint --stats`); it is *sourced* "
             "when a citation covers it. Select a column heading to sort a table.",
             f"**{whole.sourced} of {whole.found} assertions sourced ({percent(whole.sourced, whole.found)})** "
             f"in {whole.briefings} briefing{'' if whole.briefings == 1 else 's'}.",
             f'<p><img class="briefing-chart" src="{escape(href(CHART_URI), quote=True)}" '
             f'alt="{escape(chart_text(sections), quote=True)}"></p>']
    if history:
        parts.append("## Across editions")
        parts.append(f'<p><img class="briefing-chart" src="{escape(href(HISTORY_URI), quote=True)}" '
                     'alt="Share of assertions sourced in each edition, as a line chart"></p>')
    parts.append("## By section")
    parts.append(table(["Section", "Briefings"], [([escape(r.name), str(r.briefings)], r) for r in sections],
                       ([whole.name, str(whole.briefings)], whole)))
    parts.append("## By briefing")
    lines = []
    for record in records:
        url = href(record.rel)
        name = f'<a href="{escape(url, quote=True)}">{escape(record.title)}</a>' if url else escape(record.title)
        lines.append(([name, escape(titles.get(record.section, record.section))],
                      Row(record.title, record.found, record.sourced)))
    parts.append(table(["Briefing", "Section"], lines, None) if lines else "No briefings yet.")
    return "\n\n".join(parts) + "\n"


def table(names: list[str], rows: list[tuple[list[str], Row]], foot: tuple[list[str], Row] | None) -> str:
    """A sortable HTML table: the given leading columns, then the counts and the share."""
    head = "".join(f"<th>{n}</th>" for n in [*names, "Assertions", "Sourced", "Unsourced", "Share sourced"])
    body = "\n".join(_row(cells, row) for cells, row in rows)
    tail = f"\n<tfoot>\n{_row(foot[0], foot[1])}\n</tfoot>" if foot else ""
    return (f'<div class="briefing-sortable">\n<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n'
            f"</tbody>{tail}\n</table>\n</div>")


def _row(cells: list[str], row: Row) -> str:
    counts = [str(row.found), str(row.sourced), str(row.unsourced), percent(row.sourced, row.found)]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in [*cells, *counts]) + "</tr>"


def chart_text(rows: list[Row]) -> str:
    """The chart as words, for its alt text."""
    parts = [f"{r.name} {percent(r.sourced, r.found)} ({r.sourced} of {r.found})" for r in rows]
    return "Share of assertions sourced per section: " + "; ".join(parts)


def chart(records: list[Sourcing], titles: dict[str, str]) -> str:
    """The bar chart SVG: share sourced per section and for the whole library."""
    rows = [*section_rows(records, titles), total(records)]
    bars = [(r.name, r.sourced / r.found if r.found else None, f"{percent(r.sourced, r.found)} "
             f"({r.sourced} of {r.found})") for r in rows]
    return charts.bars(bars, title="Share of assertions sourced")
