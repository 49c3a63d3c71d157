"""A Cutie project: a folder the user can see and back up, with one SQLite file as the truth.

```
<Name>/
  project.cutie   SQLite (WAL): spec versions, reference slots, scenes, images, conversations, ledger,
                  cached consistency scores
  images/         generated images, byte-exact, "little-orange-3f2a9c1b.png" (readable name + hash)
  references/     reference images, copied in
  .cache/thumbs/  256-px PNG thumbnails named by image SHA-256 (regenerable)
```

Crash safety comes from ordering: an image's recipe sidecar and bytes reach the disk (temp file,
fsync, rename) before the row that names them is committed, so a crash leaves at worst a file
without a row, which `open` turns back into a row from its sidecar. Rows are never deleted
because a file is missing: that is reported, since the user may restore the file from a backup.

Every method may be called from any thread. Statements run on the project's store thread
(`Database`); image files are written on the caller's thread so that parallel generations
don't queue their disk writes behind each other. Files in `references/` are written and
deleted on the store thread, so "is this file still used?" can't race with a new slot.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image

from cutie_app import __version__
from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_text
from cutie_app.core.model.conversation import Conversation, ConversationError
from cutie_app.core.model.generation import Variant, VariantStatus, utc_now
from cutie_app.core.model.records import (
    CheckReport,
    ImageFlag,
    ImageRecord,
    LedgerEntry,
    LedgerOutcome,
    ProjectError,
    RecoveryReport,
    ReferenceSlot,
    SceneRecord,
)
from cutie_app.core.model.references import (
    DEFAULT_KIND,
    ReferenceImage,
    ReferenceKind,
    ReferenceRole,
    sniff_mime,
)
from cutie_app.core.model.score import SCORE_VERSION, ConsistencyError, ConsistencyScore
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store.db import Database, transaction
from cutie_app.core.store.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    check_version,
    migrate,
    probe,
    too_new_error,
)

if TYPE_CHECKING:
    from cutie_app.core.imaging.consistency import ImageFeatures

log = logging.getLogger("cutie.store")

PROJECT_FILE = "project.cutie"
IMAGES_DIR = "images"
REFERENCES_DIR = "references"
THUMBS_DIR = ".cache/thumbs"
SIDECAR_SUFFIX = ".recipe.json"
THUMB_SIZE = 256
SIDECAR_SCHEMA = 1

#: Files an OS drops into folders; they don't make a folder "not empty".
_IGNORABLE = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
_CREATING = ".project.cutie.creating"

_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/heic": ".heic",
}

_OUTCOMES: dict[VariantStatus, LedgerOutcome] = {
    VariantStatus.DELIVERED: LedgerOutcome.IMAGE,
    VariantStatus.BLOCKED: LedgerOutcome.BLOCKED,
    VariantStatus.TEXT_ONLY: LedgerOutcome.TEXT_ONLY,
    VariantStatus.FAILED: LedgerOutcome.ERROR,
}

_IMAGE_INSERT_COLUMNS = (
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
_SIDECAR_COLUMNS = tuple(
    c for c in _IMAGE_INSERT_COLUMNS if c not in {"file", "sha256", "mime", "width", "height", "recipe_json"}
)
_IMAGE_SELECT = (
    "SELECT id, file, sha256, mime, width, height, created_at, batch_id, variant_index, image_index,"
    " scene_id, model, spec_version, status, flag, rating, recipe_json, parent_image_id,"
    " conversation_id, turn_id FROM images"
)
_LEDGER_COLUMNS = (
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
)
#: References that show the character, so a variant is expected to look like them. Style,
#: palette, background and prop references are not: they would only drag every score down.
SCORED_ROLES = frozenset(
    {
        ReferenceRole.IDENTITY,
        ReferenceRole.FACE,
        ReferenceRole.SIDE,
        ReferenceRole.BACK,
        ReferenceRole.EXPRESSION,
        ReferenceRole.OUTFIT,
        ReferenceRole.POSE,
    }
)
_SLOT_SELECT = (
    "SELECT id, file, sha256, mime, role, kind, label, position, is_anchor, source_image_id, created_at"
    " FROM reference_slots"
)


# -- small pure helpers ---------------------------------------------------------------------------


def slug(text: str, limit: int = 32) -> str:
    """A file-name-safe, readable stem ("Little Orange" → "little-orange"); may be empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].rstrip("-")


def extension_for(mime: str) -> str:
    return _EXTENSIONS.get(mime, ".bin")


