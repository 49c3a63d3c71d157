"""Taking images out of a project (their files moved by the caller) and putting them back.

Crash safety comes from a marker, like a save's recipe sidecar: before an image's file is
moved, a hidden `.<file>.trashing` file in images/ names the rows it serves; the rows go in one
transaction after the move; then the marker goes. A kill at any point leaves either the image
in the project (marker, row and file: recovery drops the marker) or in the trash (marker and
row without the file: recovery finishes the removal). `check` counts a row whose file is gone
while its marker is there as pending, never as missing. Putting an image back writes its
recipe sidecar first, so a kill after the file is back and before its row is committed leaves
a file that recovery adopts, as after an interrupted save.

The ledger's amounts are never touched: what was spent stays spent. A billed call whose images
are all in the trash says so in its `detail` (TRASHED_NOTE), so `check` does not take it for a
call whose images were lost; putting one back clears the note.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_text
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.errors import CutieError
from cutie_app.core.model.records import ImageRecord, UnsafePathError
from cutie_app.core.model.trash import (
    MoveFn,
    RestoreOutcome,
    TrashDependents,
    TrashedImage,
    TrashOutcome,
)
from cutie_app.core.store.crashpoints import pause_point
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import dump, file_sha256
from cutie_app.core.store.gallery import put_back_tops, tops_of
from cutie_app.core.store.layout import IMAGES_DIR, SIDECAR_SCHEMA, SIDECAR_SUFFIX, ProjectLayout
from cutie_app.core.store.rows import IMAGE_INSERT_COLUMNS, IMAGE_SELECT, exists, image_record, insert

log = logging.getLogger("cutie.store")

MARKER_SUFFIX = ".trashing"
#: The project's own trash, for callers without a system trash (the CLI, tests).
PROJECT_TRASH_DIR = ".trash"
#: The `detail` of a ledger row whose images were all moved to the trash.
TRASHED_NOTE = QT_TRANSLATE_NOOP("core.store", "Its images were moved to the trash.")
_SCORE_COLUMNS = ("version", "basis", "palette", "similarity", "overall", "computed_at")


def marker_name(file: str) -> str:
    """The hidden marker beside an image file whose removal is under way."""
    return f".{file}{MARKER_SUFFIX}"


def marked_file(name: str) -> str | None:
    """The image file a marker name stands for, or None if `name` is not a marker."""
    if name.startswith(".") and name.endswith(MARKER_SUFFIX) and len(name) > len(MARKER_SUFFIX) + 1:
        return name[1 : -len(MARKER_SUFFIX)]
    return None


def project_trash_mover(folder: Path) -> MoveFn:
    """A mover into `<folder>/.trash/` (a name already there gets a number), for headless use."""
    trash = Path(folder) / PROJECT_TRASH_DIR

    def move(path: Path) -> Path:
        trash.mkdir(exist_ok=True)
        target = trash / path.name
        number = 1
        while target.exists() or target.is_symlink():
            target = trash / f"{path.stem} ({number}){path.suffix}"
            number += 1
        path.rename(target)
        return target

    return move


class ImageTrash:
    """Removal and restore of image rows and their files; see the module docstring.

    One removal or restore at a time: two threads taking out the same image must not both
    move its file (nor one put it back while the other moves it away).
    """

    def __init__(self, layout: ProjectLayout, db: Database) -> None:
        self._layout = layout
        self._db = db
        self._busy = threading.Lock()

    # -- what depends on it --------------------------------------------------------------------

    def dependents(self, image_ids: Sequence[int]) -> TrashDependents:
        wanted = sorted({int(i) for i in image_ids})

        def read(conn: sqlite3.Connection) -> TrashDependents:
            marks = ", ".join("?" for _ in wanted)
            present = {
                int(r[0]) for r in conn.execute(f"SELECT id FROM images WHERE id IN ({marks})", wanted)
            }
            slots = list(
                conn.execute(
                    f"SELECT is_anchor FROM reference_slots WHERE source_image_id IN ({marks})", wanted
                )
            )
            children = list(
                conn.execute(
                    f"SELECT conversation_id FROM images WHERE parent_image_id IN ({marks})"
                    f" AND id NOT IN ({marks})",
                    wanted + wanted,
                )
            )
            return TrashDependents(
                images=len(present),
                anchor_source=any(bool(r[0]) for r in slots),
                references=sum(1 for r in slots if not r[0]),
                adjusted=sum(1 for r in children if r[0] is None),
                turns=sum(1 for r in children if r[0] is not None),
                missing=tuple(i for i in wanted if i not in present),
            )

        return self._db.call(read) if wanted else TrashDependents()

    # -- taking out ----------------------------------------------------------------------------

    def trash(self, image_ids: Sequence[int], move: MoveFn) -> TrashOutcome:
        """Move the images' files with `move`, then drop their rows (see `Project.trash_images`)."""
        with self._busy:
            return self._trash(image_ids, move)

    def _trash(self, image_ids: Sequence[int], move: MoveFn) -> TrashOutcome:
        wanted = list(dict.fromkeys(int(i) for i in image_ids))
        if not wanted:
            return TrashOutcome()
        rows, scores, children, slots, sharers, tops = self._db.call(lambda conn: _gather(conn, wanted))
        failed: list[tuple[int, str]] = [
            (i, QT_TRANSLATE_NOOP("core.store", "No image #{id} in this project").format(id=i))
            for i in wanted
            if i not in rows
        ]
        by_file: dict[str, list[ImageRecord]] = {}
        for image_id in wanted:
            record = rows.get(image_id)
            if record is None:
                continue
            try:
                self._layout.image_file(record.file)
            except UnsafePathError as exc:
                log.warning("not removing image #%d: %s", image_id, exc.message.technical)
                failed.append((image_id, exc.message.title))
                continue
            by_file.setdefault(record.file, []).append(record)

        done: list[TrashedImage] = []
        markers: list[Path] = []
        for file, records in by_file.items():
            path = self._layout.image_file(file)
            ids = [r.id for r in records]
            if sharers.get(file, set()) - set(ids) or not (path.is_file() or path.is_symlink()):
                # Another row names these bytes (or they are gone already): only the rows go.
                done += [_trashed(r, None, scores, children, slots, tops) for r in records]
                continue
            marker = self._layout.images_dir / marker_name(file)
            try:
                atomic_write_text(marker, dump({"cutie_trash": 1, "file": file, "ids": ids}))
            except OSError as exc:
                why = QT_TRANSLATE_NOOP("core.store", "Cannot write to {folder}/: {error}").format(
                    folder=IMAGES_DIR, error=exc.strerror or exc
                )
                failed += [(i, why) for i in ids]
                continue
            pause_point("trash-move")
            try:
                location = move(path)
            except (OSError, CutieError) as exc:
                with contextlib.suppress(OSError):
                    marker.unlink()
                reason = exc.message.title if isinstance(exc, CutieError) else (exc.strerror or str(exc))
                why = QT_TRANSLATE_NOOP("core.store", "Could not move {file} to the trash: {reason}").format(
                    file=file, reason=reason
                )
                failed += [(i, why) for i in ids]
                continue
            if path.is_file() or path.is_symlink():  # the mover said it moved it, but it is there
                with contextlib.suppress(OSError):
                    marker.unlink()
                why = QT_TRANSLATE_NOOP("core.store", "Could not move {file} to the trash").format(file=file)
                failed += [(i, why) for i in ids]
                continue
            markers.append(marker)
            first, *rest = records
            done.append(_trashed(first, location, scores, children, slots, tops))
            done += [_trashed(r, None, scores, children, slots, tops) for r in rest]

        if done:
            gone = [t.record.id for t in done]

            calls = {(t.record.batch_id, _response_of(t.record)) for t in done}

            def commit(conn: sqlite3.Connection) -> None:
                conn.executemany("DELETE FROM images WHERE id = ?", [(i,) for i in gone])
                _note_trashed_calls(conn, calls)
                pause_point("trash-commit")

            self._db.transaction(commit)  # if this fails the markers stay: recovery settles them
            for marker in markers:
                with contextlib.suppress(OSError):
                    marker.unlink()
        return TrashOutcome(trashed=tuple(done), failed=tuple(failed))

    # -- putting back --------------------------------------------------------------------------

    def restore(self, trashed: Sequence[TrashedImage]) -> RestoreOutcome:
        """Bring files back from where they went and their rows back (see `Project.restore_images`)."""
        with self._busy:
            return self._restore(trashed)

    def _restore(self, trashed: Sequence[TrashedImage]) -> RestoreOutcome:
        restored: list[ImageRecord] = []
        failed: list[tuple[int, str]] = []
        locations: dict[str, Path] = {}
        for item in trashed:
            if item.location is not None:
                locations.setdefault(item.record.file, item.location)
        for item in trashed:
            record = item.record
            try:
                target = self._layout.image_file(record.file)
            except UnsafePathError as exc:
                failed.append((record.id, exc.message.title))
                continue
            sidecar = self._layout.images_dir / (Path(record.file).stem + SIDECAR_SUFFIX)
            try:
                if not target.is_file():
                    source = locations.get(record.file)
                    if source is None or not source.is_file():
                        failed.append(
                            (
                                record.id,
                                QT_TRANSLATE_NOOP("core.store", "{file} is no longer in the trash").format(
                                    file=record.file
                                ),
                            )
                        )
                        continue
                    atomic_write_text(sidecar, _sidecar_text(record))
                    _put_back(source, target)
                    pause_point("trash-restore")
                elif file_sha256(target) != record.sha256:
                    failed.append(
                        (
                            record.id,
                            QT_TRANSLATE_NOOP(
                                "core.store", "{folder}/ holds a different file named {file}"
                            ).format(folder=IMAGES_DIR, file=record.file),
                        )
                    )
                    continue
            except OSError as exc:
                with contextlib.suppress(OSError):
                    sidecar.unlink(missing_ok=True)
                failed.append(
                    (
                        record.id,
                        QT_TRANSLATE_NOOP("core.store", "Could not put {file} back: {error}").format(
                            file=record.file, error=exc.strerror or exc
                        ),
                    )
                )
                continue
            restored.append(self._db.transaction(functools.partial(_reinsert, item=item)))
            with contextlib.suppress(OSError):
                sidecar.unlink(missing_ok=True)
        return RestoreOutcome(restored=tuple(restored), failed=tuple(failed))


