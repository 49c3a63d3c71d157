"""`cutie adjust`: exact local adjustments (no AI) on image files or project images, or saved as a look.

On files, the adjusted copies go into `--out`. On a project (`--project P --selection ...`),
each adjusted image is a new version in the project, a child of its source with the stack in
its recipe; the source stays.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from cutie_app.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_NONE,
    EXIT_OK,
    EXIT_PARTIAL,
    UsageError,
    add_common,
    emit,
    exit_for,
    open_engine,
    say,
)
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
    Lut,
    Saturation,
    Tint,
    Vignette,
    Warmth,
)
from cutie_app.core.services.adjust import (
    AdjustBatchError,
    BatchProgress,
    DevelopOutcome,
    FileOutcome,
    ItemStatus,
    LookFile,
    adjust_files,
    anchor_colour_match,
    colour_match_step,
    develop_images,
    luts_for_files,
    project_luts,
    read_look_file,
    write_look_file,
)
from cutie_app.core.services.adjust_ai import plan_effect, run_effect
from cutie_app.core.services.adjust_project import (
    ProjectAdjustStore,
    opened_adjust_project,
    select_image_ids,
    user_looks,
)
from cutie_app.core.services.projects import opened_project
from cutie_app.core.services.saving import SavedVariant
from cutie_app.core.system.settings import load_settings


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
    p.add_argument("--project", type=Path, metavar="P", help="adjust this project's images into new versions")
    p.add_argument(
        "--selection",
        metavar="WHICH",
        help="with --project: picks, rated (1+ stars), all, or image ids such as 3,7,12",
    )
    p.add_argument("--overwrite", action="store_true", help="replace files that exist in --out")
    ai = p.add_argument_group(
        "with the model (for effects that are not global tone changes; billed)",
        "With --project and --selection: each selected image gets N variants that apply the change "
        "the approved image --like ID shows against the image it was made from, measured in numbers.",
    )
    ai.add_argument("--like", type=int, metavar="ID", help="the approved result (a version of another image)")
    ai.add_argument("--variants", type=int, default=2, metavar="N", help="variants per image (default 2)")
    ai.add_argument("--model", metavar="ID", help="the image model (default: the catalogue's)")
    ai.add_argument("--budget-cap", type=float, metavar="USD", help="refuse if the estimate is above this")
    add_common(p)
    p.add_argument(
        "--workers", type=int, metavar="N", help="processes to use (default: one per core, up to 4)"
    )
    p.add_argument(
        "--look",
        metavar="NAME|FILE",
        help="a look to apply first: a look file, or a saved look's name (the project's, then yours)",
    )
    p.add_argument(
        "--look-amount", type=float, metavar="A", help="the look's strength, 0-2 (default: as saved)"
    )
    p.add_argument("--save-look", type=Path, metavar="FILE", help="save these adjustments as a look file")
    p.add_argument("--look-name", metavar="NAME", help="the saved look's name (default: the file name)")
    p.add_argument(
        "--keep-look",
        metavar="NAME",
        help="keep these adjustments as a named look: in the project with --project, else in your looks",
    )

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
    steps.add_argument(
        "--match-anchor", action="store_true", help="with --project: move colours toward the anchor's"
    )
    steps.add_argument("--match-strength", type=float, default=1.0, metavar="S", help="colour match, 0-1")
    steps.add_argument("--vignette", type=float, metavar="A", help="-1 (lighter) to 1 (darker corners)")
    steps.add_argument("--vignette-midpoint", type=float, default=0.5, metavar="M", help="0-0.95")
    steps.add_argument("--grain", type=float, metavar="AMOUNT", help="film grain, 0-1")
    steps.add_argument("--grain-seed", type=int, default=0, metavar="N", help="same seed, same grain")
    p.set_defaults(handler=_adjust)


def _adjust(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.project is not None:
        return _adjust_project(args, out, err)
    if args.like is not None:
        raise UsageError("--like needs --project P and --selection.")
    if args.selection is not None:
        raise UsageError("--selection needs --project P.")
    if args.match_anchor:
        raise UsageError("--match-anchor needs --project P (the anchor is the project's).")
    if not args.images and args.save_look is None and args.keep_look is None:
        raise UsageError("Name the images to adjust (and --out DIR), or --save-look FILE.")
    if args.images and args.out is None:
        raise UsageError("Say where the adjusted images go: --out DIR.")
    missing = [str(p) for p in args.images if not p.is_file()]
    if missing:
        raise UsageError(f"Image not found: {', '.join(missing)}")
    try:
        stack, luts, lut_data, look = _stack(args, _find_look(args.look, None) if args.look else None)
    except (AdjustmentError, AdjustBatchError, LutError) as exc:
        raise UsageError(str(exc)) from exc
    if not stack.steps:
        raise UsageError("Say what to change: a step such as --brightness 0.85, or --look FILE.")

    _save_looks(args, out, stack, lut_data, look, None)
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
    return _exit_code(sum(o.status is ItemStatus.WRITTEN for o in outcomes), len(outcomes))


def _adjust_project(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Each selected image gets a new version: a child of its source, the stack in its recipe."""
    if args.like is not None:
        return _adjust_with_model(args, out, err)
    if args.images:
        raise UsageError("Give either image files or --project P, not both.")
    if args.out is not None or args.overwrite:
        raise UsageError("With --project the adjusted images go into the project; drop --out.")
    if args.save_look is not None:
        raise UsageError("With --project, keep a look in the project with --keep-look NAME.")
    if args.selection is None:
        raise UsageError("Say which images to adjust: --selection picks, rated, all or ids (3,7,12).")
    with opened_adjust_project(args.project) as store:
        try:
            image_ids = select_image_ids(store, args.selection)
            found = _find_look(args.look, store) if args.look else None
            stack, _luts, lut_data, look = _stack(args, found)
            if args.match_anchor:
                _check_unit(args.match_strength, "--match-strength")
                stack = stack.add(anchor_colour_match(store, args.match_strength))
            for data in lut_data.values():
                store.save_lut(data, "")
        except (AdjustmentError, AdjustBatchError, LutError) as exc:
            raise UsageError(str(exc)) from exc
        except OSError as exc:
            raise UsageError(f"Cannot keep the LUT in the project: {exc.strerror or exc}.") from exc
        if not stack.steps:
            raise UsageError("Say what to change: a step such as --brightness 0.85, or --look NAME.")
        _save_looks(args, out, stack, lut_data, look, store)
        if not image_ids:
            emit(out, {"selection": args.selection, "images": 0})
            return EXIT_NONE
        applied = None
        if look is not None and stack == look.applied():
            applied = look  # the recipe names the look and its amount

        def report(progress: BatchProgress[DevelopOutcome]) -> None:
            emit(out, _project_row(store, progress.outcome))

        try:
            outcomes = develop_images(
                store,
                image_ids,
                stack,
                look=applied,
                workers=args.workers,
                on_progress=report,
            )
        except AdjustBatchError as exc:
            raise UsageError(str(exc)) from exc
    return _exit_code(sum(o.status is ItemStatus.WRITTEN for o in outcomes), len(outcomes))