def image_size(data: bytes) -> tuple[int | None, int | None]:
    """Width and height from the header only (Pillow opens lazily); (None, None) if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            width, height = im.size
            return int(width), int(height)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None, None


def make_thumbnail(data: bytes, size: int = THUMB_SIZE) -> bytes:
    """A PNG at most `size` px on its longer side. Decodes the image: keep it off the UI thread."""
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (size, size))  # JPEG: decode at a reduced scale
        frame = im if im.mode in ("RGB", "RGBA", "L", "LA") else im.convert("RGBA")
        frame.thumbnail((size, size), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        frame.save(buf, "PNG")
    return buf.getvalue()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _mtime_iso(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="milliseconds")
    except OSError:
        return utc_now()


def _choose_name(folder: Path, stem: str, sha: str, mime: str) -> tuple[str, bool]:
    """The name for content `sha` in `folder`: "<stem>-<hash8><ext>", and whether it is there.

    The file is there already when the same bytes were saved before. A different file under
    the same short name (a hash-prefix clash) gets a longer hash instead.
    """
    ext = extension_for(mime)
    prefix = f"{stem}-" if stem else ""
    for digits in (8, 16, 64):
        name = f"{prefix}{sha[:digits]}{ext}"
        path = folder / name
        if not path.is_file():
            return name, False
        with contextlib.suppress(OSError):
            if _file_sha256(path) == sha:
                return name, True
    raise ProjectError("Cannot save the image", f"{folder.name}/ holds a different file named like it.")


def _place_file(folder: Path, stem: str, data: bytes, mime: str) -> str:
    """Write `data` into `folder` (atomically) unless the same bytes are there; returns the name."""
    name, present = _choose_name(folder, stem, hashlib.sha256(data).hexdigest(), mime)
    if not present:
        atomic_write_bytes(folder / name, data)
    return name


def _image_record(row: tuple[Any, ...]) -> ImageRecord:
    return ImageRecord(*row)


def _slot(row: tuple[Any, ...]) -> ReferenceSlot:
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
    )


def _scene(row: tuple[Any, ...]) -> SceneRecord:
    return SceneRecord(*row)


def _ledger_entry(row: tuple[Any, ...]) -> LedgerEntry:
    return LedgerEntry(*row)


def _insert(conn: sqlite3.Connection, table: str, columns: Iterable[str], values: Mapping[str, Any]) -> int:
    cols = tuple(columns)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    cursor = conn.execute(sql, {c: values.get(c) for c in cols})
    return int(cursor.lastrowid or 0)


def _exists(conn: sqlite3.Connection, table: str, row_id: int | None) -> bool:
    if row_id is None:
        return False
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def _renumber(conn: sqlite3.Connection, table: str) -> None:
    """Positions back to 0..n-1 in their current order."""
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY position, id")]
    for position, row_id in enumerate(ids):
        conn.execute(
            f"UPDATE {table} SET position = ? WHERE id = ? AND position != ?", (position, row_id, position)
        )


def _move(conn: sqlite3.Connection, table: str, what: str, row_id: int, position: int) -> None:
    """Move one row of an ordered table to `position` (clamped); the others close up."""
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY position, id")]
    if row_id not in ids:
        raise _not_found(what, row_id)
    ids.remove(row_id)
    ids.insert(max(0, min(position, len(ids))), row_id)
    for index, other in enumerate(ids):
        conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (index, other))


def _write_error(where: str, exc: OSError) -> ProjectError:
    return ProjectError(
        "Cannot save to the project",
        f"Cutie could not write to {where}.",
        "Check the free disk space and the folder's permissions.",
        str(exc),
    )


def _not_found(what: str, row_id: object) -> ProjectError:
    return ProjectError(f"No {what} #{row_id} in this project", "It may have been removed.")


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        log.warning("unreadable recipe sidecar %s", path)
        return None
    return data if isinstance(data, dict) else None


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def score_basis_of(anchor_sha: str | None, reference_shas: Iterable[str], palette: Iterable[str]) -> str:
    """The hash that names what scores were computed against (see `Project.score_basis`).

    Order doesn't enter the score (references are combined by best and mean, the palette by
    mean), so it doesn't enter the basis either: moving a slot keeps the cached scores.
    """
    payload = {
        "anchor": anchor_sha,
        "references": sorted(reference_shas),
        "palette": sorted(c.upper() for c in palette),
    }
    return hashlib.sha256(_dump(payload).encode("utf-8")).hexdigest()


# -- the project ----------------------------------------------------------------------------------


class Project:
    """An open project. Create with `Project.create` / `Project.open`; close when done.

    Attributes:
        folder: the project folder (absolute).
        name: the project's name (shown in the UI, used in image file names).
        recovery: what `open` repaired or found missing (empty for a new project).
    """

    def __init__(self, folder: Path, db: Database, name: str) -> None:
        """Use `create`/`open`: they check, migrate and recover before handing a project out."""
        self.folder = folder
        self.db_path = folder / PROJECT_FILE
        self.name = name
        self.recovery = RecoveryReport()
        self._db = db

    # -- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, name: str | None = None) -> Project:
        """Make a new project in `folder` (created if needed; must be empty) and open it.

        The database is built under a temporary name and renamed into place, so a crash never
        leaves a half-made project.cutie behind.
        """
        folder = Path(folder).expanduser()
        if folder.exists():
            if not folder.is_dir():
                raise ProjectError("Cannot create the project", f"{folder} is a file, not a folder.")
            if (folder / PROJECT_FILE).exists():
                raise ProjectError(
                    "There is already a project here",
                    f"{folder.name} already holds a Cutie project.",
                    "Open it instead, or pick an empty folder.",
                )
            others = [p.name for p in folder.iterdir() if p.name not in _IGNORABLE and p.name != _CREATING]
            if others:
                raise ProjectError(
                    "The folder is not empty",
                    f"{folder.name} already holds other files, and a project needs a folder of its own.",
                    "Pick an empty folder, or type a new folder name.",
                )
        project_name = (name if name is not None else folder.name).strip() or "Untitled"
        temp = folder / _CREATING
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temp.unlink(missing_ok=True)
            db = Database(temp, wal=False)
            try:
                db.call(migrate)
                db.transaction(
                    lambda conn: conn.execute(
                        "INSERT INTO project (id, name, created_at, app_version) VALUES (1, ?, ?, ?)",
                        (project_name, utc_now(), __version__),
                    )
                )
            finally:
                db.close()
            temp.replace(folder / PROJECT_FILE)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise ProjectError(
                "Cannot create the project", f"Cutie could not write to {folder}.", "", str(exc)
            ) from exc
        return cls.open(folder)

    @classmethod
    def open(cls, folder: Path) -> Project:
        """Open a project folder (or its project.cutie): check, migrate, then recover.

        Raises:
            ProjectTooNewError: the project is from a newer Cutie (the file is left untouched).
            ProjectError: no such folder, not a Cutie project, or a damaged database.
        """
        path = Path(folder).expanduser()
        if path.is_file() or (path.name == PROJECT_FILE and not path.exists()):
            if path.name != PROJECT_FILE:
                raise ProjectError(
                    "Not a Cutie project",
                    f"{path.name} is not a project file; a project's file is called {PROJECT_FILE}.",
                )
            path = path.parent
        if not path.is_dir():
            raise ProjectError("No such folder", f"{path} does not exist.", "Check the path and try again.")
        db_path = path / PROJECT_FILE
        if not db_path.is_file():
            raise ProjectError(
                "Not a Cutie project",
                f"{path.name} has no {PROJECT_FILE} file.",
                "Pick a project folder, or create a new project.",
            )
        if db_path.stat().st_size == 0:
            raise ProjectError(
                "The project database is damaged",
                f"{PROJECT_FILE} is empty.",
                "Restore the project folder from a backup; the images in it are plain files.",
            )
        app_id, version = probe(db_path)
        if app_id != APPLICATION_ID:
            raise ProjectError(
                "Not a Cutie project",
                f"{PROJECT_FILE} in {path.name} is a database, but not one Cutie made.",
            )
        if version > SCHEMA_VERSION:
            raise too_new_error(version)

        db = Database(db_path, prepare=check_version)
        try:
            db.call(migrate)
            row = db.call(lambda conn: conn.execute("SELECT name FROM project WHERE id = 1").fetchone())
            folder_abs = path.resolve()
            project = cls(folder_abs, db, str(row[0]) if row else path.name)
            try:
                for sub in (IMAGES_DIR, REFERENCES_DIR, THUMBS_DIR):
                    (folder_abs / sub).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ProjectError(
                    "Cannot open the project", f"Cutie could not write to {path}.", "", str(exc)
                ) from exc
            try:
                project.recovery = project._recover()
            except OSError as exc:
                raise ProjectError(
                    "Cannot open the project", f"Cutie could not read or clean up {path}.", "", str(exc)
                ) from exc
        except BaseException:
            db.close()
            raise
        log.info("opened project %s (schema %d)", folder_abs, SCHEMA_VERSION)
        return project

    @classmethod
    def open_or_create(cls, folder: Path, name: str | None = None) -> Project:
        """Open the project in `folder`, or create one there if it has none (CLI --project)."""
        path = Path(folder).expanduser()
        if path.name == PROJECT_FILE or (path / PROJECT_FILE).exists():
            return cls.open(path)
        return cls.create(path, name)

    def close(self) -> None:
        """Wait for queued writes, then close the database. Safe to call twice."""
        self._db.close()

    @property
    def closed(self) -> bool:
        return self._db.closed

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Project({str(self.folder)!r}, name={self.name!r})"

    # -- paths --------------------------------------------------------------------------------

    @property
    def images_dir(self) -> Path:
        return self.folder / IMAGES_DIR

    @property
    def references_dir(self) -> Path:
        return self.folder / REFERENCES_DIR

    @property
    def thumbs_dir(self) -> Path:
        return self.folder / THUMBS_DIR

    def image_path(self, record: ImageRecord) -> Path:
        return self.images_dir / record.file

    def reference_path(self, slot: ReferenceSlot) -> Path:
        return self.references_dir / slot.file

    def thumbnail_path(self, record: ImageRecord) -> Path:
        """The image's thumbnail, made now if missing (decodes the image: not on the UI thread).

        Raises:
            ProjectError: the image file is missing or can't be decoded.
        """
        path = self.thumbs_dir / f"{record.sha256}.png"
        if path.is_file():
            return path
        try:
            data = self.image_path(record).read_bytes()
        except OSError as exc:
            raise ProjectError(
                "The image file is missing", f"{IMAGES_DIR}/{record.file} could not be read.", "", str(exc)
            ) from exc
        try:
            thumb = make_thumbnail(data)
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise ProjectError(
                "Cannot show this image", f"{record.file} could not be decoded.", "", str(exc)
            ) from exc
        try:
            atomic_write_bytes(path, thumb)
        except OSError as exc:
            raise _write_error(THUMBS_DIR, exc) from exc
        return path

    # -- character spec -----------------------------------------------------------------------

    def save_spec(self, spec: CharacterSpec) -> int:
        """Store `spec` as a new version unless it equals the latest; returns the version."""
        text = spec.to_json()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()

        def write(conn: sqlite3.Connection) -> int:
            latest = conn.execute(
                "SELECT version, hash FROM spec_versions ORDER BY version DESC LIMIT 1"
            ).fetchone()
            if latest is not None and latest[1] == digest:
                return int(latest[0])
            version = (int(latest[0]) if latest else 0) + 1
            conn.execute(
                "INSERT INTO spec_versions (version, json, hash, created_at) VALUES (?, ?, ?, ?)",
                (version, text, digest, utc_now()),
            )
            return version

        return self._db.transaction(write)

    def spec(self, version: int | None = None) -> tuple[int, CharacterSpec] | None:
        """The given spec version (default: the latest), or None if there is none."""

        def read(conn: sqlite3.Connection) -> tuple[int, str] | None:
            if version is None:
                row = conn.execute(
                    "SELECT version, json FROM spec_versions ORDER BY version DESC LIMIT 1"
                ).fetchone()
            else:
                row = conn.execute(
                    "SELECT version, json FROM spec_versions WHERE version = ?", (version,)
                ).fetchone()
            return (int(row[0]), str(row[1])) if row else None

        found = self._db.call(read)
        if found is None:
            return None
        return found[0], CharacterSpec.from_json(found[1])

    def spec_versions(self) -> list[tuple[int, str]]:
        """(version, created_at), oldest first."""
        return self._db.call(
            lambda conn: [
                (int(v), str(t))
                for v, t in conn.execute("SELECT version, created_at FROM spec_versions ORDER BY version")
            ]
        )

    # -- references ---------------------------------------------------------------------------

    def add_reference(self, ref: ReferenceImage, *, source_image_id: int | None = None) -> ReferenceSlot:
        """Copy the image into references/ and append a slot.

        A reference with role ANCHOR becomes the anchor slot and replaces the previous one
        (taking its position, or position 0 when there was none).
        """
        mime = sniff_mime(ref.data) or ref.mime_type
        role = ReferenceRole(ref.role)
        kind = ReferenceKind(ref.kind)
        stem = "anchor" if role is ReferenceRole.ANCHOR else slug(Path(ref.label).stem) or role.value
        sha = ref.sha256

        def write(conn: sqlite3.Connection) -> ReferenceSlot:
            if source_image_id is not None and not _exists(conn, "images", source_image_id):
                raise _not_found("image", source_image_id)
            try:
                file = _place_file(self.references_dir, stem, ref.data, mime)
            except OSError as exc:
                raise _write_error(f"{REFERENCES_DIR}/", exc) from exc
            replaced: str | None = None
            with transaction(conn):
                if role is ReferenceRole.ANCHOR:
                    replaced, position = self._drop_anchor(conn)
                else:
                    position = conn.execute("SELECT COUNT(*) FROM reference_slots").fetchone()[0]
                slot_id = _insert(
                    conn,
                    "reference_slots",
                    (
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
                    ),
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
                    },
                )
                _renumber(conn, "reference_slots")
                slot = self._slot(conn, slot_id)
            self._delete_reference_file_if_unused(conn, replaced)
            return slot

        return self._db.call(write)

    def _drop_anchor(self, conn: sqlite3.Connection) -> tuple[str | None, int]:
        """Delete the anchor slot (inside a transaction); (its file, where the new one goes)."""
        old = conn.execute("SELECT id, file, position FROM reference_slots WHERE is_anchor = 1").fetchone()
        if old is None:
            conn.execute("UPDATE reference_slots SET position = position + 1")
            return None, 0
        conn.execute("DELETE FROM reference_slots WHERE id = ?", (old[0],))
        return str(old[1]), int(old[2])

    def _slot(self, conn: sqlite3.Connection, slot_id: int) -> ReferenceSlot:
        row = conn.execute(f"{_SLOT_SELECT} WHERE id = ?", (slot_id,)).fetchone()
        if row is None:
            raise _not_found("reference slot", slot_id)
        return _slot(row)

    def _delete_reference_file_if_unused(self, conn: sqlite3.Connection, file: str | None) -> None:
        """Runs on the store thread after the commit, so no new slot can claim the file meanwhile."""
        if file is None:
            return
        if conn.execute("SELECT 1 FROM reference_slots WHERE file = ?", (file,)).fetchone() is None:
            try:
                (self.references_dir / file).unlink(missing_ok=True)
            except OSError:
                log.warning("could not delete unused reference %s", file, exc_info=True)

    def references(self) -> list[ReferenceSlot]:
        """All slots in order, the anchor slot included."""
        return self._db.call(
            lambda conn: [_slot(r) for r in conn.execute(f"{_SLOT_SELECT} ORDER BY position, id")]
        )

    def update_reference(
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
                slot = self._slot(conn, slot_id)
                target_role = new_role or slot.role
                if target_role is ReferenceRole.ANCHOR and not slot.is_anchor:
                    old = conn.execute("SELECT id, file FROM reference_slots WHERE is_anchor = 1").fetchone()
                    if old is not None:
                        conn.execute("DELETE FROM reference_slots WHERE id = ?", (old[0],))
                        replaced = str(old[1])
                conn.execute(
                    "UPDATE reference_slots SET role = ?, kind = ?, label = ?, is_anchor = ? WHERE id = ?",
                    (
                        target_role.value,
                        (new_kind or slot.kind).value,
                        slot.label if label is None else label,
                        int(target_role is ReferenceRole.ANCHOR),
                        slot_id,
                    ),
                )
                _renumber(conn, "reference_slots")
                updated = self._slot(conn, slot_id)
            self._delete_reference_file_if_unused(conn, replaced)
            return updated

        return self._db.call(write)

    def move_reference(self, slot_id: int, position: int) -> None:
        """Move a slot to `position` (clamped); the others close up, positions stay 0..n-1."""

        self._db.transaction(lambda conn: _move(conn, "reference_slots", "reference slot", slot_id, position))

    def remove_reference(self, slot_id: int) -> None:
        """Remove a slot; its file goes too unless another slot uses the same file."""

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                slot = self._slot(conn, slot_id)
                conn.execute("DELETE FROM reference_slots WHERE id = ?", (slot_id,))
                _renumber(conn, "reference_slots")
            self._delete_reference_file_if_unused(conn, slot.file)

        self._db.call(write)

    def set_anchor(self, image_id: int) -> ReferenceSlot:
        """Promote a generated image to THE anchor reference (copied into references/).

        The previous anchor slot is replaced; `source_image_id` keeps the lineage. Promoting the
        image that already is the anchor changes nothing.
        """
        record = self.image(image_id)
        current = next((s for s in self.references() if s.is_anchor), None)
        if current is not None and current.source_image_id == image_id and current.sha256 == record.sha256:
            return current
        try:
            data = self.image_path(record).read_bytes()
        except OSError as exc:
            raise ProjectError(
                "The image file is missing", f"{IMAGES_DIR}/{record.file} could not be read.", "", str(exc)
            ) from exc
        ref = ReferenceImage(
            data,
            record.mime_type,
            ReferenceRole.ANCHOR,
            DEFAULT_KIND[ReferenceRole.ANCHOR],
            label=f"Anchor from {record.file}",
        )
        return self.add_reference(ref, source_image_id=image_id)

    def reference_images(self) -> list[ReferenceImage]:
        """The slots' bytes for a request, in slot order (reads files: not on the UI thread)."""
        out: list[ReferenceImage] = []
        for slot in self.references():
            try:
                data = self.reference_path(slot).read_bytes()
            except OSError as exc:
                raise ProjectError(
                    "A reference image is missing",
                    f"{REFERENCES_DIR}/{slot.file} (slot {slot.position + 1}) could not be read.",
                    "Remove the slot or put the file back.",
                    str(exc),
                ) from exc
            out.append(ReferenceImage(data, slot.mime_type, slot.role, slot.kind, slot.label))
        return out

    # -- scenes -------------------------------------------------------------------------------

    def add_scene(self, text: str) -> SceneRecord:
        def write(conn: sqlite3.Connection) -> SceneRecord:
            position = conn.execute("SELECT COUNT(*) FROM scenes").fetchone()[0]
            scene_id = _insert(
                conn,
                "scenes",
                ("text", "position", "created_at"),
                {"text": text, "position": position, "created_at": utc_now()},
            )
            return self._scene(conn, scene_id)

        return self._db.transaction(write)

    def _scene(self, conn: sqlite3.Connection, scene_id: int) -> SceneRecord:
        row = conn.execute(
            "SELECT id, text, position, created_at FROM scenes WHERE id = ?", (scene_id,)
        ).fetchone()
        if row is None:
            raise _not_found("scene", scene_id)
        return _scene(row)

    def scenes(self) -> list[SceneRecord]:
        return self._db.call(
            lambda conn: [
                _scene(r)
                for r in conn.execute(
                    "SELECT id, text, position, created_at FROM scenes ORDER BY position, id"
                )
            ]
        )

    def update_scene(self, scene_id: int, text: str) -> SceneRecord:
        def write(conn: sqlite3.Connection) -> SceneRecord:
            if conn.execute("UPDATE scenes SET text = ? WHERE id = ?", (text, scene_id)).rowcount == 0:
                raise _not_found("scene", scene_id)
            return self._scene(conn, scene_id)

        return self._db.transaction(write)

    def move_scene(self, scene_id: int, position: int) -> None:
        """Move a scene to `position` (clamped); the others close up (series run in this order)."""

        self._db.transaction(lambda conn: _move(conn, "scenes", "scene", scene_id, position))

    def remove_scene(self, scene_id: int) -> None:
        """Remove a scene; its images and ledger rows stay, no longer grouped under it."""

        def write(conn: sqlite3.Connection) -> None:
            if conn.execute("DELETE FROM scenes WHERE id = ?", (scene_id,)).rowcount == 0:
                raise _not_found("scene", scene_id)
            _renumber(conn, "scenes")

        self._db.transaction(write)

    # -- images -------------------------------------------------------------------------------

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
        go and thumbnails are made (best effort). If the commit fails the files stay, and the
        next `open` recovers them from their sidecars.

        A variant without images records only a ledger row, and only if it reached the service
        (it has a response id, so it may be billed); a cancelled variant records nothing.
        """
        recipe = variant.recipe
        outcome = _OUTCOMES.get(variant.status)
        if outcome is None or (not variant.images and not recipe.response_id):
            return []

        def validate(conn: sqlite3.Connection) -> None:
            if scene_id is not None and not _exists(conn, "scenes", scene_id):
                raise _not_found("scene", scene_id)
            if parent_image_id is not None and not _exists(conn, "images", parent_image_id):
                raise _not_found("image", parent_image_id)

        self._db.call(validate)
        created = utc_now()
        ledger = {
            "created_at": recipe.finished_at or created,
            "model": recipe.model,
            "image_size": recipe.image_size,
            "prompt_tokens": recipe.usage.prompt_tokens,
            "output_tokens": recipe.usage.output_tokens,
            "thoughts_tokens": recipe.usage.thoughts_tokens,
            "images": len(variant.images),
            "estimated_usd": float(recipe.cost_usd or 0.0),
            "actual_usd": None,
            "outcome": outcome.value,
            "batch_id": recipe.batch_id,
            "scene_id": scene_id,
            "conversation_id": conversation_id,
            "response_id": recipe.response_id,
        }
        if not variant.images:
            self._db.transaction(lambda conn: _insert(conn, "ledger", _LEDGER_COLUMNS, ledger))
            return []

        recipe_dict = recipe.to_dict()
        recipe_json = _dump(recipe_dict)
        stem = "-".join(p for p in (slug(self.name, 24), slug(recipe.scene, 32)) if p) or "image"
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
            name, present = _choose_name(self.images_dir, stem, sha, mime)
            sidecar = self.images_dir / (Path(name).stem + SIDECAR_SUFFIX)
            sidecar_text = _dump(
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
                if not present:
                    atomic_write_bytes(self.images_dir / name, image.data)
            except OSError as exc:
                raise _write_error(f"{IMAGES_DIR}/", exc) from exc
            rows.append({**row, "file": name, "recipe_json": recipe_json})

        def commit(conn: sqlite3.Connection) -> list[ImageRecord]:
            ids = [_insert(conn, "images", _IMAGE_INSERT_COLUMNS, row) for row in rows]
            _insert(conn, "ledger", _LEDGER_COLUMNS, ledger)
            return [
                _image_record(conn.execute(f"{_IMAGE_SELECT} WHERE id = ?", (i,)).fetchone()) for i in ids
            ]

        records = self._db.transaction(commit)
        for sidecar in sidecars:
            with contextlib.suppress(OSError):
                sidecar.unlink(missing_ok=True)
        for record, image in zip(records, variant.images, strict=True):
            self._thumbnail_best_effort(record.sha256, image.data)
        return records

    def record_unsaved(self, variant: Variant, reason: str) -> None:
        """Ledger row for a billed call whose image could not be saved (`add_variant` failed).

        The call reached the service, so it may be billed: the spending view must show it even
        though no image row exists. Nothing is written for a variant that never reached it.
        """
        recipe = variant.recipe
        outcome = _OUTCOMES.get(variant.status)
        if outcome is None or (not variant.images and not recipe.response_id):
            return
        log.warning("variant %d of batch %s not saved: %s", variant.index, recipe.batch_id, reason)
        ledger = {
            "created_at": recipe.finished_at or utc_now(),
            "model": recipe.model,
            "image_size": recipe.image_size,
            "prompt_tokens": recipe.usage.prompt_tokens,
            "output_tokens": recipe.usage.output_tokens,
            "thoughts_tokens": recipe.usage.thoughts_tokens,
            "images": len(variant.images),
            "estimated_usd": float(recipe.cost_usd or 0.0),
            "actual_usd": None,
            "outcome": outcome.value,
            "batch_id": recipe.batch_id,
            "scene_id": None,
            "conversation_id": None,
            "response_id": recipe.response_id,
        }
        self._db.transaction(lambda conn: _insert(conn, "ledger", _LEDGER_COLUMNS, ledger))

    def _thumbnail_best_effort(self, sha: str, data: bytes) -> None:
        path = self.thumbs_dir / f"{sha}.png"
        if path.is_file():
            return
        try:
            atomic_write_bytes(path, make_thumbnail(data))
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            log.warning("no thumbnail for %s: %s", sha[:12], exc)

    def images(
        self,
        *,
        scene_id: int | None = None,
        flag: str | None = None,
        min_rating: int | None = None,
        model: str | None = None,
        order: str = "time",
        basis: str | None = None,
    ) -> list[ImageRecord]:
        """Image rows for the gallery: newest first, best rated first, or most consistent first.

        `order` is "time", "rating" or "consistency". "consistency" sorts by the cached overall
        score for `basis` (default: the current `score_basis()`); images without such a score
        come last, newest first. Nothing is scored here: `score_images` does that, in a worker.

        Rows only, no file access. `None` filters mean "any" (so `scene_id=None` lists every
        image, with or without a scene). `basis` is used only by the "consistency" order.
        """
        join = ""
        where: list[str] = []
        params: list[Any] = []
        if order == "consistency":
            join = " LEFT JOIN image_scores s ON s.image_id = images.id AND s.basis = ? AND s.version = ?"
            params += [self.score_basis() if basis is None else basis, SCORE_VERSION]
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
        if order == "time":
            order_by = "created_at DESC, id DESC"
        elif order == "rating":
            order_by = "rating DESC, created_at DESC, id DESC"
        elif order == "consistency":
            order_by = "s.overall IS NULL, s.overall DESC, images.created_at DESC, images.id DESC"
        else:
            raise ValueError(f"order must be 'time', 'rating' or 'consistency', not {order!r}")
        sql = (
            _IMAGE_SELECT
            + join
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY {order_by}"
        )
        return self._db.call(lambda conn: [_image_record(r) for r in conn.execute(sql, params)])

    def image(self, image_id: int) -> ImageRecord:
        def read(conn: sqlite3.Connection) -> ImageRecord:
            row = conn.execute(f"{_IMAGE_SELECT} WHERE id = ?", (image_id,)).fetchone()
            if row is None:
                raise _not_found("image", image_id)
            return _image_record(row)

        return self._db.call(read)

    def set_flag(self, image_id: int, flag: str) -> None:
        """Flag an image "none", "pick" or "reject" (ValueError otherwise)."""
        try:
            value = ImageFlag(flag).value
        except ValueError:
            raise ValueError(f"flag must be one of none, pick, reject, not {flag!r}") from None
        self._update_image(image_id, "flag", value)

    def set_rating(self, image_id: int, stars: int) -> None:
        """Rate an image 0-5 stars (0 = unrated; ValueError otherwise)."""
        if isinstance(stars, bool) or not isinstance(stars, int) or not 0 <= stars <= 5:
            raise ValueError(f"rating must be a whole number from 0 to 5, not {stars!r}")
        self._update_image(image_id, "rating", stars)

    def _update_image(self, image_id: int, column: str, value: object) -> None:
        def write(conn: sqlite3.Connection) -> None:
            if conn.execute(f"UPDATE images SET {column} = ? WHERE id = ?", (value, image_id)).rowcount == 0:
                raise _not_found("image", image_id)

        self._db.transaction(write)

    # -- consistency scores -------------------------------------------------------------------

    def save_score(self, image_id: int, score: ConsistencyScore, basis: str) -> None:
        """Cache an image's consistency score, computed against `basis` (replaces the old one)."""

        def write(conn: sqlite3.Connection) -> None:
            if not _exists(conn, "images", image_id):
                raise _not_found("image", image_id)
            conn.execute(
                "INSERT INTO image_scores (image_id, version, basis, palette, similarity, overall,"
                " computed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (image_id) DO UPDATE SET"
                " version = excluded.version, basis = excluded.basis, palette = excluded.palette,"
                " similarity = excluded.similarity, overall = excluded.overall,"
                " computed_at = excluded.computed_at",
                (
                    image_id,
                    score.version,
                    basis,
                    score.palette,
                    score.similarity,
                    score.overall,
                    utc_now(),
                ),
            )

        self._db.transaction(write)

    def scores(self, basis: str) -> dict[int, ConsistencyScore]:
        """Cached scores by image id: only those computed against `basis` by the current formula."""
        return self._db.call(
            lambda conn: {
                int(image_id): ConsistencyScore(palette, similarity, overall, int(version))
                for image_id, version, palette, similarity, overall in conn.execute(
                    "SELECT image_id, version, palette, similarity, overall FROM image_scores"
                    " WHERE basis = ? AND version = ?",
                    (basis, SCORE_VERSION),
                )
            }
        )

    def score_basis(self) -> str:
        """A hash of what scores are computed against now (rows only, no file reads).

        It covers the anchor's SHA-256, those of the references in SCORED_ROLES and the latest
        spec's palette. A new anchor, an added or removed character reference or a palette edit
        changes it, so older cached scores are simply no longer returned by `scores`.
        """
        slots, palette = self._score_inputs()
        return self._basis_for(slots, palette)

    def _score_inputs(self) -> tuple[list[ReferenceSlot], list[str]]:
        """The slots a score compares with (anchor and SCORED_ROLES) and the latest palette."""
        slots = [s for s in self.references() if s.is_anchor or s.role in SCORED_ROLES]
        latest = self.spec()
        palette = [c.hex for c in latest[1].palette] if latest else []
        return slots, palette

    @staticmethod
    def _basis_for(slots: Sequence[ReferenceSlot], palette: Sequence[str]) -> str:
        anchor = next((s.sha256 for s in slots if s.is_anchor), None)
        return score_basis_of(anchor, [s.sha256 for s in slots if not s.is_anchor], palette)

    def score_images(self, image_ids: Sequence[int] | None = None) -> dict[int, ConsistencyScore]:
        """Fresh consistency scores for `image_ids` (default: every image), computing the missing.

        Reads and decodes image files (tens of milliseconds each): call it from a worker
        thread, never the UI thread. The anchor and references are decoded once; only images
        without a cached score for the current basis are scored, and their scores are saved.
        Ids with no image row are left out. An image whose file is missing or can't be decoded
        is logged and left out, so one bad file doesn't cost the others their scores.

        Returns:
            scores by image id; empty when there is nothing to compare with (no anchor, no
            character references and no palette).

        Raises:
            ProjectError: the anchor or a reference file is missing or can't be decoded.
        """
        slots, palette = self._score_inputs()
        if not slots and not palette:
            return {}
        basis = self._basis_for(slots, palette)
        cached = self.scores(basis)
        wanted = self.images() if image_ids is None else self._images_by_id(image_ids)
        todo = [record for record in wanted if record.id not in cached]
        if not todo:
            return {record.id: cached[record.id] for record in wanted}

        from cutie_app.core.imaging.consistency import (  # numpy: only when scoring
            features,
            hex_to_lab,
            score_features,
        )

        anchor: ImageFeatures | None = None
        references: list[ImageFeatures] = []
        for slot in slots:
            prepared = self._reference_features(slot)
            if slot.is_anchor:
                anchor = prepared
            else:
                references.append(prepared)
        palette_lab = hex_to_lab(palette)

        fresh: dict[int, ConsistencyScore] = {}
        for record in todo:
            try:
                image = features(self.image_path(record).read_bytes(), label=record.file)
            except (OSError, ConsistencyError) as exc:
                log.warning("no consistency score for %s/%s: %s", IMAGES_DIR, record.file, exc)
                continue
            score = score_features(image, palette=palette_lab, anchor=anchor, references=references)
            self.save_score(record.id, score, basis)
            fresh[record.id] = score
        found = {**cached, **fresh}
        return {record.id: found[record.id] for record in wanted if record.id in found}

    def _images_by_id(self, image_ids: Sequence[int]) -> list[ImageRecord]:
        wanted = [int(i) for i in image_ids]
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        sql = f"{_IMAGE_SELECT} WHERE id IN ({marks}) ORDER BY id"
        return self._db.call(lambda conn: [_image_record(r) for r in conn.execute(sql, wanted)])

    def _reference_features(self, slot: ReferenceSlot) -> ImageFeatures:
        from cutie_app.core.imaging.consistency import features

        what = "The anchor image" if slot.is_anchor else f"Reference image {slot.position + 1}"
        path = f"{REFERENCES_DIR}/{slot.file}"
        try:
            data = self.reference_path(slot).read_bytes()
        except OSError as exc:
            raise ProjectError(
                f"{what} is missing",
                f"{path} could not be read, so consistency scores cannot be computed.",
                "Remove the slot or put the file back.",
                str(exc),
            ) from exc
        try:
            return features(data, label=path)
        except ConsistencyError as exc:
            raise ProjectError(
                f"{what} cannot be read",
                f"{path} is damaged, so consistency scores cannot be computed.",
                "Replace the reference image.",
                str(exc),
            ) from exc

    # -- conversations ------------------------------------------------------------------------

    def save_conversation(self, conv: Conversation) -> None:
        """Store (or replace) a conversation, losslessly: its `to_dict()` as JSON."""
        data = conv.to_dict()
        text = _dump(data)
        now = utc_now()
        self._db.transaction(
            lambda conn: conn.execute(
                "INSERT INTO conversations (id, model, created_at, updated_at, json) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET model = excluded.model, updated_at = excluded.updated_at,"
                " json = excluded.json",
                (conv.id, conv.model, conv.created_at, now, text),
            )
        )

    def conversations(self) -> list[tuple[str, str, str]]:
        """(id, model, created_at) of every conversation, oldest first."""
        return self._db.call(
            lambda conn: [
                (str(i), str(m), str(c))
                for i, m, c in conn.execute(
                    "SELECT id, model, created_at FROM conversations ORDER BY created_at, id"
                )
            ]
        )

    def load_conversation(self, conv_id: str) -> Conversation:
        row = self._db.call(
            lambda conn: conn.execute("SELECT json FROM conversations WHERE id = ?", (conv_id,)).fetchone()
        )
        if row is None:
            raise _not_found("conversation", conv_id)
        try:
            return Conversation.from_dict(json.loads(row[0]))
        except ConversationError as exc:
            raise ProjectError("Cannot open this conversation", str(exc)) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(
                "Cannot open this conversation", "Its saved data is damaged.", "", str(exc)
            ) from exc

    # -- ledger -------------------------------------------------------------------------------

    def ledger(self) -> list[LedgerEntry]:
        sql = f"SELECT id, {', '.join(_LEDGER_COLUMNS)} FROM ledger ORDER BY id"
        return self._db.call(lambda conn: [_ledger_entry(r) for r in conn.execute(sql)])

    def spend_usd(self) -> float:
        """Total spend: the actual cost where known, else the estimate."""
        return float(
            self._db.call(
                lambda conn: conn.execute(
                    "SELECT TOTAL(COALESCE(actual_usd, estimated_usd)) FROM ledger"
                ).fetchone()[0]
            )
        )

    def spend_by_scene(self) -> dict[int | None, float]:
        """Spend per scene id (None: calls outside any scene, or of a removed scene)."""
        return self._db.call(
            lambda conn: {
                (None if s is None else int(s)): float(total)
                for s, total in conn.execute(
                    "SELECT scene_id, TOTAL(COALESCE(actual_usd, estimated_usd)) FROM ledger"
                    " GROUP BY scene_id"
                )
            }
        )

    # -- consistency --------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Database integrity, then every file against its row (re-hashes every file: slow).

        Run it while nothing is being saved: a file written but not yet committed would show
        as a file without a row.
        """

        def integrity_problems(conn: sqlite3.Connection) -> list[str]:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if problems == ["ok"]:
                problems = []
            problems += [
                f"{table} row {rowid} points to a missing {parent} row"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
            return problems

        def rows(conn: sqlite3.Connection) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            images = [(str(f), str(s)) for f, s in conn.execute("SELECT file, sha256 FROM images")]
            refs = [(str(f), str(s)) for f, s in conn.execute("SELECT file, sha256 FROM reference_slots")]
            return images, refs

        try:
            integrity = self._db.call(integrity_problems)
        except ProjectError as exc:
            integrity = [f"the integrity check itself failed: {exc.message.technical or exc}"]
        try:
            image_rows, ref_rows = self._db.call(rows)
        except ProjectError as exc:
            # Without rows there is nothing to compare the files with.
            return CheckReport(
                integrity=(*integrity, f"the image list is unreadable: {exc.message.technical}")
            )
        missing, orphans, mismatches, missing_refs = [], [], [], []
        for sub, rows, missing_list in (
            (IMAGES_DIR, image_rows, missing),
            (REFERENCES_DIR, ref_rows, missing_refs),
        ):
            folder = self.folder / sub
            on_disk = {
                p.name
                for p in folder.iterdir()
                if p.is_file() and not p.name.startswith(".") and not p.name.endswith(SIDECAR_SUFFIX)
            }
            expected: dict[str, set[str]] = {}
            for file, sha in rows:
                expected.setdefault(file, set()).add(sha)
            for file in sorted(expected):
                if file not in on_disk:
                    missing_list.append(f"{sub}/{file}")
                    continue
                try:
                    actual = _file_sha256(folder / file)
                except OSError:
                    missing_list.append(f"{sub}/{file}")
                    continue
                if expected[file] != {actual}:
                    mismatches.append(f"{sub}/{file}")
            orphans += [f"{sub}/{name}" for name in sorted(on_disk - set(expected))]
        return CheckReport(
            integrity=tuple(integrity),
            missing_files=tuple(missing),
            orphan_files=tuple(orphans),
            hash_mismatches=tuple(mismatches),
            missing_references=tuple(missing_refs),
            images_checked=len(image_rows),
            references_checked=len(ref_rows),
        )

    # -- recovery -----------------------------------------------------------------------------

    def _recover(self) -> RecoveryReport:
        """Clean temp files, give rows to image files that lack one, report rows without files."""
        removed: list[str] = []
        for sub in (IMAGES_DIR, REFERENCES_DIR, THUMBS_DIR):
            for temp in sorted((self.folder / sub).glob(".*.tmp")):
                try:
                    temp.unlink()
                    removed.append(f"{sub}/{temp.name}")
                except OSError:
                    log.warning("could not delete temp file %s", temp, exc_info=True)

        def read(conn: sqlite3.Connection) -> tuple[set[str], set[str], set[str]]:
            return (
                {str(r[0]) for r in conn.execute("SELECT DISTINCT file FROM images")},
                {str(r[0]) for r in conn.execute("SELECT DISTINCT file FROM reference_slots")},
                {
                    str(r[0])
                    for r in conn.execute("SELECT DISTINCT response_id FROM ledger WHERE response_id != ''")
                },
            )

        known_images, known_refs, known_responses = self._db.call(read)
        names = {p.name for p in self.images_dir.iterdir() if p.is_file() and not p.name.startswith(".")}
        sidecars = {n for n in names if n.endswith(SIDECAR_SUFFIX)}
        image_files = names - sidecars
        stems = {Path(n).stem for n in image_files}

        new_rows: list[dict[str, Any]] = []
        ledgers: list[dict[str, Any]] = []
        for name in sorted(image_files - known_images):
            path = self.images_dir / name
            try:
                data = path.read_bytes()
            except OSError:
                log.warning("could not read %s during recovery", path, exc_info=True)
                continue
            mime = sniff_mime(data)
            if mime is None:
                continue  # not an image: not ours to adopt
            sidecar_name = Path(name).stem + SIDECAR_SUFFIX
            side = _read_sidecar(self.images_dir / sidecar_name) if sidecar_name in sidecars else None
            new_rows.append(self._recovered_row(name, data, mime, side, _mtime_iso(path)))
            if side and isinstance(side.get("ledger"), dict):
                ledgers.append(side["ledger"])
        # A sidecar whose image never landed still proves a (possibly billed) call.
        for sidecar_name in sorted(sidecars):
            if sidecar_name[: -len(SIDECAR_SUFFIX)] not in stems:
                side = _read_sidecar(self.images_dir / sidecar_name)
                if side and isinstance(side.get("ledger"), dict):
                    ledgers.append(side["ledger"])
        ledgers = [
            entry
            for entry in ledgers
            if not entry.get("response_id") or str(entry.get("response_id")) not in known_responses
        ]

        if new_rows or ledgers:

            def write(conn: sqlite3.Connection) -> None:
                for row in new_rows:
                    if not _exists(conn, "scenes", row.get("scene_id")):
                        row["scene_id"] = None
                    if not _exists(conn, "images", row.get("parent_image_id")):
                        row["parent_image_id"] = None
                    _insert(conn, "images", _IMAGE_INSERT_COLUMNS, row)
                for entry in ledgers:
                    values = {c: entry.get(c) for c in _LEDGER_COLUMNS}
                    if not _exists(conn, "scenes", values.get("scene_id")):
                        values["scene_id"] = None
                    if values.get("outcome") not in {o.value for o in LedgerOutcome}:
                        values["outcome"] = LedgerOutcome.IMAGE.value
                    for column, default in (
                        ("created_at", utc_now()),
                        ("model", ""),
                        ("prompt_tokens", 0),
                        ("output_tokens", 0),
                        ("thoughts_tokens", 0),
                        ("images", 0),
                        ("estimated_usd", 0.0),
                        ("batch_id", ""),
                        ("response_id", ""),
                    ):
                        if values.get(column) is None:
                            values[column] = default
                    _insert(conn, "ledger", _LEDGER_COLUMNS, values)

            self._db.transaction(write)
            for row in new_rows:
                log.warning("recovered %s/%s (saved without its row)", IMAGES_DIR, row["file"])

        for sidecar_name in sorted(sidecars):
            try:
                (self.images_dir / sidecar_name).unlink()
                removed.append(f"{IMAGES_DIR}/{sidecar_name}")
            except OSError:
                log.warning("could not delete sidecar %s", sidecar_name, exc_info=True)

        ref_names = {p.name for p in self.references_dir.iterdir() if p.is_file()}
        missing = [f"{IMAGES_DIR}/{f}" for f in sorted(known_images - image_files)]
        missing += [f"{REFERENCES_DIR}/{f}" for f in sorted(known_refs - ref_names)]
        for item in missing:
            log.warning("project file missing: %s", item)
        return RecoveryReport(
            recovered=tuple(f"{IMAGES_DIR}/{row['file']}" for row in new_rows),
            missing=tuple(missing),
            removed_temp=tuple(removed),
        )

    @staticmethod
    def _recovered_row(
        name: str, data: bytes, mime: str, side: Mapping[str, Any] | None, mtime: str
    ) -> dict[str, Any]:
        """A row for an image file found without one: from its sidecar if any, else minimal."""
        width, height = image_size(data)
        row: dict[str, Any] = {
            "file": name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "mime": mime,
            "width": width,
            "height": height,
            "created_at": mtime,
            "batch_id": "",
            "variant_index": 0,
            "image_index": 0,
            "scene_id": None,
            "model": "",
            "spec_version": None,
            "status": "recovered",
            "recipe_json": "{}",
            "parent_image_id": None,
            "conversation_id": None,
            "turn_id": None,
        }
        if side is None:
            return row
        info = side.get("image")
        recipe = side.get("recipe")
        if isinstance(recipe, dict):
            row["recipe_json"] = _dump(recipe)
            row["model"] = str(recipe.get("model", ""))
        if isinstance(info, dict):
            for column in _SIDECAR_COLUMNS:
                if info.get(column) is not None:
                    row[column] = info[column]
        return row
