"""`briefings import`: articles written here, in each format, become draft briefings that build."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from briefings import metadata
from briefings.library import Library

CLI = Callable[..., tuple[int, str, str]]

PLAIN = """\
Harbour Closures on the Azov Coast

The port of Berdiansk handled 4.5 million tonnes of cargo in 2021, most
of it grain and metals bound for Turkey and Egypt. Its berths have been
idle since March 2022, when occupation authorities closed the harbour.

Before the war
Berdiansk was the smallest of the Azov ports but the fastest to load,
with rail sidings running onto three of its eight berths and a dredged
channel deep enough for ships of 8,000 tonnes.

"Nothing has sailed from here for a year," a harbour pilot told local
radio in 2023.

Photo: Idle cranes at the Berdiansk grain terminal in 2023.

WHAT THE SANCTIONS COVER
Three measures apply to the port:
• an asset freeze on the port operator
• a ban on insuring ships that call there
• a ban on buying grain loaded there

The closures cut regional exports by 40 percent in 2022.

About the Author
Mara Lindqvist is a maritime economist at the Baltic Trade Institute and
has written on Black Sea shipping since 2014.
"""

HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Pipeline Politics in the Caspian | The Regional Desk</title>
<link rel="canonical" href="https://news.example.org/2024/caspian-pipelines">
<meta name="author" content="Tomas Varga">
<script>window.tracker = {id: 42};</script><style>body { color: red }</style>
</head><body>
<nav class="site-nav"><ul><li><a href="/">Front page</a></li><li><a href="/energy">Energy</a></li></ul></nav>
<main><article>
<h1>Pipeline Politics in the Caspian</h1>
<p>The Trans-Caspian pipeline would carry 30 billion cubic metres of gas a year from Turkmenistan to
Azerbaijan, according to a <a href="https://energy.example.org/report">2023 feasibility report</a>.
Talks on the route began in <a href="/archive/1996">1996</a>.</p>
<h2>Who supports it</h2>
<p>The European Union and the United States have both backed the project, which would bypass
Russian territory. Turkmenistan signed a framework agreement in 2022.</p>
<ul><li>Azerbaijan, as the transit country</li><li>Turkey, as the buyer of first resort</li></ul>
<div class="ad-slot sponsored"><p>Advertisement: compare energy tariffs today!</p></div>
<blockquote><p>"The pipeline is a question of when, not if," the Azerbaijani energy minister said in 2023.</p></blockquote>
<h2>Who opposes it</h2>
<p>Russia and Iran argue that any seabed pipeline needs the consent of all five Caspian states.</p>
<div class="share-buttons"><a href="https://social.example.com/share">Share this story</a></div>
</article></main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Unrelated story</a></li></ol></aside>
<footer><p>Copyright The Regional Desk</p></footer>
<script>trackPageView();</script>
</body></html>
"""

MARKDOWN = """\
# Election Monitoring in Georgia

Observers counted 1,200 polling stations with irregularities in the October 2024 election.
The count comes from a joint mission of three civic groups.

## Method

- Observers visited stations in pairs.
- Each visit was logged in a shared form.

## About the Authors

Nino Beridze and David Kakabadze are researchers at the Tbilisi Election Lab.
"""


@pytest.fixture
def library(make_library: Callable[..., Path]) -> Path:
    from tests.conftest import briefing_text

    return make_library({"RUSSIA/index.md": "# Russia\n", "RESEARCH/index.md": "# Research\n",
                         "RUSSIA/Existing.md": briefing_text("Existing", "Text.")})


