"""Multi-turn editing as a tree of turns that survives restarts with thought signatures intact.

Model turns are kept exactly as the SDK serialised them (`Content.model_dump(mode="json")`), so
the next request sends every part and signature back byte for byte. Any model turn can be a
branch point. A turn that came back blocked or failed stays in the tree for the record but is
never sent back: the service rejects a model turn with no parts.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_text
from cutie_app.core.genai.backend import ContentDict
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.model.errors import UserMessage
from cutie_app.core.model.generation import VariantStatus, utc_now

SCHEMA_VERSION = 1
CONVERSATION_FILE = "conversation.json"


class ConversationError(Exception):
    """A conversation cannot be read or continued as asked; the message is user-readable."""


@dataclass(frozen=True)
class Turn:
    """One side of an exchange. `parent_id` links to the turn before it on its branch."""

    id: str
    parent_id: str | None
    role: str
    content: ContentDict
    status: str
    created_at: str
    text: str = ""
    images: tuple[str, ...] = ()
    recipe: Mapping[str, Any] | None = None
    error: Mapping[str, Any] | None = None
    #: Project image rows made from this turn (a project conversation; empty in a folder).
    image_ids: tuple[int, ...] = ()
    #: Consistency of this turn's image (see `services.conversation.DriftReport.to_dict`).
    drift: Mapping[str, Any] | None = None
    #: SHA-256 of `content` as stored, so a model turn edited after saving is noticed before
    #: its (now invalid) thought signatures are sent; "" for turns saved before it existed.
    content_sha256: str = ""

    @property
    def cost_usd(self) -> float:
        """What this turn was estimated to cost (0 for user turns and calls never billed)."""
        cost = (self.recipe or {}).get("cost_usd")
        return float(cost) if isinstance(cost, int | float) else 0.0

    @property
    def unchanged(self) -> bool:
        """False when the stored content no longer matches the digest taken when it arrived."""
        return not self.content_sha256 or self.content_sha256 == content_digest(self.content)

    @property
    def sendable(self) -> bool:
        """Whether this model turn may go back to the service as history."""
        return (
            self.role == "model"
            and bool(self.content.get("parts"))
            and self.status
            in (
                VariantStatus.DELIVERED.value,
                VariantStatus.TEXT_ONLY.value,
            )
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent_id": self.parent_id,
            "role": self.role,
            "status": self.status,
            "created_at": self.created_at,
            "text": self.text,
            "images": list(self.images),
            "recipe": dict(self.recipe) if self.recipe is not None else None,
            "error": dict(self.error) if self.error is not None else None,
            "image_ids": list(self.image_ids),
            "drift": dict(self.drift) if self.drift is not None else None,
            "content_sha256": self.content_sha256,
            "content": self.content,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Turn:
        return cls(
            id=str(data["id"]),
            parent_id=data.get("parent_id"),
            role=str(data["role"]),
            content=dict(data["content"]),
            status=str(data["status"]),
            created_at=str(data.get("created_at", "")),
            text=str(data.get("text", "")),
            images=tuple(data.get("images", ())),
            recipe=data.get("recipe"),
            error=data.get("error"),
            image_ids=tuple(int(i) for i in data.get("image_ids", ())),
            drift=data.get("drift"),
            content_sha256=str(data.get("content_sha256", "")),
        )


def content_digest(content: ContentDict) -> str:
    """A digest of a stored content that changes when any byte of it (a signature) changes."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Conversation:
    """A tree of turns for one model; `head` is the model turn added last.

    `name` is the user's title for it ("" shows the first message); `origin` says how it
    started: the project image it edits (`image_id`), whether the character sheet was sent
    (`character`), and the spec version it was composed from.
    """

    model: str
    id: str = field(default_factory=lambda: secrets.token_hex(6))
    created_at: str = field(default_factory=utc_now)
    turns: dict[str, Turn] = field(default_factory=dict)
    head: str | None = None
    name: str = ""
    origin: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Conversation:
        """A snapshot another thread can read while this one grows (turns are immutable)."""
        return Conversation(
            self.model, self.id, self.created_at, dict(self.turns), self.head, self.name, dict(self.origin)
        )

    @property
    def title(self) -> str:
        """The name, else the first message, shortened."""
        if self.name:
            return self.name
        first = next((t.text for t in self.turns.values() if t.role == "user" and t.parent_id is None), "")
        first = " ".join(first.split())
        return (first[:40] + "…") if len(first) > 41 else (first or "New conversation")

    @property
    def exchanges(self) -> int:
        return sum(1 for t in self.turns.values() if t.role == "model")

    @property
    def spend_usd(self) -> float:
        return sum(t.cost_usd for t in self.turns.values())

    @property
    def updated_at(self) -> str:
        return max((t.created_at for t in self.turns.values()), default=self.created_at)

    def changed_turns(self, parent_id: str | None) -> list[Turn]:
        """Model turns on the branch to `parent_id` whose stored content was altered."""
        return [t for t in self.path(parent_id) if t.role == "model" and t.sendable and not t.unchanged]

    def remove_exchange(self, model_turn_id: str) -> None:
        """Drop a leaf exchange (a failed call that was never billed) from the tree."""
        model = self.turns[model_turn_id]
        if self.children(model_turn_id):
            raise ConversationError(
                QT_TRANSLATE_NOOP("core.conversation", "Only the last exchange of a branch can be removed.")
            )
        self.turns.pop(model_turn_id)
        if model.parent_id is not None:
            self.turns.pop(model.parent_id, None)
        if self.head == model_turn_id:
            self.head = next((t.id for t in reversed(list(self.turns.values())) if t.role == "model"), None)

    def get(self, turn_id: str) -> Turn:
        """A turn by id or by a unique id prefix (as typed on a command line)."""
        if turn_id in self.turns:
            return self.turns[turn_id]
        matches = [t for tid, t in self.turns.items() if tid.startswith(turn_id)]
        if len(matches) == 1:
            return matches[0]
        raise ConversationError(
            QT_TRANSLATE_NOOP("core.conversation", "No turn {turn!r} in this conversation.").format(
                turn=turn_id
            )
            if not matches
            else QT_TRANSLATE_NOOP(
                "core.conversation", "{turn!r} matches several turns; type more of its id."
            ).format(turn=turn_id)
        )

    def path(self, turn_id: str | None) -> list[Turn]:
        """The turns from the root to `turn_id`, oldest first."""
        out: list[Turn] = []
        current = turn_id
        while current is not None:
            turn = self.turns[current]
            out.append(turn)
            current = turn.parent_id
        return out[::-1]

    def branch_point(self, turn_id: str | None) -> str | None:
        """Where a new exchange attaches: a model turn (a user turn means "redo from before it")."""
        if turn_id is None:
            return None
        turn = self.get(turn_id)
        return turn.parent_id if turn.role == "user" else turn.id

    def history(self, parent_id: str | None) -> list[ContentDict]:
        """What to send before a new message: each sendable exchange on the branch, verbatim."""
        path = self.path(parent_id)
        history: list[ContentDict] = []
        for user, model in zip(path[0::2], path[1::2], strict=False):
            if model.sendable:
                history.extend((user.content, model.content))
        return history

    def children(self, turn_id: str | None) -> list[Turn]:
        return [t for t in self.turns.values() if t.parent_id == turn_id]

    def add_exchange(
        self,
        parent_id: str | None,
        user_content: ContentDict,
        user_text: str,
        model_content: ContentDict | None,
        status: VariantStatus,
        *,
        model_text: str = "",
        images: tuple[str, ...] = (),
        recipe: Mapping[str, Any] | None = None,
        error: UserMessage | None = None,
        model_turn_id: str | None = None,
        user_turn_id: str | None = None,
        image_ids: tuple[int, ...] = (),
        drift: Mapping[str, Any] | None = None,
    ) -> tuple[Turn, Turn]:
        """Record one exchange under `parent_id` (None starts a new root) and move the head."""
        if parent_id is not None and self.turns[parent_id].role != "model":
            raise ConversationError(
                QT_TRANSLATE_NOOP("core.conversation", "A new message must follow a model turn.")
            )
        now = utc_now()
        user = Turn(
            user_turn_id or secrets.token_hex(4), parent_id, "user", user_content, "sent", now, text=user_text
        )
        stored = model_content or {"role": "model", "parts": []}
        model = Turn(
            model_turn_id or secrets.token_hex(4),
            user.id,
            "model",
            stored,
            status.value,
            now,
            text=model_text,
            images=images,
            recipe=recipe,
            error=error.to_dict() if error else None,
            image_ids=image_ids,
            drift=drift,
            content_sha256=content_digest(stored),
        )
        self.turns[user.id] = user
        self.turns[model.id] = model
        self.head = model.id
        return user, model

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "model": self.model,
            "created_at": self.created_at,
            "head": self.head,
            "name": self.name,
            "origin": dict(self.origin),
            "turns": [t.to_dict() for t in self.turns.values()],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conversation:
        version = data.get("schema_version")
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise ConversationError(
                QT_TRANSLATE_NOOP(
                    "core.conversation",
                    "This conversation was saved by a newer version of Cutie; update Cutie.",
                )
            )
        conv = cls(model=str(data["model"]), id=str(data["id"]), created_at=str(data.get("created_at", "")))
        for item in data.get("turns", []):
            turn = Turn.from_dict(item)
            conv.turns[turn.id] = turn
        conv.head = data.get("head")
        conv.name = str(data.get("name") or "")
        conv.origin = dict(data.get("origin") or {})
        return conv


