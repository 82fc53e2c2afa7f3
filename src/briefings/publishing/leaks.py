"""The leak scan: no distinctive text of an excluded briefing may appear anywhere in the built edition.

Fingerprints are the excluded briefing's title, sentences, list items and table cells, headings,
code lines and blocks and quoted phrases, each reduced to its sequence of words (entities decoded,
Unicode compatibility-decomposed and case-folded, accents, zero-width characters and soft hyphens
dropped, and markup, punctuation and whitespace of any kind cut between words), so a quote survives
re-wrapping, emphasis, links, smart quotes, syntax highlighting and another Unicode normal form.
Every file of the site whose content is text (no NUL in its first SNIFF bytes, whatever its name;
a gzip file by its content; the text files inside a zip or tar archive, `archives`) is reduced the
same way (HTML comment content and attribute values included, JSON by its strings) and searched for
whole word sequences; a text file over MAX_BYTES stops the edition. A fragment is distinctive when it is long enough for its kind (MIN_WORDS): a
one-word heading such as "Background" is in every briefing, a five-word sentence is not. The
`briefings new` template's own sentences never count, nor does a fragment that COMMON or more
published pages show in their own source (a standard disclaimer): only public text makes a
fragment common, never the number of drafts that share it.
"""

from __future__ import annotations

import codecs
import json
import lzma
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, compress, count
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown_it.token import Token

from briefings import markdown
from briefings.errors import GateError
from briefings.library import Briefing
from briefings.linting import parallel
from briefings.newbriefing import render as template
from briefings.publishing import archives
from briefings.publishing.fingerprint import length, words
from briefings.publishing.manifest import page_url
from briefings.site.sanitize import COMMENT

MIN_WORDS = {"title": 2, "sentence": 5, "item": 4, "heading": 4, "code": 4, "quote": 3}
COMMON = 3  # a fragment shown in this many published pages is boilerplate, not one briefing's text
ANCHOR = 2  # words indexed per fragment start: every fragment has at least this many
PARALLEL_FROM = 16_000_000  # bytes of text in the site from which the scan is split between forked workers
SNIFF = 8000  # bytes that tell text from binary, as git tells them: a NUL among them makes a file binary
MAX_BYTES = 64 * 2**20  # a text file (or a gzip file's content) larger than this stops the edition
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE first: it starts as UTF-16 LE
_TAG = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
# formatting that never separates words (`night<em>jar</em>`); links, sup, sub and span do (links
# side by side in lists, a heading's permalink, footnote marks, line numbers before code)
_INLINE = r"(/?(?:abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|strike|strong|time|tt|u|var|wbr)(?=[\s/>]))"
_INLINE_TAG = re.compile(f"<{_INLINE}")  # lower case, as the sanitiser writes every tag
_ATTR = re.compile(r"""\s[\w:-]+\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# text, tag, its inline name (or None), text, ...: in one pass that starts only at a "<"
_TAG_SPLIT = re.compile(f"(<{_INLINE}?{_TAG.pattern[1:]})")
_ATTR_JOINED = re.compile(r"""\s[\w:-]+\s*=\s*(?:"([^"\x00]*)"|'([^'\x00]*)')""")  # within one tag of many
_COMMENT_MARK = re.compile(r"<!--|--!?>")
# a sentence ends at . ! ? … and white space, or at the full stops of scripts without spaces: 。！？ ။ ។
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+|(?<=[\u3002\uff01\uff1f\u104b\u17d4])[\u300d\u300f\uff09]*")
_QUOTED = re.compile(r"\"([^\"\n]{3,})\"|\u201c([^\u201d\n]{3,})\u201d|\u2018([^\u2019\n]{3,})\u2019|\u00ab([^\u00bb\n]{3,})\u00bb")
_LOC = re.compile(r"<loc>\s*([^<]*?)\s*</loc>")
_BOUNDARY = {"footnote_ref", "html_inline", "image", "hardbreak"}  # rendered as something else


@dataclass(frozen=True)
class Fragment:
    """One distinctive piece of an excluded briefing, as a word sequence."""

    kind: str
    words: tuple[str, ...]
    shown: str

    def __str__(self) -> str:
        text = self.shown if len(self.shown) <= 70 else self.shown[:67] + "..."
        return f'{self.kind} "{text}"'


