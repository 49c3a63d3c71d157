"""`cutie models`: what each model accepts and costs."""

from __future__ import annotations

import argparse
from typing import TextIO

from cutie_app.cli.common import EXIT_OK, add_common, emit, open_engine
from cutie_app.core.services.engines import load_catalog


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    models = sub.add_parser("models", help="list the models Cutie knows (and, with --refresh, the API's)")
    models.add_argument("--refresh", action="store_true", help="ask the API for new image models")
    add_common(models)
    models.set_defaults(handler=_models)


def _models(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = load_catalog(demo=args.demo)
    if args.refresh:
        with open_engine(args) as engine:
            added = engine.refresh_models().result()
            catalog = engine.catalog
        for info in added:
            err.write(f"cutie: new image model offered as unverified: {info.label}\n")
    for info in catalog.selectable():
        emit(
            out,
            {
                "id": info.id,
                "name": info.display_name,
                "status": info.status.value,
                "aspect_ratios": list(info.aspect_ratios),
                "image_sizes": list(info.image_sizes),
                "max_input_images": info.max_input_images,
                "seed": info.seed.value,
                "price_per_image_usd": dict(info.price_per_image_usd),
                "default": info.id == catalog.default_model,
            },
        )
    return EXIT_OK