class ConversationFolder:
    """A conversation kept in a folder: `conversation.json` plus its images, written crash-safely."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @property
    def file(self) -> Path:
        return self.folder / CONVERSATION_FILE

    def exists(self) -> bool:
        return self.file.is_file()

    def load(self) -> Conversation:
        try:
            data = json.loads(self.file.read_text("utf-8"))
        except FileNotFoundError as exc:
            raise ConversationError(
                QT_TRANSLATE_NOOP(
                    "core.conversation", "No conversation in {folder}; start one with --new."
                ).format(folder=self.folder)
            ) from exc
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ConversationError(
                QT_TRANSLATE_NOOP("core.conversation", "Cannot read {name}: {error}").format(
                    name=self.file.name, error=user_text(exc)
                )
            ) from exc
        try:
            return Conversation.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConversationError(
                QT_TRANSLATE_NOOP("core.conversation", "{name} is damaged ({error}).").format(
                    name=self.file.name, error=user_text(exc)
                )
            ) from exc

    def save(self, conversation: Conversation) -> None:
        atomic_write_text(self.file, json.dumps(conversation.to_dict(), indent=1, ensure_ascii=False) + "\n")

    def write_image(self, name: str, data: bytes) -> Path:
        path = self.folder / "images" / name
        atomic_write_bytes(path, data)
        return path