@dataclass(frozen=True)
class Leak:
    """Text or the page of an excluded briefing found in a file of the built edition."""

    briefing: str
    file: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: contains {self.what} of excluded {self.briefing}"


def fragments(briefing: Briefing, *, public: Iterable[str] = ()) -> list[Fragment]:
    """The distinctive fragments of a briefing; texts in `public` (already published titles) are not."""
    skip = _boilerplate() | {words(t) for t in public}
    found: dict[tuple[str, ...], Fragment] = {}
    for kind, text in _pieces(briefing):
        for part in _SENTENCE_END.split(text) if kind in ("sentence", "item") else [text]:
            seq = words(part)
            if len(seq) >= ANCHOR and length(seq) >= MIN_WORDS[kind] and seq not in skip:
                found.setdefault(seq, Fragment(kind, seq, " ".join(unicodedata.normalize("NFC", part).split())))
    return list(found.values())


def _boilerplate() -> set[tuple[str, ...]]:
    """Sentences every new briefing starts with (`briefings new`), which drafts and public ones share."""
    text = template("T", authors=[], summary="")
    return {words(s) for line in text.splitlines() for s in _SENTENCE_END.split(line) if ":" not in s[:12]}


def _pieces(briefing: Briefing) -> Iterator[tuple[str, str]]:
    """(kind, text) of every block of the briefing, front matter title and summary included."""
    yield "title", briefing.title
    summary = briefing.meta.get("summary")
    if isinstance(summary, str):
        yield "sentence", summary
    context: list[str] = []
    for token in markdown.tokens(briefing):
        if token.nesting == 1:
            context.append(token.type)
        elif token.nesting == -1 and context:
            context.pop()
        elif token.type in ("fence", "code_block"):
            yield "code", token.content
            yield from (("code", line) for line in token.content.splitlines())
        elif token.type == "html_block":
            yield "sentence", _TAG.sub(_gap, token.content)
        elif token.type == "inline":
            kind = "heading" if "heading_open" in context else \
                "item" if {"list_item_open", "td_open", "th_open"} & set(context) else "sentence"
            for run in _runs(token):
                yield kind, run
                yield from (("quote", next(g for g in m.groups() if g)) for m in _QUOTED.finditer(run))
            yield from (("sentence", text) for text in _attributes(token))


def _attributes(inline: Token) -> Iterator[str]:
    """What the page shows in attributes: a link's or an image's title, an image's alt text (a
    browser shows them on hover, a screen reader reads them, the HTML carries them)."""
    for child in inline.children or []:
        if child.type in ("link_open", "image"):
            title = child.attrs.get("title")
            if isinstance(title, str) and title:
                yield title
        if child.type == "image" and child.content:
            yield child.content


def _runs(inline: Token) -> Iterator[str]:
    """The rendered text of an inline token, cut where the page shows something else (footnote marks)."""
    current: list[str] = []
    for child in inline.children or []:
        if child.type in _BOUNDARY:
            yield "".join(current)
            current = []
        elif child.type in ("text", "code_inline"):
            current.append(child.content)
        elif child.type == "softbreak":
            current.append(" ")
    yield "".join(current)


def scan(site_dir: Path, excluded: list[Briefing], *, extra: dict[str, str] | None = None,
         public: Iterable[str] = (), pages: Iterable[Briefing] = (), directory_urls: bool = True) -> list[Leak]:
    """Every file of the site (and each `extra` name -> text) holding an excluded briefing's fragment or page.

    `public`: texts already published (titles of the previous edition); `pages`: the published pages,
    whose own shared text (boilerplate) does not count.
    """
    if not excluded:
        return []
    public = list(public)
    found = [(b, fragments(b, public=public)) for b in excluded]
    left_out = {b.label for b in excluded}
    common = _common(found, [page for page in pages if page.label not in left_out])
    index = _Index([(b, [f for f in frags if f.words not in common]) for b, frags in found])
    urls = [(b, page_url(b.rel, directory_urls=directory_urls)) for b in excluded]
    wanted = [(b, url, "/" + unquote(url)) for b, url in urls if url]

    def check(name: str, seq: tuple[str, ...], listed: list[str]) -> list[Leak]:
        hits = index.find(seq)
        paths = {_page_path(entry) for entry in listed}
        for briefing, url, suffix in wanted:
            if briefing.label not in hits and any(path.endswith(suffix) for path in paths):
                hits[briefing.label] = f"an entry for its page {url}"
        return [Leak(label, name, what) for label, what in sorted(hits.items())]

    files = _text_files(site_dir)

    def work(indices: range) -> list[Leak]:  # one file at a time: the site's words are never all in memory
        return [leak for i in indices for text in _site_texts(site_dir, *files[i]) for leak in check(*text)]

    processes = parallel.workers()
    if processes >= 2 and sum(path.stat().st_size for path, _ in files) >= PARALLEL_FROM:
        # forked workers share the index, and the files are split between them
        leaks, _ = parallel.run(len(files), work, list, processes=processes)
    else:
        leaks = work(range(len(files)))
    for name, text in (extra or {}).items():
        leaks += check(name, words(text), [])
    return leaks


