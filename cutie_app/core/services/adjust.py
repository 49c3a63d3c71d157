"""Apply an adjustment stack to many images: plain files, or project images as new versions.

Full-size rendering is CPU work (decode, tables, encode), so batches run in a process pool:
every core works and the caller's process stays responsive. Progress arrives in the calling
thread as each image finishes; cancelling is cooperative: images not started are dropped,
running ones stop at their next checkpoint (after decoding, after rendering), and an image
that reached its write finishes it. Files are written atomically (temp file, fsync, rename),
so a cancelled or killed batch leaves complete images or none, never half of one.

Everything here blocks: the window calls it from a worker, the CLI directly.

Project images are never changed in place. Applying a stack makes a new image, a child of its
source (`parent_image_id`), whose recipe is the source's recipe plus an `adjustments` block
naming the source and the exact stack; changing the stack later renders the original again.
The store is reached through `AdjustStore`, the few operations this needs.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from PIL import Image

from cutie_app import __version__
from cutie_app.core.formats.fileio import atomic_write_bytes
from cutie_app.core.formats.look_file import (
    LOOK_FILE_SUFFIX,
    MAX_LOOK_FILE_BYTES,
    look_file_bytes,
    parse_look_file,
)
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.imaging.adjust import (
    EXTENSIONS,
    AdjustCancelledError,
    AdjustedImage,
    AdjustImageError,
    adjust_bytes,
    check_luts,
    decode_image,
)
from cutie_app.core.imaging.colour_match import ColourMatchError, lab_statistics
from cutie_app.core.imaging.lut import CubeLut, LutError, parse_cube
from cutie_app.core.model.adjustments import (
    AdjustmentError,
    AdjustmentRecord,
    AdjustmentStack,
    ColourMatch,
    Look,
    Lut,
)
from cutie_app.core.model.generation import Recipe, Usage
from cutie_app.core.model.prompt import PromptParts
from cutie_app.core.model.records import ImageRecord, ReferenceSlot

#: Never more workers than this by default: each holds a full-size image or two (~250 MB at 4K).
MAX_DEFAULT_WORKERS = 4
#: How often the waiting thread looks at the cancel signal, in seconds.
_POLL_S = 0.05


class AdjustBatchError(ValueError):
    """A batch that can't start (clashing names, a missing LUT); nothing was written."""


class CancelSignal(Protocol):
    """Anything with `is_set()`: a `threading.Event`, or the window's cancel token."""

    def is_set(self) -> bool: ...


