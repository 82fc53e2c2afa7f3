"""The leak scan's fragments and matching, on written site files (no build): what counts as an excluded
briefing's distinctive text, and where in a file it is found."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.library import Briefing, Library
from briefings.newbriefing import render as template
from briefings.publishing import leaks
from tests.conftest import briefing_text

DRAFT = """
## Background

## Sources inside the western ministry

- Nine couriers crossed the northern river at dawn
- Yes

The envoy whispered \u201cblue herons never sleep\u201d before leaving.

```python
token = load_secret("nightjar-alpha-bravo")
```

This briefing draws only on open sources and interviews.
"""


def _draft(make_library: Callable[..., Path], extra: dict[str, str] | None = None) -> tuple[Briefing, Library]:
    files = {"RESEARCH/Nightjar.md": briefing_text("Operation Nightjar", DRAFT, status="draft"), **(extra or {})}
    library = Library.load(make_library(files))
    draft = library.get("RESEARCH/Nightjar.md")
    assert draft is not None
    return draft, library


def _scan(tmp_path: Path, draft: Briefing, html: str, **kwargs: object) -> list[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "page.html").write_text(html, "utf-8")
    return [leak.what for leak in leaks.scan(site, [draft], **kwargs)]  # type: ignore[arg-type]


def test_fragments_of_every_kind_and_only_distinctive_ones(make_library: Callable[..., Path]) -> None:
    draft, _ = _draft(make_library)
    found = {(f.kind, " ".join(f.words)) for f in leaks.fragments(draft)}
    assert ("title", "operation nightjar") in found
    assert ("heading", "sources inside the western ministry") in found
    assert ("item", "nine couriers crossed the northern river at dawn") in found
    assert ("quote", "blue herons never sleep") in found
    assert ("code", "token load_secret nightjar alpha bravo") in found
    assert not [f for f in found if f[1] in ("background", "yes")]  # too short to be anyone's own


def test_text_is_found_through_markup_wrapping_entities_comments_and_attributes(
        make_library: Callable[..., Path], tmp_path: Path) -> None:
    draft, _ = _draft(make_library)
    cases = {
        "<p>Nine <em>couriers</em> crossed\n  the NORTHERN river&nbsp;at <a href='x'>dawn</a></p>": "item",
        "<p>They said: &ldquo;Blue herons never sleep.&rdquo;</p>": "quote",
        "<span class='n'>token</span> <span class='o'>=</span> <span>load_secret</span>(<span>"
        "'nightjar-alpha-bravo'</span>)": "code",
        "<!-- sources inside the western ministry -->": "heading",
        '<img alt="Operation Nightjar map" src="x.png">': "title",
    }
    for html, kind in cases.items():
        assert [w.split()[0] for w in _scan(tmp_path, draft, html)] == [kind], html
    assert _scan(tmp_path, draft, "<p>Background. Yes. Herons sleep at night on the river.</p>") == []


def test_json_channels_are_read_by_their_strings(make_library: Callable[..., Path], tmp_path: Path) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search/search_index.json").write_text(json.dumps(
        {"docs": [{"location": "a/", "text": "Blue \u201cherons\u201d never sleep"}]}), "utf-8")
    assert [leak.file for leak in leaks.scan(site, [draft])] == ["search/search_index.json"]
    assert leaks.scan(site, [draft], extra={"versions.json": "Operation Nightjar special"})[-1].file == "versions.json"
    (site / "search/pages/0/1").mkdir(parents=True)  # a page's own file of the split index
    (site / "search/pages/0/1/23456789abcdef01.json").write_text(json.dumps([{"location": "RESEARCH/Nightjar/#x", "text": "?"}]))
    found = {leak.file: str(leak) for leak in leaks.scan(site, [draft])}
    assert "an entry for its page RESEARCH/Nightjar/" in found["search/pages/0/1/23456789abcdef01.json"]


def test_boilerplate_template_text_and_already_published_titles_do_not_count(
        make_library: Callable[..., Path], tmp_path: Path) -> None:
    disclaimer = "This briefing draws only on open sources and interviews."
    others = {f"RESEARCH/P{i}.md": briefing_text(f"P{i}", disclaimer) for i in range(3)}
    draft, library = _draft(make_library, others)
    html = f"<p>{disclaimer}</p><p>Write the briefing here. Cite every factual assertion with a footnote.</p>"
    assert "Write the briefing here." in template("T", authors=[], summary="")
    assert _scan(tmp_path, draft, html, pages=library.pages) == []
    assert _scan(tmp_path, draft, html, pages=library.pages[:2]) != []  # two pages are not boilerplate
    title = "<p>Removed: Operation Nightjar</p>"
    assert _scan(tmp_path, draft, title) != []
    assert _scan(tmp_path, draft, title, public=["Operation Nightjar"]) == []


def test_a_large_site_is_scanned_by_forked_workers_with_the_same_findings(
        make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    for i in range(200):
        page = site / f"S{i % 7}" / f"p{i:03d}" / "index.html"
        page.parent.mkdir(parents=True)
        text = "Blue <em>herons</em> never sleep" if i in (5, 150) else f"Page {i} about other herons"
        page.write_text(f"<p>{text}.</p>", "utf-8")
    (site / "search/pages/0/1").mkdir(parents=True)
    (site / "search/pages/0/1/23456789abcdef01.json").write_text(json.dumps([{"location": "RESEARCH/Nightjar/"}]))
    serial = [(leak.file, leak.what) for leak in leaks.scan(site, [draft])]
    monkeypatch.setattr(leaks, "PARALLEL_FROM", 0)  # as for a site of many megabytes
    assert [(leak.file, leak.what) for leak in leaks.scan(site, [draft])] == serial
    split = serial
    assert [file for file, _ in split] == ["S3/p150/index.html", "S5/p005/index.html",
                                          "search/pages/0/1/23456789abcdef01.json"]


def test_attribute_values_are_read_tag_by_tag_whatever_the_quotes() -> None:
    """The tags are read in one pass; a value is still never cut at, or run into, another tag."""
    assert "herons" in leaks.visible_words('<p title=\'say "blue\'>x</p><img alt="herons never">')
    rng = random.Random(14)
    alphabet = ["<", ">", '"', "'", " ", "=", "a", "b", "x-y", "alt", "blue herons", "\n", "<!--", "-->", "&amp;"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        # a NUL makes visible_words read the tags one at a time, as it did before the one-pass reading
        assert leaks.visible_words(text) == leaks.visible_words(text + "\x00"), repr(text)
