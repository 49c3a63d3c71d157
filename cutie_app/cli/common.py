"""What every command shares: exit codes, options, output, and opening the engine."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.references import ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, SpecError
from cutie_app.core.services.character import ReferenceLoadError, load_reference
from cutie_app.core.services.engines import EngineFactory, EngineOptions, load_catalog
from cutie_app.core.services.safe_text import json_line

if TYPE_CHECKING:
    from cutie_app.core.services.engines import ImageEngine
    from cutie_app.core.services.generate import GenerateResult

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_KEY, EXIT_PARTIAL, EXIT_NONE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 5, 130
EXIT_PROJECT_PROBLEMS = 6
KEY_KINDS = {ErrorKind.MISSING_KEY, ErrorKind.INVALID_KEY, ErrorKind.PERMISSION}


class UsageError(Exception):
    """A bad argument; the message is printed as is."""


# -- argument parsing ---------------------------------------------------------------------------


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--demo", action="store_true", help="use the built-in demo server (no key, no cost)")
    p.add_argument("--concurrency", type=int, default=4, help="parallel requests (default 4)")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per request (default 600)")


def add_image_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ref",
        action="append",
        default=[],
        metavar="PATH[:ROLE]",
        help="reference image; roles: " + ", ".join(r.value for r in ReferenceRole),
    )
    p.add_argument("--aspect-ratio", metavar="R", help="e.g. 1:1, 3:4, 16:9 (per model)")
    p.add_argument("--image-size", metavar="S", help="512, 1K, 2K or 4K (per model)")
    p.add_argument("--spec", type=Path, metavar="FILE", help="character spec JSON")


def parse_ref(text: str, err: TextIO) -> ReferenceImage:
    """PATH or PATH:ROLE; a path may itself contain ':' so only a known role is split off.

    What the import changed in the picture (converted, scaled down...) is printed to `err`.
    """
    path_text, role = text, ReferenceRole.IDENTITY
    head, sep, tail = text.rpartition(":")
    if sep and tail.lower() in {r.value for r in ReferenceRole}:
        path_text, role = head, ReferenceRole(tail.lower())
    try:
        loaded = load_reference(Path(path_text), role)
    except ReferenceLoadError as exc:
        raise UsageError(str(exc)) from exc
    if loaded.changes:
        err.write(f"cutie: {loaded.reference.label}: {', '.join(loaded.changes)}\n")
    return loaded.reference


def load_spec(path: Path | None) -> CharacterSpec | None:
    if path is None:
        return None
    try:
        return CharacterSpec.load(path)
    except SpecError as exc:
        raise UsageError(str(exc)) from exc


@contextlib.contextmanager
def open_engine(args: argparse.Namespace) -> Iterator[ImageEngine]:
    """An engine on the real service (a key is required), or on an in-process demo server with --demo."""
    factory = EngineFactory(
        load_catalog(demo=args.demo),
        demo=args.demo,
        options=EngineOptions(concurrency=args.concurrency, timeout_s=args.timeout),
        require_key=True,
    )
    try:
        with factory() as engine:
            yield engine
    finally:
        factory.close()


# -- output ---------------------------------------------------------------------------------------


def emit(out: TextIO, payload: dict[str, Any]) -> None:
    """One JSON line; names that are not valid UTF-8 are escaped, never a crash."""
    out.write(json_line(payload) + "\n")
    out.flush()


def say(err: TextIO, message: UserMessage) -> None:
    err.write(f"cutie: {message}\n")
    if message.technical:
        err.write(f"  details: {message.technical}\n")
    err.flush()


def exit_for(delivered: int, total: int, errors: Sequence[UserMessage | None]) -> int:
    """0 all delivered (and saved), 3 nothing and the key was refused, 4 partial, 5 nothing."""
    if delivered == total:
        return EXIT_OK
    if delivered == 0 and any(e is not None and e.kind in KEY_KINDS for e in errors):
        return EXIT_KEY
    return EXIT_PARTIAL if delivered else EXIT_NONE


def exit_for_result(result: GenerateResult) -> int:
    if result.interrupted:
        return EXIT_INTERRUPTED
    return exit_for(result.delivered, len(result.saved), [s.variant.error for s in result.saved])