def _response_of(record: ImageRecord) -> str:
    try:
        recipe = json.loads(record.recipe_json or "{}")
    except ValueError:
        return ""
    return str(recipe.get("response_id") or "") if isinstance(recipe, dict) else ""


def _note_trashed_calls(conn: sqlite3.Connection, calls: set[tuple[str, str]]) -> None:
    """Ledger rows of calls with no image left in the project get TRASHED_NOTE as their detail."""
    for batch, response in calls:
        if not response:
            continue
        left = conn.execute(
            "SELECT 1 FROM images WHERE batch_id = ? AND instr(recipe_json, ?) > 0 LIMIT 1",
            (batch, f'"{response}"'),
        ).fetchone()
        if left is None:
            conn.execute(
                "UPDATE ledger SET detail = ? WHERE response_id = ? AND outcome = 'image' AND detail = ''",
                (TRASHED_NOTE, response),
            )


def _gather(
    conn: sqlite3.Connection, ids: list[int]
) -> tuple[
    dict[int, ImageRecord],
    dict[int, dict[str, object]],
    dict[int, tuple[int, ...]],
    dict[int, tuple[int, ...]],
    dict[str, set[int]],
    dict[int, tuple[str, ...]],
]:
    marks = ", ".join("?" for _ in ids)
    rows = {r.id: r for r in map(image_record, conn.execute(f"{IMAGE_SELECT} WHERE id IN ({marks})", ids))}
    scores = {
        int(r[0]): dict(zip(_SCORE_COLUMNS, r[1:], strict=True))
        for r in conn.execute(
            f"SELECT image_id, {', '.join(_SCORE_COLUMNS)} FROM image_scores WHERE image_id IN ({marks})", ids
        )
    }
    children: dict[int, list[int]] = {}
    for child, parent in conn.execute(
        f"SELECT id, parent_image_id FROM images WHERE parent_image_id IN ({marks}) ORDER BY id", ids
    ):
        children.setdefault(int(parent), []).append(int(child))
    slots: dict[int, list[int]] = {}
    for slot, source in conn.execute(
        f"SELECT id, source_image_id FROM reference_slots WHERE source_image_id IN ({marks}) ORDER BY id", ids
    ):
        slots.setdefault(int(source), []).append(int(slot))
    files = sorted({r.file for r in rows.values()})
    sharers: dict[str, set[int]] = {}
    if files:
        fmarks = ", ".join("?" for _ in files)
        for row_id, file in conn.execute(f"SELECT id, file FROM images WHERE file IN ({fmarks})", files):
            sharers.setdefault(str(file), set()).add(int(row_id))
    return (
        rows,
        scores,
        {k: tuple(v) for k, v in children.items()},
        {k: tuple(v) for k, v in slots.items()},
        sharers,
        tops_of(conn, ids),
    )


