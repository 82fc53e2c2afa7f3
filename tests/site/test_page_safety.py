"""Real MkDocs builds of the XSS corpus and front-matter vectors: the output parsed, 0 survivors."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefings.cli import main
from tests.conftest import REPO, briefing_text
from tests.site.xss import CANARY, FRONT_MATTER_PAYLOAD, FRONT_MATTER_VECTORS, VECTORS, survivors


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of a library with the repository's mkdocs.yml: a page per vector, an evil front matter."""
    root = tmp_path_factory.mktemp("xss")
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    docs = root / "docs"
    (docs / "RESEARCH").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nWelcome.\n", "utf-8")
    (docs / "RESEARCH" / "index.md").write_text("---\ntitle: Research\nstatus: published\n---\n\n# Research\n", "utf-8")
    for name, body in VECTORS.items():
        (docs / "RESEARCH" / f"{name}.md").write_text(briefing_text(f"Vector {name}", body), "utf-8")
    fields = {k: v for k, v in FRONT_MATTER_VECTORS.items() if k != "title"}
    evil = briefing_text("placeholder", "Body text.[^evil]\n\n[^evil]: See the source.", **fields)
    evil = evil.replace("title: placeholder", "title: " + json.dumps(FRONT_MATTER_VECTORS["title"]))
    evil = evil.replace("# placeholder\n", "")  # the title comes from the front matter alone
    (docs / "RESEARCH" / "m-evil-front-matter.md").write_text(evil, "utf-8")
    code = main(["build", "--root", str(root), "--no-strict"])
    assert code == 0
    return root / "site"


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_vector_survives_in_any_page(site: Path) -> None:
    found = {str(p.relative_to(site)): s for p in pages(site) if (s := survivors(p.read_text("utf-8")))}
    assert found == {}
    assert len(pages(site)) >= len(VECTORS) + 3


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_vector_page_built_and_clean(site: Path, name: str) -> None:
    html = (site / "RESEARCH" / name / "index.html").read_text("utf-8")
    assert f"Vector {name}" in html
    assert survivors(html) == []


