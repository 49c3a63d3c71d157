"""Conversations, stored losslessly so thought signatures go back byte-exact after a restart."""

from __future__ import annotations

import json

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.model.conversation import Conversation, ConversationError
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import ProjectError
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import clean_text, dump
from cutie_app.core.store.rows import not_found


class Conversations:
    """The `conversations` table: one JSON document (`Conversation.to_dict()`) per conversation."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, conv: Conversation) -> None:
        """Store (or replace) a conversation, losslessly: its `to_dict()` as JSON."""
        text = dump(conv.to_dict())
        now = utc_now()
        self._db.transaction(
            lambda conn: conn.execute(
                "INSERT INTO conversations (id, model, created_at, updated_at, json) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET model = excluded.model, updated_at = excluded.updated_at,"
                " json = excluded.json",
                (clean_text(conv.id), clean_text(conv.model), clean_text(conv.created_at), now, text),
            )
        )

    def listing(self) -> list[tuple[str, str, str]]:
        """(id, model, created_at) of every conversation, oldest first."""
        return self._db.call(
            lambda conn: [
                (str(i), str(m), str(c))
                for i, m, c in conn.execute(
                    "SELECT id, model, created_at FROM conversations ORDER BY created_at, id"
                )
            ]
        )

    def delete(self, conv_id: str) -> None:
        """Forget a conversation; the images its turns made stay (they are project images)."""
        self._db.transaction(lambda conn: conn.execute("DELETE FROM conversations WHERE id = ?", (conv_id,)))

    def load(self, conv_id: str) -> Conversation:
        row = self._db.call(
            lambda conn: conn.execute("SELECT json FROM conversations WHERE id = ?", (conv_id,)).fetchone()
        )
        if row is None:
            raise not_found("conversation", conv_id)
        try:
            return Conversation.from_dict(json.loads(row[0]))
        except ConversationError as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "Cannot open this conversation"), user_text(exc)
            ) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "Cannot open this conversation"),
                QT_TRANSLATE_NOOP("core.store", "Its saved data is damaged."),
                "",
                str(exc),
            ) from exc
