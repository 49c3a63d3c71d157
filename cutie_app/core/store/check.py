"""`Project.check`: database integrity and schema, then every file against its row.

It reads no file a row names outside the project: such rows are reported as unsafe instead.
It may run while another process saves into the project (a read-only open): files are listed
between two reads of the rows, so that neither a save landing meanwhile nor one in progress
shows up as a problem. A saver writes each image file before its row and deletes the image's
recipe sidecar only after the commit, so:

- a row read before the listing has its file in the listing (else the file is missing);
- a listed file with no row read after the listing is still being saved if its sidecar was
  listed too, and an orphan otherwise.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cutie_app.core.model.records import CheckReport, LedgerOutcome, ProjectError, UnsafePathError
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import file_sha256
from cutie_app.core.store.layout import IMAGES_DIR, REFERENCES_DIR, SIDECAR_SUFFIX, ProjectLayout
from cutie_app.core.store.looks import LutLookFindings, check_luts_and_looks
from cutie_app.core.store.migrations import user_version
from cutie_app.core.store.trash import TRASHED_NOTE, marker_name
from cutie_app.core.store.untrusted import schema_problems

Rows = list[tuple[object, str]]  # (file, sha256)


@dataclass
class _Findings:
    missing: list[str] = field(default_factory=list)
    missing_refs: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)


def check(layout: ProjectLayout, db: Database) -> CheckReport:
    """Database integrity, then every file against its row (re-hashes every file: slow)."""
    integrity = _integrity(db)
    try:
        foreign = db.call(lambda conn: schema_problems(conn, user_version(conn)))
    except ProjectError as exc:
        foreign = [f"the schema could not be read: {exc.message.technical or exc}"]
    try:
        image_rows, ref_rows = db.call(_rows)
        listed = {sub: _listing(layout.folder / sub) for sub in (IMAGES_DIR, REFERENCES_DIR)}
        later_images, later_refs = db.call(_rows)
    except ProjectError as exc:
        # Without rows there is nothing to compare the files with.
        return CheckReport(
            integrity=(*integrity, f"the image list is unreadable: {exc.message.technical}"),
            foreign_schema=tuple(foreign),
        )
    found = _Findings()
    sections: tuple[tuple[str, Rows, Rows, list[str], Callable[[object], Path]], ...] = (
        (IMAGES_DIR, image_rows, later_images, found.missing, layout.image_file),
        (REFERENCES_DIR, ref_rows, later_refs, found.missing_refs, layout.reference_file),
    )
    for sub, rows, later, missing, path_of in sections:
        files, sidecars, markers = listed[sub]
        expected: dict[str, set[str]] = {}
        for file, sha in rows:
            try:
                path_of(file)
            except UnsafePathError as exc:
                found.unsafe.append(exc.message.technical)
                continue
            expected.setdefault(str(file), set()).add(sha)
        named_later = {str(file) for file, _ in later}
        for file in sorted(expected):
            if file not in files:
                if marker_name(file) in markers:
                    found.pending.append(f"{sub}/{file}")  # on its way to the trash
                elif file in named_later:  # else it was removed to the trash meanwhile
                    missing.append(f"{sub}/{file}")
                continue
            try:
                actual = file_sha256(layout.folder / sub / file)
            except OSError:
                missing.append(f"{sub}/{file}")
                continue
            if expected[file] != {actual}:
                found.mismatches.append(f"{sub}/{file}")
        for name in sorted(files - set(expected) - named_later):
            saving = sub == IMAGES_DIR and f"{Path(name).stem}{SIDECAR_SUFFIX}" in sidecars
            (found.pending if saving else found.orphans).append(f"{sub}/{name}")
    try:
        extra = check_luts_and_looks(layout, db)
    except ProjectError as exc:
        extra = LutLookFindings(damaged=[f"the LUT and look lists are unreadable: {exc.message.technical}"])
    try:
        ledger = db.call(_ledger_findings)
    except ProjectError as exc:
        ledger = _LedgerFindings(duplicate_ledger=[f"the ledger is unreadable: {exc.message.technical}"])
    return CheckReport(
        duplicate_images=tuple(ledger.duplicate_images),
        duplicate_ledger=tuple(ledger.duplicate_ledger),
        ledger_without_images=tuple(ledger.without_images),
        unsaved_calls=tuple(ledger.unsaved),
        integrity=tuple(integrity),
        missing_files=tuple(found.missing),
        orphan_files=(*found.orphans, *extra.orphans),
        hash_mismatches=(*found.mismatches, *extra.mismatches),
        missing_references=tuple(found.missing_refs),
        images_checked=len(image_rows),
        references_checked=len(ref_rows),
        unsafe_paths=(*found.unsafe, *extra.unsafe),
        missing_luts_and_looks=tuple(extra.missing),
        damaged_luts_and_looks=tuple(extra.damaged),
        luts_checked=extra.luts_checked,
        looks_checked=extra.looks_checked,
        foreign_schema=tuple(foreign),
        pending_files=tuple(found.pending),
    )


@dataclass
class _LedgerFindings:
    duplicate_images: list[str] = field(default_factory=list)
    duplicate_ledger: list[str] = field(default_factory=list)
    without_images: list[str] = field(default_factory=list)
    unsaved: list[str] = field(default_factory=list)


def _ledger_findings(conn: sqlite3.Connection) -> _LedgerFindings:
    """Images and billed calls entered twice, and image calls whose images are not in the project.

    An image's call is known by the response id in its recipe (or, for a call without one, by
    its batch). Images recovered without a recipe name no call, so they vouch for none.
    """
    found = _LedgerFindings()
    for batch, variant, image, ids in conn.execute(
        "SELECT batch_id, variant_index, image_index, GROUP_CONCAT(id, ', ') FROM images"
        " WHERE batch_id != '' GROUP BY batch_id, variant_index, image_index HAVING COUNT(*) > 1"
        " ORDER BY MIN(id)"
    ):
        found.duplicate_images.append(
            f"images #{ids}: batch {batch}, variant {variant + 1}, image {image + 1}"
        )
    for response, ids in conn.execute(
        "SELECT response_id, GROUP_CONCAT(id, ', ') FROM ledger WHERE response_id != ''"
        " GROUP BY response_id HAVING COUNT(*) > 1 ORDER BY MIN(id)"
    ):
        found.duplicate_ledger.append(f"ledger rows #{ids}: response {response}")
    responses: set[str] = set()
    batches: set[str] = set()
    for recipe, batch in conn.execute("SELECT recipe_json, batch_id FROM images"):
        batches.add(str(batch))
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            responses.add(str(json.loads(recipe).get("response_id") or ""))
    for row_id, response, batch, images, outcome, cost, detail in conn.execute(
        "SELECT id, response_id, batch_id, images, outcome, COALESCE(actual_usd, estimated_usd), detail"
        " FROM ledger WHERE outcome IN (?, ?) ORDER BY id",
        (LedgerOutcome.IMAGE.value, LedgerOutcome.UNSAVED.value),
    ):
        call = f"ledger row #{row_id} (response {response or '?'}, batch {batch or '?'}, ${cost:.3f})"
        if outcome == LedgerOutcome.UNSAVED.value:
            found.unsaved.append(f"{call}: {detail or 'no reason recorded'}")
        elif detail == TRASHED_NOTE:
            continue  # its images were moved to the trash, on purpose
        elif images and not (response in responses if response else batch in batches):
            found.without_images.append(f"{call}: {images} image(s) billed, none in the project")
    return found


def _integrity(db: Database) -> list[str]:
    def problems(conn: sqlite3.Connection) -> list[str]:
        found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if found == ["ok"]:
            found = []
        found += [
            f"{table} row {rowid} points to a missing {parent} row"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        return found

    try:
        return db.call(problems)
    except ProjectError as exc:
        return [f"the integrity check itself failed: {exc.message.technical or exc}"]


def _rows(conn: sqlite3.Connection) -> tuple[Rows, Rows]:
    images = [(f, str(s)) for f, s in conn.execute("SELECT file, sha256 FROM images")]
    refs = [(f, str(s)) for f, s in conn.execute("SELECT file, sha256 FROM reference_slots")]
    return images, refs


def _listing(folder: Path) -> tuple[set[str], set[str], set[str]]:
    """(files, recipe sidecars, hidden names) in `folder`; hidden names (temp files, trash
    markers) are not files of the project."""
    try:
        every = {p.name for p in folder.iterdir() if p.is_file()}
    except FileNotFoundError:  # a read-only open does not create missing folders
        return set(), set(), set()
    hidden = {n for n in every if n.startswith(".")}
    names = every - hidden
    sidecars = {n for n in names if n.endswith(SIDECAR_SUFFIX)}
    return names - sidecars, sidecars, hidden
