"""`cutie chat`: start, continue or branch a conversation in a folder or a project."""

from __future__ import annotations

import argparse
import contextlib
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cutie_app.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    add_common,
    add_image_options,
    emit,
    exit_for,
    load_spec,
    open_engine,
    parse_ref,
    say,
)
from cutie_app.core.model.conversation import Conversation, ConversationFolder, Turn
from cutie_app.core.model.errors import UserMessage
from cutie_app.core.model.generation import GenerationRequest, Variant
from cutie_app.core.model.prompt import compose
from cutie_app.core.services.conversation import ConversationService, TurnOutcome
from cutie_app.core.services.projects import opened_project

if TYPE_CHECKING:
    from cutie_app.core.services.engines import ImageEngine


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    chat = sub.add_parser(
        "chat",
        help="start, continue or branch a conversation (in a project with its character, or a folder)",
    )
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
    chat.add_argument(
        "--no-character",
        action="store_true",
        help="with --project --new: leave out the project's character sheet, references and anchor",
    )
    chat.add_argument(
        "--image", type=int, metavar="ID", help="with --project --new: edit this project image (its id)"
    )
    chat.add_argument(
        "--tries", type=int, default=1, metavar="N", help="with --project: send N tries, each its own branch"
    )
    chat.add_argument("--show", action="store_true", help="print the conversation tree and exit")
    chat.add_argument("--json", action="store_true", help="with --show: the tree as one JSON line")
    add_image_options(chat)
    add_common(chat)
    chat.set_defaults(handler=_chat)


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
    ) -> tuple[tuple[str, ...], list[str], str]:
        """(image names for the turn, paths to print, why they were not saved or "")."""
        names = tuple(f"{turn_id}-{n + 1}{img.extension}" for n, img in enumerate(variant.images))
        paths = [
            str(self._folder.write_image(name, img.data))
            for name, img in zip(names, variant.images, strict=True)
        ]
        return names, paths, ""


