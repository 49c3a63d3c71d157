"""Culling commands for scripts: `cutie rate PROJECT IDS --stars N`, `cutie flag PROJECT IDS --pick`.

One JSON line per image: its new flag and rating, or "error" when the project has no such
image (the others are still changed; the exit code is then 6).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cutie_app.cli.common import EXIT_OK, EXIT_PROJECT_PROBLEMS, UsageError, emit
from cutie_app.core.services.culling import CullResult, Flag, flag_images, parse_ids, rate_images
from cutie_app.core.services.projects import opened_project

IDS_HELP = "image ids: 12, a list 12,14 or a range 20-24 (as many as you like)"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rate = sub.add_parser("rate", help="rate images 0-5 stars (0 clears); exit 6 if an id is unknown")
    rate.add_argument("project", type=Path)
    rate.add_argument("ids", nargs="+", metavar="IDS", help=IDS_HELP)
    rate.add_argument("--stars", type=int, required=True, choices=range(0, 6), metavar="N", help="0-5")
    rate.set_defaults(handler=_rate)

    flag = sub.add_parser("flag", help="pick, reject or unflag images; exit 6 if an id is unknown")
    flag.add_argument("project", type=Path)
    flag.add_argument("ids", nargs="+", metavar="IDS", help=IDS_HELP)
    which = flag.add_mutually_exclusive_group(required=True)
    which.add_argument("--pick", dest="flag", action="store_const", const=Flag.PICK, help="flag as a pick")
    which.add_argument(
        "--reject", dest="flag", action="store_const", const=Flag.REJECT, help="flag as a reject"
    )
    which.add_argument("--clear", dest="flag", action="store_const", const=Flag.NONE, help="remove the flag")
    flag.set_defaults(handler=_flag)


def _ids(args: argparse.Namespace) -> list[int]:
    try:
        return parse_ids(args.ids)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def _rate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    ids = _ids(args)
    with opened_project(args.project) as project:
        results = rate_images(project, ids, args.stars)
    return _report(results, out, err)


def _flag(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    ids = _ids(args)
    with opened_project(args.project) as project:
        results = flag_images(project, ids, args.flag)
    return _report(results, out, err)


def _report(results: list[CullResult], out: TextIO, err: TextIO) -> int:
    for result in results:
        emit(out, result.row())
        if not result.ok:
            err.write(f"cutie: image #{result.image_id} not changed: {result.error}\n")
    return EXIT_OK if all(r.ok for r in results) else EXIT_PROJECT_PROBLEMS