class ItemStatus(StrEnum):
    WRITTEN = "written"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one input file."""

    source: Path
    status: ItemStatus
    output: Path | None = None
    width: int | None = None
    height: int | None = None
    message: str = ""
    notes: tuple[str, ...] = ()


_R = TypeVar("_R")
_T = TypeVar("_T")


@dataclass(frozen=True)
class BatchProgress(Generic[_T]):
    """Sent after each image: how many are finished (of `total`) and the one that just was."""

    done: int
    total: int
    outcome: _T


def default_workers(jobs: int) -> int:
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS, jobs))


# -- plain files --------------------------------------------------------------------------------


def plan_outputs(
    paths: Sequence[Path], out_dir: Path, stack: AdjustmentStack, *, overwrite: bool = False
) -> list[Path]:
    """The output path of each input: same name in `out_dir`, the extension following the format.

    Raises:
        AdjustBatchError: two inputs would write the same file, an output would replace its
            own input, or (without `overwrite`) an output exists already. Nothing is written.
    """
    outputs: list[Path] = []
    seen: dict[Path, Path] = {}
    existing: list[str] = []
    for path in paths:
        dest = out_dir / path.name
        if not stack.is_identity:
            ext = EXTENSIONS[_written_mime(path)]
            if path.suffix.lower() not in _SAME_EXTENSIONS.get(ext, (ext,)):
                dest = dest.with_suffix(ext)
        key = dest.resolve()
        if key in seen:
            raise AdjustBatchError(
                QT_TRANSLATE_NOOP(
                    "core.adjust",
                    "{first} and {path} would both be written to {dest}; adjust them separately.",
                ).format(first=seen[key], path=path, dest=dest)
            )
        seen[key] = path
        if key == path.resolve():
            raise AdjustBatchError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "{dest} is the input itself; choose another output folder."
                ).format(dest=dest)
            )
        if dest.exists() and not overwrite:
            existing.append(str(dest))
        outputs.append(dest)
    if existing:
        if len(existing) == 1:
            raise AdjustBatchError(
                QT_TRANSLATE_NOOP("core.adjust", "{name} already exists; nothing was written.").format(
                    name=existing[0]
                )
            )
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP(
                "core.adjust", "These files already exist ({count} in all); nothing was written: {names}."
            ).format(count=len(existing), names=", ".join(existing[:3]))
        )
    return outputs


_SAME_EXTENSIONS = {".jpg": (".jpg", ".jpeg", ".jpe"), ".tif": (".tif", ".tiff")}


def _written_mime(path: Path) -> str:
    """The MIME type an adjusted copy of `path` will have (read from the header only)."""
    try:
        with Image.open(path) as im:
            fmt, bands = im.format or "", im.getbands()
    except (OSError, ValueError, SyntaxError):
        return "image/png"  # unreadable: the worker reports it; the name doesn't matter
    if fmt == "JPEG" and "A" not in bands:
        return "image/jpeg"
    return {"PNG": "image/png", "WEBP": "image/webp", "TIFF": "image/tiff"}.get(fmt, "image/png")


def adjust_files(
    paths: Sequence[Path],
    stack: AdjustmentStack,
    out_dir: Path,
    *,
    luts: Mapping[str, CubeLut] | None = None,
    workers: int | None = None,
    overwrite: bool = False,
    on_progress: Callable[[BatchProgress[FileOutcome]], None] | None = None,
    cancel: CancelSignal | None = None,
) -> list[FileOutcome]:
    """Render `stack` onto each file and write the results into `out_dir` (same names).

    Returns one outcome per input, in input order. An unreadable image fails alone; the
    others go on. With `workers` 1 the work runs in this thread, otherwise in a process pool.

    Raises:
        AdjustBatchError: the batch can't start (see `plan_outputs`, or a LUT is missing).
    """
    paths = [Path(p) for p in paths]
    luts = dict(luts or {})
    try:
        check_luts(stack, luts)
    except AdjustImageError as exc:
        raise AdjustBatchError(str(exc)) from None
    outputs = plan_outputs(paths, out_dir, stack, overwrite=overwrite)
    if paths:
        out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(_write_file_job, (src, dest)) for src, dest in zip(paths, outputs, strict=True)]

    def cancelled_outcome(index: int, message: str) -> FileOutcome:
        status = ItemStatus.CANCELLED if not message else ItemStatus.FAILED
        return FileOutcome(paths[index], status, message=message)

    return _run_batch(jobs, stack, luts, workers, on_progress, cancel, cancelled_outcome, lambda _, r: r)


def _write_file_job(src: Path, dest: Path) -> FileOutcome:
    """Worker: read, render, write one file atomically; expected failures become outcomes."""
    state = _worker_state()
    try:
        data = src.read_bytes()
    except OSError as exc:
        return FileOutcome(
            src,
            ItemStatus.FAILED,
            message=QT_TRANSLATE_NOOP("core.adjust", "Cannot read {path}: {error}.").format(
                path=src, error=exc.strerror or exc
            ),
        )
    try:
        adjusted = adjust_bytes(data, state.stack, state.luts, label=str(src), cancelled=state.cancelled)
    except AdjustCancelledError:
        return FileOutcome(src, ItemStatus.CANCELLED)
    except AdjustImageError as exc:
        return FileOutcome(src, ItemStatus.FAILED, message=user_text(exc))
    if state.cancelled():
        return FileOutcome(src, ItemStatus.CANCELLED)
    try:
        atomic_write_bytes(dest, adjusted.data)
        dest.chmod(0o666 & ~state.umask)  # the temp file was private; the image is the user's
    except OSError as exc:
        return FileOutcome(
            src,
            ItemStatus.FAILED,
            message=QT_TRANSLATE_NOOP("core.adjust", "Cannot write {path}: {error}.").format(
                path=dest, error=exc.strerror or exc
            ),
        )
    return FileOutcome(src, ItemStatus.WRITTEN, dest, adjusted.width, adjusted.height, notes=adjusted.notes)


# -- the pool -----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _WorkerState:
    stack: AdjustmentStack
    luts: Mapping[str, CubeLut]
    cancel: Any  # a multiprocessing Event, or a CancelSignal when running in-process
    umask: int

    def cancelled(self) -> bool:
        return bool(self.cancel is not None and self.cancel.is_set())


#: The batch a job belongs to: set by the pool initializer in a worker process (whose jobs run
#: on its main thread), or around the loop when a batch runs in the caller's thread.
_LOCAL = threading.local()


def _worker_state() -> _WorkerState:
    state: _WorkerState | None = getattr(_LOCAL, "state", None)
    if state is None:  # pragma: no cover - a job run outside a batch is a bug
        raise RuntimeError("adjust worker used before it was initialised")
    return state


def _init_worker(stack: AdjustmentStack, luts: Mapping[str, CubeLut], cancel: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the process group; the parent cancels
    _LOCAL.state = _WorkerState(stack, luts, cancel, _current_umask())


def _current_umask() -> int:
    """The process's umask (read and restored; only called while no other thread writes files)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _CtrlC:
    """While a batch runs in the main thread, Ctrl+C asks it to stop instead of raising.

    A KeyboardInterrupt raised at an arbitrary line (mid-report, mid-save) would skip the
    report of the images still out; the flag is looked at between results instead. A second
    Ctrl+C raises as usual. Off the main thread (the window's workers) this does nothing.
    """

    def __init__(self) -> None:
        self.pressed = False
        self._previous: Any = None
        self._installed = False

    def _handle(self, signum: int, frame: object) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True

    def __enter__(self) -> _CtrlC:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)


