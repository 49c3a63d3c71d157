"""Project commands: `cutie check`, `export`, `pack` and `unpack`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cutie_app.cli.common import EXIT_OK, EXIT_PROJECT_PROBLEMS, UsageError, emit
from cutie_app.core.services.export import report_rows
from cutie_app.core.services.projects import PackError, opened_project, pack_project, unpack_project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser("check", help="check a project's database and files; exit 6 on problems")
    check.add_argument("project", type=Path)
    check.set_defaults(handler=_check)

    export = sub.add_parser("export", help="export a project's images with their recipes embedded")
    export.add_argument("project", type=Path)
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument(
        "--selection",
        choices=("all", "picks", "rated"),
        default="all",
        help="all images, picks only, or rated (1+ stars)",
    )
    export.set_defaults(handler=_export)

    pack = sub.add_parser("pack", help="write a whole project into one .cutiepack file")
    pack.add_argument("project", type=Path)
    pack.add_argument("--out", type=Path, required=True, metavar="FILE")
    pack.set_defaults(handler=_pack)

    unpack = sub.add_parser("unpack", help="import a .cutiepack as a new project folder")
    unpack.add_argument("pack", type=Path)
    unpack.add_argument(
        "--into", type=Path, required=True, metavar="DIR", help="the folder to create the project in"
    )
    unpack.add_argument("--name", help="the new project's folder name (default: the pack's project name)")
    unpack.set_defaults(handler=_unpack)


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with opened_project(args.project) as project:
        recovery = project.recovery
        report = project.check()
    for name in recovery.recovered:
        out.write(f"recovered: {name}\n")
    for name in recovery.removed_temp:
        out.write(f"removed unfinished temp file: {name}\n")
    out.write(report.text().rstrip() + "\n")
    return EXIT_OK if report.ok else EXIT_PROJECT_PROBLEMS


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """One JSON line per image; an image that could not be exported is a line with "error"."""
    folder: Path = args.out
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"Cannot create the output folder {folder}: {exc}") from exc
    with opened_project(args.project) as project:
        report = project.export(folder, selection=args.selection)
    for row in report_rows(report):
        emit(out, row)
    for problem in report.problems:
        err.write(f"cutie: image #{problem.image_id} not exported: {problem.message}\n")
    return EXIT_OK if report.ok else EXIT_PROJECT_PROBLEMS


def _pack(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        path = pack_project(args.project, args.out)
    except PackError as exc:
        raise UsageError(str(exc)) from exc
    emit(out, {"pack": str(path), "bytes": path.stat().st_size})
    return EXIT_OK


def _unpack(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        folder = unpack_project(args.pack, args.into, name=args.name)
    except PackError as exc:
        raise UsageError(str(exc)) from exc
    emit(out, {"project": str(folder)})
    return EXIT_OK
