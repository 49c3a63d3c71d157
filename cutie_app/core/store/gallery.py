"""What the gallery keeps in the project: the tops chosen for stacks, and its view settings.

A chosen top is one row per stack key, pointing at its image; it goes when the image goes (the
trash carries it, so Undo brings it back). View settings are plain text pairs: what they mean
is `core.model.gallery_view`'s business, and a value it cannot read costs only that value.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from cutie_app.core.model.generation import utc_now
from cutie_app.core.store.db import Database
from cutie_app.core.store.rows import exists, not_found

#: A stack key is short ("batch:<12 hex>", "scene:<id>"); anything longer is not one.
MAX_KEY = 200
MAX_SETTING = 200


class GalleryState:
    """The `stack_tops` and `view_settings` tables."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- stack tops -----------------------------------------------------------------------------

    def stack_tops(self) -> dict[str, int]:
        """The chosen top of each stack that has one: stack key -> image id."""
        return self._db.call(
            lambda conn: {str(k): int(i) for k, i in conn.execute("SELECT stack, image_id FROM stack_tops")}
        )

    def set_stack_top(self, key: str, image_id: int | None) -> None:
        """Make `image_id` the top of stack `key`; None forgets the choice (the best is the top).

        Raises:
            ValueError: `key` is not a stack key.
            ProjectError: no such image.
        """
        if not key or len(key) > MAX_KEY or ":" not in key:
            raise ValueError(f"{key!r} is not a stack")

        def write(conn: sqlite3.Connection) -> None:
            if image_id is None:
                conn.execute("DELETE FROM stack_tops WHERE stack = ?", (key,))
                return
            if not exists(conn, "images", image_id):
                raise not_found("image", image_id)
            conn.execute(
                "INSERT INTO stack_tops (stack, image_id, chosen_at) VALUES (?, ?, ?) ON CONFLICT (stack)"
                " DO UPDATE SET image_id = excluded.image_id, chosen_at = excluded.chosen_at",
                (key, image_id, utc_now()),
            )

        self._db.transaction(write)

    # -- view settings --------------------------------------------------------------------------

    def view_settings(self) -> dict[str, str]:
        return self._db.call(
            lambda conn: {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM view_settings")}
        )

    def save_view_settings(self, values: Mapping[str, str]) -> None:
        """Set each key to its value (other keys stay)."""
        rows = [(str(k)[:MAX_SETTING], str(v)[:MAX_SETTING]) for k, v in values.items()]

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "INSERT INTO view_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )

        self._db.transaction(write)


def tops_of(conn: sqlite3.Connection, image_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The stacks each image is the chosen top of (for the trash, which must put them back)."""
    if not image_ids:
        return {}
    marks = ", ".join("?" for _ in image_ids)
    found: dict[int, list[str]] = {}
    for key, image_id in conn.execute(
        f"SELECT stack, image_id FROM stack_tops WHERE image_id IN ({marks}) ORDER BY stack", image_ids
    ):
        found.setdefault(int(image_id), []).append(str(key))
    return {image_id: tuple(keys) for image_id, keys in found.items()}


def put_back_tops(conn: sqlite3.Connection, image_id: int, keys: tuple[str, ...]) -> None:
    """An image back from the trash is the top again of each stack that chose no other since."""
    for key in keys:
        conn.execute(
            "INSERT OR IGNORE INTO stack_tops (stack, image_id, chosen_at) VALUES (?, ?, ?)",
            (key, image_id, utc_now()),
        )
