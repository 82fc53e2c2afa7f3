"""Command-line entry point: parse arguments, dispatch to a command, catch errors in one place."""

from __future__ import annotations

import argparse
import importlib
import io
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TextIO

from briefings import __version__
from briefings.errors import BriefingsError, ExitCode

# verb -> module under briefings.commands; each module has HELP, add_arguments(parser) and run(args).
# Command modules keep their top-level imports light so that `briefings --help` starts fast.
COMMANDS = ("lint", "links", "build", "serve", "publish", "editions", "retire", "review", "new", "import", "hook")
_MODULES = {"import": "import_"}  # a verb that is a Python keyword


def _command(verb: str) -> ModuleType:
    return importlib.import_module(f"briefings.commands.{_MODULES.get(verb, verb)}")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with one subparser per verb."""
    parser = argparse.ArgumentParser(
        prog="briefings",
        description="Check, build and publish a versioned library of Markdown research briefings.",
        epilog="Exit codes: 0 ok, 1 findings (or a refused publish), 2 usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"briefings {__version__}")
    _add_common(parser, suppress=False)
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")
    for verb in COMMANDS:
        module = _command(verb)
        doc = (module.__doc__ or "").strip()
        child = sub.add_parser(verb, help=module.HELP, description=doc)
        _add_common(child, suppress=True)
        module.add_arguments(child)
    return parser


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments, a verb's files accepted after its options too: pre-commit runs `entry + args +
    files`, i.e. `briefings hook lint --root DIR a.md b.md`, where argparse has already matched the
    (empty) file list before `--root` and refuses the files after it as unrecognized."""
    args, extra = parser.parse_known_args(argv)
    trailing = _trailing_files(parser, args.verb) if extra and args.verb else None
    if trailing is None or any(word.startswith("-") and word != "-" for word in extra):
        return parser.parse_args(argv)  # argparse's own error for what is really unknown
    convert = trailing.type if callable(trailing.type) else str
    setattr(args, trailing.dest, [*(getattr(args, trailing.dest) or []), *map(convert, extra)])
    return args


def _trailing_files(parser: argparse.ArgumentParser, verb: str) -> argparse.Action | None:
    """The verb's list of files (a positional taking any number), if it has one."""
    for action in parser._actions:  # argparse keeps its subparsers here, with no public accessor
        if isinstance(action, argparse._SubParsersAction) and verb in action.choices:
            child = action.choices[verb]
            return next((a for a in child._actions if not a.option_strings and a.nargs in ("*", "+")), None)
    return None


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """--root and --debug are accepted before or after the verb."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--root", type=Path, default=default,
                        help="the library folder (default: the nearest folder with mkdocs.yml)")
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="show a traceback on errors")


class _ClosedPipeGuard(io.TextIOBase):
    """stdout that keeps working when its reader leaves (`briefings lint | head -1`).

    Why: a BrokenPipeError raised by a print would end the command before it returns the exit
    code the findings decide, so CI scripts would see success. Output after the reader left is
    dropped; the exit code is unchanged."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner
        self.reader_left = False

    def write(self, text: str) -> int:
        if not self.reader_left:
            try:
                self.inner.write(text)
            except BrokenPipeError:
                self.reader_left = True
        return len(text)

    def flush(self) -> None:
        if not self.reader_left:
            try:
                self.inner.flush()
            except BrokenPipeError:
                self.reader_left = True

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (a closed stdout pipe does not change it)."""
    guard = _ClosedPipeGuard(sys.stdout)
    sys.stdout = guard
    try:
        code = _main(argv)
        guard.flush()
    finally:
        sys.stdout = guard.inner
    if guard.reader_left:
        _silence_stdout()
    return code


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = _parse(parser, argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    if not args.verb:
        parser.print_help()
        return ExitCode.USAGE
    try:
        return int(_command(args.verb).run(args))
    except BriefingsError as exc:
        if args.debug:
            traceback.print_exc()
        _print_error(exc.message, exc.hint)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        _print_error("interrupted", "")
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns crashes into messages
        if args.debug:
            raise
        _print_error(f"internal error: {type(exc).__name__}: {exc}",
                     "run again with --debug for the traceback and report it")
        return ExitCode.USAGE


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # e.g. a test's captured stdout has no fd
        pass


def _print_error(message: str, hint: str) -> None:
    from briefings.terminal import label, shown

    print(f"{label('error:', sys.stderr)} {shown(message)}", file=sys.stderr)  # names and text from files
    if hint:
        print(f"  {label('hint:', sys.stderr)} {shown(hint)}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
