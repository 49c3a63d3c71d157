"""What every command shares: exit codes, options, output, the engine and the project."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.imaging.reference_import import ImageImportError, import_reference
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.errors import ErrorKind, MissingKeyError, UserMessage
from cutie_app.core.model.generation import Variant
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, SpecError
from cutie_app.core.store import PROJECT_FILE, Project
from cutie_app.core.system import paths
from cutie_app.core.system.secrets import load_api_key
from cutie_app.core.system.settings import load_settings

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_KEY, EXIT_PARTIAL, EXIT_NONE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 5, 130
EXIT_PROJECT_PROBLEMS = 6
DEMO_KEY = "demo-key"
KEY_KINDS = {ErrorKind.MISSING_KEY, ErrorKind.INVALID_KEY, ErrorKind.PERMISSION}


class UsageError(Exception):
    """A bad argument; the message is printed as is."""


@dataclass(frozen=True)
class Endpoint:
    api_key: str
    base_url: str | None


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


def parse_ref(text: str) -> ReferenceImage:
    """PATH or PATH:ROLE; a path may itself contain ':' so only a known role is split off."""
    path_text, role = text, ReferenceRole.IDENTITY
    head, sep, tail = text.rpartition(":")
    if sep and tail.lower() in {r.value for r in ReferenceRole}:
        path_text, role = head, ReferenceRole(tail.lower())
    path = Path(path_text)
    if not path.exists() and not path.is_symlink():
        raise UsageError(f"Reference not found: {path}")
    try:
        imported = import_reference(path)  # normalised as the model needs, or refused in plain words
    except ImageImportError as exc:
        raise UsageError(str(exc)) from exc
    return ReferenceImage(imported.data, imported.mime_type, role, DEFAULT_KIND[role], path.name)


def load_spec(path: Path | None) -> CharacterSpec | None:
    if path is None:
        return None
    try:
        return CharacterSpec.load(path)
    except SpecError as exc:
        raise UsageError(str(exc)) from exc


@contextlib.contextmanager
def open_engine(args: argparse.Namespace) -> Iterator[ImageEngine]:
    """An engine on the real service, or on an in-process demo server with --demo."""
    from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend

    with contextlib.ExitStack() as stack:
        endpoint = _endpoint(args, stack)
        settings = ClientSettings(
            api_key=endpoint.api_key, base_url=endpoint.base_url, timeout_s=args.timeout
        )
        catalog = ModelCatalog.load(paths.learned_catalog_file())
        if args.demo:  # the demo server's refusals and model list are made up: learn them for this run only
            catalog.stop_saving()
        engine = ImageEngine(
            lambda: GeminiBackend(settings), catalog, concurrency=args.concurrency, timeout_s=args.timeout
        )
        stack.callback(engine.close)
        yield engine


def _endpoint(args: argparse.Namespace, stack: contextlib.ExitStack) -> Endpoint:
    if args.demo:
        from cutie_app.demo.server import DemoServer

        server = stack.enter_context(DemoServer())
        return Endpoint(DEMO_KEY, server.base_url)
    key = load_api_key()
    if key is None:
        raise MissingKeyError()
    # Preferences' endpoint (for proxies) wins; None lets the SDK read GOOGLE_GEMINI_BASE_URL.
    return Endpoint(key.value, load_settings().endpoint or None)


def emit(out: TextIO, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    out.flush()


def say(err: TextIO, message: UserMessage) -> None:
    err.write(f"cutie: {message}\n")
    if message.technical:
        err.write(f"  details: {message.technical}\n")
    err.flush()


def slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].rstrip("-") or "image"


def exit_for(variants: Sequence[Variant]) -> int:
    delivered = sum(v.delivered for v in variants)
    if delivered == len(variants):
        return EXIT_OK
    if any(v.error and v.error.kind in KEY_KINDS for v in variants) and delivered == 0:
        return EXIT_KEY
    return EXIT_PARTIAL if delivered else EXIT_NONE


@contextlib.contextmanager
def open_project(folder: Path, *, create: bool = False) -> Iterator[Project]:
    if create and not (folder / PROJECT_FILE).exists():
        project = Project.create(folder)
    else:
        project = Project.open(folder)
    try:
        yield project
    finally:
        project.close()
