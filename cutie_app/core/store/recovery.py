"""What opening a project repairs: temp files, image files without rows, billed calls without rows.

Rows are never deleted because a file is missing: that is reported, since the user may restore
the file from a backup.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import LedgerOutcome, RecoveryReport, UnsafePathError
from cutie_app.core.model.references import sniff_mime
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import dump, image_size, mtime_iso, read_sidecar
from cutie_app.core.store.layout import (
    IMAGES_DIR,
    LOOKS_DIR,
    LUTS_DIR,
    PREVIEW_SUFFIX,
    PREVIEWS_DIR,
    REFERENCES_DIR,
    SIDECAR_SUFFIX,
    THUMBS_DIR,
    ProjectLayout,
    sha256_problem,
)
from cutie_app.core.store.looks import adopt_files
from cutie_app.core.store.rows import IMAGE_INSERT_COLUMNS, LEDGER_COLUMNS, SIDECAR_COLUMNS, exists, insert
from cutie_app.core.store.trash import finish_interrupted, marked_file

log = logging.getLogger("cutie.store")


def recover(layout: ProjectLayout, db: Database) -> RecoveryReport:
    """Clean temp files, give rows to image, LUT and look files that lack one, report rows
    without files."""
    removed: list[str] = []
    # One read of each folder (no stat per file where the file system says the type: opening
    # a project of 20,000 images must not cost 20,000 stats); temp files go before the rest.
    listings = {
        sub: _listing(layout.folder / sub)
        for sub in (IMAGES_DIR, REFERENCES_DIR, THUMBS_DIR, PREVIEWS_DIR, LUTS_DIR, LOOKS_DIR)
    }
    for sub, listing in listings.items():
        for name in sorted(name for name in listing if _is_temp(name)):
            temp = layout.folder / sub / name
            try:
                temp.unlink()
                removed.append(f"{sub}/{name}")
            except OSError:
                log.warning("could not delete temp file %s", temp, exc_info=True)

    # A removal to the trash that a kill interrupted: finished or undone before anything else.
    markers = sorted(name for name in listings[IMAGES_DIR] if marked_file(name) is not None)
    if markers:
        finish_interrupted(layout, db, markers)

    def read(conn: sqlite3.Connection) -> tuple[set[str], set[str]]:
        return (
            {str(r[0]) for r in conn.execute("SELECT DISTINCT file FROM images")},
            {str(r[0]) for r in conn.execute("SELECT DISTINCT file FROM reference_slots")},
        )

    def read_responses(conn: sqlite3.Connection) -> set[str]:
        sql = "SELECT DISTINCT response_id FROM ledger WHERE response_id != ''"
        return {str(r[0]) for r in conn.execute(sql)}

    known_images, known_refs = db.call(read)
    images_dir = layout.images_dir
    names = {
        name for name, entry in listings[IMAGES_DIR].items() if not name.startswith(".") and _is_file(entry)
    }
    sidecars = {n for n in names if n.endswith(SIDECAR_SUFFIX)}
    image_files = names - sidecars
    stems = {_stem(n) for n in image_files}

    new_rows: list[dict[str, Any]] = []
    ledgers: list[dict[str, Any]] = []
    for name in sorted(image_files - known_images):
        try:
            path = layout.image_file(name)  # a link out of the project is not ours to adopt
            data = path.read_bytes()
        except UnsafePathError as exc:
            log.warning("not recovering %s: %s", name, exc.message.technical)
            continue
        except OSError:
            log.warning("could not read %s during recovery", path, exc_info=True)
            continue
        mime = sniff_mime(data)
        if mime is None:
            continue  # not an image: not ours to adopt
        sidecar_name = Path(name).stem + SIDECAR_SUFFIX
        side = _sidecar(layout, sidecar_name) if sidecar_name in sidecars else None
        new_rows.append(_recovered_row(name, data, mime, side, mtime_iso(path)))
        if side and isinstance(side.get("ledger"), dict):
            ledgers.append(side["ledger"])
    # A sidecar whose image never landed still proves a (possibly billed) call.
    for sidecar_name in sorted(sidecars):
        if sidecar_name[: -len(SIDECAR_SUFFIX)] not in stems:
            side = _sidecar(layout, sidecar_name)
            if side and isinstance(side.get("ledger"), dict):
                ledgers.append(side["ledger"])
    # The ledger's calls matter only when something is to be adopted (most opens: nothing).
    known_responses = db.call(read_responses) if new_rows or ledgers else set()
    # A call recorded as unsaved whose image turns up after all is an image call again.
    adopted = Counter(_response_of(row) for row in new_rows)
    found_again = [(adopted[r], r) for r in adopted if r and r in known_responses]
    ledgers = [
        entry
        for entry in ledgers
        if not entry.get("response_id") or str(entry.get("response_id")) not in known_responses
    ]

    if new_rows or ledgers or found_again:

        def write(conn: sqlite3.Connection) -> None:
            for row in new_rows:
                if not exists(conn, "scenes", row.get("scene_id")):
                    row["scene_id"] = None
                if not exists(conn, "images", row.get("parent_image_id")):
                    row["parent_image_id"] = None
                insert(conn, "images", IMAGE_INSERT_COLUMNS, row)
            for entry in ledgers:
                values = _ledger_values(conn, entry)
                _note_lost_images(values, adopted[str(values["response_id"])])
                insert(conn, "ledger", LEDGER_COLUMNS, values)
            for count, response in found_again:
                conn.execute(
                    "UPDATE ledger SET outcome = ?, images = ?, detail = ''"
                    " WHERE response_id = ? AND outcome = ?",
                    (LedgerOutcome.IMAGE.value, count, response, LedgerOutcome.UNSAVED.value),
                )

        db.transaction(write)
        for row in new_rows:
            log.warning("recovered %s/%s (saved without its row)", IMAGES_DIR, row["file"])

    for sidecar_name in sorted(sidecars):
        try:
            (images_dir / sidecar_name).unlink()
            removed.append(f"{IMAGES_DIR}/{sidecar_name}")
        except OSError:
            log.warning("could not delete sidecar %s", sidecar_name, exc_info=True)

    ref_names = {name for name, entry in listings[REFERENCES_DIR].items() if _is_file(entry)}
    missing = [f"{IMAGES_DIR}/{f}" for f in sorted(known_images - image_files)]
    missing += [f"{REFERENCES_DIR}/{f}" for f in sorted(known_refs - ref_names)]
    adopted_files, missing_files = adopt_files(layout, db)
    missing += missing_files
    for item in missing:
        log.warning("project file missing: %s", item)
    _drop_stale_previews(layout, db, listings[PREVIEWS_DIR])
    return RecoveryReport(
        recovered=tuple(f"{IMAGES_DIR}/{row['file']}" for row in new_rows) + tuple(adopted_files),
        missing=tuple(missing),
        removed_temp=tuple(removed),
    )


def _drop_stale_previews(
    layout: ProjectLayout, db: Database, listing: Mapping[str, os.DirEntry[str]]
) -> None:
    """Delete previews of pictures the project no longer has (a cache that outlived its picture:
    a removed reference slot, or a kill between a deletion's commit and its preview's removal)."""
    shas = {
        name[: -len(PREVIEW_SUFFIX)]
        for name in listing
        if name.endswith(PREVIEW_SUFFIX) and not sha256_problem(name[: -len(PREVIEW_SUFFIX)])
    }
    if not shas:
        return
    sql = "SELECT sha256 FROM images UNION SELECT sha256 FROM reference_slots"
    known = db.call(lambda conn: {str(r[0]) for r in conn.execute(sql)})
    for sha in sorted(shas - known):
        try:
            layout.preview_file(sha).unlink()
            log.info("deleted the preview of %s: no image or reference has it", sha[:12])
        except (OSError, UnsafePathError) as exc:
            log.warning("could not delete a stale preview: %s", exc)


#: The ledger's `detail` for a billed call whose save a crash interrupted before its image landed.
NEVER_LANDED = QT_TRANSLATE_NOOP(
    "core.store", "Cutie stopped before the image was saved; the call was recovered from its recipe."
)


def _note_lost_images(values: dict[str, Any], adopted: int) -> None:
    """Make a recovered IMAGE call whose images never landed say so (UNSAVED), in place.

    Its recipe sidecar is written before the bytes, so a crash in between leaves the call
    (billed) without its image; `adopted` counts the images recovered with the call.
    """
    if values["outcome"] != LedgerOutcome.IMAGE.value or not values["response_id"]:
        return
    if adopted == 0:
        values["outcome"] = LedgerOutcome.UNSAVED.value
        values["detail"] = NEVER_LANDED
    elif adopted < int(values["images"] or 0):
        values["detail"] = QT_TRANSLATE_NOOP(
            "core.store", "{lost} of its {count} images never landed."
        ).format(lost=int(values["images"]) - adopted, count=values["images"])


def _response_of(row: Mapping[str, Any]) -> str:
    """The response id in a recovered row's recipe ("" for an image recovered without one)."""
    try:
        recipe = json.loads(row["recipe_json"])
    except ValueError:
        return ""
    return str(recipe.get("response_id") or "") if isinstance(recipe, dict) else ""