def _run_batch(
    jobs: Sequence[tuple[Callable[..., _R], tuple[Any, ...]]],
    stack: AdjustmentStack,
    luts: Mapping[str, CubeLut],
    workers: int | None,
    on_progress: Callable[[BatchProgress[_T]], None] | None,
    cancel: CancelSignal | None,
    unfinished: Callable[[int, str], _T],
    on_result: Callable[[int, _R], _T],
) -> list[_T]:
    """Run jobs (module-level functions, picklable args) and collect results in job order.

    `on_result(index, r)` turns a worker's result into the final one, in this thread (the
    project batch saves images there). `unfinished(index, message)` is the result of a job
    that never ran (message "") or whose worker died (the message says so).
    """
    total = len(jobs)
    results: list[_T | None] = [None] * total
    done = 0

    def finish(index: int, result: _T) -> None:
        nonlocal done
        results[index] = result
        done += 1
        if on_progress is not None:
            on_progress(BatchProgress(done, total, result))

    count = workers if workers is not None else default_workers(total)
    if total == 0:
        return []
    if count <= 1:
        state = _WorkerState(stack, luts, cancel, _current_umask())
        previous = getattr(_LOCAL, "state", None)
        _LOCAL.state = state
        with _CtrlC() as ctrl_c:
            try:
                for index, (fn, args) in enumerate(jobs):
                    if state.cancelled() or ctrl_c.pressed:
                        finish(index, unfinished(index, ""))
                    else:
                        finish(index, on_result(index, fn(*args)))
            finally:
                _LOCAL.state = previous
        if ctrl_c.pressed:
            raise KeyboardInterrupt
        return [r for r in results if r is not None]

    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    stop = context.Event()
    pool = ProcessPoolExecutor(
        max_workers=min(count, total),
        mp_context=context,
        initializer=_init_worker,
        initargs=(stack, luts, stop),
    )
    futures: dict[Future[_R], int] = {}
    with _CtrlC() as ctrl_c:
        try:
            for index, (fn, args) in enumerate(jobs):
                futures[pool.submit(fn, *args)] = index
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, timeout=_POLL_S, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=futures.__getitem__):
                    index = futures.pop(future)
                    if future.cancelled():
                        finish(index, unfinished(index, ""))
                        continue
                    try:
                        result = on_result(index, future.result())
                    except BrokenProcessPool:
                        result = unfinished(
                            index,
                            QT_TRANSLATE_NOOP(
                                "core.adjust",
                                "The worker adjusting this image stopped unexpectedly (out of memory?).",
                            ),
                        )
                    finish(index, result)
                wanted = ctrl_c.pressed or (cancel is not None and cancel.is_set())
                if wanted and not stop.is_set():
                    # Running images reach a checkpoint and come back cancelled (or written,
                    # if they were writing); queued ones are dropped. Every image is reported.
                    stop.set()
                    for future in pending:
                        future.cancel()
        except BaseException:
            stop.set()  # an error in a callback, or a second Ctrl+C: stop the workers, then re-raise
            for future in futures:
                future.cancel()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    if ctrl_c.pressed:
        raise KeyboardInterrupt
    return [r for r in results if r is not None]