def _trashed(
    record: ImageRecord,
    location: Path | None,
    scores: dict[int, dict[str, object]],
    children: dict[int, tuple[int, ...]],
    slots: dict[int, tuple[int, ...]],
    tops: dict[int, tuple[str, ...]],
) -> TrashedImage:
    return TrashedImage(
        record=record,
        location=location,
        score=scores.get(record.id),
        children=children.get(record.id, ()),
        slots=slots.get(record.id, ()),
        tops=tops.get(record.id, ()),
    )


def _sidecar_text(record: ImageRecord) -> str:
    """The recipe sidecar recovery reads if a kill comes between the file's return and its row."""
    image = {column: getattr(record, column, None) for column in IMAGE_INSERT_COLUMNS}
    image["mime"] = record.mime_type
    try:
        recipe = json.loads(record.recipe_json or "{}")
    except ValueError:
        recipe = {}
    return dump({"cutie_sidecar": SIDECAR_SCHEMA, "recipe": recipe, "image": image, "ledger": None})


def _put_back(source: Path, target: Path) -> None:
    """Move `source` to `target` (which is not there): a rename, or a copy across file systems."""
    try:
        source.rename(target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        atomic_write_bytes(target, source.read_bytes())
        source.unlink()


def _reinsert(conn: sqlite3.Connection, item: TrashedImage) -> ImageRecord:
    """The row back under its id (a new one if that is taken), with its score, links and tops."""
    record = item.record
    values: dict[str, Any] = {column: getattr(record, column, None) for column in IMAGE_INSERT_COLUMNS}
    values["mime"] = record.mime_type
    if not exists(conn, "scenes", values["scene_id"]):
        values["scene_id"] = None
    if not exists(conn, "images", values["parent_image_id"]):
        values["parent_image_id"] = None
    values.update(flag=record.flag, rating=record.rating)
    columns: tuple[str, ...] = (*IMAGE_INSERT_COLUMNS, "flag", "rating")
    if not exists(conn, "images", record.id):
        values["id"] = record.id
        columns = ("id", *columns)
    image_id = insert(conn, "images", columns, values)
    response = _response_of(record)
    if response:
        conn.execute(
            "UPDATE ledger SET detail = '' WHERE response_id = ? AND detail = ?", (response, TRASHED_NOTE)
        )
    if item.score is not None:
        score = {**item.score, "image_id": image_id}
        conn.execute("DELETE FROM image_scores WHERE image_id = ?", (image_id,))
        insert(conn, "image_scores", ("image_id", *_SCORE_COLUMNS), score)
    for child in item.children:
        conn.execute(
            "UPDATE images SET parent_image_id = ? WHERE id = ? AND parent_image_id IS NULL",
            (image_id, child),
        )
    for slot in item.slots:
        conn.execute(
            "UPDATE reference_slots SET source_image_id = ? WHERE id = ? AND source_image_id IS NULL",
            (image_id, slot),
        )
    put_back_tops(conn, image_id, item.tops)
    return image_record(conn.execute(f"{IMAGE_SELECT} WHERE id = ?", (image_id,)).fetchone())


def finish_interrupted(layout: ProjectLayout, db: Database, markers: Sequence[str]) -> list[str]:
    """Recovery: settle each removal a kill interrupted; returns what was finished.

    A marker whose image file is still in images/ means the file never moved: the image stays.
    One whose file is gone means the file reached the trash: its rows go now. Either way the
    marker goes.
    """
    finished: list[str] = []
    for name in markers:
        file = marked_file(name)
        if file is None:
            continue
        try:
            path = layout.image_file(file)
            marker = layout.image_file(name)
        except UnsafePathError as exc:
            log.warning("not settling %s: %s", name, exc.message.technical)
            continue
        if not (path.is_file() or path.is_symlink()):
            try:
                data = json.loads(marker.read_text("utf-8"))
                ids = [int(i) for i in data.get("ids", [])] if isinstance(data, dict) else []
            except (OSError, ValueError, TypeError):
                ids = []

            def drop(conn: sqlite3.Connection, file: str = file, ids: list[int] = ids) -> None:
                conn.executemany(
                    "DELETE FROM images WHERE id = ? AND file = ?", [(image_id, file) for image_id in ids]
                )

            db.transaction(drop)
            finished.append(f"{IMAGES_DIR}/{file}")
            log.warning("finished moving %s/%s to the trash (interrupted)", IMAGES_DIR, file)
        with contextlib.suppress(OSError):
            marker.unlink()
    return finished
