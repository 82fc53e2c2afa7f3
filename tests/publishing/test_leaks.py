"""The leak scan's fragments and matching, on written site files (no build): what counts as an excluded
briefing's distinctive text, and where in a file it is found."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import random
import tarfile
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import GateError
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


def test_every_text_file_is_read_by_its_content_whatever_its_name(
        make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    quote = "Nine couriers crossed the northern river at dawn"
    texts: dict[str, bytes] = {
        "data.tsv": f"id\tnote\n1\t{quote}\n".encode(), "data.yaml": f"note: {quote}\n".encode(),
        "refs.bib": f"@misc{{x, note={{{quote}}}}}\n".encode(), "NOTES": quote.encode(),
        "notes.txt.gz": gzip.compress(quote.encode()), "utf16.txt": quote.encode("utf-16"),
        "latin.csv": f"caf\u00e9;{quote}".encode("cp1252"), "site.webmanifest": json.dumps({"d": quote}).encode(),
        "nul.html": f"\x00<p>{quote}</p>".encode(), "nul.dat": f"\x00 {quote}".encode("utf-16-le"),  # no BOM
        "deep.txt": ("[" * 100_000 + quote).encode(),  # JSON by its first byte, too deep to parse: read as text
    }
    for name, data in texts.items():
        (site / name).write_bytes(data)
    (site / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + quote.encode())  # binary: not read
    (site / "archive.gz").write_bytes(gzip.compress(b"\x00\x01" + quote.encode()))  # binary inside
    assert sorted(leak.file for leak in leaks.scan(site, [draft])) == sorted(texts)

    monkeypatch.setattr(leaks, "MAX_BYTES", 1000)  # a text file too large to scan stops the edition
    (site / "big.txt").write_text("x " * 600, "utf-8")
    with pytest.raises(GateError, match="big.txt: more than 0 MB of text, too large for the leak scan"):
        leaks.scan(site, [draft])
    (site / "big.txt").unlink()
    (site / "cut.txt.gz").write_bytes(gzip.compress(quote.encode() * 20)[:-12])  # a damaged gzip file
    with pytest.raises(GateError, match="cut.txt.gz: cannot be read for the leak scan"):
        leaks.scan(site, [draft])


def test_text_is_compared_in_one_unicode_form_without_invisible_characters(
        make_library: Callable[..., Path], tmp_path: Path) -> None:
    sentence = "The informant meets the Kyiv caf\u00e9 owner at the M\u00f6nchengladbach depot."
    draft, _ = _draft(make_library, {"RESEARCH/Nightjar.md": briefing_text(
        "Operation Nightjar", unicodedata.normalize("NFD", sentence), status="draft")})
    quotes = [
        unicodedata.normalize("NFC", sentence),  # another normal form (a draft saved on macOS)
        sentence.replace("M\u00f6nchen", "M\u00f6n\u200bchen\u00ad"),  # zero-width space, soft hyphen
        sentence.replace("Kyiv", "Ky&shy;iv&#8203;").replace(" owner", "&nbsp;owner"),  # entities
        sentence.replace("informant meets", "informant\u3000meets\u2003"),  # other spaces
        sentence.replace("The informant", "\uff34\uff28\uff25 informant"),  # full-width letters
        sentence.replace("caf\u00e9", "cafe").replace("\u00f6", "o").upper(),  # no accents, upper case
        sentence.replace("Kyiv", "Ky<em>iv</em>").replace("owner", "<strong>own</strong>er"),  # emphasis in a word
    ]
    for quote in quotes:
        assert [w.split()[0] for w in _scan(tmp_path, draft, f"<p>{quote}</p>")] == ["sentence"], quote
    # a footnote mark or a link beside a word is no part of it
    assert _scan(tmp_path, draft, "<p>The informant meets the Kyiv <sup>1</sup>cafe owner</p>") == []
    assert _scan(tmp_path, draft, '<a href="a/">Operation Nightjar</a><a href="b/">Herons</a>') == ['title "Operation Nightjar"']


def test_boilerplate_is_text_published_pages_show_never_what_drafts_share(
        make_library: Callable[..., Path], tmp_path: Path) -> None:
    """Three drafts of a series sharing a sentence do not make it boilerplate; three published pages
    showing it do, but not when they carry it in an HTML comment (removed from the site)."""
    shared = "Operation nightjar moves the informant to Lviv on the third of March."
    drafts = {f"RESEARCH/Part{i}.md": briefing_text(f"Nightjar Part {i}", shared, status="draft") for i in range(3)}
    html = f"<p>Council news. {shared}</p>"
    for pages, leaked in (({"RESEARCH/P0.md": shared}, True),  # the one page that quotes them
                          ({f"RESEARCH/P{i}.md": f"<!-- {shared} -->" for i in range(3)}, True),
                          ({f"RESEARCH/P{i}.md": f"<!--> x --> {shared}" for i in range(3)}, False),
                          ({f"RESEARCH/P{i}.md": shared for i in range(3)}, False)):
        files = {**drafts, **{rel: briefing_text(f"Public {rel}", body) for rel, body in pages.items()}}
        library = Library.load(make_library(files, name=f"lib{len(list(tmp_path.iterdir()))}"))
        excluded = [b for b in library.briefings if b.rel.startswith("RESEARCH/Part")]
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        (site / "page.html").write_text(html, "utf-8")
        found = leaks.scan(site, excluded, pages=library.pages)  # the drafts among them do not count
        assert bool(found) == leaked, pages


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


def test_text_in_scripts_without_spaces_is_looked_for_sentence_by_sentence(
        make_library: Callable[..., Path], tmp_path: Path) -> None:
    body = ("极秘的夜鹰行动于三月在北方港口开始。第二阶段的计划仍未确定。\n\n"
            "ปฏิบัติการลับเริ่มต้นที่ท่าเรือทางเหนือในเดือนมีนาคม\n\n## 日本\n\n| 国内生产总值增长率 |\n| --- |\n| 二 |\n")
    draft, _ = _draft(make_library, {"RESEARCH/Nightjar.md": briefing_text("ナイトジャー作戦計画", body, status="draft")})
    found = {(f.kind, "".join(f.words)) for f in leaks.fragments(draft)}
    assert ("title", "ナイトジャー作戦計画") in found
    assert ("sentence", "极秘的夜鹰行动于三月在北方港口开始") in found  # one sentence at a time
    # a common word or term is no fragment, as "Politics" or "GDP growth rate" would not be
    assert not [f for f in found if f[1] in ("日本", "国内生产总值增长率")]
    # a sentence of the draft quoted inside another paragraph, without spaces around it
    quoted = "<p>报道称：“极秘的夜鹰行动于三月在北方港口开始。”此后无更多消息。</p>"
    assert _scan(tmp_path, draft, quoted) == ['sentence "极秘的夜鹰行动于三月在北方港口开始。"']
    assert _scan(tmp_path, draft, "<p>รายงานระบุว่า ปฏิบัติการลับเริ่มต้นที่ท่าเรือทางเหนือในเดือนมีนาคม แล้ว</p>")
    assert _scan(tmp_path, draft, "<h1>ナイトジャー作戦計画</h1>") == ['title "ナイトジャー作戦計画"']
    # in another normal form (the voicing mark apart) or half-width, it is the same text
    assert _scan(tmp_path, draft, "<h1>ナイトシ\u3099ャー作戦計画</h1>") == ['title "ナイトジャー作戦計画"']
    assert _scan(tmp_path, draft, "<h1>ﾅｲﾄｼﾞｬｰ作戦計画</h1>") == ['title "ナイトジャー作戦計画"']
    assert _scan(tmp_path, draft, "<p>日本と北方の港。三月に開始。</p>") == []


@pytest.mark.parametrize(("title", "public"), [
    ("การเมือง", "<p>ข่าวการเมืองวันนี้</p>"),  # "politics": one word
    ("インフレ", "<p>インフレが続く</p>"),  # "inflation"
    ("人工智能", "<p>人工智能的发展</p>"),  # "artificial intelligence"
])
def test_a_common_word_of_a_script_without_spaces_is_no_fragment(
        make_library: Callable[..., Path], tmp_path: Path, title: str, public: str) -> None:
    draft, _ = _draft(make_library, {"RESEARCH/Nightjar.md": briefing_text(title, "Text.", status="draft")})
    assert _scan(tmp_path, draft, public) == []


@pytest.mark.parametrize(("sentence", "word", "other"), [
    ("ガスの価格は先月から大きく上がったと業界団体が発表した。", "ガス", "カス"),  # "gas", "dregs"
    ("ราคาข้าวในตลาดกลางเพิ่มขึ้นอย่างต่อเนื่องตลอดเดือนที่ผ่านมา", "ข้าว", "ขาว"),  # "rice", "white"
])
def test_letters_that_marks_tell_apart_stay_apart(make_library: Callable[..., Path], tmp_path: Path,
                                                  sentence: str, word: str, other: str) -> None:
    draft, _ = _draft(make_library, {"RESEARCH/Nightjar.md": briefing_text("Operation Nightjar", sentence,
                                                                           status="draft")})
    assert _scan(tmp_path, draft, f"<p>{sentence}</p>")
    assert _scan(tmp_path, draft, f"<p>{sentence.replace(word, other)}</p>") == []  # another word


def test_text_files_inside_archives_are_read_and_an_unreadable_archive_stops_the_edition(
        make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    quote = "Nine couriers crossed the northern river at dawn. " * 400  # beyond the first 8,000 bytes
    tar, zipped = _tar, _zip

    padding = {"a.bin": bytes(range(256)) * 64}  # a binary member first
    archives = {
        "survey.tar": tar("w", {**padding, "notes/draft.md": ("x" * 20_000 + quote).encode()}),
        "survey.tgz": tar("w:gz", {**padding, "draft.txt": quote.encode()}),
        "survey.tar.xz": tar("w:xz", {"draft.txt": quote.encode("utf-16")}),
        "survey.zip": zipped({**padding, "draft.html": f"<p>{quote}</p>".encode()}),
        "report.docx": zipped({"word/document.xml": f"<w:p><w:t>{quote}</w:t></w:p>".encode()}),
        "data.bin": zipped({"d.json": json.dumps({"note": quote}).encode()}, zipfile.ZIP_STORED),
    }
    for name, data in archives.items():
        (site / name).write_bytes(data)
    (site / "clean.zip").write_bytes(zipped({**padding, "readme.txt": b"Open data about river traffic."}))
    (site / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + quote.encode())  # binary: not read
    found = {leak.file: leak.what for leak in leaks.scan(site, [draft])}
    assert sorted(found) == sorted(["survey.tar!/notes/draft.md", "survey.tgz!/draft.txt", "survey.tar.xz!/draft.txt",
                                    "survey.zip!/draft.html", "report.docx!/word/document.xml", "data.bin!/d.json"])
    assert set(found.values()) == {'item "Nine couriers crossed the northern river at dawn"'}

    for name in archives:
        (site / name).unlink()
    stored = zipped({"draft.txt": quote.encode()}, zipfile.ZIP_STORED)
    central = stored.index(b"PK\x01\x02")
    unreadable = {
        "damaged.zip": stored.replace(b"Nine couriers", b"Nine courierz", 1),  # its checksum no longer fits
        "locked.zip": stored[:central + 8] + b"\x01\x00" + stored[central + 10:],  # marked encrypted
        "cut.tar": tar("w", {"draft.txt": quote.encode()})[:9000],
    }
    for name, data in unreadable.items():
        (site / name).write_bytes(data)
        with pytest.raises(GateError, match=f"{name}: this archive cannot be read for the leak scan"):
            leaks.scan(site, [draft])
        (site / name).unlink()
    monkeypatch.setattr(archives_module(), "MAX_TOTAL", 10_000)  # an archive that unpacks to too much text
    (site / "big.zip").write_bytes(zipped({f"part{i}.txt": b"river " * 1000 for i in range(5)}))
    with pytest.raises(GateError, match="big.zip: part1.txt: too much text in this archive"):
        leaks.scan(site, [draft])


def archives_module() -> object:
    from briefings.publishing import archives

    return archives


def _tar(mode: str, members: dict[str, bytes], types: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for member, data in members.items():
            info = tarfile.TarInfo(member)
            info.size = len(data)
            info.type = (types or {}).get(member, tarfile.REGTYPE)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return buffer.getvalue()


SECRET = b"Nine couriers crossed the northern river at dawn with the ledger.\n"


def test_archives_are_read_as_tar_programs_read_them(make_library: Callable[..., Path], tmp_path: Path) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    first = _tar("w", {"a.txt": b"public text\n"})[:1024]  # one member, without the end of the archive
    odd = bytearray(_tar("w", {"odd.txt": SECRET}))
    odd[156:157] = b"Q"  # a type no tar program knows: they extract it as a file
    odd[148:156] = b" " * 8
    odd[148:156] = b"%06o\0 " % sum(odd[:512])
    files = {
        "odd.tar": bytes(odd),
        "nested.zip": _zip({"data/notes.txt.gz": gzip.compress(b"x") + gzip.compress(SECRET * 3)}),  # two members
        "named.zip": _zip({"notes\nsecret\x1b.txt": SECRET}),
        "setup.exe": b"MZ" + bytes(300) + _zip({"readme.txt": SECRET}),  # a self-extracting zip
        "packed.tar": _tar("w", {"notes.txt.xz": lzma.compress(SECRET), "notes.txt.bz2": bz2.compress(SECRET)}),
    }
    for name, data in files.items():
        (site / name).write_bytes(data)
    found = sorted(leak.file for leak in leaks.scan(site, [draft]))
    assert found == ["named.zip!/notes\ufffdsecret\ufffd.txt", "nested.zip!/data/notes.txt.gz", "odd.tar!/odd.txt",
                     "packed.tar!/notes.txt.bz2", "packed.tar!/notes.txt.xz", "setup.exe!/readme.txt"]
    # GNU tar reads on past a damaged header block, tarfile stops there: the scan cannot vouch for the rest
    (site / "damaged.tar").write_bytes(first + b"\xff" * 512 + _tar("w", {"secret.txt": SECRET}))
    with pytest.raises(GateError, match="damaged.tar: this archive cannot be read for the leak scan"):
        leaks.scan(site, [draft])


def test_binary_files_are_not_taken_for_archives_or_text(make_library: Callable[..., Path], tmp_path: Path) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    noise = random.Random(3).randbytes(200_000)
    (site / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + noise[:150_000] + b"PK\x05\x06" + noise[150_004:])
    (site / "grid.zip").write_bytes(_zip({"grid.npy": bytes(100_000) + noise}))  # zeros first: binary
    (site / "zeros.bin").write_bytes(bytes(600) + noise)  # NUL bytes are no empty tar archive
    (site / "padded").write_bytes(bytes(5000) + SECRET * 100)  # text after NULs is still read
    assert [leak.file for leak in leaks.scan(site, [draft])] == ["padded"]


def test_an_archive_too_large_to_vouch_for_stops_the_edition_at_once(
        make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from briefings.publishing import archives

    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    huge = tarfile.TarInfo("zeros.bin")
    huge.size = 2**40  # declared: stepping over it would mean unpacking a terabyte
    (site / "bomb.tar.bz2").write_bytes(bz2.compress(huge.tobuf(tarfile.GNU_FORMAT) + bytes(2**20)))
    long_name = tarfile.TarInfo("././@LongLink")
    long_name.type, long_name.size = tarfile.GNUTYPE_LONGNAME, 768 * 2**20  # a name tarfile would read whole
    monkeypatch.setattr(archives, "MAX_UNPACKED", 16 * 2**20)
    zero_padded = _tar("w", {"a.txt": b"public\n"})  # then more zeros than the limit: walked to the end
    bombs = {"bomb.tar.bz2": (huge.tobuf(tarfile.GNU_FORMAT) + bytes(2**20), "unpacks to more than 16 MB"),
             "name.tar.bz2": (long_name.tobuf(tarfile.GNU_FORMAT) + bytes(2**20), "a tar header record of more than"),
             "zeros.tar.bz2": (zero_padded + bytes(24 * 2**20), "unpacks to more than 16 MB")}
    for name, (data, said) in bombs.items():
        (site / name).write_bytes(bz2.compress(data))
        start = time.perf_counter()
        with pytest.raises(GateError, match=f"{name}: {said}"):
            leaks.scan(site, [draft])
        assert time.perf_counter() - start < 20, name
        (site / name).unlink()
    sparse = tarfile.TarInfo("holes.bin")
    sparse.type = tarfile.GNUTYPE_SPARSE
    (site / "holes.tar").write_bytes(sparse.tobuf(tarfile.GNU_FORMAT) + bytes(1024))
    with pytest.raises(GateError, match="holes.tar: this archive cannot be read .*sparse"):
        leaks.scan(site, [draft])
    (site / "holes.tar").unlink()
    # a member that is not text is not unpacked beyond its first bytes, however much it would unpack to
    (site / "packed.zip").write_bytes(_zip({f"z{i}.gz": gzip.compress(bytes(64 * 2**20)) for i in range(20)}))
    start = time.perf_counter()
    assert leaks.scan(site, [draft]) == []
    assert time.perf_counter() - start < 5
    (site / "packed.zip").unlink()
    monkeypatch.setattr(archives, "MAX_MEMBERS", 50)  # entries of any kind count
    links = {f"link{i}": b"" for i in range(60)}
    (site / "links.tgz").write_bytes(_tar("w:gz", links, {name: tarfile.SYMTYPE for name in links}))
    with pytest.raises(GateError, match="links.tgz: more than 50 entries"):
        leaks.scan(site, [draft])


def test_text_that_starts_like_an_archive_is_read_as_text(make_library: Callable[..., Path], tmp_path: Path) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    quote = "Nine couriers crossed the northern river at dawn"
    for name, start in {"data.csv": "PK,name,seats\n", "notes.txt": "PKK commanders met. ", "names": "BZhou Li said: "}.items():
        (site / name).write_text(start + quote + "\n", "utf-8")
    assert sorted(leak.file for leak in leaks.scan(site, [draft])) == ["data.csv", "names", "notes.txt"]


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE])
def test_a_tar_entry_that_tar_programs_read_otherwise_stops_the_edition(
        make_library: Callable[..., Path], tmp_path: Path, kind: bytes) -> None:
    """GNU tar steps over the content a link, folder or FIFO entry declares and tarfile does not, so
    such an entry can hide the next member from one of them: neither reading is trusted."""
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    odd = tarfile.TarInfo("x")
    odd.type, odd.size, odd.linkname = kind, 512, "target"
    hidden = _tar("w", {"notes.txt": SECRET})
    (site / "odd.tar").write_bytes(odd.tobuf(tarfile.GNU_FORMAT) + hidden[:512] + hidden)
    with pytest.raises(GateError, match="odd.tar: .*entry with content, which tar programs may read differently"):
        leaks.scan(site, [draft])


def _pax(records: dict[str, str] | list[tuple[str, str]], kind: bytes = tarfile.XHDTYPE) -> bytes:
    body = b""
    for key, value in (records.items() if isinstance(records, dict) else records):
        line = f" {key}={value}\n".encode()
        length = len(line) + len(str(len(line)))
        length = len(line) + len(str(length))
        body += str(length).encode() + line
    header = tarfile.TarInfo("././@PaxHeader")
    header.type, header.size = kind, len(body)
    return header.tobuf(tarfile.USTAR_FORMAT) + body + bytes(-len(body) % 512)


@pytest.mark.parametrize(("records", "kind"), [
    ([("size", "512"), ("size", "0")], tarfile.XHDTYPE),  # the last wins for tar programs
    ({"comment": "x\n14 size=512"}, tarfile.XHDTYPE),  # a size written inside another record's value
    ({"size": "0"}, tarfile.XGLTYPE),  # a size for every later entry, applied otherwise by tarfile and GNU tar
])
def test_pax_sizes_that_tar_programs_could_read_otherwise_stop_the_edition(
        make_library: Callable[..., Path], tmp_path: Path, records: object, kind: bytes) -> None:
    draft, _ = _draft(make_library)
    site = tmp_path / "site"
    site.mkdir()
    empty = tarfile.TarInfo("r")
    link = tarfile.TarInfo("s")
    link.type, link.size, link.linkname = tarfile.SYMTYPE, 512, "r"
    hidden = _tar("w", {"secret.txt": SECRET})
    data = _pax(records, kind) + empty.tobuf(tarfile.USTAR_FORMAT) + link.tobuf(tarfile.USTAR_FORMAT) + hidden  # type: ignore[arg-type]
    (site / "tricky.tar").write_bytes(data)
    if kind == tarfile.XGLTYPE or isinstance(records, list):
        with pytest.raises(GateError, match="tricky.tar: .*pax records that give a size twice or for every entry"):
            leaks.scan(site, [draft])
    else:  # read by their lengths: no size at all, so the link's content is what stops it
        with pytest.raises(GateError, match="tricky.tar: .*a symlink entry with content"):
            leaks.scan(site, [draft])


def test_text_in_a_legacy_encoding_is_read_as_its_bytes_suggest(make_library: Callable[..., Path],
                                                               tmp_path: Path) -> None:
    quote = "Девять курьеров пересекли северную реку на рассвете и передали пакет министру"
    library = Library.load(make_library({"RUSSIA/Kozodoi.md": briefing_text("Kozodoi", f"{quote}.", status="draft")}))
    draft = library.get("RUSSIA/Kozodoi.md")
    assert draft is not None
    site = tmp_path / "site"
    site.mkdir()
    texts = {"export.csv": f"id;note\n1;{quote}\n".encode("cp1251"), "notes.txt": quote.encode("koi8-r"),
             "le.dat": quote.encode("utf-16-le"), "be.dat": quote.encode("utf-16-be"),  # no BOM, no NUL
             "mixed.csv": f"\u00abОтчёт\u00bb \u2116 5, 12 \u20ac;{quote}".encode("cp1251")}
    for name, data in texts.items():
        (site / name).write_bytes(data)
    texts["late.csv"] = ("id,value\n" * 600 + quote).encode("utf-16-le")  # ASCII first, the quote far below
    texts["nospace"] = ("показатель_значение;" * 200 + "\n" + quote).encode("utf-16-le")  # a header without spaces
    (site / "nospace").write_bytes(texts["nospace"])
    (site / "late.csv").write_bytes(texts["late.csv"])
    (site / "other.csv").write_bytes("Совсем другой текст о погоде в горах и на море этим летом".encode("cp1251"))
    assert sorted(leak.file for leak in leaks.scan(site, [draft])) == sorted(texts)


def test_16_bit_samples_below_u0800_are_not_text(tmp_path: Path) -> None:
    """A 12-bit camera image in 16-bit samples reads as characters below U+0800, but has no spaces
    or line breaks: it stays a binary file, not text too large to scan."""
    rng = random.Random(7)
    samples = b"".join(rng.randrange(500, 1300).to_bytes(2, "little") for _ in range(20_000))
    (tmp_path / "scan.tif").write_bytes(b"II*\x00" + samples)
    assert leaks._text_files(tmp_path) == []


def test_a_drafts_link_titles_and_image_alt_text_are_looked_for(make_library: Callable[..., Path],
                                                                 tmp_path: Path) -> None:
    body = ('See [a link](https://example.invalid/y "Varga wired the ferry family two million euros").\n\n'
            "![Photo of the minister signing the harbour sale at dawn](https://example.invalid/sign.png)\n\n"
            'Compare [the memo][m].\n\n[m]: https://example.invalid/x "Memo from the cabinet secretary about the sale"\n')
    library = Library.load(make_library({"RESEARCH/Draft.md": briefing_text("Draft Four", body, status="draft")}))
    draft = library.get("RESEARCH/Draft.md")
    assert draft is not None
    for name, html in {"title.html": '<a href="y" title="Varga wired the ferry family two million euros">x</a>',
                       "alt.html": '<img alt="Photo of the minister signing the harbour sale at dawn" src="s.png">',
                       "ref.html": '<a title="Memo from the cabinet secretary about the sale" href="x">memo</a>'}.items():
        site = tmp_path / name.removesuffix(".html")
        site.mkdir()
        (site / name).write_text(f"<p>{html}</p>", "utf-8")
        assert [leak.file for leak in leaks.scan(site, [draft])] == [name], name
