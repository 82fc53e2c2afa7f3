"""Small SVG charts made at build time (files of the site: no script, nothing fetched)."""

from __future__ import annotations

from html import escape

WIDTH = 640
LABEL = 200  # room for the names on the left
ROW = 28
BAR = "#3f51b5"
EMPTY = "#9e9e9e33"
TEXT = "#757575"  # readable on light and dark backgrounds


def bars(rows: list[tuple[str, float | None, str]], *, title: str) -> str:
    """Horizontal bars from 0 to 100%: (name, share or None, value text) per row."""
    span = WIDTH - LABEL - 120
    height = 34 + ROW * len(rows)
    out = [_open(height, title)]
    for i, (name, value, text) in enumerate(rows):
        y = 30 + i * ROW
        out.append(f'<text x="{LABEL - 8}" y="{y + 14}" text-anchor="end">{escape(_short(name))}</text>')
        out.append(f'<rect x="{LABEL}" y="{y}" width="{span}" height="18" fill="{EMPTY}"/>')
        if value is not None:
            out.append(f'<rect x="{LABEL}" y="{y}" width="{span * value:.1f}" height="18" fill="{BAR}"/>')
        out.append(f'<text x="{LABEL + span + 8}" y="{y + 14}">{escape(text)}</text>')
    out.append("</svg>\n")
    return "\n".join(out)


def lines(points: list[tuple[str, float]], *, title: str) -> str:
    """A line chart of shares (0..1) over named points (editions, oldest first)."""
    height, top, bottom, left, right = 260, 30, 200, 60, WIDTH - 20
    out = [_open(height, title)]
    for pct in (0, 25, 50, 75, 100):
        y = bottom - (bottom - top) * pct / 100
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{EMPTY}"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{pct}%</text>')
    step = (right - left) / max(len(points) - 1, 1)
    coords = []
    for i, (name, value) in enumerate(points):
        x = left + step * i if len(points) > 1 else (left + right) / 2
        y = bottom - (bottom - top) * value
        coords.append(f"{x:.1f},{y:.1f}")
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{BAR}"><title>{escape(name)}: '
                   f"{100 * value:.0f}%</title></circle>")
        out.append(f'<text x="{x:.1f}" y="{bottom + 18}" text-anchor="middle">{escape(_short(name, 12))}</text>')
        out.append(f'<text x="{x:.1f}" y="{y - 9:.1f}" text-anchor="middle">{100 * value:.0f}%</text>')
    if len(coords) > 1:
        out.insert(1, f'<polyline points="{" ".join(coords)}" fill="none" stroke="{BAR}" stroke-width="2"/>')
    out.append("</svg>\n")
    return "\n".join(out)


def _open(height: int, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="13" fill="{TEXT}" '
            f'role="img" aria-label="{escape(title, quote=True)}">\n<title>{escape(title)}</title>\n'
            f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>')


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
