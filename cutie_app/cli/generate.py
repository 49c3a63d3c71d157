"""`cutie generate`: N variants into a folder or a project."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import Any, TextIO

from cutie_app.cli.common import (
    EXIT_INTERRUPTED,
    UsageError,
    add_common,
    add_image_options,
    emit,
    exit_for,
    load_spec,
    open_engine,
    open_project,
    parse_ref,
    say,
    slug,
)
from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_text
from cutie_app.core.genai.engine import CancelToken
from cutie_app.core.model.generation import GenerationRequest, Variant
from cutie_app.core.model.pricing import preflight_cost
from cutie_app.core.model.prompt import PromptParts, compose
from cutie_app.core.model.references import ReferenceImage
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store import Project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gen = sub.add_parser("generate", help="generate variants headlessly")
    gen.add_argument("--model", help="model id (default: the catalogue's default)")
    gen.add_argument("--prompt", help="the full prompt text (overrides the composed prompt)")
    gen.add_argument("--scene", default="", help="what happens in this image")
    gen.add_argument("--variants", type=int, default=1, help="how many variants, 1-16 (default 1)")
    gen.add_argument("--seed", type=int, help="sent only to models that take one")
    where = gen.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="DIR", help="folder for images and recipes")
    where.add_argument(
        "--project", type=Path, metavar="DIR", help="store into a Cutie project (created if new)"
    )
    add_image_options(gen)
    add_common(gen)
    gen.set_defaults(handler=_generate)


def _generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    spec = load_spec(args.spec)
    if not (args.prompt or args.scene or spec):
        raise UsageError("Say what to draw: --prompt, --scene and/or --spec.")
    refs = tuple(parse_ref(r) for r in args.ref)
    with contextlib.ExitStack() as stack:
        project = None
        spec_version = None
        if args.project is not None:
            project = stack.enter_context(open_project(args.project, create=True))
            if spec is not None:
                spec_version = project.save_spec(spec)
            elif (current := project.spec()) is not None:
                spec_version, spec = current
            if not refs:
                refs = tuple(project.reference_images())
        elif not (args.prompt or args.scene or spec):
            raise UsageError("Say what to draw: --prompt, --scene and/or --spec.")
        if not (args.prompt or args.scene or spec):
            raise UsageError(
                "Say what to draw: --prompt, --scene and/or --spec (the project has no spec yet)."
            )
        return _run_generate(args, out, err, spec, spec_version, refs, project)


def _run_generate(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    spec: CharacterSpec | None,
    spec_version: int | None,
    refs: tuple[ReferenceImage, ...],
    project: Project | None,
) -> int:
    prompt: PromptParts = compose(spec, args.scene, refs, override=args.prompt or None)
    folder: Path = args.out or args.project
    if project is None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"Cannot create the output folder {folder}: {exc}") from exc
    stem = slug((spec.name if spec else "") or args.scene or args.prompt or "")

    with open_engine(args) as engine:
        request = GenerationRequest(
            model=args.model or engine.catalog.default_model,
            prompt=prompt,
            references=refs,
            aspect_ratio=args.aspect_ratio,
            image_size=args.image_size,
            seed=args.seed,
            scene=args.scene,
            spec_version=spec_version,
        )
        if not 1 <= args.variants <= 16:
            raise UsageError("--variants must be between 1 and 16.")
        checked = engine.check(request)
        for notice in checked.notices:
            say(err, notice)
        cost = preflight_cost(checked.model, checked.image_size, args.variants)
        if cost is not None:
            err.write(f"cutie: {args.variants} × {checked.model.display_name}: about ${cost:.2f}\n")

        def write(variant: Variant) -> None:
            if project is not None:
                emit(out, _store_variant(project, variant))
            else:
                emit(out, _write_variant(folder, stem, variant))

        token = CancelToken()
        future = engine.submit_batch(request, args.variants, on_variant=write, token=token)
        try:
            result = future.result()
        except KeyboardInterrupt:
            token.cancel()
            future.result()
            return EXIT_INTERRUPTED
        for notice in result.notices[len(checked.notices) :]:
            say(err, notice)
        for variant in result.variants:
            if variant.error is not None and not variant.delivered:
                say(err, variant.error)
        return exit_for(result.variants)


def _write_variant(folder: Path, stem: str, variant: Variant) -> dict[str, Any]:
    """Write a variant's images and recipe now, as it arrives, so a crash loses nothing delivered."""
    recipe = variant.recipe.to_dict()
    base = f"{stem}-{variant.recipe.batch_id}-v{variant.index + 1:02d}"
    files: list[str] = []
    for n, image in enumerate(variant.images):
        name = base + (f"-{n + 1}" if n else "") + image.extension
        atomic_write_bytes(folder / name, image.data)
        files.append(str(folder / name))
    recipe["files"] = [Path(f).name for f in files]
    recipe["outcome"] = {
        "status": variant.status.value,
        "finish_reason": variant.finish_reason,
        "text": variant.text,
        "error": variant.error.to_dict() if variant.error else None,
    }
    recipe_path = folder / f"{base}.recipe.json"
    atomic_write_text(recipe_path, json.dumps(recipe, indent=2, ensure_ascii=False) + "\n")
    return {
        "variant": variant.index + 1,
        "status": variant.status.value,
        "file": files[0] if files else None,
        "files": files,
        "recipe": str(recipe_path),
        "finish_reason": variant.finish_reason,
        "cost_usd": variant.recipe.cost_usd,
        "response_id": variant.recipe.response_id or None,
        "message": str(variant.error) if variant.error else None,
    }


def _store_variant(project: Project, variant: Variant) -> dict[str, Any]:
    """Save into the project as the variant arrives (files first, then the row: crash-safe)."""
    records = project.add_variant(variant)
    files = [str(project.image_path(r)) for r in records]
    return {
        "variant": variant.index + 1,
        "status": variant.status.value,
        "file": files[0] if files else None,
        "files": files,
        "image_ids": [r.id for r in records],
        "finish_reason": variant.finish_reason,
        "cost_usd": variant.recipe.cost_usd,
        "response_id": variant.recipe.response_id or None,
        "message": str(variant.error) if variant.error else None,
    }
