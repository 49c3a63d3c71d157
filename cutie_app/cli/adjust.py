"""`cutie adjust`: exact local adjustments (no AI) on image files, or saved as a look."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from cutie_app.cli.common import EXIT_NONE, EXIT_OK, EXIT_PARTIAL, UsageError, emit
from cutie_app.core.imaging.lut import CubeLut, LutError
from cutie_app.core.model.adjustments import (
    Adjustment,
    AdjustmentError,
    AdjustmentStack,
    Brightness,
    Contrast,
    Curves,
    Exposure,
    Grain,
    Levels,
    Look,
    Saturation,
    Tint,
    Vignette,
    Warmth,
)
from cutie_app.core.services.adjust import (
    AdjustBatchError,
    BatchProgress,
    FileOutcome,
    ItemStatus,
    adjust_files,
    colour_match_step,
    luts_for_files,
    read_look_file,
    write_look_file,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "adjust",
        help="apply exact local adjustments (brightness, LUT, ...) to image files",
        description=(
            "Render the same adjustments onto every image: identical pixels on every run, no AI, "
            "no cost. Steps given as options run in the order listed below, after a --look."
        ),
    )
    p.add_argument("images", nargs="*", type=Path, help="image files to adjust")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder for the adjusted images (same names)")
    p.add_argument("--overwrite", action="store_true", help="replace files that exist in --out")
    p.add_argument(
        "--workers", type=int, metavar="N", help="processes to use (default: one per core, up to 4)"
    )
    p.add_argument("--look", type=Path, metavar="FILE", help="a saved look (.json) to apply first")
    p.add_argument(
        "--look-amount", type=float, metavar="A", help="the look's strength, 0-2 (default: as saved)"
    )
    p.add_argument("--save-look", type=Path, metavar="FILE", help="save these adjustments as a look file")
    p.add_argument("--look-name", metavar="NAME", help="the saved look's name (default: the file name)")

    steps = p.add_argument_group("steps")
    steps.add_argument("--exposure", type=float, metavar="EV", help="exposure in stops, -5 to 5")
    steps.add_argument(
        "--brightness", type=float, metavar="F", help="factor; identical to Pillow's ImageEnhance.Brightness"
    )
    steps.add_argument("--contrast", type=float, metavar="F", help="factor around mid-grey (1 = unchanged)")
    steps.add_argument(
        "--levels", metavar="B,W[,G]", help="input black and white point on 0-1, optional midtone gamma"
    )
    steps.add_argument("--curve", metavar="X,Y ...", help='tone curve points on 0-1, e.g. "0,0 0.5,0.6 1,1"')
    steps.add_argument(
        "--saturation", type=float, metavar="F", help="factor; identical to ImageEnhance.Color"
    )
    steps.add_argument("--warmth", type=float, metavar="W", help="-1 (cooler) to 1 (warmer)")
    steps.add_argument("--tint", type=float, metavar="T", help="-1 (greener) to 1 (more magenta)")
    steps.add_argument("--lut", type=Path, metavar="FILE.cube", help="a 1D or 3D .cube lookup table")
    steps.add_argument("--lut-amount", type=float, default=1.0, metavar="S", help="LUT strength, 0-1")
    steps.add_argument("--match-to", type=Path, metavar="IMAGE", help="move colours toward this image's")
    steps.add_argument("--match-strength", type=float, default=1.0, metavar="S", help="colour match, 0-1")
    steps.add_argument("--vignette", type=float, metavar="A", help="-1 (lighter) to 1 (darker corners)")
    steps.add_argument("--vignette-midpoint", type=float, default=0.5, metavar="M", help="0-0.95")
    steps.add_argument("--grain", type=float, metavar="AMOUNT", help="film grain, 0-1")
    steps.add_argument("--grain-seed", type=int, default=0, metavar="N", help="same seed, same grain")
    p.set_defaults(handler=_adjust)


def _adjust(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.images and args.save_look is None:
        raise UsageError("Name the images to adjust (and --out DIR), or --save-look FILE.")
    if args.images and args.out is None:
        raise UsageError("Say where the adjusted images go: --out DIR.")
    missing = [str(p) for p in args.images if not p.is_file()]
    if missing:
        raise UsageError(f"Image not found: {', '.join(missing)}")
    try:
        stack, luts, lut_data, look = _stack(args)
    except (AdjustmentError, AdjustBatchError, LutError) as exc:
        raise UsageError(str(exc)) from exc
    if not stack.steps:
        raise UsageError("Say what to change: a step such as --brightness 0.85, or --look FILE.")

    if args.save_look is not None:
        name = args.look_name or (look.name if look else _look_name(args.save_look))
        try:
            saved = Look(name, stack)
            write_look_file(args.save_look, saved, lut_data)
        except (AdjustmentError, AdjustBatchError) as exc:
            raise UsageError(str(exc)) from exc
        emit(out, {"look": str(args.save_look), "name": saved.name, "steps": len(stack.steps)})
    if not args.images:
        return EXIT_OK

    def report(progress: BatchProgress[FileOutcome]) -> None:
        emit(out, _row(progress.outcome))

    try:
        outcomes = adjust_files(
            args.images,
            stack,
            args.out,
            luts=luts,
            workers=args.workers,
            overwrite=args.overwrite,
            on_progress=report,
        )
    except AdjustBatchError as exc:
        raise UsageError(str(exc)) from exc
    written = sum(o.status is ItemStatus.WRITTEN for o in outcomes)
    if written == len(outcomes):
        return EXIT_OK
    return EXIT_PARTIAL if written else EXIT_NONE


def _look_name(path: Path) -> str:
    name = path.name
    for suffix in (".look.json", ".json"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return name


def _stack(
    args: argparse.Namespace,
) -> tuple[AdjustmentStack, dict[str, CubeLut], dict[str, bytes], Look | None]:
    """The stack the options describe: the look's steps (at its amount), then each option's step."""
    steps: list[Adjustment] = []
    luts: dict[str, CubeLut] = {}
    lut_data: dict[str, bytes] = {}
    look: Look | None = None
    if args.look is not None:
        loaded = read_look_file(args.look)
        look = loaded.look
        amount = look.amount if args.look_amount is None else args.look_amount
        steps.extend(look.stack.scaled(amount).steps)
        luts.update(loaded.luts)
        lut_data.update(loaded.lut_data)
    elif args.look_amount is not None:
        raise UsageError("--look-amount needs --look FILE.")
    if args.exposure is not None:
        steps.append(Exposure(args.exposure))
    if args.brightness is not None:
        steps.append(Brightness(args.brightness))
    if args.contrast is not None:
        steps.append(Contrast(args.contrast))
    if args.levels is not None:
        steps.append(_levels(args.levels))
    if args.curve is not None:
        steps.append(Curves(points=_curve_points(args.curve)))
    if args.saturation is not None:
        steps.append(Saturation(args.saturation))
    if args.warmth is not None:
        steps.append(Warmth(args.warmth))
    if args.tint is not None:
        steps.append(Tint(args.tint))
    if args.lut is not None:
        tables, data, lut_steps = luts_for_files([args.lut])
        luts.update(tables)
        lut_data.update(data)
        _check_unit(args.lut_amount, "--lut-amount")
        steps.extend(replace(s, amount=args.lut_amount) for s in lut_steps)
    if args.match_to is not None:
        _check_unit(args.match_strength, "--match-strength")
        try:
            data_bytes = args.match_to.read_bytes()
        except OSError as exc:
            raise UsageError(f"Cannot read {args.match_to}: {exc.strerror or exc}.") from exc
        steps.append(colour_match_step(data_bytes, args.match_strength, label=str(args.match_to)))
    if args.vignette is not None:
        steps.append(Vignette(args.vignette, midpoint=args.vignette_midpoint))
    if args.grain is not None:
        steps.append(Grain(args.grain, seed=args.grain_seed))
    return AdjustmentStack(tuple(steps)), luts, lut_data, look


def _check_unit(value: float, option: str) -> None:
    if not 0.0 <= value <= 1.0:
        raise UsageError(f"{option} must be between 0 and 1, not {value:g}.")


def _levels(text: str) -> Levels:
    parts = _floats(text.replace(",", " ").split(), "--levels")
    if len(parts) not in (2, 3):
        raise UsageError("--levels takes BLACK,WHITE or BLACK,WHITE,GAMMA (e.g. 0.05,0.95,1.1).")
    return Levels(black=parts[0], white=parts[1], gamma=parts[2] if len(parts) == 3 else 1.0)


def _curve_points(text: str) -> tuple[tuple[float, float], ...]:
    points: list[tuple[float, float]] = []
    for pair in text.split():
        xy = _floats(pair.split(","), "--curve")
        if len(xy) != 2:
            raise UsageError(
                f'--curve takes X,Y pairs separated by spaces (e.g. "0,0 0.5,0.6 1,1"), not {pair!r}.'
            )
        points.append((xy[0], xy[1]))
    return tuple(points)


def _floats(parts: Sequence[str], option: str) -> list[float]:
    try:
        return [float(p) for p in parts if p]
    except ValueError:
        raise UsageError(f"{option}: {' '.join(parts)!r} is not a list of numbers.") from None


def _row(outcome: FileOutcome) -> dict[str, Any]:
    return {
        "source": str(outcome.source),
        "status": outcome.status.value,
        "file": str(outcome.output) if outcome.output else None,
        "width": outcome.width,
        "height": outcome.height,
        "notes": list(outcome.notes),
        "message": outcome.message or None,
    }
