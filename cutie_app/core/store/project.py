"""A Cutie project: a folder the user can see and back up, with one SQLite file as the truth.

`Project` is a façade, the way Anki's `Collection` is: it opens and closes the project and hands
each call to a small manager (images, references, scenes, spec versions, ledger, conversations,
scores), plus `recover` and `check`. See `layout` for the folder, `images` for crash safety.

Every method may be called from any thread. Statements run on the project's store thread
(`Database`); image files are written on the caller's thread so that parallel generations
don't queue their disk writes behind each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.adjustments import Look
from cutie_app.core.model.conversation import Conversation
from cutie_app.core.model.generation import Recipe, Variant
from cutie_app.core.model.records import (
    CheckReport,
    ImageRecord,
    LedgerEntry,
    ProjectError,
    ProjectReadOnlyError,
    RecoveryReport,
    ReferenceSlot,
    SceneRecord,
    technical_cause,
)
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.score import ConsistencyScore
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.model.trash import MoveFn, RestoreOutcome, TrashDependents, TrashedImage, TrashOutcome
from cutie_app.core.store.changes import ChangeToken, change_token
from cutie_app.core.store.check import check
from cutie_app.core.store.conversations import Conversations
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import (
    THUMB_SIZE,
    clean_text,
    extension_for,
    image_size,
    make_thumbnail,
    slug,
)
from cutie_app.core.store.gallery import GalleryState
from cutie_app.core.store.images import Images
from cutie_app.core.store.layout import (
    IMAGES_DIR,
    LOOKS_DIR,
    LUTS_DIR,
    PROJECT_FILE,
    REFERENCES_DIR,
    SIDECAR_SCHEMA,
    SIDECAR_SUFFIX,
    THUMBS_DIR,
    ProjectLayout,
)
from cutie_app.core.store.ledger import Ledger
from cutie_app.core.store.lock import ProjectLock
from cutie_app.core.store.looks import LutsAndLooks
from cutie_app.core.store.migrations import SCHEMA_VERSION, check_version, migrate, user_version
from cutie_app.core.store.opening import (
    build_database,
    project_folder,
    refuse_unsuitable_folder,
    stored_name,
    write_error_for,
)
from cutie_app.core.store.recovery import recover
from cutie_app.core.store.references import References
from cutie_app.core.store.scenes import Scenes
from cutie_app.core.store.scores import SCORED_ROLES, Scores, score_basis_of
from cutie_app.core.store.specs import SpecVersions
from cutie_app.core.store.trash import ImageTrash, project_trash_mover

log = logging.getLogger("cutie.store")

__all__ = [
    "IMAGES_DIR",
    "LOOKS_DIR",
    "LUTS_DIR",
    "PROJECT_FILE",
    "REFERENCES_DIR",
    "SCORED_ROLES",
    "SIDECAR_SCHEMA",
    "SIDECAR_SUFFIX",
    "THUMBS_DIR",
    "THUMB_SIZE",
    "ChangeToken",
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

    def __init__(
        self,
        folder: Path,
        db: Database,
        name: str,
        *,
        lock: ProjectLock | None = None,
        read_only: bool = False,
    ) -> None:
        """Use `create`/`open`: they lock, check, migrate and recover before handing a project out."""
        self.folder = folder
        self.db_path = folder / PROJECT_FILE
        self.name = name
        self.read_only = read_only
        self.recovery = RecoveryReport()
        self._db = db
        self._lock = lock
        self._layout = ProjectLayout(folder)
        self._specs = SpecVersions(db)
        self._images = Images(self._layout, db, name, read_only=read_only)
        self._references = References(self._layout, db, self._images)
        self._scenes = Scenes(db)
        self._ledger = Ledger(db)
        self._conversations = Conversations(db)
        self._scores = Scores(db, self._images, self._references, self._specs, read_only=read_only)
        self._looks = LutsAndLooks(self._layout, db, read_only=read_only)
        self._trash = ImageTrash(self._layout, db)
        self._gallery = GalleryState(db)

    # -- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, name: str | None = None) -> Project:
        """Make a new project in `folder` (created if needed; must be empty) and open it.

        The database is built under a temporary name and renamed into place, so a crash never
        leaves a half-made project.cutie behind. The folder is locked first: of two processes
        creating the same project at once, one creates it and the other is told plainly.

        Raises:
            ProjectLockedError: another Cutie process is creating or has opened it.
            ProjectError: the folder is a file, holds a project or other files, or can't be written.
        """
        folder = Path(folder).expanduser()
        refuse_unsuitable_folder(folder)
        return cls._locked(folder, lambda lock: cls._create_locked(folder, name, lock))

    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> Project:
        """Open a project folder (or its project.cutie): lock, check, migrate, then recover.

        With `read_only`, the project is neither locked, migrated nor recovered: nothing is
        written, so it can be checked, exported or compared while another Cutie has it open.
        Any change then raises ProjectReadOnlyError.

        Raises:
            ProjectLockedError: another Cutie process has it open (not with `read_only`).
            ProjectTooNewError: the project is from a newer Cutie (the file is left untouched).
            ProjectDamagedError: project.cutie is not a database Cutie can read.
            ProjectError: no such folder, not a Cutie project, or it cannot be read.
        """
        path = project_folder(Path(folder).expanduser())
        if read_only:
            return cls._open_read_only(path)
        return cls._locked(path, lambda lock: cls._open_locked(path, lock))

    @classmethod
    def open_or_create(cls, folder: Path, name: str | None = None) -> Project:
        """Open the project in `folder`, or create one there if it has none (CLI --project).

        The choice is made under the folder's lock, so two processes racing to create the same
        project end with one project: the second opens it, or hears that the first has it open.
        """
        path = Path(folder).expanduser()
        if path.name == PROJECT_FILE or (path / PROJECT_FILE).exists():
            return cls.open(path)
        refuse_unsuitable_folder(path)

        def open_or_create_locked(lock: ProjectLock) -> Project:
            if (path / PROJECT_FILE).exists():
                project_folder(path)  # the same checks as `open`, now that it exists
                return cls._open_locked(path, lock)
            return cls._create_locked(path, name, lock)

        return cls._locked(path, open_or_create_locked)

    @classmethod
    def _locked(cls, folder: Path, then: Callable[[ProjectLock], Project]) -> Project:
        """Make `folder` if needed, take its lock, and run `then`; the lock goes if `then` fails."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error_for(
                folder, QT_TRANSLATE_NOOP("core.store", "Cannot create the project"), exc
            ) from exc
        lock = ProjectLock.acquire(folder)
        try:
            return then(lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _create_locked(cls, folder: Path, name: str | None, lock: ProjectLock) -> Project:
        refuse_unsuitable_folder(folder)  # again: another process may have made it meanwhile
        build_database(folder, (name if name is not None else folder.name).strip() or "Untitled")
        return cls._open_locked(folder, lock)

    @classmethod
    def _open_locked(cls, path: Path, lock: ProjectLock) -> Project:
        db = Database(path / PROJECT_FILE, prepare=check_version)
        try:
            db.call(migrate)
            folder_abs = path.resolve()
            project = cls(folder_abs, db, stored_name(db, path), lock=lock)
            try:
                for sub in (IMAGES_DIR, REFERENCES_DIR, THUMBS_DIR):
                    (folder_abs / sub).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise write_error_for(
                    path, QT_TRANSLATE_NOOP("core.store", "Cannot open the project"), exc
                ) from exc
            try:
                project.recovery = recover(project._layout, db)  # only ever under the lock
            except OSError as exc:
                raise ProjectError(
                    QT_TRANSLATE_NOOP("core.store", "Cannot open the project"),
                    QT_TRANSLATE_NOOP("core.store", "Cutie could not read or clean up {path}.").format(
                        path=path
                    ),
                    "",
                    technical_cause(exc),
                ) from exc
        except BaseException:
            db.close()
            raise
        log.info("opened project %s (schema %d)", folder_abs, SCHEMA_VERSION)
        return project

    @classmethod
    def _open_read_only(cls, path: Path) -> Project:
        db = Database(path / PROJECT_FILE, prepare=check_version, read_only=True)
        try:
            version = db.call(user_version)
            if version < SCHEMA_VERSION:
                raise ProjectError(
                    QT_TRANSLATE_NOOP(
                        "core.store", "This project must be updated before it can be opened read-only"
                    ),
                    QT_TRANSLATE_NOOP(
                        "core.store",
                        "It was saved by an older Cutie (project format {version}; this version uses "
                        "{current}), and a read-only open changes nothing.",
                    ).format(version=version, current=SCHEMA_VERSION),
                    QT_TRANSLATE_NOOP(
                        "core.store", "Open it once normally, when no other Cutie has it open."
                    ),
                )
            project = cls(path.resolve(), db, stored_name(db, path), read_only=True)
        except BaseException:
            db.close()
            raise
        log.info("opened project %s read-only", project.folder)
        return project

    def close(self) -> None:
        """Wait for queued writes, close the database, then let go of the lock. Safe to call twice."""
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    @property
    def closed(self) -> bool:
        return self._db.closed

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", read_only=True" if self.read_only else ""
        return f"Project({str(self.folder)!r}, name={self.name!r}{mode})"

    def _writable(self) -> None:
        """Refuse a change to a project opened read-only (before any file or row is written)."""
        if self.read_only:
            raise ProjectReadOnlyError(
                QT_TRANSLATE_NOOP("core.store", "This project is open read-only"),
                QT_TRANSLATE_NOOP(
                    "core.store", "Cutie opened it only to look at it, so it cannot change it."
                ),
                QT_TRANSLATE_NOOP(
                    "core.store", "Open it normally (close any other Cutie that has it open first)."
                ),
            )

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

    def preview_path(self, sha256: str) -> Path:
        """Where the screen-size preview of the picture with this SHA-256 is kept (an image or a
        reference slot; the file may be missing: previews are a cache, made again on demand).

        Raises:
            UnsafePathError: `sha256` is not 64 hex digits.
        """
        return self._layout.preview_file(sha256)

    # -- character spec -----------------------------------------------------------------------

    def save_spec(self, spec: CharacterSpec) -> int:
        """Store `spec` as a new version unless it equals the latest; returns the version."""
        self._writable()
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
        self._writable()
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
        self._writable()
        return self._references.update(slot_id, role=role, kind=kind, label=label)

    def move_reference(self, slot_id: int, position: int) -> None:
        """Move a slot to `position` (clamped); the others close up, positions stay 0..n-1."""
        self._writable()
        self._references.move(slot_id, position)

    def remove_reference(self, slot_id: int) -> None:
        """Remove a slot; its file goes too unless another slot uses the same file."""
        self._writable()
        self._references.remove(slot_id)

    def set_anchor(self, image_id: int) -> ReferenceSlot:
        """Promote a generated image to THE anchor reference (copied into references/).

        The previous anchor slot is replaced; `source_image_id` keeps the lineage. Promoting the
        image that already is the anchor changes nothing.
        """
        self._writable()
        return self._references.set_anchor(image_id)

    def reference_images(self) -> list[ReferenceImage]:
        """The slots' bytes for a request, in slot order (reads files: not on the UI thread)."""
        return self._references.images()

    # -- scenes -------------------------------------------------------------------------------

    def add_scene(self, text: str) -> SceneRecord:
        self._writable()
        return self._scenes.add(text)

    def scenes(self) -> list[SceneRecord]:
        return self._scenes.all()

    def update_scene(self, scene_id: int, text: str) -> SceneRecord:
        self._writable()
        return self._scenes.update(scene_id, text)

    def move_scene(self, scene_id: int, position: int) -> None:
        """Move a scene to `position` (clamped); the others close up (series run in this order)."""
        self._writable()
        self._scenes.move(scene_id, position)

    def remove_scene(self, scene_id: int) -> None:
        """Remove a scene; its images and ledger rows stay, no longer grouped under it."""
        self._writable()
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
        go and the thumbnails and screen-size previews are made (best effort). If the commit
        fails the files stay, and the next `open` recovers them from their sidecars.

        A variant without images records only a ledger row, and only if it reached the service
        (it has a response id, so it may be billed); a cancelled variant records nothing.
        """
        self._writable()
        return self._images.add_variant(
            variant,
            scene_id=scene_id,
            parent_image_id=parent_image_id,
            conversation_id=conversation_id,
            turn_id=turn_id,
        )

    def add_derived_image(self, parent_image_id: int, data: bytes, mime: str, recipe: Recipe) -> ImageRecord:
        """Save an image made locally from `parent_image_id` (an adjusted version), as its child.

        The row gets `parent_image_id`, the parent's scene, `recipe` as given and the status
        "delivered", and no ledger row: nothing was billed, so the spending view does not count
        it. Crash-safe as `add_variant` (sidecar, bytes, one transaction); recovery adopts it.

        Raises:
            ProjectError: no such parent image, or the file can't be written (DiskFullError).
        """
        self._writable()
        return self._images.add_derived(parent_image_id, data, mime, recipe)

    def images(
        self,
        *,
        scene_id: int | None = None,
        flag: str | None = None,
        min_rating: int | None = None,
        model: str | None = None,
        source: str | None = None,
        order: str = "time",
        basis: str | None = None,
    ) -> list[ImageRecord]:
        """Image rows for the gallery: newest first, best rated first, or most consistent first.

        `order` is "time", "rating" or "consistency". "consistency" sorts by the cached overall
        score for `basis` (default: the current `score_basis()`); images without such a score
        come last, newest first. Nothing is scored here: `score_images` does that, in a worker.

        Rows only, no file access. `None` filters mean "any" (so `scene_id=None` lists every
        image, with or without a scene). `basis` is used only by the "consistency" order.
        `source` is "generated", "conversation" (a conversation's turns) or "adjusted" (local
        versions); see `IMAGE_SOURCES`.
        """
        if order == "consistency" and basis is None:
            basis = self.score_basis()
        return self._images.query(
            scene_id=scene_id,
            flag=flag,
            min_rating=min_rating,
            model=model,
            source=source,
            order=order,
            basis=basis or "",
        )

    def image(self, image_id: int) -> ImageRecord:
        return self._images.get(image_id)

    def image_models(self) -> list[str]:
        """The models the project's images were made with, sorted, each once.

        What the gallery's model filter offers; read from the index, so it costs the same for
        20,000 images as listing them would cost for a handful.
        """
        return self._images.models()

    def set_flag(self, image_id: int, flag: str) -> None:
        """Flag an image "none", "pick" or "reject" (ValueError otherwise)."""
        self._writable()
        self._images.set_flag(image_id, flag)

    def set_rating(self, image_id: int, stars: int) -> None:
        """Rate an image 0-5 stars (0 = unrated; ValueError otherwise)."""
        self._writable()
        self._images.set_rating(image_id, stars)

    # -- stacks and the gallery's view ---------------------------------------------------------

    def stack_tops(self) -> dict[str, int]:
        """The image chosen as the top of each stack that has one (stack key -> image id)."""
        return self._gallery.stack_tops()

    def set_stack_top(self, key: str, image_id: int | None) -> None:
        """Remember `image_id` as the top of the stack `key` ("batch:<id>", "scene:<id>");
        None forgets the choice. The choice goes with its image (and comes back with Undo).

        Raises:
            ValueError: `key` is not a stack key.
            ProjectError: no such image, or the project is open read-only.
        """
        self._writable()
        self._gallery.set_stack_top(key, image_id)

    def view_settings(self) -> dict[str, str]:
        """How the project's gallery was last looked at, as text (see `core.model.gallery_view`)."""
        return self._gallery.view_settings()

    def save_view_settings(self, values: dict[str, str]) -> None:
        self._writable()
        self._gallery.save_view_settings(values)

    # -- taking images out, putting them back ------------------------------------------------

    def trash_dependents(self, image_ids: Sequence[int]) -> TrashDependents:
        """What depends on these images (anchor source, reference slots, adjusted versions,
        conversation turns): what a confirmation should mention. Rows only."""
        return self._trash.dependents(image_ids)

    def trash_images(self, image_ids: Sequence[int], move: MoveFn) -> TrashOutcome:
        """Take images out of the project: each file moved by `move`, then the rows go.

        `move(path)` moves one file out (the window passes `QFile.moveToTrash`; headless
        callers `project_trash_mover(project.folder)`) and returns where it went. Crash-safe:
        a kill leaves each image either in the project or in the trash, and recovery settles
        it. A file another row also names stays. Ledger rows stay (spending stays true);
        children and reference slots stay, unlinked. An id the project lacks, a row naming a
        file outside images/, or a file `move` could not move is reported in `failed` and
        stays. The previews of images no longer in the project are deleted. Returns what
        undoing needs (`restore_images`).

        Raises:
            ProjectReadOnlyError: opened read-only (nothing is moved).
        """
        self._writable()
        outcome = self._trash.trash(image_ids, move)
        self._images.drop_unused_previews([t.record.sha256 for t in outcome.trashed])
        return outcome

    def restore_images(self, trashed: Sequence[TrashedImage]) -> RestoreOutcome:
        """Undo `trash_images`: each file back from where it went, its row back under its id
        (a new one if that was taken since), with its flag, rating, cached score and links.

        An image whose file is no longer where it went is reported in `failed`. The previews
        deleted with the images are made again (each decodes its image).

        Raises:
            ProjectReadOnlyError: opened read-only.
        """
        self._writable()
        outcome = self._trash.restore(trashed)
        self._images.restore_cached_copies(outcome.restored)
        return outcome

    def trash_mover(self) -> MoveFn:
        """A mover into the project's own `.trash/` folder (no system trash needed)."""
        return project_trash_mover(self.folder)

    # -- the adjustments' LUTs and looks -------------------------------------------------------

    def lut_data(self, sha256: str) -> bytes | None:
        """The bytes of the .cube file with this SHA-256 kept in luts/ (checked), or None."""
        return self._looks.lut_data(sha256)

    def save_lut(self, data: bytes, name: str) -> str:
        """Keep a .cube file in luts/ under its SHA-256 (saving it twice changes nothing); returns it.

        Raises:
            ProjectError: larger than a LUT may be (32 MiB), or it can't be written.
        """
        self._writable()
        return self._looks.save_lut(data, name)

    def looks(self) -> list[Look]:
        """The project's looks, by name; one whose file is missing or damaged is left out."""
        return self._looks.looks()

    def save_look(self, look: Look) -> None:
        """Add a look to looks/, or replace the one with its name; its LUTs must be in the project.

        Raises:
            ProjectError: a LUT it uses is not in the project, or the file can't be written.
        """
        self._writable()
        self._looks.save_look(look)

    def delete_look(self, name: str) -> None:
        """Forget the look with this name and delete its file (none: nothing happens)."""
        self._writable()
        self._looks.delete_look(name)

    # -- consistency scores -------------------------------------------------------------------

    def save_score(self, image_id: int, score: ConsistencyScore, basis: str) -> None:
        """Cache an image's consistency score, computed against `basis` (replaces the old one)."""
        self._writable()
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
        self._writable()
        self._conversations.save(conv)

    def conversations(self) -> list[tuple[str, str, str]]:
        """(id, model, created_at) of every conversation, oldest first."""
        return self._conversations.listing()

    def delete_conversation(self, conv_id: str) -> None:
        """Forget a conversation; the images its turns made stay (they are project images)."""
        self._writable()
        self._conversations.delete(conv_id)

    def load_conversation(self, conv_id: str) -> Conversation:
        return self._conversations.load(conv_id)

    # -- ledger -------------------------------------------------------------------------------

    def ledger(self) -> list[LedgerEntry]:
        return self._ledger.entries()

    def record_unsaved(self, variant: Variant, reason: str) -> None:
        """Record a billed call whose image could not be saved: its ledger row says so.

        The row has the outcome UNSAVED, the variant's cost and token counts, and `reason` (for
        example the DiskFullError's text) as its `detail`, so the spend stays true and the
        loss is explained. A call already in the ledger (it was saved after all, or recorded
        before) is not counted twice. If the image's file turns up later (a save that got
        further than its caller thought), recovery makes the row an IMAGE row again.
        """
        self._writable()
        reason = clean_text(reason)  # it may name a file whose name is not valid UTF-8
        log.warning("variant %d of batch %s not saved: %s", variant.index, variant.recipe.batch_id, reason)
        self._ledger.record_unsaved(variant, reason)

    def spend_usd(self) -> float:
        """Total spend: the actual cost where known, else the estimate."""
        return self._ledger.spend_usd()

    def spend_by_scene(self) -> dict[int | None, float]:
        """Spend per scene id (None: calls outside any scene, or of a removed scene)."""
        return self._ledger.spend_by_scene()

    # -- consistency --------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Database integrity, every file against its row (re-hashes every file: slow), rows
        entered twice and billed calls without their images. Reports; never changes anything.

        Safe beside a writer (a read-only open): a file whose save has not committed yet (its
        recipe sidecar is there) is listed as pending, not as a file without a row.
        """
        return check(self._layout, self._db)

    # -- noticing changes made elsewhere -------------------------------------------------------

    def change_token(self) -> ChangeToken:
        """A token for the project as it is now; see `changed_since`."""
        return self._db.call(change_token)

    def changed_since(self, token: ChangeToken) -> ChangeToken | None:
        """A new token if anything was committed since `token` was taken, else None.

        Cheap enough to poll (no table is read): this is how a window notices images another
        process added. It covers this project's own changes too. Take the returned token
        *before* re-reading, so a change made while re-reading is noticed at the next poll:
        ``new = project.changed_since(token); if new: token = new; reload()``.
        """
        now = self._db.call(change_token)
        return None if now == token else now
