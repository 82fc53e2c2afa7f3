"""`briefings serve --live`: a preview of the work tree that shows a save in about a second.

MkDocs runs in this process (`session`), a watcher (`watch`) hands each save to `live.Preview`,
which re-reads only what the save changed; open pages long-poll `/_preview/events` and reload
when their page changed, and mark the lint findings of the page (`overlay`, preview only).
"""

from __future__ import annotations

import errno
import signal
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.config import Project
from briefings.errors import UsageError
from briefings.terminal import shown

if TYPE_CHECKING:
    from briefings.preview.live import Preview
    from briefings.preview.server import PreviewServer


_STOPS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))  # SIGHUP: the
# terminal was closed; either way the temporary site is removed on the way out


def run(project: Project, *, host: str, port: int) -> int:
    """Serve the preview until Ctrl-C, SIGTERM or SIGHUP; returns 0 when stopped that way."""
    from briefings.preview.live import Preview
    from briefings.preview.session import quiet_mkdocs
    from briefings.preview.watch import Watcher

    quiet_mkdocs()
    with tempfile.TemporaryDirectory(prefix="briefings-preview-", ignore_cleanup_errors=True) as site_dir:
        preview = Preview(project, Path(site_dir))
        server = _bind(host, port, preview)
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda _s, _f: _stop(server, stop)) for sig in _STOPS}
        watcher = Watcher(project.root, preview.on_change, watched_folders(project))
        thread = threading.Thread(target=server.serve_forever, name="briefings-preview-http", daemon=True)
        try:
            thread.start()
            print(shown(f"serving a live preview of {project.root} on http://{host}:{server.server_address[1]}/ "
                        "(Ctrl-C stops)"), flush=True)
            watcher.start()
            threading.Thread(target=_load, args=(preview,), name="briefings-preview-load", daemon=True).start()
            threading.Thread(target=preview.warm, args=(stop,), name="briefings-preview-warm", daemon=True).start()
            stop.wait()
        except KeyboardInterrupt:
            pass
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            watcher.stop()
            preview.notifier.release()
            _stop(server, stop)
            thread.join(timeout=10)
            server.server_close()
    print("preview: stopped", flush=True)
    return 0


def watched_folders(project: Project) -> list[tuple[Path, bool]]:
    """(folder, recursive): the Markdown sources, the library root's own files (mkdocs.yml,
    pyproject.toml, .vale.ini), the Vale styles and a theme's custom_dir inside the library."""
    folders = [(project.docs_dir, True), (project.root, False), (project.root / "styles", True)]
    if project.theme_dir is not None:
        folders.append((project.theme_dir, True))
    return folders


def _load(preview: Preview) -> None:
    preview.start()
    print("preview: ready; a save shows up in the open page by itself", flush=True)


def _bind(host: str, port: int, preview: Preview) -> PreviewServer:
    from briefings.preview.server import PreviewServer

    try:
        return PreviewServer((host, port), preview)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {port} on {host} is already in use",
                             hint=f"stop the program using it, or choose another port: --port {port + 1}") from None
        raise UsageError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


def _stop(server: PreviewServer, stop: threading.Event) -> None:
    """Stop serving (from a signal handler too: shutdown() runs in its own thread)."""
    if not stop.is_set():
        stop.set()
        threading.Thread(target=server.shutdown, daemon=True).start()
