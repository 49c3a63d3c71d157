"""Reference slots: images copied into references/, in order, with at most one anchor.

Files in references/ are written and deleted on the store thread, so "is this file still
used?" can't race with a new slot claiming the same file.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import ProjectError, ReferenceSlot, UnsafePathError
from cutie_app.core.model.references import (
    DEFAULT_KIND,
    ReferenceImage,
    ReferenceKind,
    ReferenceRole,
    sniff_mime,
)
from cutie_app.core.store.db import Database, transaction
from cutie_app.core.store.files import clean_text, place_file, slug, write_error
from cutie_app.core.store.images import Images
from cutie_app.core.store.layout import IMAGES_DIR, REFERENCES_DIR, ProjectLayout
from cutie_app.core.store.rows import (
    SLOT_COLUMNS,
    SLOT_SELECT,
    exists,
    insert,
    move,
    not_found,
    privacy_column,
    renumber,
    slot_record,
)

log = logging.getLogger("cutie.store")


class References:
    """The `reference_slots` table and the files in references/."""

    def __init__(self, layout: ProjectLayout, db: Database, images: Images) -> None:
        self._layout = layout
        self._db = db
        self._images = images

    def path(self, slot: ReferenceSlot) -> Path:
        return self._layout.reference_file(slot.file)

    def add(self, ref: ReferenceImage, *, source_image_id: int | None = None) -> ReferenceSlot:
        """Copy the image into references/ and append a slot (see `Project.add_reference`)."""
        mime = sniff_mime(ref.data) or ref.mime_type
        role = ReferenceRole(ref.role)
        kind = ReferenceKind(ref.kind)
        stem = "anchor" if role is ReferenceRole.ANCHOR else slug(Path(ref.label).stem) or role.value
        sha = ref.sha256

        def write(conn: sqlite3.Connection) -> ReferenceSlot:
            if source_image_id is not None and not exists(conn, "images", source_image_id):
                raise not_found("image", source_image_id)
            if role is ReferenceRole.ANCHOR:
                self._anchor_file(conn)  # refuse before writing when the old anchor's row is unsafe
            try:
                file = place_file(self._layout.references_dir, stem, ref.data, mime)
            except OSError as exc:
                raise write_error(f"{REFERENCES_DIR}/", exc) from exc
            replaced: str | None = None
            with transaction(conn):
                if role is ReferenceRole.ANCHOR:
                    replaced, position = _drop_anchor(conn)
                else:
                    position = conn.execute("SELECT COUNT(*) FROM reference_slots").fetchone()[0]
                slot_id = insert(
                    conn,
                    "reference_slots",
                    SLOT_COLUMNS,
                    {
                        "file": file,
                        "sha256": sha,
                        "mime": mime,
                        "role": role.value,
                        "kind": kind.value,
                        "label": ref.label,
                        "position": position,
                        "is_anchor": int(role is ReferenceRole.ANCHOR),
                        "source_image_id": source_image_id,
                        "created_at": utc_now(),
                        "private_metadata": privacy_column(ref.privacy),
                    },
                )
                renumber(conn, "reference_slots")
                slot = _slot(conn, slot_id)
            self._delete_file_if_unused(conn, replaced)
            return slot

        return self._db.call(write)

    def _anchor_file(self, conn: sqlite3.Connection) -> Path | None:
        """The current anchor's file (UnsafePathError if its row names one outside references/)."""
        row = conn.execute("SELECT file FROM reference_slots WHERE is_anchor = 1").fetchone()
        return None if row is None else self._layout.reference_file(row[0])

    def _delete_file_if_unused(self, conn: sqlite3.Connection, file: str | None) -> None:
        """Runs on the store thread after the commit, so no new slot can claim the file meanwhile.

        The slot's path was checked before its row went, so this never deletes outside references/.
        """
        if file is None:
            return
        if conn.execute("SELECT 1 FROM reference_slots WHERE file = ?", (file,)).fetchone() is None:
            try:
                self._layout.reference_file(file).unlink(missing_ok=True)
            except (OSError, UnsafePathError):
                log.warning("could not delete unused reference %s", file, exc_info=True)

    def all(self) -> list[ReferenceSlot]:
        """All slots in order, the anchor slot included."""
        return self._db.call(
            lambda conn: [slot_record(r) for r in conn.execute(f"{SLOT_SELECT} ORDER BY position, id")]
        )

    def update(
        self,
        slot_id: int,
        *,
        role: ReferenceRole | str | None = None,
        kind: ReferenceKind | str | None = None,
        label: str | None = None,
    ) -> ReferenceSlot:
        """Change a slot's role, kind or label. Making a slot the ANCHOR replaces the old anchor."""
        new_role = ReferenceRole(role) if role is not None else None
        new_kind = ReferenceKind(kind) if kind is not None else None

        def write(conn: sqlite3.Connection) -> ReferenceSlot:
            replaced: str | None = None
            with transaction(conn):
                slot = _slot(conn, slot_id)
                target_role = new_role or slot.role
                if target_role is ReferenceRole.ANCHOR and not slot.is_anchor:
                    self._anchor_file(conn)
                    old = conn.execute("SELECT id, file FROM reference_slots WHERE is_anchor = 1").fetchone()
                    if old is not None:
                        conn.execute("DELETE FROM reference_slots WHERE id = ?", (old[0],))
                        replaced = str(old[1])
                conn.execute(
                    "UPDATE reference_slots SET role = ?, kind = ?, label = ?, is_anchor = ? WHERE id = ?",
                    (
                        target_role.value,
                        (new_kind or slot.kind).value,
                        slot.label if label is None else clean_text(label),
                        int(target_role is ReferenceRole.ANCHOR),
                        slot_id,
                    ),
                )
                renumber(conn, "reference_slots")
                updated = _slot(conn, slot_id)
            self._delete_file_if_unused(conn, replaced)
            return updated

        return self._db.call(write)

    def move(self, slot_id: int, position: int) -> None:
        """Move a slot to `position` (clamped); the others close up, positions stay 0..n-1."""
        self._db.transaction(lambda conn: move(conn, "reference_slots", "reference slot", slot_id, position))

    def remove(self, slot_id: int) -> None:
        """Remove a slot; its file goes too unless another slot uses the same file."""

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                slot = _slot(conn, slot_id)
                self._layout.reference_file(slot.file)  # refused, row kept, if it names a file elsewhere
                conn.execute("DELETE FROM reference_slots WHERE id = ?", (slot_id,))
                renumber(conn, "reference_slots")
            self._delete_file_if_unused(conn, slot.file)

        self._db.call(write)

    def set_anchor(self, image_id: int) -> ReferenceSlot:
        """Promote a generated image to THE anchor reference (see `Project.set_anchor`)."""
        from cutie_app.core.imaging.reference_import import privacy_of  # the image reader, when needed

        record = self._images.get(image_id)
        current = next((s for s in self.all() if s.is_anchor), None)
        if current is not None and current.source_image_id == image_id and current.sha256 == record.sha256:
            return current
        try:
            data = self._images.path(record).read_bytes()
        except OSError as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "The image file is missing"),
                QT_TRANSLATE_NOOP("core.store", "{folder}/{file} could not be read.").format(
                    folder=IMAGES_DIR, file=record.file
                ),
                "",
                str(exc),
            ) from exc
        ref = ReferenceImage(
            data,
            record.mime_type,
            ReferenceRole.ANCHOR,
            DEFAULT_KIND[ReferenceRole.ANCHOR],
            label=f"Anchor from {record.file}",
            privacy=privacy_of(data),
        )
        return self.add(ref, source_image_id=image_id)

    def images(self) -> list[ReferenceImage]:
        """The slots' bytes for a request, in slot order (reads files: not on the UI thread)."""
        out: list[ReferenceImage] = []
        for slot in self.all():
            try:
                data = self.path(slot).read_bytes()
            except OSError as exc:
                raise ProjectError(
                    QT_TRANSLATE_NOOP("core.store", "A reference image is missing"),
                    QT_TRANSLATE_NOOP(
                        "core.store", "{folder}/{file} (slot {position}) could not be read."
                    ).format(folder=REFERENCES_DIR, file=slot.file, position=slot.position + 1),
                    QT_TRANSLATE_NOOP("core.store", "Remove the slot or put the file back."),
                    str(exc),
                ) from exc
            out.append(ReferenceImage(data, slot.mime_type, slot.role, slot.kind, slot.label, slot.privacy))
        return out


def _drop_anchor(conn: sqlite3.Connection) -> tuple[str | None, int]:
    """Delete the anchor slot (inside a transaction); (its file, where the new one goes)."""
    old = conn.execute("SELECT id, file, position FROM reference_slots WHERE is_anchor = 1").fetchone()
    if old is None:
        conn.execute("UPDATE reference_slots SET position = position + 1")
        return None, 0
    conn.execute("DELETE FROM reference_slots WHERE id = ?", (old[0],))
    return str(old[1]), int(old[2])


def _slot(conn: sqlite3.Connection, slot_id: int) -> ReferenceSlot:
    row = conn.execute(f"{SLOT_SELECT} WHERE id = ?", (slot_id,)).fetchone()
    if row is None:
        raise not_found("reference slot", slot_id)
    return slot_record(row)
