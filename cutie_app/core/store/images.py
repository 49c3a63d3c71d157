"""Generated images: files written before their rows, thumbnails and previews, the gallery's queries.

Crash safety comes from ordering: an image's recipe sidecar and bytes reach the disk (temp file,
fsync, rename) before the row that names them is committed, so a crash leaves at worst a file
without a row, which recovery turns back into a row from its sidecar. Image files are written on
the caller's thread so that parallel generations don't queue their disk writes behind each other.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_text
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.previews import preview_dimensions
from cutie_app.core.model.generation import Recipe, Variant, VariantStatus, utc_now
from cutie_app.core.model.records import (
    ImageFlag,
    ImageRecord,
    ProjectError,
    ProjectReadOnlyError,
    UnsafePathError,
)
from cutie_app.core.model.references import sniff_mime
from cutie_app.core.model.score import SCORE_VERSION
from cutie_app.core.store.crashpoints import pause_point
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import (
    choose_name,
    dump,
    image_size,
    make_thumbnail,
    slug,
    write_cached_copies,
    write_error,
)
from cutie_app.core.store.layout import IMAGES_DIR, SIDECAR_SCHEMA, SIDECAR_SUFFIX, THUMBS_DIR, ProjectLayout
from cutie_app.core.store.ledger import OUTCOMES, enter, enter_unknown, ledger_row, unknown_rows
from cutie_app.core.store.rows import (
    IMAGE_INSERT_COLUMNS,
    IMAGE_SELECT,
    exists,
    image_record,
    insert,
    not_found,
)

log = logging.getLogger("cutie.store")

ORDERS = ("time", "rating", "consistency")


#: An adjusted version: `add_derived` leaves the batch empty and its recipe names the adjustments
#: (the batch is tested first, so generated rows are never parsed).
_ADJUSTED = "(images.batch_id = '' AND json_extract(images.recipe_json, '$.adjustments') IS NOT NULL)"

#: Where an image came from, as a condition on its row: the model (a generation), a
#: conversation's turn, or a local adjustment.
IMAGE_SOURCES: dict[str, str] = {
    "generated": f"images.conversation_id IS NULL AND NOT {_ADJUSTED}",
    "conversation": "images.conversation_id IS NOT NULL",
    "adjusted": _ADJUSTED,
}


class Images:
    """The `images` table and the files in images/, .cache/thumbs/ and .cache/previews/."""

    def __init__(
        self, layout: ProjectLayout, db: Database, project_name: str, *, read_only: bool = False
    ) -> None:
        self._layout = layout
        self._db = db
        self._name = project_name
        self._read_only = read_only

    # -- paths --------------------------------------------------------------------------------

    def path(self, record: ImageRecord) -> Path:
        return self._layout.image_file(record.file)

    def thumbnail_path(self, record: ImageRecord) -> Path:
        """The image's thumbnail, made now if missing (decodes the image: not on the UI thread).

        Raises:
            ProjectError: the image file is missing or can't be decoded.
        """
        path = self._layout.thumbnail_file(record.sha256)
        if path.is_file():
            return path
        if self._read_only:
            raise ProjectReadOnlyError(
                QT_TRANSLATE_NOOP("core.store", "No thumbnail for this image yet"),
                QT_TRANSLATE_NOOP(
                    "core.store", "The project is open read-only, so Cutie does not write thumbnails into it."
                ),
            )
        try:
            data = self.path(record).read_bytes()
        except OSError as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "The image file is missing"),
                QT_TRANSLATE_NOOP("core.store", "{folder}/{file} could not be read.").format(
                    folder=IMAGES_DIR, file=record.file
                ),
                "",
                str(exc),
            ) from exc
        try:
            thumb = make_thumbnail(data)
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "Cannot show this image"),
                QT_TRANSLATE_NOOP("core.store", "{file} could not be decoded.").format(file=record.file),
                "",
                str(exc),
            ) from exc
        try:
            atomic_write_bytes(path, thumb)
        except OSError as exc:
            raise write_error(THUMBS_DIR, exc) from exc
        return path

    def _cache_best_effort(self, sha: str, data: bytes) -> None:
        """The thumbnail and the preview of a picture just saved, from one decode (if missing)."""
        try:
            thumb_path = self._layout.thumbnail_file(sha)
            preview_path = self._layout.preview_file(sha)
            want_thumb = not thumb_path.is_file()
            want_preview = preview_dimensions(*_header_size(data)) is not None and not preview_path.is_file()
            if want_thumb or want_preview:
                write_cached_copies(
                    data, sha, thumb_path if want_thumb else None, preview_path if want_preview else None
                )
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, UnsafePathError) as exc:
            log.warning("no thumbnail or preview for %s: %s", sha[:12], exc)

    def restore_cached_copies(self, records: Sequence[ImageRecord]) -> None:
        """Make the previews (and any missing thumbnail) of images put back from the trash."""
        if self._read_only:
            return
        for record in records:
            try:
                data = self.path(record).read_bytes()
            except (OSError, UnsafePathError) as exc:
                log.warning("no preview for image #%d: %s", record.id, exc)
                continue
            self._cache_best_effort(record.sha256, data)

    def drop_unused_previews(self, shas: Sequence[str]) -> None:
        """Delete the previews of pictures no image row or reference slot has any more.

        Runs after the rows went (a deletion): a preview never outlives the picture it shows.
        """

        def unused(conn: sqlite3.Connection) -> list[str]:
            return [
                sha
                for sha in dict.fromkeys(shas)
                if conn.execute(
                    "SELECT 1 FROM images WHERE sha256 = ? UNION ALL SELECT 1 FROM reference_slots"
                    " WHERE sha256 = ? LIMIT 1",
                    (sha, sha),
                ).fetchone()
                is None
            ]

        for sha in self._db.call(unused):
            try:
                self._layout.preview_file(sha).unlink(missing_ok=True)
            except (OSError, UnsafePathError) as exc:
                log.warning("could not delete the preview of %s: %s", sha[:12], exc)

    # -- saving -------------------------------------------------------------------------------

    def add_variant(
        self,
        variant: Variant,
        *,
        scene_id: int | None = None,
        parent_image_id: int | None = None,
        conversation_id: str | None = None,
        turn_id: str | None = None,
    ) -> list[ImageRecord]:
        """Save a variant's images and its ledger row; returns the new image rows.

        Order (crash-safe): per image, the recipe sidecar then the bytes (each temp + fsync +
        rename); then ONE transaction with the image rows and the ledger row; then the sidecars
        go and the thumbnails and previews are made (best effort). If the commit fails the files
        stay, and the next open recovers them from their sidecars.

        A variant without images records only a ledger row, and only if it reached the service
        (it has a response id, so it may be billed); a cancelled variant records nothing.
        """
        recipe = variant.recipe
        outcome = OUTCOMES.get(variant.status)
        unknown = unknown_rows(variant, scene_id=scene_id, conversation_id=conversation_id)
        if outcome is None or (not variant.images and not recipe.response_id):
            if unknown:  # calls whose answers never arrived: each may be billed
                self._db.transaction(lambda conn: enter_unknown(conn, unknown))
            return []

        def validate(conn: sqlite3.Connection) -> None:
            if scene_id is not None and not exists(conn, "scenes", scene_id):
                raise not_found("scene", scene_id)
            if parent_image_id is not None and not exists(conn, "images", parent_image_id):
                raise not_found("image", parent_image_id)

        self._db.call(validate)
        created = utc_now()
        ledger = ledger_row(variant, outcome, scene_id=scene_id, conversation_id=conversation_id)
        if not variant.images:

            def enter_call(conn: sqlite3.Connection) -> None:
                enter(conn, ledger)
                enter_unknown(conn, unknown)

            self._db.transaction(enter_call)
            return []

        recipe_dict = recipe.to_dict()
        recipe_json = dump(recipe_dict)
        stem = "-".join(p for p in (slug(self._name, 24), slug(recipe.scene, 32)) if p) or "image"
        images_dir = self._layout.images_dir
        rows: list[dict[str, Any]] = []
        sidecars: list[Path] = []
        for index, image in enumerate(variant.images):
            mime = sniff_mime(image.data) or image.mime_type
            sha = image.sha256
            width, height = image_size(image.data)
            row: dict[str, Any] = {
                "sha256": sha,
                "mime": mime,
                "width": width,
                "height": height,
                "created_at": created,
                "batch_id": recipe.batch_id,
                "variant_index": variant.index,
                "image_index": index,
                "scene_id": scene_id,
                "model": recipe.model,
                "spec_version": recipe.spec_version,
                "status": variant.status.value,
                "parent_image_id": parent_image_id,
                "conversation_id": conversation_id,
                "turn_id": turn_id,
            }
            name, present = choose_name(images_dir, stem, sha, mime)
            sidecar = images_dir / (Path(name).stem + SIDECAR_SUFFIX)
            sidecar_text = dump(
                {
                    "cutie_sidecar": SIDECAR_SCHEMA,
                    "recipe": recipe_dict,
                    "image": {**row, "file": name},
                    "ledger": ledger if index == 0 else None,
                }
            )
            try:
                atomic_write_text(sidecar, sidecar_text)
                sidecars.append(sidecar)
                pause_point("image-bytes")
                if not present:
                    atomic_write_bytes(images_dir / name, image.data)
            except OSError as exc:
                raise write_error(f"{IMAGES_DIR}/", exc) from exc
            rows.append({**row, "file": name, "recipe_json": recipe_json})

        def commit(conn: sqlite3.Connection) -> list[ImageRecord]:
            ids = [insert(conn, "images", IMAGE_INSERT_COLUMNS, row) for row in rows]
            enter(conn, ledger)
            enter_unknown(conn, unknown)
            pause_point("commit")
            return [image_record(conn.execute(f"{IMAGE_SELECT} WHERE id = ?", (i,)).fetchone()) for i in ids]

        records = self._db.transaction(commit)
        for sidecar in sidecars:
            with contextlib.suppress(OSError):
                sidecar.unlink(missing_ok=True)
        for record, image in zip(records, variant.images, strict=True):
            self._cache_best_effort(record.sha256, image.data)
        return records

    def add_derived(self, parent_image_id: int, data: bytes, mime_type: str, recipe: Recipe) -> ImageRecord:
        """Save an image made locally from another (an adjusted version); see `Project`.

        The same crash-safe order as `add_variant` (sidecar, bytes, one transaction, sidecar
        gone), but nothing was billed: no ledger row, and the sidecar carries none, so recovery
        adopts the image alone, its parent and scene included.
        """
        parent = self.get(parent_image_id)
        mime = sniff_mime(data) or mime_type
        sha = hashlib.sha256(data).hexdigest()
        width, height = image_size(data)
        row: dict[str, Any] = {
            "sha256": sha,
            "mime": mime,
            "width": width,
            "height": height,
            "created_at": utc_now(),
            # Not an image of a generation batch (the recipe still names the source's): a batch
            # id here would make `check` see the source and its versions as one image saved twice.
            "batch_id": "",
            "variant_index": 0,
            "image_index": 0,
            "scene_id": parent.scene_id,
            "model": recipe.model,
            "spec_version": recipe.spec_version,
            "status": VariantStatus.DELIVERED.value,
            "parent_image_id": parent.id,
            "conversation_id": None,
            "turn_id": None,
        }
        recipe_dict = recipe.to_dict()
        images_dir = self._layout.images_dir
        stem = "-".join(p for p in (slug(self._name, 24), slug(recipe.scene, 32)) if p) or "image"
        name, present = choose_name(images_dir, stem, sha, mime)
        sidecar = images_dir / (Path(name).stem + SIDECAR_SUFFIX)
        sidecar_text = dump(
            {
                "cutie_sidecar": SIDECAR_SCHEMA,
                "recipe": recipe_dict,
                "image": {**row, "file": name},
                "ledger": None,
            }
        )
        try:
            atomic_write_text(sidecar, sidecar_text)
            pause_point("image-bytes")
            if not present:
                atomic_write_bytes(images_dir / name, data)
        except OSError as exc:
            raise write_error(f"{IMAGES_DIR}/", exc) from exc
        values = {**row, "file": name, "recipe_json": dump(recipe_dict)}

        def commit(conn: sqlite3.Connection) -> ImageRecord:
            if not exists(conn, "images", parent.id):  # removed meanwhile: keep the image, unlinked
                values["parent_image_id"] = None
            if not exists(conn, "scenes", values["scene_id"]):
                values["scene_id"] = None
            image_id = insert(conn, "images", IMAGE_INSERT_COLUMNS, values)
            pause_point("commit")
            return image_record(conn.execute(f"{IMAGE_SELECT} WHERE id = ?", (image_id,)).fetchone())

        record = self._db.transaction(commit)
        with contextlib.suppress(OSError):
            sidecar.unlink(missing_ok=True)
        self._cache_best_effort(record.sha256, data)
        return record

    # -- reading and rating -------------------------------------------------------------------

    def query(
        self,
        *,
        scene_id: int | None = None,
        flag: str | None = None,
        min_rating: int | None = None,
        model: str | None = None,
        source: str | None = None,
        order: str = "time",
        basis: str = "",
    ) -> list[ImageRecord]:
        """Image rows for the gallery (see `Project.images`); `basis` serves the consistency order."""
        if source is not None and source not in IMAGE_SOURCES:
            raise ValueError(f"source must be one of {', '.join(IMAGE_SOURCES)}, not {source!r}")
        join = ""
        where: list[str] = []
        params: list[Any] = []
        if order == "consistency":
            join = " LEFT JOIN image_scores s ON s.image_id = images.id AND s.basis = ? AND s.version = ?"
            params += [basis, SCORE_VERSION]
        if scene_id is not None:
            where.append("scene_id = ?")
            params.append(scene_id)
        if flag is not None:
            where.append("flag = ?")
            params.append(ImageFlag(flag).value)
        if min_rating is not None:
            where.append("rating >= ?")
            params.append(int(min_rating))
        if model is not None:
            where.append("model = ?")
            params.append(model)
        if source is not None:
            where.append(IMAGE_SOURCES[source])
        if order == "time":
            order_by = "created_at DESC, id DESC"
        elif order == "rating":
            order_by = "rating DESC, created_at DESC, id DESC"
        elif order == "consistency":
            order_by = "s.overall IS NULL, s.overall DESC, images.created_at DESC, images.id DESC"
        else:
            raise ValueError(f"order must be 'time', 'rating' or 'consistency', not {order!r}")
        filters = " WHERE " + " AND ".join(where) if where else ""
        sql = f"{IMAGE_SELECT}{join}{filters} ORDER BY {order_by}"
        return self._db.call(lambda conn: [image_record(r) for r in conn.execute(sql, params)])

    def models(self) -> list[str]:
        """The distinct models of the images, sorted (one pass over the model index, no rows)."""
        sql = "SELECT DISTINCT model FROM images ORDER BY model"
        return self._db.call(lambda conn: [str(r[0]) for r in conn.execute(sql)])

    def get(self, image_id: int) -> ImageRecord:
        def read(conn: sqlite3.Connection) -> ImageRecord:
            row = conn.execute(f"{IMAGE_SELECT} WHERE id = ?", (image_id,)).fetchone()
            if row is None:
                raise not_found("image", image_id)
            return image_record(row)

        return self._db.call(read)

    def by_ids(self, image_ids: Sequence[int]) -> list[ImageRecord]:
        wanted = [int(i) for i in image_ids]
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        sql = f"{IMAGE_SELECT} WHERE id IN ({marks}) ORDER BY id"
        return self._db.call(lambda conn: [image_record(r) for r in conn.execute(sql, wanted)])

    def set_flag(self, image_id: int, flag: str) -> None:
        """Flag an image "none", "pick" or "reject" (ValueError otherwise)."""
        try:
            value = ImageFlag(flag).value
        except ValueError:
            raise ValueError(f"flag must be one of none, pick, reject, not {flag!r}") from None
        self._update(image_id, "flag", value)

    def set_rating(self, image_id: int, stars: int) -> None:
        """Rate an image 0-5 stars (0 = unrated; ValueError otherwise)."""
        if isinstance(stars, bool) or not isinstance(stars, int) or not 0 <= stars <= 5:
            raise ValueError(f"rating must be a whole number from 0 to 5, not {stars!r}")
        self._update(image_id, "rating", stars)

    def _update(self, image_id: int, column: str, value: object) -> None:
        def write(conn: sqlite3.Connection) -> None:
            if conn.execute(f"UPDATE images SET {column} = ? WHERE id = ?", (value, image_id)).rowcount == 0:
                raise not_found("image", image_id)

        self._db.transaction(write)


def _header_size(data: bytes) -> tuple[int, int]:
    width, height = image_size(data)
    return (width or 0, height or 0)
