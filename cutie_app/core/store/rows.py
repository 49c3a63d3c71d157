"""Small SQL helpers the managers share: column lists, row → record, insert, ordered tables."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.records import (
    ImageRecord,
    LedgerEntry,
    ProjectError,
    ReferenceSlot,
    SceneRecord,
)
from cutie_app.core.model.references import MetadataPrivacy, ReferenceKind, ReferenceRole
from cutie_app.core.store.files import clean_text

IMAGE_INSERT_COLUMNS = (
    "file",
    "sha256",
    "mime",
    "width",
    "height",
    "created_at",
    "batch_id",
    "variant_index",
    "image_index",
    "scene_id",
    "model",
    "spec_version",
    "status",
    "recipe_json",
    "parent_image_id",
    "conversation_id",
    "turn_id",
)
#: What a sidecar may restore on recovery; the file itself tells the rest (name, hash, type, size).
SIDECAR_COLUMNS = tuple(
    c for c in IMAGE_INSERT_COLUMNS if c not in {"file", "sha256", "mime", "width", "height", "recipe_json"}
)
IMAGE_SELECT = (
    "SELECT id, file, sha256, mime, width, height, created_at, batch_id, variant_index, image_index,"
    " scene_id, model, spec_version, status, flag, rating, recipe_json, parent_image_id,"
    " conversation_id, turn_id FROM images"
)
LEDGER_COLUMNS = (
    "created_at",
    "model",
    "image_size",
    "prompt_tokens",
    "output_tokens",
    "thoughts_tokens",
    "images",
    "estimated_usd",
    "actual_usd",
    "outcome",
    "batch_id",
    "scene_id",
    "conversation_id",
    "response_id",
    "detail",
)
SLOT_COLUMNS = (
    "file",
    "sha256",
    "mime",
    "role",
    "kind",
    "label",
    "position",
    "is_anchor",
    "source_image_id",
    "created_at",
    "private_metadata",
)
SLOT_SELECT = (
    "SELECT id, file, sha256, mime, role, kind, label, position, is_anchor, source_image_id, created_at,"
    " private_metadata FROM reference_slots"
)
SCENE_SELECT = "SELECT id, text, position, created_at FROM scenes"


def image_record(row: tuple[Any, ...]) -> ImageRecord:
    return ImageRecord(*row)


def slot_record(row: tuple[Any, ...]) -> ReferenceSlot:
    return ReferenceSlot(
        id=row[0],
        file=row[1],
        sha256=row[2],
        mime_type=row[3],
        role=ReferenceRole(row[4]),
        kind=ReferenceKind(row[5]),
        label=row[6],
        position=row[7],
        is_anchor=bool(row[8]),
        source_image_id=row[9],
        created_at=row[10],
        privacy=privacy_from_column(row[11]),
    )


def privacy_column(privacy: MetadataPrivacy | None) -> str | None:
    """A slot's `private_metadata` value: JSON, or NULL when it is not known."""
    return None if privacy is None else json.dumps(privacy.to_dict(), separators=(",", ":"))


def privacy_from_column(value: object) -> MetadataPrivacy | None:
    """The record back from its column; anything unreadable (a pack's database is untrusted)
    reads as not known, never as "nothing private"."""
    if not isinstance(value, str):
        return None
    try:
        return MetadataPrivacy.from_dict(json.loads(value))
    except (ValueError, RecursionError):
        return None


def scene_record(row: tuple[Any, ...]) -> SceneRecord:
    return SceneRecord(*row)


def ledger_entry(row: tuple[Any, ...]) -> LedgerEntry:
    return LedgerEntry(*row)


def insert(conn: sqlite3.Connection, table: str, columns: Iterable[str], values: Mapping[str, Any]) -> int:
    cols = tuple(columns)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    cursor = conn.execute(sql, {c: _encodable(values.get(c)) for c in cols})
    return int(cursor.lastrowid or 0)


def _encodable(value: object) -> object:
    return clean_text(value) if isinstance(value, str) else value


def exists(conn: sqlite3.Connection, table: str, row_id: int | None) -> bool:
    if row_id is None:
        return False
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def renumber(conn: sqlite3.Connection, table: str) -> None:
    """Positions back to 0..n-1 in their current order."""
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY position, id")]
    for position, row_id in enumerate(ids):
        conn.execute(
            f"UPDATE {table} SET position = ? WHERE id = ? AND position != ?", (position, row_id, position)
        )


def move(conn: sqlite3.Connection, table: str, what: str, row_id: int, position: int) -> None:
    """Move one row of an ordered table to `position` (clamped); the others close up."""
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY position, id")]
    if row_id not in ids:
        raise not_found(what, row_id)
    ids.remove(row_id)
    ids.insert(max(0, min(position, len(ids))), row_id)
    for index, other in enumerate(ids):
        conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (index, other))


_NOT_FOUND = {
    "image": QT_TRANSLATE_NOOP("core.store", "No image #{id} in this project"),
    "scene": QT_TRANSLATE_NOOP("core.store", "No scene #{id} in this project"),
    "conversation": QT_TRANSLATE_NOOP("core.store", "No conversation #{id} in this project"),
    "reference slot": QT_TRANSLATE_NOOP("core.store", "No reference slot #{id} in this project"),
}


def not_found(what: str, row_id: object) -> ProjectError:
    """`what` is "image", "scene", "conversation" or "reference slot"."""
    return ProjectError(
        _NOT_FOUND[what].format(id=row_id), QT_TRANSLATE_NOOP("core.store", "It may have been removed.")
    )
