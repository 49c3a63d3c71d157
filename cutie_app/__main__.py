"""`cutie` and `python -m cutie_app`: headless commands, or the app window.

`cutie --help` lists the commands (and the window's options) without loading Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

HEADLESS_COMMANDS = frozenset({"generate", "chat", "models", "check", "export", "pack", "unpack"})


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in HEADLESS_COMMANDS or args[0] in ("-h", "--help")):
        from cutie_app.cli import run

        return run(args)
    from cutie_app.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