def _common(found: list[tuple[Briefing, list[Fragment]]], pages: list[Briefing]) -> set[tuple[str, ...]]:
    """Fragments that at least COMMON published pages show in their own Markdown source (outside
    HTML comments, read as the sanitiser reads them)."""
    index = _Index(found)
    counts: dict[tuple[str, ...], int] = {}
    for page in {page.label: page for page in pages}.values():
        shown = COMMENT.sub(" ", page.body) if "<!--" in page.body else page.body
        for seq in index.all_in(words(shown) + ("\x00",) + words(page.title)):
            counts[seq] = counts.get(seq, 0) + 1
    return {seq for seq, count in counts.items() if count >= COMMON}


class _Index:
    """Fragments by their first words, to search a text for all of them in one pass."""

    def __init__(self, items: list[tuple[Briefing, list[Fragment]]]) -> None:
        self.starts: dict[tuple[str, ...], list[tuple[str, Fragment]]] = {}
        for briefing, found in items:
            for fragment in found:
                self.starts.setdefault(fragment.words[:ANCHOR], []).append((briefing.label, fragment))

    def all_in(self, seq: tuple[str, ...]) -> set[tuple[str, ...]]:
        """The word sequences of every fragment found in `seq`."""
        found = set()
        for i, entries in self._anchored(seq):
            for _, fragment in entries:
                if seq[i:i + len(fragment.words)] == fragment.words:
                    found.add(fragment.words)
        return found

    def find(self, seq: tuple[str, ...]) -> dict[str, str]:
        """briefing label -> the first of its fragments found in `seq`."""
        hits: dict[str, str] = {}
        for i, entries in self._anchored(seq):
            for label, fragment in entries:
                if label not in hits and seq[i:i + len(fragment.words)] == fragment.words:
                    hits[label] = str(fragment)
        return hits

    def _anchored(self, seq: tuple[str, ...]) -> Iterator[tuple[int, list[tuple[str, Fragment]]]]:
        """(position, fragments starting with the words there) wherever `seq` has a fragment's first
        words: every position is looked at, the pairs made and looked up in C (zip, dict.get)."""
        assert ANCHOR == 2  # the pairs below
        starts = self.starts
        for i in compress(count(), map(starts.get, zip(seq, seq[1:]))):
            yield i, starts[seq[i], seq[i + 1]]


def _text_files(site_dir: Path) -> list[tuple[Path, bool]]:
    """(file, whether it is an archive) for every file of the site that is text or an archive, in a
    stable order."""
    found = []
    for path in sorted(site_dir.rglob("*")):
        if path.is_file():
            named = _named_text(path)  # a text name: an archive only by its first bytes (no search of its end)
            if archives.is_archive(path, anywhere=not named):
                found.append((path, True))
            elif named or _is_text(path):
                found.append((path, False))
    return found


# Read whatever their bytes: a browser shows them as text even with a NUL in them.
TEXT_SUFFIXES = frozenset(".html .htm .xhtml .txt .text .md .js .mjs .cjs .css .json .map .webmanifest .xml .svg "
                          ".rss .atom .csv .tsv .yaml .yml .bib .ris .ics .vtt .srt .tex".split())


def _is_text(path: Path) -> bool:
    """Text, by name (TEXT_SUFFIXES, also compressed) or by content: a BOM, no NUL in the first SNIFF
    bytes (of a compressed file's content), or NULs between printable bytes (UTF-16 without a BOM)."""
    if _named_text(path):
        return True
    try:
        head = _read(path, SNIFF)
    except (OSError, EOFError, zlib.error, lzma.LZMAError):
        return True  # unreadable, or damaged compressed data: reading it again reports it
    return _looks_text(head)


