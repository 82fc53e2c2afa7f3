"""Reading `briefings-edition.json` from gh-pages: unknown keys are ignored, damaged records are ToolErrors."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import pytest

from briefings.errors import ToolError
from briefings.publishing.manifest import BriefingRecord, Manifest
from tests.conftest import run_git
from tests.publishing.conftest import NOW, branch_tip

CLI = Callable[..., tuple[int, str, str]]
RECORD = Manifest("2025.01", "January", "abc", "2025-01-01", briefings={
    "RESEARCH/Alpha.md": BriefingRecord("RESEARCH/Alpha.md", "Alpha", "RESEARCH/Alpha/", "d1", sources=["s1"])})


def test_a_record_from_a_newer_version_with_unknown_keys_is_read() -> None:
    data = json.loads(RECORD.to_json())
    data["schema"] = 2
    data["briefings"]["RESEARCH/Alpha.md"]["words"] = 120
    assert Manifest.from_json(json.dumps(data)) == RECORD
    assert Manifest.from_json(RECORD.to_json().encode("utf-8")) == RECORD


@pytest.mark.parametrize("text", [
    "{not json", "[1, 2]", "null", '{"edition": "2025.01"}', b"\xff\xfe",
    '{"edition": 5, "title": "t", "source_commit": "c", "published": "p"}',
    '{"edition": "e", "title": "t", "source_commit": "c", "published": "p", "briefings": []}',
    '{"edition": "e", "title": "t", "source_commit": "c", "published": "p", "briefings": {"a": [1]}}',
    '{"edition": "e", "title": "t", "source_commit": "c", "published": "p", "briefings": '
    '{"a": {"rel": "a", "title": "A", "url": "a/", "digest": "d", "sources": "s1"}}}',
])
def test_a_damaged_record_is_a_tool_error_naming_where_it_is(text: str | bytes) -> None:
    with pytest.raises(ToolError, match=r"^gh-pages:2025\.01/briefings-edition\.json: not a readable"):
        Manifest.from_json(text, "gh-pages:2025.01/briefings-edition.json")


def _damage_record(root: Path, edition: str, text: str, branch: str = "gh-pages") -> None:
    """Commit `text` as the edition's record on the branch, without touching the working tree."""
    index = root / ".git" / "damage-index"
    env = {**os.environ, "GIT_INDEX_FILE": str(index)}
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=text, text=True,
                          capture_output=True, check=True).stdout.strip()
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    for args in (["read-tree", branch], ["update-index", "--add", "--cacheinfo",
                                         f"100644,{blob},{edition}/briefings-edition.json"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)
    tree = subprocess.run(["git", "write-tree"], cwd=root, env=env, capture_output=True,
                          text=True, check=True).stdout.strip()
    commit = subprocess.run([*git, "commit-tree", tree, "-p", branch, "-m", "damage"], cwd=root,
                            capture_output=True, text=True, check=True).stdout.strip()
    run_git(root, "update-ref", f"refs/heads/{branch}", commit)
    index.unlink()


@pytest.mark.slow
@pytest.mark.parametrize("text", ["{broken", "[]", '{"edition": "2025.01", "future": 1}'])
def test_publish_after_a_damaged_record_is_an_error_naming_the_file(library: Path, cli: CLI, text: str) -> None:
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    _damage_record(library, "2025.01", text)
    before = branch_tip(library)
    code, _, err = cli("--root", library, "publish", "2025.02", "--now", NOW)
    assert code == 2, err
    assert "internal error" not in err and "Traceback" not in err
    assert "gh-pages:2025.01/briefings-edition.json: not a readable edition record" in err
    assert branch_tip(library) == before
    code, out, err = cli("--root", library, "publish", "2025.01", "--force", "--now", NOW)  # the way out
    assert code == 0, err
    assert "briefing changes unknown" in out
    assert cli("--root", library, "publish", "2025.02", "--now", NOW)[0] == 0


def test_the_record_is_a_small_header_an_index_and_one_file_per_briefing() -> None:
    two = Manifest("2025.02", "February", "def", "2025-02-01", briefings={
        **RECORD.briefings, "RESEARCH/Beta.md": BriefingRecord("RESEARCH/Beta.md", "Beta", "RESEARCH/Beta/", "d2")})
    files = two.files()
    records = sorted(name for name in files if name not in ("briefings-edition.json", "briefings-records/index.json"))
    assert len(records) == 2 and all(re.fullmatch(r"briefings-records/[0-9a-f]/[0-9a-f]/[0-9a-f]{16}\.json", n)
                                     for n in records)
    assert "Alpha" not in files["briefings-edition.json"]
    assert not re.search(r"briefings-records/[0-9a-f]/", files["briefings-edition.json"])  # it names no record
    assert json.loads(files["briefings-records/index.json"]) == records
    assert Manifest.read(lambda name: files.get(name, "").encode() or None, "gh-pages:2025.02") == two
    # an edition that changes no briefing stores the same files, apart from its header
    later = Manifest("2025.03", "March", "ghi", "2025-03-01", briefings=dict(two.briefings))
    assert [n for n, text in later.files().items() if files[n] != text] == ["briefings-edition.json"]
    # the one-file form of earlier releases is still read, and the numbered shards that followed it
    assert Manifest.read(lambda name: RECORD.to_json().encode() if name == "briefings-edition.json" else None,
                         "x") == RECORD
    head = json.dumps({"edition": "2025.01", "title": "January", "source_commit": "abc", "published": "2025-01-01",
                       "records": ["briefings-records/0.json"]})
    shard = json.dumps({"RESEARCH/Alpha.md": {**asdict(RECORD.briefings["RESEARCH/Alpha.md"]), "assertions": ["x"]}})
    earlier = {"briefings-edition.json": head.encode(), "briefings-records/0.json": shard.encode()}
    assert Manifest.read(earlier.get, "x") == RECORD
    assert Manifest.read(lambda name: None, "x") is None


@pytest.mark.parametrize("index", [None, b"{broken", b"[1]", b'["../../x.json"]'])
def test_a_missing_or_damaged_index_of_records_is_a_tool_error_naming_it(index: bytes | None) -> None:
    files: dict[str, bytes | None] = {**{n: t.encode() for n, t in RECORD.files().items()},
                                      "briefings-records/index.json": index}
    with pytest.raises(ToolError, match=r"^gh-pages:2025\.01/briefings-records/index\.json: "):
        Manifest.read(files.get, "gh-pages:2025.01")


@pytest.mark.parametrize("records", [None, b"{broken", b"[1]"])
def test_a_missing_or_damaged_records_file_is_a_tool_error_naming_it(records: bytes | None) -> None:
    files: dict[str, bytes | None] = {n: t.encode() for n, t in RECORD.files().items()}
    name = next(n for n in files if n.count("/") == 3)
    files[name] = records
    with pytest.raises(ToolError, match=rf"^gh-pages:2025\.01/{re.escape(name)}: "):
        Manifest.read(files.get, "gh-pages:2025.01")


def test_one_edited_briefing_rewrites_its_own_record_file_only() -> None:
    def library(edited: str = "") -> Manifest:
        rels = [f"S{i % 3}/B {i}.md" for i in range(70)]
        return Manifest("2025.01", "T", "c", "p", briefings={
            rel: BriefingRecord(rel, rel, rel, "changed" if rel == edited else "d", claims=["a claim"] * 40)
            for rel in rels})

    before, after = library().files(), library("S1/B 34.md").files()
    assert len(before) == 2 + 70
    assert [name for name in before if before[name] != after[name]] == [
        name for name in before if "S1/B 34.md" in after[name] and name != "briefings-records/index.json"]
    assert Manifest.read(lambda name: after[name].encode(), "x") == library("S1/B 34.md")
