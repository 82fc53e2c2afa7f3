#!/usr/bin/env python3
"""Write a realistic synthetic briefing library for benchmarks.

    scripts/make_library.py --count 2000 --out /tmp/lib [--words 2500] [--seed 1] [--unsourced 0.0]

The library has the repository's mkdocs.yml, a pyproject.toml, a home page, section folders with
index pages, and COUNT briefings of about WORDS words each: valid front matter with sources,
headings, bullet-heavy sections under lead-in lines, footnotes with definitions, cross-links to
other briefings (relative, %20-encoded), a few `[Title](#)` placeholders, analysis admonitions
and a table. It builds with `mkdocs build --strict`. `--unsourced` is the share of factual
bullets written without a citation (default 0: the library lints clean).
"""

from __future__ import annotations

import argparse
import random
import textwrap
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ("RESEARCH", "AUTHORITARIANISM", "RUSSIA", "ELECTIONS", "MEDIA", "ECONOMY", "SECURITY", "LAW")
COUNTRIES = ("Valdoria", "Ostrava Union", "Kessland", "Marovia", "the Republic of Tarn", "Elbonia",
             "Norland", "Sudria", "Vantalia", "the Federation of Orell")
PEOPLE = ("Anna Petrova", "Jonas Weber", "Maria Lindqvist", "Omar Haddad", "Li Wei", "Sofia Marin",
          "Daniel Okafor", "Elena Rusu", "Tomas Novak", "Grace Mensah", "Pavel Sokolov", "Ines Duarte")
ORGS = ("the Ministry of Finance", "the Central Election Commission", "the Supreme Court",
        "the National Security Council", "the State Broadcasting Authority", "the Federal Audit Office",
        "the Parliamentary Oversight Committee", "the Institute for Media Research", "the Press Council")
VERBS = ("announced", "approved", "published", "suspended", "reported", "rejected", "introduced",
         "extended", "confirmed", "revised")
OBJECTS = ("new restrictions on foreign-funded media outlets", "a revised budget for regional administrations",
           "an inquiry into campaign financing", "changes to the electoral code",
           "a report on the independence of the judiciary", "emergency powers for the executive",
           "a licence for a state-backed broadcaster", "sanctions on three trading companies",
           "a review of online advertising rules", "guidelines for public procurement")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
TOPICS = ("media ownership", "election administration", "judicial appointments", "public procurement",
          "state broadcasting", "civil society funding", "security services", "online platforms")
PUBLISHERS = ("Institute for Media Research", "Council of Europe", "Federal Audit Office",
              "Central Election Commission", "University Press", "Press Council")
SOURCES_PER_BRIEFING = 10
ANALYSIS = ("The authors read these steps as part of a wider pattern in which formal rules are kept "
            "while their purpose is hollowed out. This is interpretation, offered to frame the record "
            "above, and other readings remain open.")


class Writer:
    """Builds one briefing's Markdown with a seeded random generator."""

    def __init__(self, rng: random.Random, titles: list[tuple[str, str]], unsourced: float) -> None:
        self.rng, self.titles, self.unsourced = rng, titles, unsourced
        self.sources: list[str] = []
        self.words = 0

    def date(self) -> str:
        rng = self.rng
        return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2005, 2025)}"

    def cite(self) -> str:
        # A pool of sources cited again and again, as real briefings do.
        key = f"s{self.rng.randint(1, SOURCES_PER_BRIEFING)}"
        if key not in self.sources:
            self.sources.append(key)
        return f"[^{key}]"

    def fact(self) -> str:
        rng = self.rng
        text = (f"On {self.date()} {rng.choice(ORGS)} of {rng.choice(COUNTRIES)} {rng.choice(VERBS)} "
                f"{rng.choice(OBJECTS)}, affecting about {rng.randint(2, 900)} "
                f"{rng.choice(('organisations', 'officials', 'outlets', 'districts'))}.")
        return text if rng.random() < self.unsourced else text + self.cite()

    def quote(self) -> str:
        rng = self.rng
        return (f"{rng.choice(PEOPLE)} told a parliamentary hearing that \"the rules on "
                f"{rng.choice(TOPICS)} were applied as written\".{self.cite()}")

    def paragraph(self) -> str:
        rng = self.rng
        return (f"{rng.choice(PEOPLE)} of the {rng.choice(PUBLISHERS)} describes how {rng.choice(ORGS)} "
                f"handled {rng.choice(TOPICS)} between {rng.randint(2005, 2014)} and "
                f"{rng.randint(2015, 2025)}, and notes that {rng.choice(OBJECTS)} followed within "
                f"{rng.randint(2, 18)} months.{self.cite()} {self.fact()}")

    def bullets(self) -> str:
        rng = self.rng
        lead = f"{rng.choice(PEOPLE)} lists the main steps taken in {rng.choice(COUNTRIES)}:{self.cite()}"
        items = [f"- {rng.choice(VERBS)} {rng.choice(OBJECTS)};" for _ in range(rng.randint(3, 6))]
        facts = [f"- {self.fact()}" for _ in range(rng.randint(3, 6))]
        nested = f"- {self.fact()}\n    - {self.quote()}"
        return f"{lead}\n\n" + "\n".join(items) + "\n\nRecorded events:\n\n" + "\n".join(facts) + "\n" + nested

    def table(self) -> str:
        rows = [f"| {self.rng.randint(2005, 2025)} | {self.rng.choice(ORGS)} | "
                f"{self.rng.randint(1, 500)} cases{self.cite()} |" for _ in range(4)]
        return "| Year | Body | Outcome |\n| --- | --- | --- |\n" + "\n".join(rows)

    def admonition(self) -> str:
        return f'!!! analysis "Analysis: what the record suggests"\n\n    {ANALYSIS}'

    def links(self, own: str) -> str:
        picks = self.rng.sample(self.titles, k=min(4, len(self.titles)))
        rows = [f"- [{title}](../{section}/{title.replace(' ', '%20')}.md)"
                for section, title in picks if title != own]
        rows.append(f"- [{self.rng.choice(TOPICS).title()} Overview](#) (to be written)")
        return "\n".join(rows)


