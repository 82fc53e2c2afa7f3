"""Turn existing articles into draft briefings: plain text, Markdown without front matter, or a web
page saved from a browser. Each becomes docs/SECTION/<Title>.md with complete front matter
(status: draft, a summary from the opening paragraph, authors from the byline or the "About the
Author" section, updated today); an existing file is never replaced. Prints each new briefing's
sourcing coverage and what to do next.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefings.importing import Article

HELP = "turn existing articles (plain text, Markdown, saved HTML) into draft briefings"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings import`."""
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="article files to import; a pipe works too (/dev/stdin, <(cmd))")
    parser.add_argument("--section", help="section folder, e.g. RESEARCH (default: the only section, if just one)")
    parser.add_argument("--create-section", action="store_true",
                        help="create the section folder when it does not exist yet")
    parser.add_argument("--title", help="the briefing's title (one FILE only; default: the article's own)")
    parser.add_argument("--author", action="append", default=[],
                        help="author name (repeatable; default: from the byline or author bio)")
    parser.add_argument("--from", dest="fmt", choices=("text", "markdown", "html"),
                        help="the files' format (default: by suffix, .html/.md/.txt, else by content)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings import`."""
    from briefings.config import load_project
    from briefings.errors import UsageError
    from briefings.importing import read_article
    from briefings.newbriefing import checked_title, file_name, render, section_folder, write_new

    if args.title and len(args.files) > 1:
        raise UsageError("--title names one briefing, but several files were given",
                         hint="import the files one at a time to give each a title")
    if args.title:
        checked_title(args.title)
    project = load_project(args.root)
    folder = section_folder(project.docs_dir, _section(project.docs_dir, args.section), create=args.create_section)
    articles = [(path, read_article(path, fmt=args.fmt, limits=project.settings.limits)) for path in args.files]
    for _, article in articles:  # refuse before writing anything
        target = folder / file_name(args.title or article.title)
        if target.exists():
            raise UsageError(f"{target.relative_to(project.root)} already exists",
                             hint="pass another --title, or edit that file")
    created: list[tuple[Path, Article, Path]] = []
    for source, article in articles:
        title = args.title or article.title
        text = render(title, authors=args.author or article.authors, summary=article.summary, body=article.body)
        created.append((source, article, write_new(folder, title, text)))
    _report(project.root, created, bool(args.author))
    return 0


def _section(docs_dir: Path, section: str | None) -> str:
    from briefings.errors import UsageError
    from briefings.newbriefing import sections

    if section:
        return section
    existing = sections(docs_dir)
    if len(existing) == 1:
        return existing[0]
    raise UsageError("which section? pass --section", hint=f"sections: {', '.join(existing) or 'none yet'}")


def _report(root: Path, created: list[tuple[Path, Article, Path]], authors_given: bool) -> None:
    """Each new briefing with its sourcing coverage, then the next step."""
    from briefings.library import Library
    from briefings.linting import lint
    from briefings.terminal import shown

    library = Library.load(root)
    result = lint(library, [path for _, _, path in created], stats=True)
    for source, article, path in created:
        label = path.relative_to(root).as_posix()
        coverage = result.coverage.get(label)
        errors = sum(1 for f in result.findings if f.path == label and f.severity.value == "error")
        print(shown(f"created {label} (from {source.name}, read as {article.fmt})"))
        if coverage is not None:
            print(f"  {_plural(coverage.assertions, 'assertion')}, {coverage.sourced} sourced; "
                  f"{_plural(errors, 'lint error')}")
        if not article.authors and not authors_given:
            print("  no author found: authors is 'Editorial team'; pass --author NAME or edit the front matter")
    paths = " ".join(_quoted(path.relative_to(root).as_posix()) for _, _, path in created)
    print(shown(f"next: cite a source for each unsourced assertion, then run `briefings lint {paths}` "
                "and preview with `briefings serve --live`"))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _quoted(text: str) -> str:
    import shlex

    return shlex.quote(text)