def _looks_text(head: bytes) -> bool:
    """Whether the first bytes of a file are text: a BOM, no NUL, or NULs between printable bytes
    (UTF-16 without a BOM)."""
    if head.startswith(tuple(bom for bom, _ in _BOMS)) or b"\x00" not in head:
        return True
    rest = head.replace(b"\x00", b"")
    if bool(rest) and len(rest) <= 0.6 * len(head) and sum(32 <= b < 127 or b in b"\t\r\n" for b in rest) >= 0.9 * len(rest):
        return True
    return any(_alphabetic_utf16(head, order) for order in ("utf-16-le", "utf-16-be"))


def _alphabetic_utf16(head: bytes, encoding: str) -> bool:
    """UTF-16 without a BOM in an alphabet below U+0800 (Cyrillic, Greek, Hebrew, Arabic, Latin with
    accents): nearly every character printable and there (binary data read so scatters over all planes);
    never an image, whose 16-bit samples can lie below U+0800 too (told by its signature)."""
    if head.startswith(_IMAGE_SIGNATURES):
        return False
    text = head[:len(head) // 2 * 2].decode(encoding, errors="replace")
    return len(text) >= 8 and sum(c < "\u0800" and (c.isprintable() or c in "\t\r\n") for c in text) >= 0.95 * len(text)


# TIFF (both byte orders), PNG, JPEG, GIF, BMP, WebP/RIFF, JPEG 2000, ICO, PSD
_IMAGE_SIGNATURES = (b"II*\x00", b"MM\x00*", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF",
                     b"\x00\x00\x00\x0cjP", b"\x00\x00\x01\x00", b"8BPS")


def _named_text(path: Path) -> bool:
    """Text by its name (TEXT_SUFFIXES, also compressed: `.gz`, `.bz2`, `.xz`)."""
    name = path.name.lower()
    for packed in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(packed)
    return path.suffix.lower() in TEXT_SUFFIXES or Path(name).suffix in TEXT_SUFFIXES


def _read(path: Path, size: int) -> bytes:
    """At most `size` bytes of a file, of its uncompressed content if it is gzip, bzip2 or xz data."""
    with path.open("rb") as file:
        data = file.read(size)
        opened = archives.unpacked(file, data)
        if opened is not file:
            file.seek(0)
            data = opened.read(size)
    return data


def _content(site_dir: Path, path: Path) -> str:
    """A text file's content (a gzip file's, uncompressed), by its BOM, else UTF-8, else also as cp1252."""
    name = path.relative_to(site_dir).as_posix()
    try:
        data = _read(path, MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as error:
        raise GateError(f"{name}: cannot be read for the leak scan ({error}); nothing was deployed",
                        hint="make it a readable file (a gzip file must be whole), or leave it out of docs/") from None
    if len(data) > MAX_BYTES:
        raise GateError(f"{name}: more than {MAX_BYTES // 2**20} MB of text, too large for the leak scan; "
                        "nothing was deployed", hint="keep text files this large out of the published site (docs/)")
    return _decoded(data)


def _decoded(data: bytes) -> str:
    """Text by its BOM, else UTF-8, else also as cp1252 and as the encoding its bytes suggest."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    raw = data
    data = data.replace(b"\x00", b"")  # a NUL hides nothing from a browser (and UTF-16 text without a BOM reads as its letters)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:  # not UTF-8: read every likely way, so that no reading hides a quote
        readings = [data.decode("utf-8", errors="replace"), data.decode("cp1252", errors="replace")]
        return READINGS.join(readings + [guess] if (guess := _guessed(raw)) else readings)
    if b"\x00" in raw:  # NULs dropped: UTF-16 without a BOM, which reads as ASCII only where it is ASCII
        return READINGS.join((text, raw.decode("utf-16-le", errors="replace"), raw.decode("utf-16-be", errors="replace")))
    return text


READINGS = "\n\x00\n"  # between two readings of the same bytes, each read for words on its own


def _guessed(data: bytes) -> str:
    """The text as the encoding its bytes suggest ('' when none): a Cyrillic export in cp1251 or
    KOI8-R, Greek, Arabic, Chinese, UTF-16 without a BOM and without NULs. charset-normalizer (the
    detector `requests` uses) guesses from the bytes' statistics; the cp1252 reading stays beside it,
    since a short Western text can pass for another code page."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii", "cp1252"):
        return ""
    return data.decode(best.encoding, errors="replace")


def _site_text(site_dir: Path, path: Path) -> tuple[str, tuple[str, ...], list[str]]:
    """(file, its words, the pages it lists) for one text file of the site.

    Only the sitemap and the search index list pages; other files may rightly link to an excluded
    briefing's page in an earlier edition (the "What changed" page does, for removed briefings).
    """
    raw = _content(site_dir, path)
    name = path.name.removesuffix(".gz")
    pages = _LOC.findall(raw) if name == "sitemap.xml" else []
    if raw.lstrip()[:1] in ("{", "["):  # JSON by content (the search index, a web manifest, a source map)
        data = _load_json(raw)
        if "search" in path.relative_to(site_dir).parts[:-1]:  # the index and its per-page files
            pages = list(_locations(data))
        raw = _json_text(data, raw)
    return path.relative_to(site_dir).as_posix(), _read_words(raw), pages


def _site_texts(site_dir: Path, path: Path, archive: bool) -> Iterator[tuple[str, tuple[str, ...], list[str]]]:
    """(file, its words, the pages it lists) for a text file of the site, or for each text file
    inside an archive (`file.zip!/member`)."""
    if not archive:
        yield _site_text(site_dir, path)
        return
    name = path.relative_to(site_dir).as_posix()
    for member, data in archives.text_members(path, name, sniff=SNIFF, max_bytes=MAX_BYTES, is_text=_looks_text):
        raw = _decoded(data)
        if raw.lstrip()[:1] in ("{", "["):
            raw = _json_text(_load_json(raw), raw)
        yield f"{name}!/{member}", _read_words(raw), []


def _read_words(raw: str) -> tuple[str, ...]:
    """The visible words of each reading of a file's bytes: a tag or a quote that one reading seems
    to open must not swallow the next reading."""
    if READINGS not in raw:
        return visible_words(raw)
    return tuple(chain.from_iterable(visible_words(part) + ("\x00",) for part in raw.split(READINGS)))


def _json_text(data: Any, raw: str) -> str:
    """The strings of parsed JSON, one per line (the raw text when it did not parse or nests too deep)."""
    try:
        return "\n".join(_strings(data)) if not isinstance(data, str) else raw
    except RecursionError:  # nested too deep to walk: read as text
        return raw


def visible_words(markup: str) -> tuple[str, ...]:
    """Words of HTML or XML text: the text, comment contents, then attribute values (alt, title, ...)."""
    text = _COMMENT_MARK.sub(" ", markup)
    if "\x00" in text:  # the tags cannot be joined by NUL below: one at a time
        attributes = [value for tag in _TAG.findall(text) for m in _ATTR.finditer(tag) for value in m.groups() if value]
        return words(_TAG.sub(_gap, text)) + ("\x00",) + words("\n".join(attributes))
    pieces = _TAG_SPLIT.split(text)  # text, tag, its inline name or None, text, ...
    # the tags joined by NUL, which no attribute value below may contain: each match stays in its tag
    values = _ATTR_JOINED.findall("\x00".join(pieces[1::3]))
    gaps = map((" ", "").__getitem__, map(bool, pieces[2::3]))  # in C: no Python call per tag
    shown = "".join(chain.from_iterable(zip(pieces[0::3], chain(gaps, ("",)))))
    return words(shown) + ("\x00",) + words("\n".join(a or b for a, b in values))


def _gap(tag: re.Match[str]) -> str:
    """What a tag leaves between the texts around it: nothing for inline formatting, else a space."""
    return "" if _INLINE_TAG.match(tag.group()) else " "


def _page_path(listed: str) -> str:
    """The path of a sitemap or search entry, from the site root ("/RESEARCH/Alpha/"): it points at
    the page `url` (relative to the site root) when it ends with "/" + url."""
    path = unquote(urlsplit(listed).path if "://" in listed else listed.split("#", 1)[0])
    return "/" + path.lstrip("/")


def _locations(data: Any) -> Iterator[str]:
    """Every "location" of a search index (or shard of one): the pages it lists."""
    if isinstance(data, dict):
        if isinstance(data.get("location"), str):
            yield data["location"]
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _locations(value)
    elif isinstance(data, list):
        for value in data:
            yield from _locations(value)


def _load_json(raw: str) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # nested too deep to parse: read as text
        return raw


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