PROSE_LINKS = ("followed", "came after", "was announced after", "was published shortly after")


class ProseWriter(Writer):
    """Running prose: wrapped paragraphs of several sentences, one citation each, few footnotes."""

    def sentence(self) -> str:
        rng = self.rng
        makers = (
            lambda: (f"On {self.date()} {rng.choice(ORGS)} of {rng.choice(COUNTRIES)} {rng.choice(VERBS)} "
                     f"{rng.choice(OBJECTS)}, affecting about {rng.randint(2, 900)} "
                     f"{rng.choice(('organisations', 'officials', 'outlets', 'districts'))}."),
            lambda: (f"{rng.choice(ORGS).capitalize()} has overseen {rng.choice(TOPICS)} in "
                     f"{rng.choice(COUNTRIES)} since {rng.randint(1995, 2015)}, and its budget grew by "
                     f"{rng.randint(3, 60)}% over the following decade."),
            lambda: (f"The decision {rng.choice(PROSE_LINKS)} complaints from {rng.randint(2, 40)} "
                     f"{rng.choice(('regional councils', 'journalists', 'civic groups', 'judges'))} about "
                     f"{rng.choice(TOPICS)}."),
            lambda: (f"{rng.choice(PEOPLE)} told a parliamentary hearing that the rules on {rng.choice(TOPICS)} "
                     f"were applied as written."),
            lambda: (f"Officials in {rng.choice(COUNTRIES)} later {rng.choice(VERBS)} "
                     f"{rng.choice(OBJECTS)}, which critics had opposed for years."),
            lambda: f"Turnout in the affected districts fell from {rng.randint(50, 80)}% to {rng.randint(30, 49)}%.",
            lambda: (f"Several of these measures were later softened, but the central provisions on "
                     f"{rng.choice(TOPICS)} stayed in force."),
        )
        return rng.choice(makers)()

    def prose(self) -> str:
        rng = self.rng
        text = " ".join(self.sentence() for _ in range(rng.randint(5, 8)))
        text += "" if rng.random() < self.unsourced else self.cite()
        return textwrap.fill(text, width=96, break_on_hyphens=False)


def prose_briefing(rng: random.Random, title: str, titles: list[tuple[str, str]], words: int,
                   unsourced: float) -> str:
    """A briefing of running prose: about `words` words in paragraphs, headings every few of them."""
    w = ProseWriter(rng, titles, unsourced)
    blocks = [f"# {title}", f"This briefing sets out the documented record on {rng.choice(TOPICS)}."]
    budget = words - 25 * SOURCES_PER_BRIEFING // 2
    n = 0
    while sum(len(b.split()) for b in blocks) < budget:
        if n % 4 == 0:
            blocks.append(f"## {rng.choice(TOPICS).capitalize()} ({n // 4 + 1})")
        blocks.append(w.admonition() if n % 9 == 8 else w.prose())
        n += 1
    blocks += ["## Related briefings", w.links(title)]
    w.sources.sort(key=lambda k: int(k[1:]))
    notes = [f"[^{k}]: {rng.choice(PUBLISHERS)}, *Report on {rng.choice(TOPICS)}*, {w.date()}. "
             f"<https://example.org/reports/{k}-{rng.randint(1000, 9999)}>" for k in w.sources]
    return front(title, w.sources, rng) + "\n\n".join(blocks) + "\n\n" + "\n".join(notes) + "\n"