def _chat(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.project is not None:
        return _project_chat(args, out, err)
    if args.no_character or args.image is not None or args.tries != 1:
        raise UsageError("--no-character, --image and --tries work with --project.")
    return _run_chat(args, out, err, _FolderChats(args.dir))


def _project_chat(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """`cutie chat --project`: the conversation service, with the project's character."""
    if args.ref or args.spec:
        raise UsageError(
            "With --project the character comes from the project (its spec, references and anchor); "
            "change them there, or use --no-character."
        )
    with contextlib.ExitStack() as stack:
        project = stack.enter_context(opened_project(args.project, create=True))
        engines: list[ImageEngine] = []

        def engine() -> ImageEngine:  # opened only when something is sent
            if not engines:
                engines.append(stack.enter_context(open_engine(args)))
            return engines[0]

        chats = ConversationService(project, engine)
        conv = None
        if not args.new:
            conv = chats.find(args.conversation) if args.conversation else chats.latest()
        if args.show:
            if conv is None:
                raise UsageError(f"No conversation in {project.folder}.")
            if args.json:
                emit(out, _tree(conv))
            else:
                out.write("\n".join(render_tree(conv)) + "\n")
            return EXIT_OK
        if not args.message.strip():
            raise UsageError("Say what to draw or change: cutie chat --project P 'make her smile'.")
        if conv is not None and args.model and args.model != conv.model:
            raise UsageError(
                f"This conversation uses {conv.model}; a model cannot read another model's turns. "
                "Start a new conversation for another model (--new)."
            )
        if conv is None:
            conv = chats.start(
                image_id=args.image,
                with_character=not args.no_character,
                model=args.model,
                aspect_ratio=args.aspect_ratio,
                image_size=args.image_size,
            )
        parent = conv.get(args.from_turn).id if args.from_turn else None
        try:
            result = chats.send(
                conv.id, args.message, parent_id=parent, tries=args.tries, keep_reminder=not args.raw
            )
        except KeyboardInterrupt:
            err.write("cutie: interrupted\n")
            return EXIT_INTERRUPTED
    for notice in result.notices:
        say(err, notice)
    errors: list[UserMessage | None] = []
    for outcome in result.outcomes:
        emit(out, _outcome_line(result.conversation.id, outcome, project.folder))
        variant = outcome.variant
        errors.append(variant.error)
        if outcome.lost:
            err.write(f"cutie: the reply was delivered (and billed) but NOT saved: {outcome.lost}\n")
        elif variant.error is not None and not variant.delivered:
            say(err, variant.error)
        drift = outcome.drift
        if drift is not None and drift.warning:
            err.write(f"cutie: {drift.warning}\n")
    return exit_for(len(result.delivered), len(result.outcomes), errors)


def _outcome_line(conv_id: str, outcome: TurnOutcome, folder: Path) -> dict[str, Any]:
    variant = outcome.variant
    turn = outcome.model_turn
    drift = outcome.drift
    return {
        "conversation": conv_id,
        "turn": turn.id if turn else None,
        "parent": outcome.user_turn.parent_id if outcome.user_turn else None,
        "status": "not_saved" if outcome.lost else variant.status.value,
        "images": [str(folder / "images" / name) for name in (turn.images if turn else ())]
        or list(outcome.rescued),
        "image_ids": list(turn.image_ids) if turn else [],
        **({"reason": outcome.lost} if outcome.lost else {}),
        "text": variant.text,
        "finish_reason": variant.finish_reason,
        "cost_usd": variant.recipe.cost_usd,
        "response_id": variant.recipe.response_id or None,
        "message": str(variant.error) if variant.error else None,
        "consistency": drift.score if drift else None,
        "drift": drift.warning if drift and drift.warning else None,
    }


def render_tree(conv: Conversation) -> list[str]:
    """The conversation as an indented tree a person can read: messages, answers, branches."""
    cost = conv.spend_usd
    lines = [
        f"Conversation {conv.id} · {conv.title!r} · {conv.model} · {conv.exchanges} turns"
        + (f" · about ${cost:.2f}" if cost else "")
    ]

    def answer(turn: Turn) -> str:
        status = turn.status
        if turn.error and status != "delivered":
            status += f": {turn.error.get('title') or turn.error.get('detail') or ''}".rstrip(": ")
        bits = [f"model [{turn.id}] {status}"]
        if turn.images:
            bits.append(", ".join(turn.images))
        if turn.cost_usd:
            bits.append(f"${turn.cost_usd:.3f}")
        warning = (turn.drift or {}).get("warning")
        if warning:
            bits.append(f"⚠ {warning}")
        return " · ".join(bits) + ("  ← head" if turn.id == conv.head else "")

    def walk(parent: str | None, prefix: str) -> None:
        users = conv.children(parent)
        for n, user in enumerate(users):
            last = n == len(users) - 1
            branch = "└─ " if last else "├─ "
            lines.append(f"{prefix}{branch}you [{user.id}]: {' '.join(user.text.split())}")
            inner = prefix + ("   " if last else "│  ")
            for model in conv.children(user.id):
                lines.append(inner + answer(model))
                walk(model.id, inner)

    walk(None, "")
    return lines


def _run_chat(args: argparse.Namespace, out: TextIO, err: TextIO, store: _FolderChats) -> int:
    existing = store.load()
    if args.show:
        if existing is None:
            raise UsageError(f"No conversation in {store.where}.")
        if args.json:
            emit(out, _tree(existing))
        else:
            out.write("\n".join(render_tree(existing)) + "\n")
        return EXIT_OK
    if not args.message.strip():
        raise UsageError("Say what to draw or change: cutie chat --dir DIR 'make her smile'.")
    if args.new and existing is not None:
        raise UsageError(f"{store.where} already holds a conversation; continue it, or pick another folder.")
    conv = None if args.new else existing
    if conv is not None and args.model and args.model != conv.model:
        raise UsageError(
            f"This conversation uses {conv.model}; a model cannot read another model's turns. "
            "Start a new conversation for another model."
        )
    refs = tuple(parse_ref(r, err) for r in args.ref)
    spec = load_spec(args.spec)

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
        say(err, notice)
    variant = reply.variant
    model_id = f"{len(conv.turns) // 2 + 1:03d}{variant.recipe.response_id[:4].lower()}"
    model_id = re.sub(r"[^a-z0-9]", "x", model_id)
    if model_id in conv.turns:
        model_id += secrets.token_hex(2)
    names, paths, not_saved = store.save_images(conv, model_id, variant)
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
    emit(
        out,
        {
            "conversation": conv.id,
            "turn": model_turn.id,
            "parent": parent,
            "status": "not_saved" if not_saved else variant.status.value,
            "images": paths,
            **({"reason": not_saved} if not_saved else {}),
            "text": variant.text,
            "finish_reason": variant.finish_reason,
            "cost_usd": variant.recipe.cost_usd,
            "response_id": variant.recipe.response_id or None,
            "message": str(variant.error) if variant.error else None,
        },
    )
    if not_saved:
        err.write(f"cutie: the reply was delivered (and billed) but NOT saved: {not_saved}\n")
    elif variant.error is not None and not variant.delivered:
        say(err, variant.error)
    return exit_for(int(variant.delivered and not not_saved), 1, [variant.error])


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