def _adjust_with_model(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """N variants per selected image, each asked to repeat the approved change, no more."""
    if args.images or args.out is not None:
        raise UsageError("--like works on project images: give --project P and --selection, not files.")
    if args.selection is None:
        raise UsageError("Say which images to change: --selection picks, rated, all or ids (3,7,12).")
    cap = args.budget_cap if args.budget_cap is not None else load_settings().budget_cap_usd
    with contextlib.ExitStack() as stack:
        project = stack.enter_context(opened_project(args.project))
        store = ProjectAdjustStore.of(project)
        try:
            image_ids = [i for i in select_image_ids(store, args.selection) if i != args.like]
        except AdjustBatchError as exc:
            raise UsageError(str(exc)) from exc
        if not image_ids:
            raise UsageError("The selection holds no image other than the approved one.")
        engine = stack.enter_context(open_engine(args))
        try:
            effect, plans = plan_effect(
                engine,
                store,
                args.like,
                image_ids,
                args.variants,
                model=args.model,
                budget_cap_usd=cap or None,
            )
        except AdjustBatchError as exc:
            raise UsageError(str(exc)) from exc
        exact = effect.exact_alternative
        emit(
            out,
            {
                "approved": effect.approved.id,
                "original": effect.original.id,
                "effect": effect.description,
                "exact_local_steps": exact.to_dict()["steps"] if exact is not None else None,
            },
        )
        if exact is not None:
            err.write(
                f"cutie: image #{effect.approved.id} was made with local adjustments (exact_local_steps); "
                "those steps repeat it exactly, without the model\n"
            )
        for notice in plans[0][1].notices if plans else ():
            say(err, notice)
        total = sum(p.cost_usd or 0.0 for _, p in plans)
        err.write(f"cutie: {len(plans)} image(s) × {args.variants} variant(s): about ${total:.2f}\n")

        def report(target_id: int) -> Callable[[SavedVariant], None]:
            def row(saved: SavedVariant) -> None:
                variant = saved.variant
                emit(
                    out,
                    {
                        "target_id": target_id,
                        "variant": variant.index + 1,
                        "status": "not_saved" if saved.lost else variant.status.value,
                        "image_ids": list(saved.image_ids),
                        "cost_usd": variant.recipe.cost_usd,
                        "message": str(variant.error) if variant.error else None,
                    },
                )

            return row

        results = []
        for target_id, plan in plans:
            result = run_effect(engine, project, [(target_id, plan)], on_saved=report(target_id))
            results.extend(result)
            if result and result[-1][1].interrupted:
                err.write("cutie: interrupted; the variants that arrived were kept\n")
                return EXIT_INTERRUPTED
    delivered = sum(r.delivered for _, r in results)
    errors = [s.variant.error for _, r in results for s in r.saved]
    return exit_for(delivered, sum(len(r.saved) for _, r in results), errors)


def _exit_code(written: int, total: int) -> int:
    if written == total:
        return EXIT_OK
    return EXIT_PARTIAL if written else EXIT_NONE


def _find_look(text: str, store: ProjectAdjustStore | None) -> LookFile:
    """A look by name (the project's first, then the user's), or else a look file."""
    if store is not None:
        for look in store.looks():
            if look.name == text:
                luts = {s.sha256 for s in look.stack.steps if isinstance(s, Lut)}
                data = {sha: d for sha in luts if (d := store.lut_data(sha)) is not None}
                return LookFile(look, project_luts(store, look.stack), data)
    library = user_looks()
    if text in library.names():
        return library.load(text)
    path = Path(text)
    if path.is_file():
        return read_look_file(path)
    where = "in the project, in your looks" if store is not None else "in your looks"
    raise AdjustmentError(f"There is no look called “{text}” {where}, and no such look file.")


def _save_looks(
    args: argparse.Namespace,
    out: TextIO,
    stack: AdjustmentStack,
    lut_data: dict[str, bytes],
    look: Look | None,
    store: ProjectAdjustStore | None,
) -> None:
    """--save-look FILE writes a look file; --keep-look NAME keeps it in the project or for the user."""
    try:
        if args.save_look is not None:
            name = args.look_name or (look.name if look else _look_name(args.save_look))
            saved = Look(name, stack)
            write_look_file(args.save_look, saved, lut_data)
            emit(out, {"look": str(args.save_look), "name": saved.name, "steps": len(stack.steps)})
        if args.keep_look is not None:
            kept = Look(args.keep_look, stack)
            if store is not None:
                store.save_look(kept)
                emit(out, {"look": kept.name, "kept_in": "project", "steps": len(stack.steps)})
            else:
                path = user_looks().save(kept, lut_data)
                emit(out, {"look": kept.name, "kept_in": str(path), "steps": len(stack.steps)})
    except (AdjustmentError, AdjustBatchError) as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"Cannot save the look: {exc.strerror or exc}.") from exc


def _project_row(store: ProjectAdjustStore, outcome: DevelopOutcome) -> dict[str, Any]:
    image = outcome.image
    return {
        "source_id": outcome.source_id,
        "status": outcome.status.value,
        "image_id": image.id if image else None,
        "file": str(store.image_path(image)) if image else None,
        "width": image.width if image else None,
        "height": image.height if image else None,
        "notes": list(outcome.notes),
        "message": outcome.message or None,
    }


def _look_name(path: Path) -> str:
    name = path.name
    for suffix in (".look.json", ".json"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return name


def _stack(
    args: argparse.Namespace, loaded: LookFile | None
) -> tuple[AdjustmentStack, dict[str, CubeLut], dict[str, bytes], Look | None]:
    """The stack the options describe: the look's steps (at its amount), then each option's step.

    The look is returned at the amount used.
    """
    steps: list[Adjustment] = []
    luts: dict[str, CubeLut] = {}
    lut_data: dict[str, bytes] = {}
    look: Look | None = None
    if loaded is not None:
        look = loaded.look
        if args.look_amount is not None:
            look = Look(look.name, look.stack, args.look_amount)
        steps.extend(look.applied().steps)
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
