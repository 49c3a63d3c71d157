"""The open project as the window sees it: every store call runs on one worker, in order.

The window never touches the `Project` itself. It asks the session, which queues the call on a
single worker thread (so a spec save, a slot change and a saved variant land in the order they
were made) and answers with signals carrying frozen records. Thumbnails are decoded on a
separate pool so a 2,000-image gallery never delays a save.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cutie_app.core.imaging.reference_import import import_reference
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.generation import Variant
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services.slot_sync import SlotState, SlotSync, token_for
from cutie_app.core.store import PROJECT_FILE, ImageRecord, LedgerEntry, Project, SceneRecord
from cutie_app.core.system.settings import load_settings, save_settings
from cutie_app.ui.models.thumbs import Thumb, make_thumb
from cutie_app.ui.workers import Jobs

log = logging.getLogger("cutie.ui")
THUMB_CHUNK = 24
SLOT_THUMB = 160


@dataclass(frozen=True)
class LoadedSlot:
    state: SlotState
    thumb: Thumb | None


@dataclass(frozen=True)
class OpenedProject:
    """What the window needs to show a project the moment it opens."""

    folder: Path
    name: str
    spec: CharacterSpec | None
    spec_version: int | None
    slots: tuple[LoadedSlot, ...]
    scenes: tuple[SceneRecord, ...]
    models: tuple[str, ...]
    spend_usd: float
    recovery: str  # "" when the project opened clean
    created: bool


@dataclass(frozen=True)
class ImageQuery:
    """Gallery filters; None means "any"."""

    scene_id: int | None = None
    flag: str | None = None
    min_rating: int | None = None
    model: str | None = None
    order: str = "time"


@dataclass(frozen=True)
class Ledger:
    entries: tuple[LedgerEntry, ...]
    scenes: dict[int, str]
    spend_usd: float


def _message(exc: BaseException, title: str) -> UserMessage:
    if isinstance(exc, CutieError):
        return exc.message
    return UserMessage(
        kind=ErrorKind.UNKNOWN,
        title=title,
        detail=str(exc) or type(exc).__name__,
        action="Check that the project folder is still there and the disk is not full, then try again.",
    )


def load_slots(project: Project) -> tuple[LoadedSlot, ...]:
    """Worker: the project's slots with their bytes and thumbnails."""
    out: list[LoadedSlot] = []
    for slot, ref in zip(project.references(), project.reference_images(), strict=True):
        state = SlotState(token_for(slot), ref, slot.source_image_id)
        out.append(LoadedSlot(state, make_thumb(ref.data, SLOT_THUMB)))
    return tuple(out)


def promoted_reference(project: Project, image_id: int, role: ReferenceRole) -> LoadedSlot:
    """Worker: a generated image made ready to use as a reference, keeping where it came from."""
    record = project.image(image_id)
    data = project.image_path(record).read_bytes()
    imported = import_reference(data, name=record.file)
    label = ("Anchor from " if role is ReferenceRole.ANCHOR else "From ") + record.file
    ref = ReferenceImage(imported.data, imported.mime_type, role, DEFAULT_KIND[role], label)
    token = f"promoted-{image_id}-{role.value}"
    return LoadedSlot(SlotState(token, ref, image_id), make_thumb(imported.data, SLOT_THUMB))


