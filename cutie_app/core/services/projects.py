"""Open, create and close projects, and every use case the window runs on an open one.

`ProjectService` wraps one open project. The window and the CLI call it and never the store:
it returns frozen values (records, snapshots, `SavedVariant`s) and keeps the rules that span
several store calls in one place (which scene a variant belongs to, the spec version it was
made from, slot snapshots, scoring, export). Blocking and thread-safe: call it from workers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.reference_import import import_reference
from cutie_app.core.model.conversation import Conversation
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.gallery_view import GalleryView
from cutie_app.core.model.generation import Variant
from cutie_app.core.model.records import (
    CheckReport,
    ImageQuery,
    ImageRecord,
    Ledger,
    RecoveryReport,
    ReferenceSlot,
    SceneRecord,
    UnsafePathError,
)
from cutie_app.core.model.references import DEFAULT_KIND, MetadataPrivacy, ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.model.trash import MoveFn, RestoreOutcome, TrashDependents, TrashedImage, TrashOutcome
from cutie_app.core.services import export as export_service
from cutie_app.core.services.character import Character, resolve_character
from cutie_app.core.services.previews import PreviewFile
from cutie_app.core.services.project_paths import (
    DEFAULT_PROJECT_NAME,
    DEMO_PROJECT_NAME,
    PACK_SUFFIX,
    OpenTarget,
    demo_project_folder,
    open_target,
    projects_dir,
    remember_recent,
    start_project,
)
from cutie_app.core.services.saving import SavedVariant, save_into_project
from cutie_app.core.services.slot_sync import SlotState, SlotSync, token_for
from cutie_app.core.store import PROJECT_FILE, ChangeToken, Project
from cutie_app.core.store.ledger import UNKNOWN_DETAIL
from cutie_app.core.store.pack import PackError, export_pack, import_pack
from cutie_app.core.store.recovery import NEVER_LANDED
from cutie_app.core.store.trash import TRASHED_NOTE

if TYPE_CHECKING:
    from cutie_app.core.services.adjust_project import ProjectAdjustStore

log = logging.getLogger("cutie.services")

__all__ = [
    "DEFAULT_PROJECT_NAME",
    "DEMO_PROJECT_NAME",
    "PACK_SUFFIX",
    "AnchorView",
    "ChangeToken",
    "ImageQuery",
    "Ledger",
    "OpenTarget",
    "PackError",
    "ProjectService",
    "ProjectSnapshot",
    "demo_project_folder",
    "ledger_note",
    "open_target",
    "opened_project",
    "pack_project",
    "projects_dir",
    "remember_recent",
    "sample_spec",
    "seed_sample",
    "start_project",
    "unpack_project",
]

DEMO_SCENES = ("Full-body turnaround, neutral pose", "Waving hello in the rain", "Reading under a tree")
IMAGE_ORDERS = ("time", "rating", "consistency")
#: How many of the newest images are scored after a batch.
SCORE_RECENT = 64


#: The notes Cutie itself writes into the ledger, keyed by their English words as stored.
_LEDGER_NOTES: dict[str, str] = {str(note): note for note in (UNKNOWN_DETAIL, NEVER_LANDED, TRASHED_NOTE)}


def ledger_note(detail: str) -> str:
    """A ledger entry's stored `detail`, translatable again when it is one of Cutie's own notes.

    The ledger keeps its notes as plain text (English), so a note the store wrote is matched by
    its words; any other detail (a save error with its path) is shown as it was stored.
    """
    return _LEDGER_NOTES.get(detail, detail)


@dataclass(frozen=True)
class ProjectSnapshot:
    """What a window shows the moment a project opens."""

    folder: Path
    name: str
    spec: CharacterSpec | None
    spec_version: int | None
    slots: tuple[SlotState, ...]
    scenes: tuple[SceneRecord, ...]
    models: tuple[str, ...]
    spend_usd: float
    recovery: str  # "" when the project opened clean
    created: bool
    gallery_view: GalleryView = dataclasses.field(default_factory=GalleryView)


@dataclass(frozen=True)
class AnchorView:
    """The anchor slot as the comparator shows it."""

    slot_id: int
    path: Path
    source_image_id: int | None
    preview: PreviewFile | None = None


def sample_spec() -> CharacterSpec:
    """The demo character, read through importlib.resources (a frozen build must find it)."""
    text = (
        resources.files("cutie_app.core").joinpath("data/samples/little_orange.spec.json").read_text("utf-8")
    )
    return CharacterSpec.from_json(text)


def demo_references() -> list[ReferenceImage]:
    """Placeholder front/side/back drawings for the sample character."""
    from cutie_app.demo.placeholder import draw_placeholder

    out = []
    for role, label in (
        (ReferenceRole.IDENTITY, "front"),
        (ReferenceRole.SIDE, "side"),
        (ReferenceRole.BACK, "back"),
    ):
        data = draw_placeholder(
            f"Little Orange — {label} view (sample sketch)", 240, 320, [], f"{label} view"
        )
        name = f"little-orange-{label}.png"
        out.append(ReferenceImage(data, "image/png", role, DEFAULT_KIND[role], name, MetadataPrivacy()))
    return out


def seed_sample(service: ProjectService) -> None:
    """Fill a new demo project with the Little Orange spec, sketches and scenes."""
    service.save_spec(sample_spec())
    for ref in demo_references():
        service.add_reference(ref)
    for scene in DEMO_SCENES:
        service.add_scene(scene)


class ProjectService:
    """One open project and its use cases. Every method may be called from any thread."""

    def __init__(self, project: Project, *, created: bool = False) -> None:
        self._project = project
        self.created = created
        self._lock = threading.RLock()  # guards the slot sync and the scene cache
        self._sync = SlotSync(project)
        self._scene_ids = {s.text: s.id for s in project.scenes()}

    # -- opening and closing --------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        create: bool = False,
        name: str | None = None,
        seed: Callable[[ProjectService], None] | None = None,
        read_only: bool = False,
    ) -> ProjectService:
        """Open `folder`; with `create`, make a project there if it has none (`seed` fills it).

        `read_only` opens without the writer's lock (no recovery, no changes), so a project
        another Cutie process has open can still be checked or exported.

        Raises:
            ProjectError: not a project, damaged, too new, or the folder cannot be written.
        """
        folder = Path(folder).expanduser()
        existed = (folder / PROJECT_FILE).exists() or folder.name == PROJECT_FILE if create else True
        if create:
            project = Project.open_or_create(folder, name)
        else:
            project = Project.open(folder, read_only=read_only)
        try:
            service = cls(project, created=not existed)
            if service.created and seed is not None:
                seed(service)
        except BaseException:
            project.close()
            raise
        return service

    @classmethod
    def open_demo(cls) -> ProjectService:
        """The sample project (created and filled on first use)."""
        return cls.open(demo_project_folder(), create=True, name=DEMO_PROJECT_NAME, seed=seed_sample)

    def close(self) -> None:
        self._project.close()

    def __enter__(self) -> ProjectService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def folder(self) -> Path:
        return self._project.folder

    @property
    def name(self) -> str:
        return self._project.name

    @property
    def recovery(self) -> RecoveryReport:
        return self._project.recovery

    @property
    def read_only(self) -> bool:
        """Opened without the writer's lock: another process may be adding images."""
        return self._project.read_only

    def change_token(self) -> ChangeToken:
        """A token for the project as it is now; see `changed_since`."""
        return self._project.change_token()

    def changed_since(self, token: ChangeToken) -> ChangeToken | None:
        """A new token when anything was committed since `token` (here or by another process).

        Cheap enough to ask each time the window is activated: no table is read.
        """
        return self._project.changed_since(token)

    def adjust_store(self) -> ProjectAdjustStore:
        """The adjustment operations (derived images, LUTs, looks) of this open project."""
        from cutie_app.core.services.adjust_project import ProjectAdjustStore  # numpy: only when used

        return ProjectAdjustStore(self._project)

    def snapshot(self) -> ProjectSnapshot:
        """Everything a window shows on open (reads reference files)."""
        latest = self._project.spec()
        return ProjectSnapshot(
            folder=self.folder,
            name=self.name,
            spec=latest[1] if latest else None,
            spec_version=latest[0] if latest else None,
            slots=self.slot_states(),
            scenes=tuple(self._project.scenes()),
            models=tuple(self._project.image_models()),
            spend_usd=self._project.spend_usd(),
            recovery="" if self.recovery.clean else self.recovery.text(),
            created=self.created,
            gallery_view=self.gallery_view(),
        )

    def save_as(self, target: Path) -> ProjectService:
        """Copy the project (a consistent snapshot) to the new folder `target`; the copy, opened."""
        target = Path(target)
        if target.exists():
            raise CutieError(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title=QT_TRANSLATE_NOOP("core.projects", "That folder already exists"),
                    detail=QT_TRANSLATE_NOOP(
                        "core.projects", "{target} is already there; Save As makes a new project folder."
                    ).format(target=target),
                    action=QT_TRANSLATE_NOOP("core.projects", "Choose a new name."),
                )
            )
        with tempfile.TemporaryDirectory(prefix="cutie-save-as-") as tmp:
            pack = export_pack(self.folder, Path(tmp) / "copy")
            folder = import_pack(pack, target.parent, name=target.name)
        return ProjectService.open(folder)

    def check(self) -> CheckReport:
        """Database integrity and every file against its row (slow: re-hashes every file)."""
        return self._project.check()

    # -- the character --------------------------------------------------------------------------

    def character(
        self, *, spec: CharacterSpec | None = None, references: Sequence[ReferenceImage] | None = None
    ) -> Character:
        return resolve_character(self._project, spec=spec, references=references)

    def save_spec(self, spec: CharacterSpec) -> int:
        """Save `spec` as the current version (the same spec again is not a new version)."""
        return self._project.save_spec(spec)

    def spec(self, version: int | None = None) -> tuple[int, CharacterSpec] | None:
        return self._project.spec(version)

    def spec_versions(self) -> list[tuple[int, str]]:
        return self._project.spec_versions()

    # -- reference slots ------------------------------------------------------------------------

    def add_reference(self, ref: ReferenceImage) -> ReferenceSlot:
        with self._lock:
            slot = self._project.add_reference(ref)
            self._sync = SlotSync(self._project)
            return slot

    def references(self) -> list[ReferenceSlot]:
        return self._project.references()

    def reference_path(self, slot: ReferenceSlot) -> Path:
        return self._project.reference_path(slot)

    def slot_states(self) -> tuple[SlotState, ...]:
        """The slots with their bytes, as the window's slot list holds them."""
        with self._lock:
            slots = self._project.references()
            refs = self._project.reference_images()
        return tuple(
            SlotState(token_for(slot), ref, slot.source_image_id)
            for slot, ref in zip(slots, refs, strict=True)
        )

    def sync_slots(self, snapshot: Sequence[SlotState]) -> list[ReferenceSlot]:
        """Make the project's slots match the window's snapshot (see `SlotSync`)."""
        with self._lock:
            return self._sync.apply(snapshot)

    def anchor(self) -> AnchorView | None:
        slot = next((s for s in self._project.references() if s.is_anchor), None)
        if slot is None:
            return None
        return AnchorView(
            slot.id, self._project.reference_path(slot), slot.source_image_id, self.preview_file(slot.sha256)
        )

    def promoted_reference(self, image_id: int, role: ReferenceRole) -> SlotState:
        """A generated image made ready to use as a reference, keeping where it came from.

        Not added to the slots: the window adds it (undoably) and saves its next snapshot.
        """
        record = self._project.image(image_id)
        data = self._project.image_path(record).read_bytes()
        imported = import_reference(data, name=record.file)
        label = ("Anchor from " if role is ReferenceRole.ANCHOR else "From ") + record.file
        ref = ReferenceImage(
            imported.data, imported.mime_type, role, DEFAULT_KIND[role], label, imported.privacy
        )
        return SlotState(f"promoted-{image_id}-{role.value}", ref, image_id)

    # -- scenes ---------------------------------------------------------------------------------

    def scenes(self) -> list[SceneRecord]:
        return self._project.scenes()

    def add_scene(self, text: str) -> SceneRecord:
        with self._lock:
            scene = self._project.add_scene(text)
            self._scene_ids[scene.text] = scene.id
            return scene

    def scene_id_for(self, text: str) -> int | None:
        """The scene with this text, added to the project's list when new; None for no scene."""
        text = text.strip()
        if not text:
            return None
        with self._lock:
            scene_id = self._scene_ids.get(text)
            scenes = self._project.scenes()
            if scene_id is None or scene_id not in {s.id for s in scenes}:
                match = next((s for s in scenes if s.text == text), None)
                scene_id = match.id if match else self._project.add_scene(text).id
                self._scene_ids[text] = scene_id
            return scene_id

    def sync_scenes(self, entries: Sequence[tuple[int | None, str]]) -> list[SceneRecord]:
        """Make the scene list match `entries` (ids of known scenes, None for new ones), in order."""
        project = self._project
        with self._lock:
            existing = {s.id: s for s in project.scenes()}
            keep = {i for i, _ in entries if i is not None}
            for scene_id in existing:
                if scene_id not in keep:
                    project.remove_scene(scene_id)
            ordered: list[int] = []
            for wanted_id, text in entries:
                if wanted_id is not None and wanted_id in existing:
                    if existing[wanted_id].text != text:
                        project.update_scene(wanted_id, text)
                    ordered.append(wanted_id)
                else:
                    ordered.append(project.add_scene(text).id)
            if [s.id for s in project.scenes()] != ordered:
                for position, moved_id in enumerate(ordered):
                    project.move_scene(moved_id, position)
            scenes = project.scenes()
            self._scene_ids = {s.text: s.id for s in scenes}
            return scenes

    # -- images ---------------------------------------------------------------------------------

    def save_variant(
        self,
        variant: Variant,
        *,
        scene: str = "",
        spec: CharacterSpec | None = None,
        conversation_id: str | None = None,
        turn_id: str | None = None,
    ) -> SavedVariant:
        """Save a delivered variant under its scene, with the spec version it was made from.

        `spec`, when given, is saved as a version first (the same spec is not a new version) and
        that version goes into the recipe; otherwise the recipe's own `spec_version` stands.
        A save that fails is a NOT_SAVED result, never an exception (see `saving`).
        """
        try:
            if spec is not None:
                version = self._project.save_spec(spec)
                variant = dataclasses.replace(
                    variant, recipe=dataclasses.replace(variant.recipe, spec_version=version)
                )
            scene_id = self.scene_id_for(scene or variant.recipe.scene)
        except Exception as exc:  # the spec or scene could not be written: still keep the image
            log.warning("saving variant %d without its scene or spec version: %s", variant.index, exc)
            scene_id = None
        return save_into_project(
            self._project, variant, scene_id=scene_id, conversation_id=conversation_id, turn_id=turn_id
        )

    def images(self, query: ImageQuery | None = None) -> list[ImageRecord]:
        q = query or ImageQuery()
        return self._project.images(
            scene_id=q.scene_id,
            flag=q.flag,
            min_rating=q.min_rating,
            model=q.model,
            source=q.source,
            order=q.order if q.order in IMAGE_ORDERS else "time",
        )

    def image(self, image_id: int) -> ImageRecord:
        return self._project.image(image_id)

    def image_path(self, record: ImageRecord) -> Path:
        return self._project.image_path(record)

    def image_bytes(self, image_id: int) -> tuple[bytes, str]:
        """(bytes, MIME type) of one image."""
        record = self._project.image(image_id)
        return self._project.image_path(record).read_bytes(), record.mime_type

    def preview_file(self, sha256: str) -> PreviewFile | None:
        """Where the screen-size preview of a picture of this project (an image or a reference)
        is kept, for `previews.load_for_screen`; None when the row's SHA-256 is not one."""
        try:
            path = self._project.preview_path(sha256)
        except UnsafePathError:
            return None
        return PreviewFile(path, sha256, writable=not self._project.read_only)

    def thumbnail_bytes(self, record: ImageRecord) -> bytes | None:
        """The cached thumbnail (made once if missing); None when the image can't be read."""
        try:
            return self._project.thumbnail_path(record).read_bytes()
        except (CutieError, OSError):
            return None

    def trash_dependents(self, image_ids: Sequence[int]) -> TrashDependents:
        """What depends on these images; see `core.services.trash`."""
        return self._project.trash_dependents(image_ids)

    def trash_images(self, image_ids: Sequence[int], move: MoveFn | None = None) -> TrashOutcome:
        """Take images out to a trash (`move`; default: the project's .trash/); see `core.services.trash`."""
        return self._project.trash_images(image_ids, move or self._project.trash_mover())

    def restore_images(self, trashed: Sequence[TrashedImage]) -> RestoreOutcome:
        """Put images taken out by `trash_images` back; see `core.services.trash`."""
        return self._project.restore_images(trashed)

    def set_flag(self, image_id: int, flag: str) -> ImageRecord:
        self._project.set_flag(image_id, flag)
        return self._project.image(image_id)

    def set_rating(self, image_id: int, stars: int) -> ImageRecord:
        self._project.set_rating(image_id, stars)
        return self._project.image(image_id)

    # -- stacks and the gallery's view -----------------------------------------------------------

    def stack_tops(self) -> dict[str, int]:
        """The image the user set as the top of each stack that has one (stack key -> image id)."""
        return self._project.stack_tops()

    def set_stack_top(self, key: str, image_id: int | None) -> None:
        """Make `image_id` the top of the stack `key`; None lets the best image be its top."""
        self._project.set_stack_top(key, image_id)

    def gallery_view(self) -> GalleryView:
        """How this project's gallery was last looked at (defaults for a new project)."""
        return GalleryView.from_settings(self._project.view_settings())

    def save_gallery_view(self, view: GalleryView) -> None:
        """Remember how the gallery is looked at; a project open read-only keeps what it had."""
        if not self.read_only:
            self._project.save_view_settings(view.to_settings())

    # -- consistency scores ---------------------------------------------------------------------

    def cached_scores(self) -> dict[int, float]:
        """Overall scores already computed against the current references and palette."""
        return {i: s.overall for i, s in self._project.scores(self._project.score_basis()).items()}

    def score_recent(self, limit: int = SCORE_RECENT) -> dict[int, float]:
        """Score the newest images (after a batch); cached ones are not computed again."""
        recent = [r.id for r in self._project.images()[:limit]]
        return {i: s.overall for i, s in self._project.score_images(recent).items()}

    def score_all(self) -> dict[int, float]:
        return {i: s.overall for i, s in self._project.score_images(None).items()}

    # -- ledger, export, conversations ----------------------------------------------------------

    def ledger(self) -> Ledger:
        project = self._project
        return Ledger(tuple(project.ledger()), {s.id: s.text for s in project.scenes()}, project.spend_usd())

    def spend_usd(self) -> float:
        return self._project.spend_usd()

    def export(
        self,
        folder: Path,
        *,
        selection: export_service.Selection | str = export_service.Selection.ALL,
        image_ids: Sequence[int] | None = None,
    ) -> export_service.ExportReport:
        """Export images with their recipes and verdicts (see `services.export`)."""
        return export_service.export_images(self._project, folder, selection=selection, image_ids=image_ids)

    def conversations(self) -> list[tuple[str, str, str]]:
        return self._project.conversations()

    def load_conversation(self, conv_id: str) -> Conversation:
        return self._project.load_conversation(conv_id)

    def save_conversation(self, conv: Conversation) -> None:
        self._project.save_conversation(conv)

    def delete_conversation(self, conv_id: str) -> None:
        self._project.delete_conversation(conv_id)


@contextlib.contextmanager
def opened_project(
    folder: Path, *, create: bool = False, read_only: bool = False
) -> Iterator[ProjectService]:
    """`with opened_project(folder) as project:` for commands that open, work and close."""
    service = ProjectService.open(folder, create=create, read_only=read_only)
    try:
        yield service
    finally:
        service.close()


def pack_project(folder: Path, dest: Path) -> Path:
    """The whole project in one `.cutiepack` file; raises PackError in plain words."""
    return export_pack(folder, dest)


def unpack_project(pack: Path, into: Path, *, name: str | None = None) -> Path:
    """A `.cutiepack` as a new project folder in `into`, checked before anything is written."""
    return import_pack(pack, into, name=name)