def briefing(rng: random.Random, title: str, titles: list[tuple[str, str]], words: int, unsourced: float) -> str:
    """The full Markdown text of one briefing."""
    w = Writer(rng, titles, unsourced)
    blocks = [f"# {title}", f"This briefing collects the documented record on {rng.choice(TOPICS)} "
              f"and links each statement to its source."]
    parts = (w.paragraph, w.bullets, w.paragraph, w.table, w.bullets, w.admonition)
    n = 0
    budget = words - 25 * SOURCES_PER_BRIEFING  # front matter and footnote definitions take the rest
    while sum(len(b.split()) for b in blocks) < budget:
        blocks.append(f"## {rng.choice(TOPICS).capitalize()} ({n + 1})")
        blocks.append(parts[n % len(parts)]())
        n += 1
    blocks += ["## Related briefings", w.links(title)]
    notes = [f"[^{k}]: {rng.choice(PUBLISHERS)}, *Report on {rng.choice(TOPICS)}*, {w.date()}. "
             f"<https://example.org/reports/{k}-{rng.randint(1000, 9999)}>" for k in w.sources]
    w.sources.sort(key=lambda k: int(k[1:]))
    return front(title, w.sources, rng) + "\n\n".join(blocks) + "\n\n" + "\n".join(notes) + "\n"


def front(title: str, keys: list[str], rng: random.Random) -> str:
    """YAML front matter with one source entry per footnote key."""
    lines = ["---", f"title: {title}", f"summary: Synthetic briefing about {rng.choice(TOPICS)}.",
             "status: published", f"updated: {rng.randint(2020, 2025)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
             "authors:", "  - Benchmark Author", "sources:"]
    for key in keys:
        lines += [f"  - id: {key}", f"    title: Report on {rng.choice(TOPICS)} ({key})",
                  f"    publisher: {rng.choice(PUBLISHERS)}", f"    date: {rng.randint(2005, 2025)}"]
    return "\n".join(lines) + "\n---\n\n"


def write_library(out: Path, count: int, words: int, seed: int, unsourced: float, style: str = "bullets") -> None:
    """Write the whole library into `out`; `style` "prose" writes running prose with few footnotes."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "mkdocs.yml", out / "mkdocs.yml")
    if (REPO / ".vale.ini").is_file():  # the Vale style, so that lint benchmarks run it too
        shutil.copy2(REPO / ".vale.ini", out / ".vale.ini")
        shutil.copytree(REPO / "styles", out / "styles", dirs_exist_ok=True)
    (out / "pyproject.toml").write_text('[tool.briefings]\n', encoding="utf-8")
    docs = out / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "index.md").write_text("---\ntitle: Briefings\n---\n\n# Briefings\n\nA synthetic library.\n",
                                   encoding="utf-8")
    sections = SECTIONS[: max(1, min(len(SECTIONS), count // 50 or 1))]
    titles = [(sections[i % len(sections)], f"{rng.choice(COUNTRIES).removeprefix('the ').title()} "
               f"{rng.choice(TOPICS).title()} {i:04d}") for i in range(count)]
    for section in sections:
        (docs / section).mkdir(exist_ok=True)
        (docs / section / "index.md").write_text(
            f"---\ntitle: {section.title()}\n---\n\n# {section.title()}\n\n<!-- briefings: section-list -->\n",
            encoding="utf-8")
    for section, title in titles:
        text = (prose_briefing if style == "prose" else briefing)(rng, title, titles, words, unsourced)
        (docs / section / f"{title}.md").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and write the library."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of briefings")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (created)")
    parser.add_argument("--words", type=int, default=2500, help="words per briefing (about)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unsourced", type=float, default=0.0, help="share of facts without a citation")
    parser.add_argument("--style", choices=("bullets", "prose"), default="bullets",
                        help="bullets: lead-ins, lists, tables, many footnotes; prose: running prose, few footnotes")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    write_library(args.out, args.count, args.words, args.seed, args.unsourced, args.style)
    print(f"wrote {args.count} briefings to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