def test_search_index_holds_no_survivor_and_no_editor_note(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        assert survivors(doc["title"]) == [] and survivors(doc["text"]) == [], doc["location"]
        assert "confidential informant" not in doc["text"]
    assert "confidential informant" not in "".join(p.read_text("utf-8") for p in pages(site))


class _Texts(HTMLParser):
    """The text inside <title> and inside navigation and footer links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.title = ""
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("title", "a"):
            self.stack.append(tag)
            if tag == "a":
                self.links.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "title" in self.stack:
            self.title += data
        if "a" in self.stack:
            self.links[-1] += data


def texts(html: str) -> _Texts:
    parser = _Texts()
    parser.feed(html)
    parser.close()
    return parser


def test_front_matter_is_shown_as_text_in_its_page_and_in_other_pages(site: Path) -> None:
    own = (site / "RESEARCH" / "m-evil-front-matter" / "index.html").read_text("utf-8")
    assert survivors(own) == []
    assert texts(own).title.startswith(f"Evil {FRONT_MATTER_PAYLOAD}")
    assert own.count(FRONT_MATTER_PAYLOAD) == 0  # never raw: always escaped
    # another page's navigation and previous/next footer show the title as text
    neighbour = texts((site / "RESEARCH" / "javascript-whitespace" / "index.html").read_text("utf-8"))
    shown = [" ".join(t.split()) for t in neighbour.links if "Evil" in t]
    assert len(shown) >= 2 and all(FRONT_MATTER_PAYLOAD in t for t in shown)


class _Policy(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.policy: str | None = None
        self.before_policy: list[str] = []
        self.inline: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = values.get("content")
        elif self.policy is None and tag in ("script", "link", "style", "img"):
            self.before_policy.append(tag)
        self._script = tag == "script" and "src" not in values and values.get("type") != "application/json"
        if self._script:
            self.inline.append("")

    def handle_data(self, data: str) -> None:
        if self._script:
            self.inline[-1] += data

    def handle_endtag(self, tag: str) -> None:
        self._script = False


def test_every_page_carries_a_policy_that_allows_only_its_own_inline_scripts(site: Path) -> None:
    for page in pages(site):
        parser = _Policy()
        parser.feed(page.read_text("utf-8"))
        assert parser.policy, page
        assert parser.before_policy == [], page
        directives = {d.split()[0]: d.split()[1:] for d in parser.policy.split(";") if d.strip()}
        assert directives["default-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"] and directives["base-uri"] == ["'self'"]
        assert "'unsafe-inline'" not in parser.policy and "'unsafe-eval'" not in parser.policy
        assert "http" not in parser.policy and "*" not in parser.policy
        hashes = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                  for s in parser.inline}
        assert set(directives["script-src"]) == {"'self'", *hashes}, page


def test_plain_mkdocs_build_escapes_any_front_matter_and_heading_titles(tmp_path: Path) -> None:
    """Pages outside the briefing schema (built by `mkdocs build` itself) are safe too: Material's own
    fields (description, author), a template that would run `location`, a title from an escaped heading."""
    import subprocess
    import sys

    root = tmp_path / "plain"
    (root / "docs").mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs" / "index.md").write_text("# Home\n\nWelcome.\n", "utf-8")
    (root / "docs" / "evil.md").write_text(
        "---\n"
        f"description: {json.dumps(FRONT_MATTER_PAYLOAD)}\n"
        f"author: {json.dumps(FRONT_MATTER_PAYLOAD)}\n"
        "template: redirect.html\n"
        f"location: \"javascript:alert('{CANARY}')\"\n"
        "---\n\n"
        f"# &lt;/title&gt;&lt;script&gt;alert('{CANARY}')&lt;/script&gt;\n\nBody.\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert "template: redirect.html" in result.stderr  # refused, with a warning naming it
    html = (root / "site" / "evil" / "index.html").read_text("utf-8")
    assert survivors(html) == []
    assert "window.location.replace" not in html  # main.html, not Material's redirect template
    assert texts(html).title.startswith(f"</title><script>alert('{CANARY}')</script>")
    home = texts((root / "site" / "index.html").read_text("utf-8"))
    assert any(f"</title><script>alert('{CANARY}')</script>" in link for link in home.links)


def test_a_page_setting_the_theme_cannot_use_is_a_finding_or_a_warning_never_a_traceback(
        make_library: Callable[..., Path], cli: Callable[..., tuple[int, str, str]]) -> None:
    """`hide: 7` or `icon: x` in an index page made Material's templates fail with a traceback: the
    build's front matter check names file and line; an icon the theme lacks is a warning naming the
    page (the strict build stops), and the page is built without it."""
    root = make_library({"RESEARCH/index.md": "---\ntitle: Research\nicon: x\nhide: 7\n---\n\n# Research\n"})
    code, out, err = cli("build", "--root", root)
    assert code == 1 and "Traceback" not in out + err and 'File "' not in out + err, out + err
    assert "docs/RESEARCH/index.md\n  3:1  error    icon 'x' is not valid" in out
    assert "  4:1  error    hide must be a list, not '7'" in out
    (root / "docs/RESEARCH/index.md").write_text("---\ntitle: Research\nicon: material/no-such-icon\n---\n\n"
                                                 "# Research\n", "utf-8")
    code, out, err = cli("build", "--root", root)
    assert code == 1 and "Traceback" not in out + err and 'File "' not in out + err, out + err
    assert "briefings: RESEARCH/index.md: front matter `icon: material/no-such-icon` is not an icon the theme " \
           "has" in err
    code, out, err = cli("build", "--root", root, "--no-strict")
    assert code == 0, out + err
    assert (root / "site/RESEARCH/index.html").is_file()
