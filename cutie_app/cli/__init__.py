"""Headless commands over the same core services the GUI uses (studios script these).

Exit codes (stable, documented in the README):
  0  every variant delivered an image
  1  an internal error (a bug; the message says so)
  2  bad arguments, or a request refused before sending (nothing was billed)
  3  no API key, or the key or account was refused
  4  partial: some variants delivered, others were blocked or failed, or were delivered but
     could not be saved (their JSON line says "not_saved", why, and where the bytes were rescued)
  5  nothing delivered and saved (all blocked, failed or not saved)
  6  `cutie check`: the project has problems (the report says which); `cutie export`: some
     images could not be exported (each is a JSON line with "error"; the others were written)
  130 interrupted (Ctrl+C); finished variants are kept
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from cutie_app.cli import chat, generate, models, project
from cutie_app.cli.common import (
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_KEY,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_PROJECT_PROBLEMS,
    EXIT_USAGE,
    KEY_KINDS,
    UsageError,
    say,
)
from cutie_app.core.model.conversation import ConversationError
from cutie_app.core.model.errors import CutieError
from cutie_app.core.model.records import ProjectError

__all__ = ["EXIT_OK", "EXIT_PARTIAL", "EXIT_PROJECT_PROBLEMS", "build_parser", "run"]

#: One module per command (or group of commands); each adds its parsers with a `handler`.
COMMANDS = (generate, chat, models, project)


WINDOW_USAGE = """\
Without a command, cutie opens the window:
  cutie [--demo] [--project FOLDER] [--theme {system,light,dark}] [--version]

Exit codes: 0 all delivered, 1 internal error, 2 bad arguments or refused before sending,
3 no API key or the key was refused, 4 partial, 5 nothing delivered, 6 check/export problems,
130 interrupted."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cutie",
        description="Keep one character consistent across images made with Gemini image models.",
        epilog=WINDOW_USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")
    for module in COMMANDS:
        module.register(sub)
    return parser


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Parse and run one command; every expected failure becomes a message and an exit code."""
    args = build_parser().parse_args(list(argv))
    try:
        return int(args.handler(args, out, err))
    except UsageError as exc:
        err.write(f"cutie: {exc}\n")
        return EXIT_USAGE
    except ConversationError as exc:
        err.write(f"cutie: {exc}\n")
        return EXIT_USAGE
    except ProjectError as exc:
        err.write(f"cutie: {exc}\n")
        return EXIT_USAGE
    except CutieError as exc:
        say(err, exc.message)
        return EXIT_KEY if exc.message.kind in KEY_KINDS else EXIT_USAGE
    except KeyboardInterrupt:
        err.write("cutie: interrupted\n")
        return EXIT_INTERRUPTED
    except OSError as exc:
        err.write(f"cutie: {exc.strerror or exc} ({exc.filename or 'file'})\n")
        return EXIT_BUG