def _listing(folder: Path) -> dict[str, os.DirEntry[str]]:
    """The entries of `folder` by name, from one directory read.

    A folder that is not there (an older project has no luts/ or looks/) has no entries.
    """
    try:
        with os.scandir(folder) as entries:
            return {entry.name: entry for entry in entries}
    except FileNotFoundError:
        return {}


def _is_file(entry: os.DirEntry[str]) -> bool:
    """As Path.is_file (links followed), without a stat where the file system gives the type."""
    try:
        return entry.is_file()
    except OSError:  # gone meanwhile, or a link we may not follow: not a file to adopt
        return False


def _is_temp(name: str) -> bool:
    """An atomic write's temp file (`.NAME.tmp`, what the glob `.*.tmp` matched)."""
    return name.startswith(".") and name[1:].endswith(".tmp")


def _stem(name: str) -> str:
    """`Path(name).stem` without building a Path (20,000 of them on a big project's open)."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _sidecar(layout: ProjectLayout, name: str) -> dict[str, Any] | None:
    try:
        return read_sidecar(layout.image_file(name))
    except UnsafePathError as exc:
        log.warning("not reading sidecar %s: %s", name, exc.message.technical)
        return None


def _ledger_values(conn: sqlite3.Connection, entry: Mapping[str, Any]) -> dict[str, Any]:
    """A ledger row from a sidecar's copy of it, with defaults for whatever is missing."""
    values = {c: entry.get(c) for c in LEDGER_COLUMNS}
    if not exists(conn, "scenes", values.get("scene_id")):
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
        ("detail", ""),
    ):
        if values.get(column) is None:
            values[column] = default
    return values


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
        row["recipe_json"] = dump(recipe)
        row["model"] = str(recipe.get("model", ""))
    if isinstance(info, dict):
        for column in SIDECAR_COLUMNS:
            if info.get(column) is not None:
                row[column] = info[column]
    return row
