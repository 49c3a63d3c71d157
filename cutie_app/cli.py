"""Headless commands over the same core services the GUI uses (studios script these).

Exit codes (stable, documented in the README):
  0  every variant delivered an image
  1  an internal error (a bug; the message says so)
  2  bad arguments, or a request refused before sending (nothing was billed)
  3  no API key, or the key or account was refused
  4  partial: some variants delivered, others were blocked or failed
  5  nothing delivered (all blocked or failed)
  6  `cutie check`: the project has problems (the report says which); `cutie export`: some
     images could not be exported (each is a JSON line with "error"; the others were written)
  130 interrupted (Ctrl+C); finished variants are kept
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import secrets
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_text
from cutie_app.core.genai.engine import CancelToken, ImageEngine
from cutie_app.core.imaging.reference_import import ImageImportError, import_reference
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.conversation import Conversation, ConversationError, ConversationFolder
from cutie_app.core.model.errors import CutieError, ErrorKind, MissingKeyError, UserMessage
from cutie_app.core.model.generation import GenerationRequest, Variant
from cutie_app.core.model.pricing import preflight_cost
from cutie_app.core.model.prompt import PromptParts, compose
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, SpecError
from cutie_app.core.services.export import export_images, report_rows
from cutie_app.core.store import PROJECT_FILE, Project, ProjectError
from cutie_app.core.store.pack import PackError, export_pack, import_pack
from cutie_app.core.system import paths
from cutie_app.core.system.secrets import load_api_key
from cutie_app.core.system.settings import load_settings

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_KEY, EXIT_PARTIAL, EXIT_NONE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 5, 130
EXIT_PROJECT_PROBLEMS = 6
DEMO_KEY = "demo-key"
_KEY_KINDS = {ErrorKind.MISSING_KEY, ErrorKind.INVALID_KEY, ErrorKind.PERMISSION}


class UsageError(Exception):
    """A bad argument; the message is printed as is."""


@dataclass(frozen=True)
class Endpoint:
    api_key: str
    base_url: str | None


# -- argument parsing ---------------------------------------------------------------------------


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--demo", action="store_true", help="use the built-in demo server (no key, no cost)")
    p.add_argument("--concurrency", type=int, default=4, help="parallel requests (default 4)")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per request (default 600)")


def _add_image_options(p: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cutie", description="Keep one character consistent.")
    sub = parser.add_subparsers(dest="command", required=True)

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
    _add_image_options(gen)
    _add_common(gen)

    chat = sub.add_parser("chat", help="start, continue or branch a conversation kept in a folder")
    chat.add_argument("message", nargs="?", default="", help="what to draw, or what to change")
    place = chat.add_mutually_exclusive_group(required=True)
    place.add_argument("--dir", type=Path, help="a folder holding one conversation")
    place.add_argument("--project", type=Path, help="a Cutie project (created if new)")
    chat.add_argument(
        "--conversation", metavar="ID", help="with --project: which conversation (default: the latest)"
    )
    chat.add_argument("--new", action="store_true", help="start a new conversation in --dir")
    chat.add_argument("--model", help="model id for a new conversation")
    chat.add_argument("--from", dest="from_turn", metavar="TURN", help="branch from this turn (id prefix)")
    chat.add_argument("--raw", action="store_true", help="send the message as is, without the edit framing")
    chat.add_argument("--show", action="store_true", help="print the conversation tree and exit")
    _add_image_options(chat)
    _add_common(chat)

    check = sub.add_parser("check", help="check a project's database and files; exit 6 on problems")
    check.add_argument("project", type=Path)

    export = sub.add_parser("export", help="export a project's images with their recipes embedded")
    export.add_argument("project", type=Path)
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument(
        "--selection",
        choices=("all", "picks", "rated"),
        default="all",
        help="all images, picks only, or rated (1+ stars)",
    )

    pack = sub.add_parser("pack", help="write a whole project into one .cutiepack file")
    pack.add_argument("project", type=Path)
    pack.add_argument("--out", type=Path, required=True, metavar="FILE")
    unpack = sub.add_parser("unpack", help="import a .cutiepack as a new project folder")
    unpack.add_argument("pack", type=Path)
    unpack.add_argument(
        "--into", type=Path, required=True, metavar="DIR", help="the folder to create the project in"
    )
    unpack.add_argument("--name", help="the new project's folder name (default: the pack's project name)")

    models = sub.add_parser("models", help="list the models Cutie knows (and, with --refresh, the API's)")
    models.add_argument("--refresh", action="store_true", help="ask the API for new image models")
    _add_common(models)
    return parser


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


def _load_spec(path: Path | None) -> CharacterSpec | None:
    if path is None:
        return None
    try:
        return CharacterSpec.load(path)
    except SpecError as exc:
        raise UsageError(str(exc)) from exc


# -- plumbing -----------------------------------------------------------------------------------


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


def _emit(out: TextIO, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    out.flush()


def _say(err: TextIO, message: UserMessage) -> None:
    err.write(f"cutie: {message}\n")
    if message.technical:
        err.write(f"  details: {message.technical}\n")
    err.flush()


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].rstrip("-") or "image"


def _exit_for(variants: Sequence[Variant]) -> int:
    delivered = sum(v.delivered for v in variants)
    if delivered == len(variants):
        return EXIT_OK
    if any(v.error and v.error.kind in _KEY_KINDS for v in variants) and delivered == 0:
        return EXIT_KEY
    return EXIT_PARTIAL if delivered else EXIT_NONE


# -- generate -------------------------------------------------------------------------------------


def _generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    spec = _load_spec(args.spec)
    if not (args.prompt or args.scene or spec):
        raise UsageError("Say what to draw: --prompt, --scene and/or --spec.")
    refs = tuple(parse_ref(r) for r in args.ref)
    with contextlib.ExitStack() as stack:
        project = None
        spec_version = None
        if args.project is not None:
            project = stack.enter_context(_open_project(args.project, create=True))
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
    stem = _slug((spec.name if spec else "") or args.scene or args.prompt or "")

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
            _say(err, notice)
        cost = preflight_cost(checked.model, checked.image_size, args.variants)
        if cost is not None:
            err.write(f"cutie: {args.variants} × {checked.model.display_name}: about ${cost:.2f}\n")

        def write(variant: Variant) -> None:
            if project is not None:
                _emit(out, _store_variant(project, variant))
            else:
                _emit(out, _write_variant(folder, stem, variant))

        token = CancelToken()
        future = engine.submit_batch(request, args.variants, on_variant=write, token=token)
        try:
            result = future.result()
        except KeyboardInterrupt:
            token.cancel()
            future.result()
            return EXIT_INTERRUPTED
        for notice in result.notices[len(checked.notices) :]:
            _say(err, notice)
        for variant in result.variants:
            if variant.error is not None and not variant.delivered:
                _say(err, variant.error)
        return _exit_for(result.variants)


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


@contextlib.contextmanager
def _open_project(folder: Path, *, create: bool = False) -> Iterator[Project]:
    if create and not (folder / PROJECT_FILE).exists():
        project = Project.create(folder)
    else:
        project = Project.open(folder)
    try:
        yield project
    finally:
        project.close()


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _open_project(args.project) as project:
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
    with _open_project(args.project) as project:
        report = export_images(project, folder, selection=args.selection)
    for row in report_rows(report):
        _emit(out, row)
    for problem in report.problems:
        err.write(f"cutie: image #{problem.image_id} not exported: {problem.message}\n")
    return EXIT_OK if report.ok else EXIT_PROJECT_PROBLEMS


def _pack(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        path = export_pack(args.project, args.out)
    except PackError as exc:
        raise UsageError(str(exc)) from exc
    _emit(out, {"pack": str(path), "bytes": path.stat().st_size})
    return EXIT_OK


def _unpack(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        folder = import_pack(args.pack, args.into, name=args.name)
    except PackError as exc:
        raise UsageError(str(exc)) from exc
    _emit(out, {"project": str(folder)})
    return EXIT_OK


# -- chat -------------------------------------------------------------------------------------------


class _FolderChats:
    """A conversation kept in a plain folder (conversation.json + images/)."""

    def __init__(self, folder: Path) -> None:
        self._folder = ConversationFolder(folder)
        self.where = str(folder)

    def load(self) -> Conversation | None:
        return self._folder.load() if self._folder.exists() else None

    def save(self, conv: Conversation) -> None:
        self._folder.save(conv)

    def save_images(
        self, conv: Conversation, turn_id: str, variant: Variant
    ) -> tuple[tuple[str, ...], list[str]]:
        names = tuple(f"{turn_id}-{n + 1}{img.extension}" for n, img in enumerate(variant.images))
        paths = [
            str(self._folder.write_image(name, img.data))
            for name, img in zip(names, variant.images, strict=True)
        ]
        return names, paths


class _ProjectChats:
    """Conversations kept in a project: turns in its database, images among its images."""

    def __init__(self, project: Project, conversation: str | None) -> None:
        self._project = project
        self._wanted = conversation
        self.where = str(project.folder)

    def load(self) -> Conversation | None:
        ids = [cid for cid, _, _ in self._project.conversations()]
        if self._wanted:
            matches = [cid for cid in ids if cid.startswith(self._wanted)]
            if len(matches) != 1:
                raise UsageError(
                    f"No single conversation {self._wanted!r} in this project "
                    f"(it has: {', '.join(ids) or 'none'})."
                )
            return self._project.load_conversation(matches[0])
        return self._project.load_conversation(ids[-1]) if ids else None

    def save(self, conv: Conversation) -> None:
        self._project.save_conversation(conv)

    def save_images(
        self, conv: Conversation, turn_id: str, variant: Variant
    ) -> tuple[tuple[str, ...], list[str]]:
        records = self._project.add_variant(variant, conversation_id=conv.id, turn_id=turn_id)
        return tuple(r.file for r in records), [str(self._project.image_path(r)) for r in records]


def _chat(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with contextlib.ExitStack() as stack:
        if args.project is not None:
            project = stack.enter_context(_open_project(args.project, create=True))
            store: _FolderChats | _ProjectChats = _ProjectChats(
                project, None if args.new else args.conversation
            )
        else:
            store = _FolderChats(args.dir)
        return _run_chat(args, out, err, store)


def _run_chat(args: argparse.Namespace, out: TextIO, err: TextIO, store: _FolderChats | _ProjectChats) -> int:
    existing = store.load()
    if args.show:
        if existing is None:
            raise UsageError(f"No conversation in {store.where}.")
        _emit(out, _tree(existing))
        return EXIT_OK
    if not args.message.strip():
        raise UsageError("Say what to draw or change: cutie chat --dir DIR 'make her smile'.")
    if args.new and existing is not None and isinstance(store, _FolderChats):
        raise UsageError(f"{store.where} already holds a conversation; continue it, or pick another folder.")
    conv = None if args.new else existing
    if conv is not None and args.model and args.model != conv.model:
        raise UsageError(
            f"This conversation uses {conv.model}; a model cannot read another model's turns. "
            "Start a new conversation for another model."
        )
    refs = tuple(parse_ref(r) for r in args.ref)
    spec = _load_spec(args.spec)

    with open_engine(args) as engine:
        if conv is None:
            conv = Conversation(model=args.model or engine.catalog.default_model)
        parent = conv.branch_point(args.from_turn) if args.from_turn else conv.head
        history = conv.history(parent)
        if args.raw:
            prompt = compose(None, args.message, refs)
        elif history:
            prompt = compose(spec, "", refs, edit=args.message)
        else:
            prompt = compose(spec, args.message, refs)
        request = GenerationRequest(
            model=conv.model,
            prompt=prompt,
            references=refs,
            aspect_ratio=args.aspect_ratio,
            image_size=args.image_size,
        )
        path_ids = tuple(t.id for t in conv.path(parent))
        reply = engine.submit_turn(request, history, conversation_path=path_ids).result()

    for notice in reply.notices:
        _say(err, notice)
    variant = reply.variant
    model_id = f"{len(conv.turns) // 2 + 1:03d}{variant.recipe.response_id[:4].lower()}"
    model_id = re.sub(r"[^a-z0-9]", "x", model_id)
    if model_id in conv.turns:
        model_id += secrets.token_hex(2)
    names, paths = store.save_images(conv, model_id, variant)
    _, model_turn = conv.add_exchange(
        parent,
        reply.user_content,
        args.message,
        reply.model_content,
        variant.status,
        model_text=variant.text,
        images=names,
        recipe=variant.recipe.to_dict(),
        error=variant.error,
        model_turn_id=model_id,
    )
    store.save(conv)
    _emit(
        out,
        {
            "conversation": conv.id,
            "turn": model_turn.id,
            "parent": parent,
            "status": variant.status.value,
            "images": paths,
            "text": variant.text,
            "finish_reason": variant.finish_reason,
            "cost_usd": variant.recipe.cost_usd,
            "response_id": variant.recipe.response_id or None,
            "message": str(variant.error) if variant.error else None,
        },
    )
    if variant.error is not None and not variant.delivered:
        _say(err, variant.error)
    return _exit_for([variant])


def _tree(conv: Conversation) -> dict[str, Any]:
    return {
        "conversation": conv.id,
        "model": conv.model,
        "head": conv.head,
        "turns": [
            {
                "id": t.id,
                "parent": t.parent_id,
                "role": t.role,
                "status": t.status,
                "text": t.text,
                "images": t.images,
            }
            for t in conv.turns.values()
        ],
    }


# -- models -----------------------------------------------------------------------------------------


def _models(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = ModelCatalog.load(paths.learned_catalog_file())
    if args.refresh:
        with open_engine(args) as engine:
            added = engine.refresh_models().result()
            catalog = engine.catalog
        for info in added:
            err.write(f"cutie: new image model offered as unverified: {info.label}\n")
    for info in catalog.selectable():
        _emit(
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


# -- entry ------------------------------------------------------------------------------------------


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Parse and run one command; every expected failure becomes a message and an exit code."""
    args = build_parser().parse_args(list(argv))
    handlers = {
        "generate": _generate,
        "chat": _chat,
        "models": _models,
        "check": _check,
        "export": _export,
        "pack": _pack,
        "unpack": _unpack,
    }
    try:
        return handlers[args.command](args, out, err)
    except UsageError as exc:
        err.write(f"cutie: {exc}\n")
        return EXIT_USAGE
    except ConversationError as exc:
        err.write(f"cutie: {exc}\n")
        return EXIT_USAGE
    except ProjectError as exc:
        err.write(f"cutie: {exc}\n")
        return EXIT_USAGE
    except CutieError as exc:
        _say(err, exc.message)
        return EXIT_KEY if exc.message.kind in _KEY_KINDS else EXIT_USAGE
    except KeyboardInterrupt:
        err.write("cutie: interrupted\n")
        return EXIT_INTERRUPTED
    except OSError as exc:
        err.write(f"cutie: {exc.strerror or exc} ({exc.filename or 'file'})\n")
        return EXIT_BUG