# -- project images ---------------------------------------------------------------------------


class AdjustStore(Protocol):
    """The store operations adjusting project images needs (the `Project` class provides them).

    `image`, `image_path`, `references` and `reference_path` exist on `Project` today; the
    others are new (see each docstring).
    """

    def image(self, image_id: int) -> ImageRecord: ...

    def image_path(self, record: ImageRecord) -> Path: ...

    def references(self) -> list[ReferenceSlot]: ...

    def reference_path(self, slot: ReferenceSlot) -> Path: ...

    def add_derived_image(
        self, parent_image_id: int, data: bytes, mime_type: str, recipe: Recipe
    ) -> ImageRecord:
        """Save an image made locally from `parent_image_id`: the file (atomically, named like the
        others), then one row with `parent_image_id` set, the parent's scene, the recipe as
        given, status "delivered", no flag or rating, and no ledger row (nothing was billed)."""
        ...

    def lut_data(self, sha256: str) -> bytes | None:
        """The bytes of a .cube file saved with `save_lut`, or None."""
        ...

    def save_lut(self, data: bytes, name: str) -> str:
        """Keep a .cube file in the project (content-addressed, idempotent); returns its SHA-256."""
        ...

    def looks(self) -> list[Look]:
        """The project's looks, by name."""
        ...

    def save_look(self, look: Look) -> None:
        """Add a look, or replace the one with the same name."""
        ...

    def delete_look(self, name: str) -> None: ...


@dataclass(frozen=True)
class DevelopOutcome:
    """What happened to one project image: the new child image, or why there is none."""

    source_id: int
    status: ItemStatus
    image: ImageRecord | None = None
    message: str = ""
    notes: tuple[str, ...] = ()


def original_of(store: AdjustStore, image_id: int) -> ImageRecord:
    """The image a stack is applied to: the image itself, or, for an adjusted image, the one it
    was developed from (so changing a stack later never adjusts an adjustment)."""
    record = store.image(image_id)
    seen = {record.id}
    while record.parent_image_id is not None and _adjustments_of(record) is not None:
        record = store.image(record.parent_image_id)
        if record.id in seen:  # pragma: no cover - a cycle only a damaged database could hold
            break
        seen.add(record.id)
    return record


def current_stack(record: ImageRecord) -> AdjustmentStack:
    """The stack an image was developed with (empty for an image that was not adjusted)."""
    adjustments = _adjustments_of(record)
    return adjustments.stack if adjustments is not None else AdjustmentStack()


def _adjustments_of(record: ImageRecord) -> AdjustmentRecord | None:
    recipe = record.recipe()
    return recipe.adjustments if recipe is not None else None


def derived_recipe(source: ImageRecord, adjustments: AdjustmentRecord) -> Recipe:
    """The recipe of an adjusted image: the source's, plus the `adjustments` block."""
    base = source.recipe() or Recipe(
        model=source.model,
        prompt=PromptParts(()),
        aspect_ratio=None,
        image_size=None,
        seed_requested=None,
        seed_sent=None,
        references=(),
    )
    # Nothing was billed for this image: the generation's usage and cost stay on the source.
    return replace(
        base,
        adjustments=adjustments,
        app_version=__version__,
        response_id="",
        usage=Usage(),
        cost_usd=None,
        started_at="",
        finished_at="",
    )


def project_luts(store: AdjustStore, stack: AdjustmentStack) -> dict[str, CubeLut]:
    """The parsed tables of the stack's LUTs, read from the project.

    Raises:
        AdjustBatchError: a LUT is not in the project, or its stored file no longer parses.
    """
    tables: dict[str, CubeLut] = {}
    for step in stack.active:
        if not isinstance(step, Lut) or step.sha256 in tables:
            continue
        data = store.lut_data(step.sha256)
        if data is None:
            raise AdjustBatchError(
                QT_TRANSLATE_NOOP("core.adjust", "The LUT “{name}” is not in this project any more.").format(
                    name=step.name or step.sha256[:12]
                )
            )
        try:
            tables[step.sha256] = parse_cube(data, step.name or "The LUT")
        except LutError as exc:
            raise AdjustBatchError(str(exc)) from None
    return tables


