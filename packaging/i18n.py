#!/usr/bin/env python3
"""Translations of the window: extract the strings, compile them.

    python packaging/i18n.py update    # refresh resources/i18n/cutie_<code>.ts from cutie_app/ui and core
    python packaging/i18n.py compile   # resources/i18n/cutie_<code>.ts -> .qm (committed, shipped)

`build.py` compiles them again into build/i18n and refuses to build when a committed `.qm`
differs from its `.ts`.

Run with the Python that has PySide6 (the dev venv). `update` keeps every existing translation,
drops strings that vanished from the code and adds new ones as unfinished, for a
translator to fill in with Qt Linguist (`pyside6-linguist`) or any editor. `compile` leaves
unfinished strings out of the `.qm`, so the window shows them in English. Only strings wrapped in
`self.tr(...)`, `QCoreApplication.translate(context, ...)` or `QT_TRANSLATE_NOOP(context, ...)` are
found: the Qt-free core marks the sentences it says to the user with its own `QT_TRANSLATE_NOOP`
(`cutie_app/core/i18n.py`), and the window translates them when it shows them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The window's own strings, and the core's messages that the window shows.
SOURCES = (ROOT / "cutie_app" / "ui", ROOT / "cutie_app" / "core")
I18N = ROOT / "resources" / "i18n"
#: Language codes of the shipped translations (cutie_app/ui/i18n.py names them).
LANGUAGES = ("zh_CN", "zh_TW", "es", "id")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, or the Qt tool in PySide6's folder."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        raise SystemExit(
            "PySide6 is not installed for this Python: run it with the dev venv's python"
        ) from None
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"neither pyside6-{name} nor Qt's {name} was found")


def ts_file(language: str) -> Path:
    return I18N / f"cutie_{language}.ts"


def source_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    for language in LANGUAGES:
        target = ts_file(language).relative_to(ROOT)
        command = [
            tool("lupdate"),
            "-locations",
            "relative",
            "-no-obsolete",
            "-target-language",
            language,
            *sources,
        ]
        subprocess.run([*command, "-ts", str(target)], cwd=ROOT, check=True)


def compile_all(out: Path | None = None) -> list[Path]:
    """Compile every `.ts` into `out` (default: beside it); returns the `.qm` files written."""
    written = []
    for language in LANGUAGES:
        source = ts_file(language)
        if not source.is_file():
            raise SystemExit(f"{source.relative_to(ROOT)} is missing: run `python packaging/i18n.py update`")
        qm = (out or source.parent) / f"{source.stem}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("update", "compile"))
    parser.add_argument("--out", type=Path, help="compile into this folder instead (build checks)")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
        compile_all(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
