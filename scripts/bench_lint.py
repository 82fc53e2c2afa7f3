#!/usr/bin/env python3
"""Benchmark `briefings lint`: speed against its targets, and claim detection on labelled sets.

    scripts/bench_lint.py [--count 2000] [--words 2000] [--corpus bullets|prose|both]
                          [--library DIR] [--skip-speed] [--skip-quality]

Speed, per corpus (synthetic libraries from scripts/make_library.py: `bullets`, lead-ins, lists,
tables and many footnotes; `prose`, about 2,000 words of running prose per briefing with few
footnotes; or an existing library with --library), printed as a table:
  - bare parse: one process parsing every file with plain `MarkdownIt("commonmark").enable("table")`;
  - cost: CPU of claim detection and of the built-in Vale engine against the CPU of the shared
    Markdown parse they both read (in one process; target <= 1x together);
  - cost: also the CPU of the other checks, for a profile of the whole path;
  - cold lint: `briefings lint` as a whole process, no lint cache, then again with no cache at all
    (front matter parsed afresh too) (target <= 10 s and <= 1.5x the bare parse, wall; the CPU of
    all processes is shown against the bare parse's CPU);
  - warm lint: again after one briefing changed, per-file results cached in .briefings-cache
    (target <= 2 s).
Wall times grow with the machine's load; CPU times (all processes) do not, so both are printed.

Quality: recall and precision on ../shared/datasets/briefing-dev (its score.py, plain and cited
variants; target >= 0.90 each), and precision, recall and F1 of `unsourced-assertion` with
`unattributed-quote` on ClaimBuster and CheckThat! 2024, each sentence linted as a one-paragraph
briefing (target F1 > 0.60). The datasets are read in place, never copied.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO.parent / "shared" / "datasets"
PYTHON = sys.executable
RULES = {"unsourced-assertion", "unattributed-quote"}
COST = """
import gc, json, sys, time
from pathlib import Path
from briefings import markdown, vale
from briefings.checks import registry
from briefings.library import Library
from briefings.linting import config_of
from briefings.linting.document import Document
library = Library.load(Path(sys.argv[1]))
config = config_of(library)
pages = library.pages
gc.disable()
clock = time.process_time
start = clock(); [markdown.tokens(b) for b in pages]; parse = clock() - start
docs = [Document(b, config.for_file(b)) for b in pages]
start = clock(); [d.blocks for d in docs]; blocks = clock() - start
start = clock(); [d.unsourced for d in docs]; claims = clock() - start
start = clock(); vale.check(library.project, pages); style = clock() - start
others = [c for c in registry() if c.id not in ("unsourced-assertion", "unattributed-quote")]
start = clock(); [list(c.run(d)) for d in docs for c in others]; rest = clock() - start
print(json.dumps({"parse": parse, "blocks": blocks, "claims": claims, "vale": style, "others": rest}))
"""


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall time, CPU time of it and its children) of a command (exit 0 or 1 accepted)."""
    from briefings.tools.process import run

    before = _children_cpu()
    start = time.perf_counter()
    result = run(args, cwd=cwd, check=False, timeout=1800)
    wall = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return wall, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_parse(library: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, MB) of one process parsing every Markdown file with plain markdown-it."""
    from markdown_it import MarkdownIt

    texts = [p.read_text(encoding="utf-8") for p in sorted((library / "docs").rglob("*.md"))]
    md = MarkdownIt("commonmark").enable("table")
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        md.parse(text)
    return time.perf_counter() - start, time.process_time() - cpu, sum(len(t.encode()) for t in texts) / 1e6


def speed(name: str, library: Path) -> list[tuple[str, str, str, str]]:
    """Rows (measure, wall, CPU, verdict) for one library."""
    from briefings.tools.process import run

    files = len(list((library / "docs").rglob("*.md")))
    wall, cpu, size = bare_parse(library)
    rows = [(f"{name}: {files} files, {size:.1f} MB; bare parse, 1 process", f"{wall:.2f}", f"{cpu:.2f}",
             "reference")]
    cost = json.loads(run([PYTHON, "-c", COST, str(library)], cwd=library, timeout=1800).stdout)
    claims = cost["blocks"] + cost["claims"]  # citation blocks are read for the claims
    share = (claims + cost["vale"]) / cost["parse"]
    rows.append((f"  claims {claims:.2f} s (blocks {cost['blocks']:.2f}) + Vale {cost['vale']:.2f} s CPU vs "
                 f"shared parse {cost['parse']:.2f} s (other checks {cost['others']:.2f} s)", "", f"{share:.2f}x",
                 _verdict(share <= 1.0)))
    lint = [PYTHON, "-m", "briefings", "--root", str(library), "lint", "--format", "json"]
    for label, folder in (("no lint cache", library / ".briefings-cache" / "lint"),
                          ("no caches at all, front matter too", library / ".briefings-cache")):
        if folder.exists():
            import shutil

            shutil.rmtree(folder)
        cold_wall, cold_cpu = timed(lint, library)
        rows.append((f"  briefings lint, cold ({label})", f"{cold_wall:.2f} = {cold_wall / wall:.2f}x",
                     f"{cold_cpu:.2f} = {cold_cpu / cpu:.2f}x", _verdict(cold_wall <= 10 and cold_wall <= 1.5 * wall)))
    changed = next(p for p in sorted((library / "docs").rglob("*.md")) if p.name != "index.md")
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line for the benchmark.\n",
                       encoding="utf-8")
    warm_wall, warm_cpu = timed(lint, library)
    rows.append(("  briefings lint, warm (one briefing changed)", f"{warm_wall:.2f}", f"{warm_cpu:.2f}",
                 _verdict(warm_wall <= 2)))
    return rows


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def quality() -> list[tuple[str, str, str, str]]:
    """Rows (set, recall, precision, F1 or verdict)."""
    rows = _briefing_dev()
    from briefings.linting import lint_text

    for path in sorted(DATASETS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            data = list(csv.DictReader(handle))
        flagged = [_flags(lint_text, row["text"]) for row in data]
        labels = [row["label"] == "1" for row in data]
        precision, recall, f1 = _scores(flagged, labels)
        rows.append((path.stem, f"{recall:.3f}", f"{precision:.3f}", f"F1 {f1:.3f} {_verdict(f1 > 0.60)}"))
        for group in sorted({row["source"] for row in data}):
            pairs = [(f, y) for f, y, row in zip(flagged, labels, data) if row["source"] == group]
            rate = sum(f for f, _ in pairs) / len(pairs)
            if len({y for _, y in pairs}) == 2:  # scores only mean something with both labels
                p, r, f = _scores([f for f, _ in pairs], [y for _, y in pairs])
                rows.append((f"  {group}", f"{r:.3f}", f"{p:.3f}", f"F1 {f:.3f}, flag rate {rate:.2f}"))
            else:
                rows.append((f"  {group}", "", "", f"flag rate {rate:.2f}"))
    return rows


def _briefing_dev() -> list[tuple[str, str, str, str]]:
    """briefing-dev scored by its own script with this checkout's `briefings` first on PATH."""
    score = DATASETS / "briefing-dev" / "score.py"
    if not score.is_file():
        return [("briefing-dev", "", "", "not found: skipped")]
    from briefings.tools.process import run

    env_path = f"{Path(PYTHON).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    out = run([PYTHON, str(score)], cwd=REPO, timeout=600, env={**os.environ, "PATH": env_path}).stdout
    totals = {"plain": [0, 0, 0], "cited": [0, 0, 0]}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 2 and parts[0] != "all" and "(tp" in line:
            tp, fp, fn = (int(parts[i].strip(",)")) for i in (-5, -3, -1))
            variant = totals["cited" if parts[0].endswith(".cited") else "plain"]
            variant[0] += tp
            variant[1] += fp
            variant[2] += fn
    rows = []
    for variant, (tp, fp, fn) in totals.items():
        recall, precision = tp / max(tp + fn, 1), tp / max(tp + fp, 1)
        rows.append((f"briefing-dev, {variant}", f"{recall:.3f}", f"{precision:.3f}",
                     _verdict(recall >= 0.9 and precision >= 0.9)))
    return rows


