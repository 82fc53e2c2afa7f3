"""The preview's own pages: a save that broke the site, and the site still being read."""

from __future__ import annotations

from html import escape

from briefings.preview.problems import Problem

_STYLE = ("body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:2rem;color:#1d1d1f;background:#fff}"
          "main{max-width:46rem;margin:0 auto}h1{font-size:1.4rem;margin:0 0 1rem}"
          ".where{font:600 1rem ui-monospace,monospace;background:#fdecea;color:#8a1c12;padding:.4rem .6rem;"
          "border-radius:4px;display:inline-block;word-break:break-all}"
          ".message{font-family:ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}"
          ".hint{border-left:4px solid #3f51b5;padding:.2rem .8rem;background:#f3f4fb}"
          "@media (prefers-color-scheme:dark){body{background:#1e1f29;color:#e6e6e6}"
          ".where{background:#4a1d19;color:#ffd7d2}.hint{background:#272a3a}}")


def problem_page(problem: Problem, *, script: str) -> str:
    """The page shown instead of the site while a save is broken; it reloads after the next save."""
    return _page("Preview: fix this to see the page", (
        '<h1>The preview cannot show the site: fix this and save</h1>'
        f'<p class="where" data-preview-problem>{escape(problem.where)}</p>'
        f'<p class="message">{escape(problem.message)}</p>'
        f'<p class="hint"><strong>What to do:</strong> {escape(problem.hint)}</p>'
        "<p>This page reloads by itself after the next save.</p>"), script)


def starting_page(*, script: str) -> str:
    """The page shown while the preview reads the library for the first time."""
    return _page("Preview: reading the library", (
        "<h1>Reading the library…</h1><p>The first read of every page takes a while on a large library; "
        "after that a save shows up in about a second. This page reloads by itself.</p>"), script)


def _page(title: str, body: str, script: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<style>{_STYLE}</style></head><body><main>{body}</main>{script}</body></html>")
