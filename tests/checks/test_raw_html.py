"""`raw-html` reports the line of each change the site's sanitiser would make, and only those."""

from __future__ import annotations

from briefings.linting import lint_text

BRIEFING = """\
---
title: Example
status: draft
---

Intro with <b>bold</b> and
a second line with <span onmouseover="x()">a handler</span>.

<div class="note">
<p>Fine.</p>
<iframe src="https://example.org/embed"></iframe>
</div>

<!-- the source is a confidential informant -->

See [the page][p] and [the report](https://example.org/report).

[p]: vbscript:msgbox(1)

```html
<script>in a code block is not HTML</script>
```
"""


def test_each_change_is_reported_at_its_line() -> None:
    found = [(f.line, f.severity.value, f.reason) for f in lint_text(BRIEFING) if f.rule == "raw-html"]
    assert found == [
        (7, "warning", "<span> loses onmouseover"),
        (11, "warning", "<iframe> is removed"),
        (14, "warning", "an HTML comment is removed"),
        (18, "warning", "the link target `vbscript:` is removed"),
    ]


def test_warns_on_every_vector_of_the_xss_corpus_and_never_on_what_extensions_write() -> None:
    from tests.site.test_sanitize import EVERY_EXTENSION
    from tests.site.xss import VECTORS

    front = "---\ntitle: Example\nstatus: draft\n---\n\n"
    silent = [name for name, body in VECTORS.items()
              if not any(f.rule == "raw-html" for f in lint_text(f"{front}{body}\n"))]
    assert silent == []
    assert [f for f in lint_text(front + EVERY_EXTENSION) if f.rule == "raw-html"] == []


def test_agrees_with_the_sanitiser_tag_by_tag() -> None:
    from briefings.site.sanitize import changes, clean
    from tests.site.test_sanitize import events

    tags = ['<a href="https://example.org/x" title="t">', '<a href="mailto:a@example.org">', '<a href="#fn:1">',
            '<a href="other.md">', '<a href="data:text/html,x">', '<img src="pic.png" alt="a" width="3">',
            '<img src="x" onerror="y">', '<td style="text-align: center;">', '<td style="color: red">',
            '<input type="checkbox" checked>', '<input type="text">', '<div data-tabs="1:2" class="c">',
            '<span aria-hidden="true" lang="de">', '<p align="left">', '<video src="v.mp4">', '<u>', '<center>']
    for tag in tags:
        changed = [e for e in events(clean(tag)) if e[0] == "start"] != events(tag)
        assert bool(changes(tag)) == changed, tag
