"""`cutie generate`: N variants into a folder or a project."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any, TextIO

from cutie_app.cli.common import (
    UsageError,
    add_common,
    add_image_options,
    emit,
    exit_for_result,
    load_spec,
    open_engine,
    parse_ref,
    say,
)
from cutie_app.core.model.validation import MAX_VARIANTS
from cutie_app.core.services import generate as gen
from cutie_app.core.services.projects import opened_project
from cutie_app.core.services.saving import SavedVariant
from cutie_app.core.system.settings import load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("generate", help="generate variants into a folder or a project")
    p.add_argument("--model", help="model id (default: the catalogue's default)")
    p.add_argument("--prompt", help="the full prompt text (overrides the composed prompt)")
    p.add_argument("--scene", default="", help="what happens in this image (stored as the images' scene)")
    p.add_argument("--outfit", help="which of the spec's outfits to wear (default: the first)")
    p.add_argument("--variants", type=int, default=1, help=f"how many variants, 1-{MAX_VARIANTS} (default 1)")
    p.add_argument("--seed", type=int, help="sent only to models that take one")
    p.add_argument(
        "--budget-cap",
        type=float,
        metavar="USD",
        help="refuse a batch estimated above this (default: the cap in Preferences; 0: none)",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="DIR", help="folder for images and recipes")
    where.add_argument(
        "--project",
        type=Path,
        metavar="DIR",
        help="store into a Cutie project (created if new); without --spec/--ref it draws the "
        "project's saved character and references",
    )
    add_image_options(p)
    add_common(p)
    p.set_defaults(handler=_generate)


def _generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    spec = load_spec(args.spec)
    if args.project is None and not (args.prompt or args.scene or spec):
        raise UsageError("Say what to draw: --prompt, --scene and/or --spec.")
    refs = tuple(parse_ref(r, err) for r in args.ref)
    cap = args.budget_cap if args.budget_cap is not None else load_settings().budget_cap_usd
    order = gen.Order(
        scene=args.scene,
        prompt=args.prompt or None,
        outfit=args.outfit,
        model=args.model,
        variants=args.variants,
        aspect_ratio=args.aspect_ratio,
        image_size=args.image_size,
        seed=args.seed,
        budget_cap_usd=cap or None,
    )

    def report(saved: SavedVariant) -> None:  # as each variant is saved
        emit(out, _row(saved, in_project=args.project is not None))

    with contextlib.ExitStack() as stack:
        if args.project is not None:
            project = stack.enter_context(opened_project(args.project, create=True))
            engine = stack.enter_context(open_engine(args))
            plan = gen.plan_project_batch(engine, project, order, spec=spec, references=refs or None)
            _announce(err, plan)
            result = gen.run_into_project(engine, project, plan, on_saved=report)
        else:
            engine = stack.enter_context(open_engine(args))
            plan = gen.plan_folder_batch(engine, order, spec=spec, references=refs)
            _announce(err, plan)
            folder: Path = args.out
            result = gen.run_into_folder(
                engine, folder, plan, stem=gen.folder_stem(plan, spec), on_saved=report
            )
    for notice in result.notices[len(plan.notices) :]:
        say(err, notice)
    for saved in result.saved:
        variant = saved.variant
        if saved.lost:
            number = variant.index + 1
            err.write(f"cutie: variant {number} was delivered (and billed) but NOT saved: {saved.reason}\n")
        elif variant.error is not None and not variant.delivered:
            say(err, variant.error)
    if result.interrupted:
        err.write("cutie: interrupted; the variants that arrived were kept\n")
    return exit_for_result(result)


def _announce(err: TextIO, plan: gen.BatchPlan) -> None:
    for notice in plan.notices:
        say(err, notice)
    if plan.cost_usd is not None:
        err.write(f"cutie: {plan.variants} × {plan.checked.model.display_name}: about ${plan.cost_usd:.2f}\n")


def _row(saved: SavedVariant, *, in_project: bool) -> dict[str, Any]:
    """The JSON line for one variant. A delivered variant that could not be saved has the status
    "not_saved", the reason, and where its bytes were rescued to."""
    variant = saved.variant
    files = [str(f) for f in saved.files]
    row: dict[str, Any] = {
        "variant": variant.index + 1,
        "status": "not_saved" if saved.lost else variant.status.value,
        "file": files[0] if files else None,
        "files": files,
    }
    if in_project:
        row["image_ids"] = list(saved.image_ids)
    else:
        row["recipe"] = str(saved.recipe_file) if saved.recipe_file else None
    row |= {
        "finish_reason": variant.finish_reason,
        "cost_usd": variant.recipe.cost_usd,
        "response_id": variant.recipe.response_id or None,
        "message": str(variant.error) if variant.error else None,
    }
    if saved.lost:
        row["reason"] = saved.reason
        row["rescued"] = [str(p) for p in saved.rescued]
    return row
