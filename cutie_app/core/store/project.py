"""A Cutie project: a folder the user can see and back up, with one SQLite file as the truth.

`Project` is a façade, the way Anki's `Collection` is: it opens and closes the project and hands
each call to a small manager (images, references, scenes, spec versions, ledger, conversations,
scores), plus `recover` and `check`. See `layout` for the folder, `images` for crash safety.

Every method may be called from any thread. Statements run on the project's store thread
(`Database`); image files are written on the caller's thread so that parallel generations
don't queue their disk writes behind each other.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

from cutie_app import __version__
from cutie_app.core.model.conversation import Conversation
from cutie_app.core.model.generation import Variant, utc_now
from cutie_app.core.model.records import (
    CheckReport,
    ImageRecord,
    LedgerEntry,
    ProjectError,
    RecoveryReport,
    ReferenceSlot,
    SceneRecord,
)
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.score import ConsistencyScore
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store.check import check
from cutie_app.core.store.conversations import Conversations
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import THUMB_SIZE, extension_for, image_size, make_thumbnail, slug
from cutie_app.core.store.images import Images
from cutie_app.core.store.layout import (
    CREATING_FILE,
    IGNORABLE_FILES,
    IMAGES_DIR,
    PROJECT_FILE,
    REFERENCES_DIR,
    SIDECAR_SCHEMA,
    SIDECAR_SUFFIX,
    THUMBS_DIR,
    ProjectLayout,
)
from cutie_app.core.store.ledger import Ledger
from cutie_app.core.store.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    check_version,
    migrate,
    probe,
    too_new_error,
)
from cutie_app.core.store.recovery import recover
from cutie_app.core.store.references import References
from cutie_app.core.store.scenes import Scenes
from cutie_app.core.store.scores import SCORED_ROLES, Scores, score_basis_of
from cutie_app.core.store.specs import SpecVersions

log = logging.getLogger("cutie.store")

__all__ = [
    "IMAGES_DIR",
    "PROJECT_FILE",
    "REFERENCES_DIR",
    "SCORED_ROLES",
    "SIDECAR_SCHEMA",
    "SIDECAR_SUFFIX",
    "THUMBS_DIR",
    "THUMB_SIZE",
    "Project",
    "extension_for",
    "image_size",
    "make_thumbnail",
    "score_basis_of",
    "slug",
]


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
        self._layout = ProjectLayout(folder)
        self._specs = SpecVersions(db)
        self._images = Images(self._layout, db, name)
        self._references = References(self._layout, db, self._images)
        self._scenes = Scenes(db)
        self._ledger = Ledger(db)
        self._conversations = Conversations(db)
        self._scores = Scores(db, self._images, self._references, self._specs)

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
            others = [
                p.name for p in folder.iterdir() if p.name not in IGNORABLE_FILES and p.name != CREATING_FILE
            ]
            if others:
                raise ProjectError(
                    "The folder is not empty",
                    f"{folder.name} already holds other files, and a project needs a folder of its own.",
                    "Pick an empty folder, or type a new folder name.",
                )
        project_name = (name if name is not None else folder.name).strip() or "Untitled"
        temp = folder / CREATING_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temp.unlink(missing_ok=True)
            temp.touch()  # SQLite would make it 0644 whatever the umask; it keeps an existing file's mode
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
                project.recovery = recover(project._layout, db)
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
        return self._layout.images_dir

    @property
    def references_dir(self) -> Path:
        return self._layout.references_dir

    @property
    def thumbs_dir(self) -> Path:
        return self._layout.thumbs_dir

    def image_path(self, record: ImageRecord) -> Path:
        return self._images.path(record)

    def reference_path(self, slot: ReferenceSlot) -> Path:
        return self._references.path(slot)

    def thumbnail_path(self, record: ImageRecord) -> Path:
        """The image's thumbnail, made now if missing (decodes the image: not on the UI thread).

        Raises:
            ProjectError: the image file is missing or can't be decoded.
        """
        return self._images.thumbnail_path(record)

    # -- character spec -----------------------------------------------------------------------

    def save_spec(self, spec: CharacterSpec) -> int:
        """Store `spec` as a new version unless it equals the latest; returns the version."""
        return self._specs.save(spec)

    def spec(self, version: int | None = None) -> tuple[int, CharacterSpec] | None:
        """The given spec version (default: the latest), or None if there is none."""
        return self._specs.get(version)

    def spec_versions(self) -> list[tuple[int, str]]:
        """(version, created_at), oldest first."""
        return self._specs.versions()

    # -- references ---------------------------------------------------------------------------

    def add_reference(self, ref: ReferenceImage, *, source_image_id: int | None = None) -> ReferenceSlot:
        """Copy the image into references/ and append a slot.

        A reference with role ANCHOR becomes the anchor slot and replaces the previous one
        (taking its position, or position 0 when there was none).
        """
        return self._references.add(ref, source_image_id=source_image_id)

    def references(self) -> list[ReferenceSlot]:
        """All slots in order, the anchor slot included."""
        return self._references.all()

    def update_reference(
        self,
        slot_id: int,
        *,
        role: ReferenceRole | str | None = None,
        kind: ReferenceKind | str | None = None,
        label: str | None = None,
    ) -> ReferenceSlot:
        """Change a slot's role, kind or label. Making a slot the ANCHOR replaces the old anchor."""
        return self._references.update(slot_id, role=role, kind=kind, label=label)

    def move_reference(self, slot_id: int, position: int) -> None:
        """Move a slot to `position` (clamped); the others close up, positions stay 0..n-1."""
        self._references.move(slot_id, position)

    def remove_reference(self, slot_id: int) -> None:
        """Remove a slot; its file goes too unless another slot uses the same file."""
        self._references.remove(slot_id)

    def set_anchor(self, image_id: int) -> ReferenceSlot:
        """Promote a generated image to THE anchor reference (copied into references/).

        The previous anchor slot is replaced; `source_image_id` keeps the lineage. Promoting the
        image that already is the anchor changes nothing.
        """
        return self._references.set_anchor(image_id)

    def reference_images(self) -> list[ReferenceImage]:
        """The slots' bytes for a request, in slot order (reads files: not on the UI thread)."""
        return self._references.images()

    # -- scenes -------------------------------------------------------------------------------

    def add_scene(self, text: str) -> SceneRecord:
        return self._scenes.add(text)

    def scenes(self) -> list[SceneRecord]:
        return self._scenes.all()

    def update_scene(self, scene_id: int, text: str) -> SceneRecord:
        return self._scenes.update(scene_id, text)

    def move_scene(self, scene_id: int, position: int) -> None:
        """Move a scene to `position` (clamped); the others close up (series run in this order)."""
        self._scenes.move(scene_id, position)

    def remove_scene(self, scene_id: int) -> None:
        """Remove a scene; its images and ledger rows stay, no longer grouped under it."""
        self._scenes.remove(scene_id)

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
        return self._images.add_variant(
            variant,
            scene_id=scene_id,
            parent_image_id=parent_image_id,
            conversation_id=conversation_id,
            turn_id=turn_id,
        )

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
        if order == "consistency" and basis is None:
            basis = self.score_basis()
        return self._images.query(
            scene_id=scene_id, flag=flag, min_rating=min_rating, model=model, order=order, basis=basis or ""
        )

    def image(self, image_id: int) -> ImageRecord:
        return self._images.get(image_id)

    def set_flag(self, image_id: int, flag: str) -> None:
        """Flag an image "none", "pick" or "reject" (ValueError otherwise)."""
        self._images.set_flag(image_id, flag)

    def set_rating(self, image_id: int, stars: int) -> None:
        """Rate an image 0-5 stars (0 = unrated; ValueError otherwise)."""
        self._images.set_rating(image_id, stars)

    # -- consistency scores -------------------------------------------------------------------

    def save_score(self, image_id: int, score: ConsistencyScore, basis: str) -> None:
        """Cache an image's consistency score, computed against `basis` (replaces the old one)."""
        self._scores.save(image_id, score, basis)

    def scores(self, basis: str) -> dict[int, ConsistencyScore]:
        """Cached scores by image id: only those computed against `basis` by the current formula."""
        return self._scores.cached(basis)

    def score_basis(self) -> str:
        """A hash of what scores are computed against now (rows only, no file reads).

        It covers the anchor's SHA-256, those of the references in SCORED_ROLES and the latest
        spec's palette. A new anchor, an added or removed character reference or a palette edit
        changes it, so older cached scores are simply no longer returned by `scores`.
        """
        return self._scores.basis()

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
        return self._scores.score(image_ids)

    # -- conversations ------------------------------------------------------------------------

    def save_conversation(self, conv: Conversation) -> None:
        """Store (or replace) a conversation, losslessly: its `to_dict()` as JSON."""
        self._conversations.save(conv)

    def conversations(self) -> list[tuple[str, str, str]]:
        """(id, model, created_at) of every conversation, oldest first."""
        return self._conversations.listing()

    def load_conversation(self, conv_id: str) -> Conversation:
        return self._conversations.load(conv_id)

    # -- ledger -------------------------------------------------------------------------------

    def ledger(self) -> list[LedgerEntry]:
        return self._ledger.entries()

    def spend_usd(self) -> float:
        """Total spend: the actual cost where known, else the estimate."""
        return self._ledger.spend_usd()

    def spend_by_scene(self) -> dict[int | None, float]:
        """Spend per scene id (None: calls outside any scene, or of a removed scene)."""
        return self._ledger.spend_by_scene()

    # -- consistency --------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Database integrity, then every file against its row (re-hashes every file: slow).

        Run it while nothing is being saved: a file written but not yet committed would show
        as a file without a row.
        """
        return check(self._layout, self._db)
