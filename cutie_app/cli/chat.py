"""`cutie chat`: start, continue or branch a conversation in a folder or a project."""

from __future__ import annotations

import argparse
import contextlib
import re
import secrets
from pathlib import Path
from typing import Any, TextIO

from cutie_app.cli.common import (
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
from cutie_app.core.model.conversation import Conversation, ConversationFolder
from cutie_app.core.model.generation import GenerationRequest, Variant
from cutie_app.core.model.prompt import compose
from cutie_app.core.services.projects import ProjectService, opened_project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


class _ProjectChats:
    """Conversations kept in a project: turns in its database, images among its images."""

    def __init__(self, project: ProjectService, conversation: str | None) -> None:
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
    ) -> tuple[tuple[str, ...], list[str], str]:
        """(image names for the turn, paths to print, why they were not saved or "")."""
        saved = self._project.save_variant(variant, conversation_id=conv.id, turn_id=turn_id)
        if saved.lost:
            return (), [str(f) for f in saved.rescued], saved.reason
        return tuple(f.name for f in saved.files), [str(f) for f in saved.files], ""


def _chat(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with contextlib.ExitStack() as stack:
        if args.project is not None:
            project = stack.enter_context(opened_project(args.project, create=True))
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
        emit(out, _tree(existing))
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
