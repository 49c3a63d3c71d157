"""Scenes: the ordered list of situations a series runs through."""

from __future__ import annotations

import sqlite3

from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import SceneRecord
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import clean_text
from cutie_app.core.store.rows import SCENE_SELECT, insert, move, not_found, renumber, scene_record


class Scenes:
    """The `scenes` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, text: str) -> SceneRecord:
        def write(conn: sqlite3.Connection) -> SceneRecord:
            position = conn.execute("SELECT COUNT(*) FROM scenes").fetchone()[0]
            scene_id = insert(
                conn,
                "scenes",
                ("text", "position", "created_at"),
                {"text": text, "position": position, "created_at": utc_now()},
            )
            return _scene(conn, scene_id)

        return self._db.transaction(write)

    def all(self) -> list[SceneRecord]:
        return self._db.call(
            lambda conn: [scene_record(r) for r in conn.execute(f"{SCENE_SELECT} ORDER BY position, id")]
        )

    def update(self, scene_id: int, text: str) -> SceneRecord:
        def write(conn: sqlite3.Connection) -> SceneRecord:
            if (
                conn.execute("UPDATE scenes SET text = ? WHERE id = ?", (clean_text(text), scene_id)).rowcount
                == 0
            ):
                raise not_found("scene", scene_id)
            return _scene(conn, scene_id)

        return self._db.transaction(write)

    def move(self, scene_id: int, position: int) -> None:
        """Move a scene to `position` (clamped); the others close up (series run in this order)."""
        self._db.transaction(lambda conn: move(conn, "scenes", "scene", scene_id, position))

    def remove(self, scene_id: int) -> None:
        """Remove a scene; its images and ledger rows stay, no longer grouped under it."""

        def write(conn: sqlite3.Connection) -> None:
            if conn.execute("DELETE FROM scenes WHERE id = ?", (scene_id,)).rowcount == 0:
                raise not_found("scene", scene_id)
            renumber(conn, "scenes")

        self._db.transaction(write)


def _scene(conn: sqlite3.Connection, scene_id: int) -> SceneRecord:
    row = conn.execute(f"{SCENE_SELECT} WHERE id = ?", (scene_id,)).fetchone()
    if row is None:
        raise not_found("scene", scene_id)
    return scene_record(row)
