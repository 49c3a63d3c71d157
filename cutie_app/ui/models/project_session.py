"""The open project as the window sees it: every store call runs on one worker, in order.

The window never touches the `Project` itself. It asks the session, which queues the call on a
single worker thread (so a spec save, a slot change and a saved variant land in the order they
were made) and answers with signals carrying frozen records. Thumbnails are decoded on a
separate pool so a 2,000-image gallery never delays a save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.gallery_view import GalleryView
from cutie_app.core.model.generation import Variant
from cutie_app.core.model.records import ImageQuery, ImageRecord, Ledger, ProjectLockedError, SceneRecord
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.model.stacks import StackedListing, StackMode
from cutie_app.core.services.project_paths import remember_recent
from cutie_app.core.services.slot_sync import SlotState
from cutie_app.ui.models.thumbs import Thumb, make_thumb
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ChangeToken, ProjectService
    from cutie_app.core.services.saving import SavedVariant

__all__ = ["ImageQuery", "Ledger", "LoadedSlot", "OpenedProject", "ProjectSession"]

log = logging.getLogger("cutie.ui")
T = TypeVar("T")
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
    #: Why it opened read-only (another Cutie process is writing it), "" when this window writes.
    read_only_reason: str = ""
    #: How its gallery was last looked at (stacks, order, thumbnail size).
    gallery_view: GalleryView = field(default_factory=GalleryView)


def _message(exc: BaseException, title: str) -> UserMessage:
    if isinstance(exc, CutieError):
        return exc.message
    return UserMessage(
        kind=ErrorKind.UNKNOWN,
        title=title,
        detail=user_text(exc) or type(exc).__name__,
        action=QT_TRANSLATE_NOOP(
            "ProjectSession",
            "Check that the project folder is still there and the disk is not full, then try again.",
        ),
    )


def _loaded(state: SlotState) -> LoadedSlot:
    """Worker: a slot with its thumbnail."""
    return LoadedSlot(state, make_thumb(state.ref.data, SLOT_THUMB))


class ProjectSession(QObject):
    """One open project at a time, driven through queued jobs.

    Signals:
        opened(object): an `OpenedProject`.
        open_failed(object): a `UserMessage`; the previous project (if any) stays open.
        closed(): the project was closed.
        failed(object): a `UserMessage` for a failed read or write; nothing else changed.
        spec_saved(int): the version the spec was saved as.
        images_listed(int, object): (query serial, list of `ImageRecord`), or a `StackedListing`
            when the query stacks them.
        thumbs_ready(object): list of (image id, `Thumb` or None).
        variant_saved(object, object): (batch key, list of new `ImageRecord`s).
        image_updated(object): an `ImageRecord` after a flag or rating change.
        scenes_saved(object): the project's `SceneRecord`s after a change.
        promoted(object): a `LoadedSlot` to add to the slots.
        ledger_ready(object): a `Ledger`.
        result_ready(object, object): (tag, value) for one-off jobs (`run`).
        changed(): something was committed to the project since it was last listed (by another
            process, or by this window); see `check_for_changes`.
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
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._store = Jobs(workers=1, name="cutie-store")
        self._thumbs = Jobs(workers=2, name="cutie-thumbs")
        self._store.finished.connect(self._finished)
        self._store.failed.connect(self._failed)
        self._thumbs.finished.connect(lambda _tag, result: self.thumbs_ready.emit(result))
        self._thumbs.failed.connect(self._failed)
        # Touched only on the store worker (jobs run one at a time, in order).
        self._project: ProjectService | None = None
        self._token: ChangeToken | None = None
        self.folder: Path | None = None  # UI-thread copy, set when `opened` arrives
        self.read_only = False  # UI-thread copy: opened read-only (another Cutie is writing it)
        self._shut = False
        self._calls = 0
        self._callbacks: dict[int, Callable[[Any], None]] = {}  # `call` serial: what to do with its value

    # -- opening and closing ----------------------------------------------------------------------

    def open(
        self,
        folder: Path,
        *,
        create: bool = False,
        name: str | None = None,
        seed: Callable[[ProjectService], None] | None = None,
    ) -> None:
        """Open (or with `create`, create if missing) `folder`; `seed` fills a new project."""
        self._submit(("open",), self._do_open, Path(folder), create, name, seed)

    def _do_open(
        self, folder: Path, create: bool, name: str | None, seed: Callable[[ProjectService], None] | None
    ) -> OpenedProject:
        # Loaded here, on the store worker: the store and the image libraries stay out of the
        # window's start-up (they load while it is being drawn).
        from cutie_app.core.services.projects import ProjectService

        if self._project is not None and self._project.folder.resolve() == folder.expanduser().resolve():
            self._do_close()  # opening it again: this window holds its lock, let go of it first
        try:
            return self._adopt(ProjectService.open(folder, create=create, name=name, seed=seed))
        except ProjectLockedError as exc:
            if exc.pid == 0 and not exc.host:  # not another live process: nothing to look at
                raise
            # Another Cutie is writing it: show it read-only, and notice what that one adds.
            return self._adopt(ProjectService.open(folder, read_only=True), exc.message.text())

    def _adopt(self, project: ProjectService, read_only_reason: str = "") -> OpenedProject:
        """Make `project` the open one (closing the previous one) once it is ready to show."""
        try:
            snapshot = project.snapshot()
            opened = OpenedProject(
                folder=snapshot.folder,
                name=snapshot.name,
                spec=snapshot.spec,
                spec_version=snapshot.spec_version,
                slots=tuple(_loaded(state) for state in snapshot.slots),
                scenes=snapshot.scenes,
                models=snapshot.models,
                spend_usd=snapshot.spend_usd,
                recovery=snapshot.recovery,
                created=snapshot.created,
                read_only_reason=read_only_reason,
                gallery_view=snapshot.gallery_view,
            )
            token = project.change_token()
        except BaseException:
            project.close()
            raise
        if self._project is not None:
            self._project.close()
        self._project = project
        self._token = token
        remember_recent(project.folder)
        return opened

    def close(self) -> None:
        self._submit(("close",), self._do_close)

    def _do_close(self) -> None:
        if self._project is not None:
            self._project.close()
        self._project = None
        self._token = None

    def check_for_changes(self) -> None:
        """Ask (cheaply) whether the project changed since it was last listed; `changed` if so."""
        if self.is_open:
            self._submit(("changes",), self._changed)

    def _changed(self) -> bool:
        if self._project is None or self._token is None:
            return False
        new = self._project.changed_since(self._token)
        if new is None:
            return False
        self._token = new  # taken before the window re-reads, so nothing committed after is missed
        return True

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

    def _require(self) -> ProjectService:
        if self._project is None:
            raise CutieError(
                UserMessage(
                    kind=ErrorKind.UNKNOWN,
                    title=QT_TRANSLATE_NOOP("ProjectSession", "No project is open"),
                    detail=QT_TRANSLATE_NOOP("ProjectSession", "Open or create one first."),
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
        self._require().sync_slots(states)

    def save_variant(self, key: object, variant: Variant, scene_text: str, spec: CharacterSpec) -> None:
        """Save a variant under its scene, recording the spec version it was made from.

        `variant_saved` carries a `SavedVariant`: saved (with its records) or not saved, with
        the reason and where the bytes were rescued.
        """
        self._submit(("variant", key), self._save_variant, variant, scene_text, spec)

    def _save_variant(
        self, variant: Variant, scene_text: str, spec: CharacterSpec
    ) -> tuple[SavedVariant, list[ImageRecord]]:
        project = self._require()
        saved = project.save_variant(variant, scene=scene_text, spec=spec)
        return saved, [project.image(i) for i in saved.image_ids]

    def save_scenes(self, entries: Sequence[tuple[int | None, str]]) -> None:
        """Make the project's scene list match `entries` (ids of known scenes, None for new)."""
        wanted = tuple(entries)
        self._submit(("scenes",), self._sync_scenes, wanted)

    def _sync_scenes(self, entries: tuple[tuple[int | None, str], ...]) -> list[SceneRecord]:
        return self._require().sync_scenes(entries)

    def set_flag(self, image_id: int, flag: str) -> None:
        self._submit(("image",), self._update_image, image_id, "flag", flag)

    def set_rating(self, image_id: int, stars: int) -> None:
        self._submit(("image",), self._update_image, image_id, "rating", stars)

    def _update_image(self, image_id: int, what: str, value: Any) -> ImageRecord:
        project = self._require()
        if what == "flag":
            return project.set_flag(image_id, value)
        return project.set_rating(image_id, value)

    def promote(self, image_id: int, role: ReferenceRole) -> None:
        self._submit(("promote",), lambda: _loaded(self._require().promoted_reference(image_id, role)))

    def save_as(self, target: Path) -> None:
        """Copy the project (a consistent snapshot) to the new folder `target` and open the copy."""
        self._submit(("open",), self._do_save_as, Path(target))

    def _do_save_as(self, target: Path) -> OpenedProject:
        return self._adopt(self._require().save_as(target))

    # -- reads -------------------------------------------------------------------------------------

    def list_images(self, serial: int, query: ImageQuery) -> None:
        self._submit(("images", serial), self._list_images, query)

    def _list_images(self, query: ImageQuery) -> list[ImageRecord] | StackedListing:
        if query.stack is not StackMode.OFF:  # grouped here, on the worker, in the query's order
            from cutie_app.core.services.stacks import list_gallery  # on the store worker

            return list_gallery(self._require(), query)
        if query.order not in ("time", "rating"):  # the gallery sorts "Most consistent" itself
            query = replace(query, order="time")
        return self._require().images(query)

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
        return self._require().ledger()

    def call(self, fn: Callable[[ProjectService], T], then: Callable[[T], None]) -> None:
        """Queue `fn(project)` on the store worker and hand its value to `then` on the UI thread.

        A failure arrives as `failed`, like any other store job's.
        """
        self._calls += 1
        self._callbacks[self._calls] = then
        self._submit(("call", self._calls), lambda: fn(self._require()))

    def run(self, tag: object, fn: Callable[[ProjectService], Any]) -> None:
        """Queue `fn(project)` on the store worker; its value arrives as `result_ready(tag, value)`."""
        self._submit(("run", tag), lambda: fn(self._require()))

    # -- results -----------------------------------------------------------------------------------

    def _finished(self, tag: object, result: object) -> None:
        kind = tag[0] if isinstance(tag, tuple) else tag
        if kind == "open":
            assert isinstance(result, OpenedProject)
            self.folder = result.folder
            self.read_only = bool(result.read_only_reason)
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
        elif kind == "changes":
            if result:
                self.changed.emit()
        elif kind == "run":
            self.result_ready.emit(tag[1], result)  # type: ignore[index]
        elif kind == "call":
            self._callbacks.pop(tag[1])(result)  # type: ignore[index]

    def _failed(self, tag: object, exc: object) -> None:
        kind = tag[0] if isinstance(tag, tuple) else tag
        assert isinstance(exc, BaseException)
        if kind == "call":
            self._callbacks.pop(tag[1], None)  # type: ignore[index]
        if not isinstance(exc, CutieError):
            log.error("project job %s failed", kind, exc_info=exc)
        if kind == "open":
            self.open_failed.emit(_message(exc, "The project could not be opened"))
        else:
            self.failed.emit(_message(exc, "The project could not be saved"))


def _thumbs_for(project: ProjectService, records: Sequence[ImageRecord]) -> list[tuple[int, Thumb | None]]:
    """Thumbs worker: the project's cached thumbnail for each image (made once if missing)."""
    out: list[tuple[int, Thumb | None]] = []
    for record in records:
        data = project.thumbnail_bytes(record)
        out.append((record.id, make_thumb(data) if data is not None else None))
    return out