class ProjectSession(QObject):
    """One open project at a time, driven through queued jobs.

    Signals:
        opened(object): an `OpenedProject`.
        open_failed(object): a `UserMessage`; the previous project (if any) stays open.
        closed(): the project was closed.
        failed(object): a `UserMessage` for a failed read or write; nothing else changed.
        spec_saved(int): the version the spec was saved as.
        images_listed(int, object): (query serial, list of `ImageRecord`).
        thumbs_ready(object): list of (image id, `Thumb` or None).
        variant_saved(object, object): (batch key, list of new `ImageRecord`s).
        image_updated(object): an `ImageRecord` after a flag or rating change.
        scenes_saved(object): the project's `SceneRecord`s after a change.
        promoted(object): a `LoadedSlot` to add to the slots.
        ledger_ready(object): a `Ledger`.
        result_ready(object, object): (tag, value) for one-off jobs (`run`).
    """

    opened = Signal(object)
    open_failed = Signal(object)
    closed = Signal()
    failed = Signal(object)
    spec_saved = Signal(int)
    images_listed = Signal(int, object)
    thumbs_ready = Signal(object)
    variant_saved = Signal(object, object)
    image_updated = Signal(object)
    scenes_saved = Signal(object)
    promoted = Signal(object)
    ledger_ready = Signal(object)
    result_ready = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._store = Jobs(workers=1, name="cutie-store")
        self._thumbs = Jobs(workers=2, name="cutie-thumbs")
        self._store.finished.connect(self._finished)
        self._store.failed.connect(self._failed)
        self._thumbs.finished.connect(lambda _tag, result: self.thumbs_ready.emit(result))
        self._thumbs.failed.connect(self._failed)
        # Touched only on the store worker (jobs run one at a time, in order).
        self._project: Project | None = None
        self._sync: SlotSync | None = None
        self._scene_ids: dict[str, int] = {}
        self.folder: Path | None = None  # UI-thread copy, set when `opened` arrives
        self._shut = False

    # -- opening and closing ----------------------------------------------------------------------

    def open(
        self,
        folder: Path,
        *,
        create: bool = False,
        name: str | None = None,
        seed: Callable[[Project], None] | None = None,
    ) -> None:
        """Open (or with `create`, create if missing) `folder`; `seed` fills a new project."""
        self._submit(("open",), self._do_open, Path(folder), create, name, seed)

    def _do_open(
        self, folder: Path, create: bool, name: str | None, seed: Callable[[Project], None] | None
    ) -> OpenedProject:
        existed = (folder / PROJECT_FILE).exists() if create else True
        project = Project.open_or_create(folder, name) if create else Project.open(folder)
        try:
            if not existed and seed is not None:
                seed(project)
            latest = project.spec()
            opened = OpenedProject(
                folder=project.folder,
                name=project.name,
                spec=latest[1] if latest else None,
                spec_version=latest[0] if latest else None,
                slots=load_slots(project),
                scenes=tuple(project.scenes()),
                models=tuple(sorted({r.model for r in project.images()})),
                spend_usd=project.spend_usd(),
                recovery="" if project.recovery.clean else project.recovery.text(),
                created=not existed,
            )
        except BaseException:
            project.close()
            raise
        if self._project is not None:
            self._project.close()
        self._project = project
        self._sync = SlotSync(project)
        self._scene_ids = {s.text: s.id for s in opened.scenes}
        _remember_recent(project.folder)
        return opened

    def close(self) -> None:
        self._submit(("close",), self._do_close)

    def _do_close(self) -> None:
        if self._project is not None:
            self._project.close()
        self._project = None
        self._sync = None

    def shutdown(self) -> None:
        """Finish every queued save, then close the project (window closing)."""
        if self._shut:
            return
        self._shut = True
        self._thumbs.shutdown()
        self._store.submit(("close",), self._do_close)
        self._store.shutdown(finish_queued=True)
        self.folder = None

    def _submit(self, tag: tuple[object, ...], fn: Callable[..., Any], *args: Any) -> None:
        """Queue a store job; after shutdown (the window is closing) there is nothing to do."""
        if not self._shut:
            self._store.submit(tag, fn, *args)

    @property
    def is_open(self) -> bool:
        return self.folder is not None

    def _require(self) -> Project:
        if self._project is None:
            raise CutieError(
                UserMessage(
                    kind=ErrorKind.UNKNOWN, title="No project is open", detail="Open or create one first."
                )
            )
        return self._project

    # -- writes ------------------------------------------------------------------------------------

    def save_spec(self, spec: CharacterSpec) -> None:
        self._submit(("spec",), lambda: self._require().save_spec(spec))

    def save_slots(self, snapshot: Sequence[SlotState]) -> None:
        states = tuple(snapshot)
        self._submit(("slots",), lambda: self._sync_slots(states))

    def _sync_slots(self, states: tuple[SlotState, ...]) -> None:
        self._require()
        assert self._sync is not None
        self._sync.apply(states)

    def save_variant(self, key: object, variant: Variant, scene_text: str, spec: CharacterSpec) -> None:
        """Save a variant under its scene, recording the spec version it was made from."""
        self._submit(("variant", key), self._save_variant, variant, scene_text, spec)

    def _save_variant(self, variant: Variant, scene_text: str, spec: CharacterSpec) -> list[ImageRecord]:
        project = self._require()
        version = project.save_spec(spec)  # the same spec again is not a new version
        variant = dataclasses.replace(
            variant, recipe=dataclasses.replace(variant.recipe, spec_version=version)
        )
        scene_id = self._scene_for(project, scene_text) if scene_text else None
        return project.add_variant(variant, scene_id=scene_id)

    def _scene_for(self, project: Project, text: str) -> int:
        scene_id = self._scene_ids.get(text)
        if scene_id is None or scene_id not in {s.id for s in project.scenes()}:
            match = next((s for s in project.scenes() if s.text == text), None)
            scene_id = match.id if match else project.add_scene(text).id
            self._scene_ids[text] = scene_id
        return scene_id

    def save_scenes(self, entries: Sequence[tuple[int | None, str]]) -> None:
        """Make the project's scene list match `entries` (ids of known scenes, None for new)."""
        wanted = tuple(entries)
        self._submit(("scenes",), self._sync_scenes, wanted)

    def _sync_scenes(self, entries: tuple[tuple[int | None, str], ...]) -> list[SceneRecord]:
        project = self._require()
        existing = {s.id: s for s in project.scenes()}
        keep = {i for i, _ in entries if i is not None}
        for scene_id in existing:
            if scene_id not in keep:
                project.remove_scene(scene_id)
        ordered: list[int] = []
        for scene_id, text in entries:
            if scene_id is not None and scene_id in existing:
                if existing[scene_id].text != text:
                    project.update_scene(scene_id, text)
                ordered.append(scene_id)
            else:
                ordered.append(project.add_scene(text).id)
        current = [s.id for s in project.scenes()]
        if current != ordered:
            for position, scene_id in enumerate(ordered):
                project.move_scene(scene_id, position)
        scenes = project.scenes()
        self._scene_ids = {s.text: s.id for s in scenes}
        return scenes

    def set_flag(self, image_id: int, flag: str) -> None:
        self._submit(("image",), self._update_image, image_id, "flag", flag)

    def set_rating(self, image_id: int, stars: int) -> None:
        self._submit(("image",), self._update_image, image_id, "rating", stars)

    def _update_image(self, image_id: int, what: str, value: Any) -> ImageRecord:
        project = self._require()
        if what == "flag":
            project.set_flag(image_id, value)
        else:
            project.set_rating(image_id, value)
        return project.image(image_id)

    def promote(self, image_id: int, role: ReferenceRole) -> None:
        self._submit(("promote",), lambda: promoted_reference(self._require(), image_id, role))

    def save_as(self, target: Path) -> None:
        """Copy the project (a consistent snapshot) to the new folder `target` and open the copy."""
        self._submit(("open",), self._do_save_as, Path(target))

    def _do_save_as(self, target: Path) -> OpenedProject:
        from cutie_app.core.store.pack import export_pack, import_pack

        project = self._require()
        if target.exists():
            raise CutieError(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title="That folder already exists",
                    detail=f"{target} is already there; Save As makes a new project folder.",
                    action="Choose a new name.",
                )
            )
        with tempfile.TemporaryDirectory(prefix="cutie-save-as-") as tmp:
            pack = export_pack(project.folder, Path(tmp) / "copy")
            folder = import_pack(pack, target.parent, name=target.name)
        return self._do_open(folder, False, None, None)

    # -- reads -------------------------------------------------------------------------------------

    def list_images(self, serial: int, query: ImageQuery) -> None:
        self._submit(("images", serial), self._list_images, query)

    def _list_images(self, query: ImageQuery) -> list[ImageRecord]:
        return self._require().images(
            scene_id=query.scene_id,
            flag=query.flag,
            min_rating=query.min_rating,
            model=query.model,
            order=query.order if query.order in ("time", "rating") else "time",
        )

    def load_thumbs(self, records: Sequence[ImageRecord]) -> None:
        """Decode thumbnails in chunks, newest first; each chunk arrives as `thumbs_ready`."""
        project = self._project  # set on the store worker; reading a reference is safe
        if project is None:
            return
        rows = list(records)
        for start in range(0, len(rows), THUMB_CHUNK):
            if self._shut:
                return
            self._thumbs.submit(("thumbs",), _thumbs_for, project, rows[start : start + THUMB_CHUNK])

    def load_ledger(self) -> None:
        self._submit(("ledger",), self._ledger)

    def _ledger(self) -> Ledger:
        project = self._require()
        return Ledger(tuple(project.ledger()), {s.id: s.text for s in project.scenes()}, project.spend_usd())

    def run(self, tag: object, fn: Callable[[Project], Any]) -> None:
        """Queue `fn(project)` on the store worker; its value arrives as `result_ready(tag, value)`."""
        self._submit(("run", tag), lambda: fn(self._require()))

    # -- results -----------------------------------------------------------------------------------

    def _finished(self, tag: object, result: object) -> None:
        kind = tag[0] if isinstance(tag, tuple) else tag
        if kind == "open":
            assert isinstance(result, OpenedProject)
            self.folder = result.folder
            self.opened.emit(result)
        elif kind == "close":
            self.folder = None
            self.closed.emit()
        elif kind == "spec":
            self.spec_saved.emit(int(result))  # type: ignore[call-overload]
        elif kind == "images":
            self.images_listed.emit(tag[1], result)  # type: ignore[index]
        elif kind == "variant":
            self.variant_saved.emit(tag[1], result)  # type: ignore[index]
        elif kind == "image":
            self.image_updated.emit(result)
        elif kind == "scenes":
            self.scenes_saved.emit(result)
        elif kind == "promote":
            self.promoted.emit(result)
        elif kind == "ledger":
            self.ledger_ready.emit(result)
        elif kind == "run":
            self.result_ready.emit(tag[1], result)  # type: ignore[index]

    def _failed(self, tag: object, exc: object) -> None:
        kind = tag[0] if isinstance(tag, tuple) else tag
        assert isinstance(exc, BaseException)
        if not isinstance(exc, CutieError):
            log.error("project job %s failed", kind, exc_info=exc)
        if kind == "open":
            self.open_failed.emit(_message(exc, "The project could not be opened"))
        else:
            self.failed.emit(_message(exc, "The project could not be saved"))


def _thumbs_for(project: Project, records: Sequence[ImageRecord]) -> list[tuple[int, Thumb | None]]:
    """Thumbs worker: the project's cached thumbnail for each image (made once if missing)."""
    out: list[tuple[int, Thumb | None]] = []
    for record in records:
        try:
            data = project.thumbnail_path(record).read_bytes()
        except (CutieError, OSError):
            out.append((record.id, None))
            continue
        out.append((record.id, make_thumb(data)))
    return out


def _remember_recent(folder: Path) -> None:
    """Put `folder` first in Open Recent (a tiny settings write, already on a worker)."""
    try:
        settings = load_settings()
        save_settings(settings.with_recent(str(folder)))
    except (OSError, ValueError) as exc:
        log.warning("could not update the recent projects list: %s", exc)