def article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def front_and_body(path: Path) -> tuple[dict[str, object], str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_plain_text_article_becomes_a_structured_draft(cli: CLI, library: Path, tmp_path: Path) -> None:
    source = article(tmp_path, "azov.txt", PLAIN)
    code, out, err = cli("--root", library, "import", source, "--section", "RUSSIA")
    assert code == 0, err
    path = library / "docs/RUSSIA/Harbour Closures on the Azov Coast.md"
    meta, body = front_and_body(path)
    assert meta["title"] == "Harbour Closures on the Azov Coast"
    assert meta["status"] == "draft"
    assert meta["authors"] == ["Mara Lindqvist"]
    assert meta["updated"] == dt.date.today().isoformat()
    assert meta["summary"] == ("The port of Berdiansk handled 4.5 million tonnes of cargo in 2021, most of it grain "
                               "and metals bound for Turkey and Egypt. Its berths have been idle since March 2022, "
                               "when occupation authorities closed the harbour.")
    assert "\n## Before the war\n\nBerdiansk was the smallest" in body
    assert "\n## What the sanctions cover\n\nThree measures apply to the port:\n\n- an asset freeze" in body
    assert '\n> "Nothing has sailed from here for a year," a harbour pilot told local radio in 2023.\n' in body
    assert "\n*Photo: Idle cranes at the Berdiansk grain terminal in 2023.*\n" in body
    assert "most of it grain and metals" in body  # hard-wrapped lines joined
    assert "About the Author" not in body and "maritime economist" not in body
    assert re.search(r"^  \d+ assertions, 0 sourced; \d+ lint errors$", out, re.MULTILINE), out
    assert out.startswith("created docs/RUSSIA/Harbour Closures on the Azov Coast.md (from azov.txt, read as text)")
    assert "next: cite a source for each unsourced assertion" in out
    assert metadata.check_library(Library.load(library)) == []


def test_html_article_keeps_the_article_and_drops_the_page_around_it(cli: CLI, library: Path,
                                                                      tmp_path: Path) -> None:
    source = article(tmp_path, "caspian.html", HTML)
    code, _, err = cli("--root", library, "import", source, "--section", "RESEARCH")
    assert code == 0, err
    meta, body = front_and_body(library / "docs/RESEARCH/Pipeline Politics in the Caspian.md")
    assert meta["authors"] == ["Tomas Varga"]
    assert str(meta["summary"]).startswith("The Trans-Caspian pipeline would carry 30 billion cubic metres")
    assert "[2023 feasibility report](https://energy.example.org/report)" in body
    assert "[1996](https://news.example.org/archive/1996)" in body  # relative link resolved via canonical
    assert "## Who supports it" in body and "## Who opposes it" in body
    assert "- Azerbaijan, as the transit country\n- Turkey, as the buyer of first resort" in body
    assert '> "The pipeline is a question of when, not if,"' in body
    for dropped in ("Front page", "tracker", "trackPageView", "Advertisement", "Share this story", "Most read",
                    "Copyright", "color: red"):
        assert dropped not in body, dropped
    assert body.count("\n# ") == 1  # the title only


def test_bare_markdown_takes_its_title_and_the_authors_from_the_bio(cli: CLI, library: Path, tmp_path: Path) -> None:
    source = article(tmp_path, "georgia.md", MARKDOWN)
    code, out, err = cli("--root", library, "import", source, "--section", "RESEARCH", "--author", "Desk Editor")
    assert code == 0, err
    meta, body = front_and_body(library / "docs/RESEARCH/Election Monitoring in Georgia.md")
    assert meta["authors"] == ["Desk Editor"]  # --author wins
    assert "Tbilisi Election Lab" not in body and "## Method\n\n- Observers visited" in body
    assert "(from georgia.md, read as markdown)" in out
    source.rename(source.with_name("georgia2.md"))
    code, _, err = cli("--root", library, "import", source.with_name("georgia2.md"), "--section", "RESEARCH",
                       "--title", "Georgia Observers")
    assert code == 0, err
    meta, _ = front_and_body(library / "docs/RESEARCH/Georgia Observers.md")
    assert meta["authors"] == ["Nino Beridze", "David Kakabadze"]


def test_import_never_overwrites_and_writes_nothing_when_one_target_exists(cli: CLI, library: Path,
                                                                           tmp_path: Path) -> None:
    existing = library / "docs/RUSSIA/Existing.md"
    before = existing.read_bytes()
    first = article(tmp_path, "first.md", "# Fresh Title\n\nSome text about things in 2020.\n")
    second = article(tmp_path, "second.md", "# Existing\n\nOther text.\n")
    code, _, err = cli("--root", library, "import", first, second, "--section", "RUSSIA")
    assert code == 2
    assert "error: docs/RUSSIA/Existing.md already exists" in err
    assert existing.read_bytes() == before
    assert not (library / "docs/RUSSIA/Fresh Title.md").exists()


@pytest.mark.parametrize(("title", "name"), [("../../outside", "outside.md"), (".hidden", "hidden.md"),
                                              ("A/B: C", "A-B C.md")])
def test_untrusted_titles_stay_inside_the_section(cli: CLI, library: Path, tmp_path: Path, title: str,
                                                  name: str) -> None:
    source = article(tmp_path, "x.md", "Text of a short note about the budget in 2021.\n")
    code, _, err = cli("--root", library, "import", source, "--section", "RUSSIA", "--title", title)
    assert code == 0, err
    assert (library / "docs/RUSSIA" / name).is_file()
    assert not (library.parent / "outside.md").exists() and not (library / "outside.md").exists()


def test_a_title_option_with_a_line_break_is_refused_before_anything_is_written(
        cli: CLI, library: Path, tmp_path: Path) -> None:
    source = article(tmp_path, "x.md", "Text of a short note about the budget in 2021.\n")
    code, _, err = cli("--root", library, "import", source, "--section", "RUSSIA",
                       "--title", "Grain\r\n<script>alert(1)</script>")
    assert code == 2 and "holds a line break or control character ('\\r', '\\n')" in err
    assert sorted(p.name for p in (library / "docs/RUSSIA").iterdir()) == ["Existing.md", "index.md"]


def test_section_must_exist_and_title_names_one_file(cli: CLI, library: Path, tmp_path: Path) -> None:
    source = article(tmp_path, "x.md", "# X\n\nText.\n")
    code, _, err = cli("--root", library, "import", source, "--section", "russia")
    assert code == 2 and "but 'RUSSIA' does" in err
    code, _, err = cli("--root", library, "import", source, source, "--section", "RUSSIA", "--title", "T")
    assert code == 2 and "--title names one briefing" in err
    code, _, err = cli("--root", library, "import", source)
    assert code == 2 and "which section? pass --section" in err


def test_unreadable_or_empty_input_is_an_error_not_a_crash(cli: CLI, library: Path, tmp_path: Path) -> None:
    empty = article(tmp_path, "empty.html", "<html><body><nav>Home</nav></body></html>")
    code, _, err = cli("--root", library, "import", empty, "--section", "RUSSIA")
    assert code == 2 and "no article text found (read as html)" in err
    binary = tmp_path / "incoming" / "latin1.txt"
    binary.write_bytes("Caf\xe9 culture\n".encode("latin-1"))
    code, _, err = cli("--root", library, "import", binary, "--section", "RUSSIA")
    assert code == 2 and "not valid UTF-8" in err and "Traceback" not in err



@pytest.mark.parametrize("nesting", ["flat", "deep", "deeper"])
def test_a_page_the_html_converters_would_cut_short_is_refused_not_imported_in_part(
        cli: CLI, library: Path, tmp_path: Path, nesting: str) -> None:
    """libxml2 stops at 256 nested elements and keeps only what came before: the rest of the article
    was lost without a word; BeautifulSoup ended in RecursionError near 250. 96 deep is imported whole."""
    depth = {"flat": 96, "deep": 200, "deeper": 300}[nesting]
    opening = "<p>The ministry published its annual report on 4 May 2023 in the capital city.</p>\n"
    deep = "<div>\n" * depth + "<p>The zqinner paragraph names the auditors who signed the accounts.</p>\n" + \
        "</div>\n" * depth
    closing = "<p>The zqafter paragraph says the parliament debated the report in June 2023.</p>\n"
    page = article(tmp_path, "deep.html", f"<html><body><article><h1>Deep Report</h1>\n{opening}{deep}{closing}"
                                          "</article></body></html>")
    code, out, err = cli("--root", library, "import", page, "--section", "RUSSIA")
    target = library / "docs/RUSSIA/Deep Report.md"
    if nesting == "flat":
        assert code == 0, err
        assert "zqinner" in target.read_text("utf-8") and "zqafter" in target.read_text("utf-8")
        return
    assert code == 2 and not target.exists() and "Traceback" not in err
    assert "Traceback" not in err and "import that" in err
    if nesting == "deep":
        assert "deep.html:100: the page nests HTML elements more than 100 deep" in err, err
    else:
        assert "deep.html:256: the page holds a text or attribute too large for the HTML parser, or nests elements " \
               "too deep: everything after line 256 would be lost" in err, err

def limit(library: Path, **values: int) -> None:
    """Set [tool.briefings.limits] in the library's pyproject.toml."""
    rows = "".join(f"{name} = {value}\n" for name, value in values.items())
    (library / "pyproject.toml").write_text(f"[tool.briefings.limits]\n{rows}", encoding="utf-8")


def import_stdin(library: Path) -> subprocess.Popen[bytes]:
    """The real `briefings import /dev/stdin --section RUSSIA`, its standard input a pipe."""
    command = [sys.executable, "-m", "briefings", "--root", str(library), "import", "/dev/stdin", "--section", "RUSSIA"]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_device_is_refused_and_a_fifo_nobody_writes_to_is_an_error_after_pipe_seconds(
        cli: CLI, library: Path, tmp_path: Path) -> None:
    import os

    limit(library, pipe_seconds=1)
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading it without a bound would wait for ever
    started = time.monotonic()
    code, _, err = cli("--root", library, "import", fifo, "--section", "RUSSIA")
    assert time.monotonic() - started < 20
    assert code == 2 and f"{fifo}: no data (is anything writing to it?) from the pipe within 1 s" in err
    assert "write the article to a file" in err
    code, _, err = cli("--root", library, "import", "/dev/zero", "--section", "RUSSIA", "--from", "text")
    assert code == 2 and "/dev/zero: is a device, not a file or a pipe" in err and "MemoryError" not in err
    assert "briefings import /dev/stdin" in err


def test_an_article_piped_to_dev_stdin_or_given_as_a_process_substitution_is_imported(
        library: Path, tmp_path: Path) -> None:
    process = import_stdin(library)
    out, err = process.communicate(PLAIN.encode(), timeout=120)
    assert process.returncode == 0, err.decode()
    assert b"created docs/RUSSIA/Harbour Closures on the Azov Coast.md (from stdin, read as text)" in out
    meta, body = front_and_body(library / "docs/RUSSIA/Harbour Closures on the Azov Coast.md")
    assert meta["authors"] == ["Mara Lindqvist"] and "## Before the war" in body
    source = article(tmp_path, "georgia.md", MARKDOWN)
    command = (f"{shlex.quote(sys.executable)} -m briefings --root {shlex.quote(str(library))} import "
               f"<(cat {shlex.quote(str(source))}) --section RESEARCH --from markdown")
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (library / "docs/RESEARCH/Election Monitoring in Georgia.md").is_file()


def test_an_endless_pipe_stops_after_file_bytes_and_a_file_over_file_bytes_is_refused(
        cli: CLI, library: Path, tmp_path: Path) -> None:
    """The configured file_bytes, not a limit of import's own: an endless writer is cut off soon
    after it (it gets EPIPE), with a clear error; a file over it is refused before it is read."""
    limit(library, file_bytes=100_000)
    process = import_stdin(library)
    assert process.stdin is not None
    written = 0
    try:
        while written < 100_000_000:
            process.stdin.write(b"a" * 4096)
            written += 4096
    except BrokenPipeError:
        pass
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert b"/dev/stdin: the pipe sent more than 100,000 bytes (the file_bytes limit)" in err
    assert written < 2_000_000  # read up to the limit, then the pipe was closed: nothing kept reading
    big = article(tmp_path, "big.txt", "Big Article\n\n" + "The port handled 4.5 million tonnes in 2021. " * 3000)
    code, _, err = cli("--root", library, "import", big, "--section", "RUSSIA")
    assert code == 2 and "over the 100,000-byte limit" in err and "raise file_bytes" in err


@pytest.mark.slow
def test_imported_briefings_of_every_format_build(cli: CLI, library: Path, tmp_path: Path) -> None:
    sources = [article(tmp_path, "azov.txt", PLAIN), article(tmp_path, "caspian.html", HTML),
               article(tmp_path, "georgia.md", MARKDOWN)]
    assert cli("--root", library, "import", *sources, "--section", "RESEARCH")[0] == 0
    code, out, err = cli("build", "--root", library)
    assert code == 0, out + err
    site = library / "site/RESEARCH"
    plain = (site / "Harbour Closures on the Azov Coast/index.html").read_text(encoding="utf-8")
    assert '<h2 id="before-the-war">Before the war' in plain and "<blockquote>" in plain and "<li>a ban on" in plain
    page = (site / "Pipeline Politics in the Caspian/index.html").read_text(encoding="utf-8")
    assert '<a href="https://energy.example.org/report">2023 feasibility report</a>' in page
    assert "Tomas Varga" in page
    assert (site / "Election Monitoring in Georgia/index.html").is_file()


ESCAPED = """\
<html><head><title>XSS Explained</title></head><body><article><h1>XSS Explained</h1>
<p>The ministry paid 40 million euros to the firm in 2023, according to the audit office report published this spring.</p>
<p>Attackers type &lt;script&gt;alert(1)&lt;/script&gt; or &lt;img src=x onerror=alert(2)&gt; into forms, the report says in its long annex.</p>
<p>More on <a href="https://ok.example/y">the annex ](javascript:alert(3)) [</a> is in the report, which runs to many pages of text.</p>
<p>The <a href="https://en.wikipedia.org/wiki/Audit_(accounting)">audit (accounting)</a> article explains the method.</p>
<table><tr><th>Year</th><th>Amount</th></tr><tr><td>2023</td><td>40 | 50 million</td></tr></table>
</article></body></html>
"""


@pytest.mark.slow
def test_an_article_whose_text_looks_like_html_or_markdown_is_published_as_that_text(
        cli: CLI, library: Path, tmp_path: Path) -> None:
    """Escaped tags, link syntax in link text, a `)` in an address and a `|` in a cell: the site shows
    the article's words, with no tag, no `javascript:` link and no extra table cell."""
    from tests.htmltext import article_lines

    assert cli("--root", library, "import", article(tmp_path, "xss.html", ESCAPED), "--section", "RESEARCH")[0] == 0
    draft = library / "docs/RESEARCH/XSS Explained.md"
    _, out, _ = cli("--root", library, "lint", draft)
    assert "[raw-html]" not in out
    code, out, err = cli("build", "--root", library)
    assert code == 0, out + err
    page = (library / "site/RESEARCH/XSS Explained/index.html").read_text(encoding="utf-8")
    lines = article_lines(page)
    assert ("Attackers type <script>alert(1)</script> or <img src=x onerror=alert(2)> into forms, "
            "the report says in its long annex.") in lines
    assert "More on the annex ](javascript:alert(3)) [ is in the report, which runs to many pages of text." in lines
    assert '<a href="https://ok.example/y">the annex ](javascript:alert(3)) [</a>' in page
    assert '<a href="https://en.wikipedia.org/wiki/Audit_%28accounting%29">audit (accounting)</a>' in page
    assert "javascript:alert(3)\"" not in page and "<img src=x" not in page
    assert page.count("<td>") == 2 and "<td>40 | 50 million</td>" in page


def test_pasted_plain_text_is_flagged_with_the_import_command_and_the_imported_draft_is_not(
        cli: CLI, library: Path, tmp_path: Path) -> None:
    from tests.conftest import briefing_text

    pasted = library / "docs/RUSSIA/Pasted.md"
    pasted.write_text(briefing_text("Pasted", PLAIN.split("\n", 2)[2]), encoding="utf-8")
    _, out, _ = cli("--root", library, "lint", pasted)
    assert "[unconverted-text]" in out and "briefings import" in out
    assert cli("--root", library, "import", article(tmp_path, "azov.txt", PLAIN), "--section", "RUSSIA")[0] == 0
    _, out, _ = cli("--root", library, "lint", library / "docs/RUSSIA/Harbour Closures on the Azov Coast.md")
    assert "[unconverted-text]" not in out and "[template-text]" not in out


def test_a_new_briefing_left_as_created_is_flagged_as_template_text(cli: CLI, library: Path) -> None:
    assert cli("--root", library, "new", "RUSSIA", "Blank Draft")[0] == 0
    code, out, _ = cli("--root", library, "lint", "--format", "json", library / "docs/RUSSIA/Blank Draft.md")
    found = [(f["line"], f["severity"]) for f in json.loads(out) if f["rule"] == "template-text"]
    assert found == [(3, "warning"), (14, "warning")]
    assert code == 0  # warnings: the draft is unfinished, not wrong