def _flags(lint_text: object, sentence: str) -> bool:
    text = "---\ntitle: Sentence\nstatus: draft\n---\n\n" + " ".join(sentence.split()) + "\n"
    return any(f.rule in RULES for f in lint_text(text))  # type: ignore[operator]


def _scores(flagged: list[bool], labels: list[bool]) -> tuple[float, float, float]:
    tp = sum(f and y for f, y in zip(flagged, labels))
    fp = sum(f and not y for f, y in zip(flagged, labels))
    fn = sum(y and not f for f, y in zip(flagged, labels))
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A plain-text table with aligned columns."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header, *rows]]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", type=Path, help="an existing library (default: generate the corpora)")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--corpus", choices=("bullets", "prose", "both"), default="both")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "scripts"))
    if not args.skip_speed:
        rows: list[tuple[str, ...]] = []
        with tempfile.TemporaryDirectory(prefix="bench-lint-") as tmp:
            if args.library:
                rows += speed(args.library.name, args.library.resolve())
            for style in () if args.library else ("bullets", "prose") if args.corpus == "both" else (args.corpus,):
                import make_library

                library = Path(tmp) / style
                make_library.write_library(library, args.count, args.words, seed=1, unsourced=0.02, style=style)
                rows += speed(style, library)
        print(table(("speed", "wall s", "CPU s", "target"), rows))
        print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall times grow with it)\n")
    if not args.skip_quality:
        print(table(("claim detection", "recall", "precision", "F1 / target"), quality()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
