"""`cutie` and `python -m cutie_app`: headless commands, or the app window.

`cutie --help` lists the commands (and the window's options) without loading Qt.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

HEADLESS_COMMANDS = frozenset(
    {"generate", "chat", "models", "check", "export", "pack", "unpack", "rate", "flag", "adjust"}
)


def start_logging(*, headless: bool) -> None:
    """The rotating log in the data folder's logs/; uncaught errors from any thread go there.

    A headless command also prints one line naming the log when it crashes; the window shows
    the crash dialog instead (`run_gui` connects it). A log that cannot be opened (a read-only
    home, say) leaves Cutie running without one.
    """
    from cutie_app.core.system import logging_setup

    try:
        logging_setup.install()
    except OSError:
        return
    if headless:
        logging_setup.add_crash_listener(logging_setup.print_crash_line)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    asks_for_help = any(a in ("-h", "--help", "--version") for a in args)
    if args and (args[0] in HEADLESS_COMMANDS or args[0] in ("-h", "--help")):
        from cutie_app.cli import run

        if not asks_for_help:
            start_logging(headless=True)
        return run(args)
    # Start-up builds some 40,000 objects and almost no garbage: the cyclic collector ran about
    # 90 times over them (~15 ms) before the window could appear. It is off until the first
    # paint; then run_gui freezes what start-up made and turns it back on.
    gc.disable()
    try:
        from cutie_app.ui.app import run_gui

        if not asks_for_help:
            start_logging(headless=False)
        return run_gui(args)
    finally:
        gc.enable()  # the window never painted (--version, an error): on again all the same


if __name__ == "__main__":
    sys.exit(main())