def import_lut(store: AdjustStore, path: Path) -> Lut:
    """Check a .cube file, keep it in the project and return a full-strength step using it.

    Raises:
        LutError: the file can't be read or is not a valid .cube file (nothing is kept).
    """
    data = _read_lut_file(path)
    lut = parse_cube(data, path.name)
    store.save_lut(data, path.name)
    return Lut(sha256=lut.sha256, name=lut.title or path.stem)


def _read_lut_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LutError(
            QT_TRANSLATE_NOOP("core.adjust", "Cannot read {path}: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from None


def anchor_colour_match(store: AdjustStore, strength: float = 1.0) -> ColourMatch:
    """A colour-match step toward the project's anchor image, measured now.

    Raises:
        AdjustBatchError: the project has no anchor, or it can't be read.
    """
    anchor = next((slot for slot in store.references() if slot.is_anchor), None)
    if anchor is None:
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP("core.adjust", "The project has no anchor image to match; set one first.")
        )
    try:
        data = store.reference_path(anchor).read_bytes()
    except OSError as exc:
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP("core.adjust", "The anchor image can't be read: {error}.").format(
                error=exc.strerror or exc
            )
        ) from None
    return colour_match_step(
        data, strength, label=QT_TRANSLATE_NOOP("core.adjust", "The anchor image"), sha256=anchor.sha256
    )


def colour_match_step(
    data: bytes, strength: float = 1.0, *, label: str = "The image", sha256: str = ""
) -> ColourMatch:
    """A colour-match step toward the colours of the image in `data`.

    Raises:
        AdjustBatchError: the image can't be read or is fully transparent.
    """
    try:
        stats = lab_statistics(decode_image(data, label=label, max_side=1024).image)
    except (AdjustImageError, ColourMatchError) as exc:
        raise AdjustBatchError(str(exc)) from None
    return ColourMatch(
        amount=strength, target=stats, anchor_sha256=sha256 or hashlib.sha256(data).hexdigest()
    )


def develop_images(
    store: AdjustStore,
    image_ids: Sequence[int],
    stack: AdjustmentStack,
    *,
    look: Look | None = None,
    workers: int | None = None,
    on_progress: Callable[[BatchProgress[DevelopOutcome]], None] | None = None,
    cancel: CancelSignal | None = None,
) -> list[DevelopOutcome]:
    """Apply `stack` (or `look`, at its amount) to project images; each result is a new child image.

    An adjusted image is developed again from its original (see `original_of`). Images are
    rendered in a process pool and saved here, in the calling thread, as each one arrives;
    a cancelled batch keeps the images already saved. Pass the store's own thread-safe handle.

    Raises:
        AdjustBatchError: a LUT of the stack is not in the project.
    """
    if look is not None:
        stack = look.applied()
    luts = project_luts(store, stack)
    sources = [original_of(store, image_id) for image_id in image_ids]
    jobs = [(_render_job, (store.image_path(source), f"Image {source.id}")) for source in sources]

    def unfinished(index: int, message: str) -> DevelopOutcome:
        status = ItemStatus.FAILED if message else ItemStatus.CANCELLED
        return DevelopOutcome(image_ids[index], status, message=message)

    def save(index: int, rendered: AdjustedImage | DevelopOutcome) -> DevelopOutcome:
        if isinstance(rendered, DevelopOutcome):
            return replace(rendered, source_id=image_ids[index])
        source = sources[index]
        record = AdjustmentRecord(
            stack=stack,
            source_sha256=source.sha256,
            source_image_id=source.id,
            look=look.name if look is not None else "",
            look_amount=look.amount if look is not None else None,
        )
        image = store.add_derived_image(
            source.id, rendered.data, rendered.mime_type, derived_recipe(source, record)
        )
        return DevelopOutcome(image_ids[index], ItemStatus.WRITTEN, image, notes=rendered.notes)

    return _run_batch(jobs, stack, luts, workers, on_progress, cancel, unfinished, save)


