"""What the adjustment pane does with a project, as blocking calls for its workers.

Open an image (its original and the stack it was developed with, decoded once at screen
size), render previews of a changed stack, apply a stack as a new version, paste or sync
steps onto other images, and keep looks in the project or for the user. Every method may be
called from any thread; none touches a widget. Full-size rendering for one image runs in the
calling thread; batches go to the process pool (`develop_images`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.adjust import AdjustImageError, Preview, decode_image, histogram, render_preview
from cutie_app.core.imaging.lut import CubeLut, parse_cube
from cutie_app.core.model.adjustments import (
    AdjustmentError,
    AdjustmentStack,
    ColourMatch,
    Look,
    Lut,
    PasteMode,
)
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.services.adjust import (
    AdjustBatchError,
    AdjustStore,
    BatchProgress,
    CancelSignal,
    DevelopOutcome,
    ItemStatus,
    LookLibrary,
    anchor_colour_match,
    current_stack,
    develop_images,
    import_lut,
    original_of,
)

#: Previews are rendered no larger than this on their longest side (a 4K screen's width).
MAX_PREVIEW_SIDE = 3840


class LookPlace(StrEnum):
    """Where a look is kept: in the project (travels with it) or for the user (every project)."""

    PROJECT = "project"
    USER = "user"


@dataclass(frozen=True, eq=False)
class EditSource:
    """An image opened for adjusting: what is rendered, and the stack it currently has.

    `original` is the image the stack applies to: the opened image itself, or the one an
    adjusted image was developed from. `picture` is `original` decoded at preview size.
    """

    image_id: int
    original: ImageRecord
    stack: AdjustmentStack
    picture: Image.Image
    full_size: tuple[int, int]
    before: Preview
    #: The image the opened one was made from (an edit or an adjusted version), if any.
    parent_image_id: int | None = None


@dataclass(frozen=True)
class NamedLook:
    look: Look
    place: LookPlace


class AdjustEditor:
    """The adjustment pane's use cases over one project (`store`) and the user's looks."""

    def __init__(self, store: AdjustStore, user_looks: LookLibrary) -> None:
        self.store = store
        self.user_looks = user_looks
        self._tables: dict[str, CubeLut] = {}
        self._lock = threading.Lock()

    # -- one image ----------------------------------------------------------------------------

    def open_image(self, image_id: int, max_side: int) -> EditSource:
        """Decode the image's original at preview size (`max_side`) with its current stack.

        Raises:
            AdjustImageError: the file is missing or unreadable.
        """
        opened = self.store.image(image_id)
        original = original_of(self.store, image_id)
        path = self.store.image_path(original)
        label = f"Image #{original.id}"
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise AdjustImageError(
                QT_TRANSLATE_NOOP("core.adjust", "{name} can't be read: {error}.").format(
                    name=label, error=exc.strerror or exc
                )
            ) from None
        side = max(16, min(int(max_side), MAX_PREVIEW_SIDE))
        decoded = decode_image(data, label=label, max_side=side)
        picture = decoded.image
        before = Preview(picture, histogram(picture))
        full = (original.width or decoded.image.width, original.height or decoded.image.height)
        return EditSource(
            image_id, original, current_stack(opened), picture, full, before, opened.parent_image_id
        )

    def preview(self, source: EditSource, stack: AdjustmentStack) -> Preview:
        """The source rendered with `stack` at preview size, with its histogram (milliseconds).

        Raises:
            AdjustBatchError: a LUT of the stack is not in the project.
        """
        return render_preview(source.picture, stack, self.luts_for(stack))

    def luts_for(self, stack: AdjustmentStack) -> dict[str, CubeLut]:
        """Parsed tables of the stack's LUTs (read from the project once, then remembered)."""
        wanted = {s.sha256: s.name for s in stack.active if isinstance(s, Lut)}
        with self._lock:
            missing = [sha for sha in wanted if sha not in self._tables]
        for sha in missing:
            data = self.store.lut_data(sha)
            if data is None:
                raise AdjustBatchError(
                    QT_TRANSLATE_NOOP(
                        "core.adjust", "The LUT “{name}” is not in this project any more."
                    ).format(name=wanted[sha] or sha[:12])
                )
            table = parse_cube(data, wanted[sha] or "The LUT")
            with self._lock:
                self._tables[sha] = table
        with self._lock:
            return {sha: self._tables[sha] for sha in wanted}

    def apply(self, image_id: int, stack: AdjustmentStack, look: Look | None = None) -> DevelopOutcome:
        """Render `stack` onto the image's original at full size: a new child image (this thread)."""
        (outcome,) = develop_images(self.store, [image_id], stack, look=look, workers=1)
        return outcome

    def stack_of(self, image_id: int) -> AdjustmentStack:
        return current_stack(self.store.image(image_id))

    # -- many images ----------------------------------------------------------------------------

    def pasted(
        self, image_ids: Sequence[int], copied: AdjustmentStack, mode: PasteMode
    ) -> list[tuple[int, AdjustmentStack]]:
        """Each image's stack with `copied` pasted in (`mode`): what `apply_each` should render."""
        return [(image_id, self.stack_of(image_id).paste(copied, mode)) for image_id in image_ids]

    def apply_each(
        self,
        targets: Sequence[tuple[int, AdjustmentStack]],
        *,
        look: Look | None = None,
        workers: int | None = None,
        on_progress: Callable[[BatchProgress[DevelopOutcome]], None] | None = None,
        cancel: CancelSignal | None = None,
    ) -> list[DevelopOutcome]:
        """Develop each image with its own stack, in a process pool; one new child per image.

        Images that get the same stack run as one batch. Progress counts across all of them;
        after a cancel, images not started come back CANCELLED and nothing half-written stays.
        """
        groups: dict[AdjustmentStack, list[int]] = {}
        for image_id, stack in targets:
            groups.setdefault(stack, []).append(image_id)
        total = len(targets)
        done = 0
        outcomes: dict[int, DevelopOutcome] = {}

        def report(progress: BatchProgress[DevelopOutcome]) -> None:
            nonlocal done
            done += 1
            if on_progress is not None:
                on_progress(BatchProgress(done, total, progress.outcome))

        for stack, ids in groups.items():
            if cancel is not None and cancel.is_set():
                for image_id in ids:
                    outcomes[image_id] = DevelopOutcome(image_id, ItemStatus.CANCELLED)
                    report(BatchProgress(0, 0, outcomes[image_id]))
                continue
            for outcome in develop_images(
                self.store,
                ids,
                stack,
                look=look,
                workers=workers,
                on_progress=report,
                cancel=cancel,
            ):
                outcomes[outcome.source_id] = outcome
        return [outcomes[image_id] for image_id, _stack in targets]

    # -- looks, LUTs, the anchor ---------------------------------------------------------------

    def looks(self) -> list[NamedLook]:
        """The project's looks, then the user's, each by name."""
        found = [NamedLook(look, LookPlace.PROJECT) for look in self.store.looks()]
        for name in self.user_looks.names():
            try:
                entry = self.user_looks.load(name)
            except AdjustmentError:
                continue
            for data in entry.lut_data.values():
                self.store.save_lut(data, "")  # a user look's LUTs become usable in this project
            found.append(NamedLook(entry.look, LookPlace.USER))
        return found

    def save_look(self, look: Look, place: LookPlace) -> None:
        """Keep a look in the project or for the user (replacing one of the same name there)."""
        if place is LookPlace.PROJECT:
            self.store.save_look(look)
            return
        data: dict[str, bytes] = {}
        for step in look.stack.steps:
            if isinstance(step, Lut) and (found := self.store.lut_data(step.sha256)) is not None:
                data[step.sha256] = found
        self.user_looks.delete(look.name)
        self.user_looks.save(look, data)

    def delete_look(self, name: str, place: LookPlace) -> None:
        if place is LookPlace.PROJECT:
            self.store.delete_look(name)
        else:
            self.user_looks.delete(name)

    def import_lut(self, path: Path) -> Lut:
        """Keep a .cube file in the project; a full-strength step using it (raises LutError)."""
        return import_lut(self.store, path)

    def anchor_match(self, strength: float = 1.0) -> ColourMatch:
        """A colour-match step toward the anchor (raises AdjustBatchError without one)."""
        return anchor_colour_match(self.store, strength)