def _render_job(src: Path, label: str) -> AdjustedImage | DevelopOutcome:
    """Worker: render one project image and hand the encoded bytes back for saving."""
    state = _worker_state()
    try:
        data = src.read_bytes()
        return adjust_bytes(data, state.stack, state.luts, label=label, cancelled=state.cancelled)
    except AdjustCancelledError:
        return DevelopOutcome(-1, ItemStatus.CANCELLED)
    except AdjustImageError as exc:
        return DevelopOutcome(-1, ItemStatus.FAILED, message=user_text(exc))
    except OSError as exc:
        return DevelopOutcome(
            -1,
            ItemStatus.FAILED,
            message=QT_TRANSLATE_NOOP("core.adjust", "{name} can't be read: {error}.").format(
                name=label, error=exc.strerror or exc
            ),
        )


# -- look files ---------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class LookFile:
    """A look read from a file, with the LUTs embedded in it (parsed, by SHA-256)."""

    look: Look
    luts: Mapping[str, CubeLut]
    lut_data: Mapping[str, bytes]


def write_look_file(path: Path, look: Look, lut_data: Mapping[str, bytes] | None = None) -> None:
    """Save a look as a look file, embedding the .cube files its LUT steps use so it travels alone.

    Raises:
        AdjustBatchError: a LUT the look uses is not in `lut_data`.
    """
    try:
        data = look_file_bytes(look, lut_data or {})
    except AdjustmentError as exc:
        raise AdjustBatchError(str(exc)) from None
    atomic_write_bytes(path, data)


def read_look_file(path: Path) -> LookFile:
    """Read a look file (or a bare look object); embedded LUTs are checked against their hash.

    Raises:
        AdjustmentError: the file can't be read, is not a look, or a LUT in it is damaged.
    """
    try:
        if path.stat().st_size > MAX_LOOK_FILE_BYTES:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "{path} is larger than a look file may be.").format(
                    path=path
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "Cannot read {path}: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from None
    try:
        content = parse_look_file(data)
    except AdjustmentError as exc:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "{path} is not a look file Cutie can read: {error}.").format(
                path=path, error=user_text(exc)
            )
        ) from None
    luts: dict[str, CubeLut] = {}
    for sha, (name, raw) in content.luts.items():
        try:
            luts[sha] = parse_cube(raw, name or QT_TRANSLATE_NOOP("core.adjust", "An embedded LUT"))
        except LutError as exc:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "{path}: the embedded LUT “{name}” is damaged ({error})."
                ).format(path=path, name=name or sha[:12], error=user_text(exc))
            ) from None
    return LookFile(content.look, luts, {sha: lut.data for sha, lut in content.luts.items()})


class LookLibrary:
    """The user's own looks: one JSON file per look in a folder (shared by every project).

    The folder comes from the caller (the app passes one under its data folder), so this module
    never decides where user files live.
    """

    SUFFIX = LOOK_FILE_SUFFIX

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, name: str) -> Path:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "look"
        return self.folder / (safe[:80] + self.SUFFIX)

    def names(self) -> list[str]:
        return sorted(look.look.name for look in self._all())

    def _all(self) -> Iterator[LookFile]:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*" + self.SUFFIX)):
            try:
                yield read_look_file(path)
            except AdjustmentError:
                continue  # a damaged file is skipped, never deleted

    def load(self, name: str) -> LookFile:
        for entry in self._all():
            if entry.look.name == name:
                return entry
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "There is no look called “{name}”.").format(name=name)
        )

    def save(self, look: Look, lut_data: Mapping[str, bytes] | None = None) -> Path:
        path = self._path(look.name)
        write_look_file(path, look, lut_data)
        return path

    def delete(self, name: str) -> None:
        for path in sorted(self.folder.glob("*" + self.SUFFIX)) if self.folder.is_dir() else []:
            try:
                if read_look_file(path).look.name == name:
                    path.unlink()
            except AdjustmentError:
                continue


def luts_for_files(paths: Iterable[Path]) -> tuple[dict[str, CubeLut], dict[str, bytes], list[Lut]]:
    """Read and check .cube files given on a command line: tables, bytes and a step for each.

    Raises:
        LutError: naming the file and line.
    """
    tables: dict[str, CubeLut] = {}
    raw: dict[str, bytes] = {}
    steps: list[Lut] = []
    for path in paths:
        data = _read_lut_file(path)
        lut = parse_cube(data, path.name)
        tables[lut.sha256] = lut
        raw[lut.sha256] = data
        steps.append(Lut(sha256=lut.sha256, name=lut.title or path.stem))
    return tables, raw, steps
