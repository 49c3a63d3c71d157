"""`Project.check`: database integrity and schema, then every file against its row.

It reads no file a row names outside the project: such rows are reported as unsafe instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from cutie_app.core.model.records import CheckReport, ProjectError, UnsafePathError
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import file_sha256
from cutie_app.core.store.layout import IMAGES_DIR, REFERENCES_DIR, SIDECAR_SUFFIX, ProjectLayout
from cutie_app.core.store.migrations import user_version
from cutie_app.core.store.untrusted import schema_problems


def check(layout: ProjectLayout, db: Database) -> CheckReport:
    """Database integrity, then every file against its row (re-hashes every file: slow)."""

    def integrity_problems(conn: sqlite3.Connection) -> list[str]:
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        problems += [
            f"{table} row {rowid} points to a missing {parent} row"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def rows(conn: sqlite3.Connection) -> tuple[list[tuple[object, str]], list[tuple[object, str]]]:
        images = [(f, str(s)) for f, s in conn.execute("SELECT file, sha256 FROM images")]
        refs = [(f, str(s)) for f, s in conn.execute("SELECT file, sha256 FROM reference_slots")]
        return images, refs

    try:
        integrity = db.call(integrity_problems)
    except ProjectError as exc:
        integrity = [f"the integrity check itself failed: {exc.message.technical or exc}"]
    try:
        foreign = db.call(lambda conn: schema_problems(conn, user_version(conn)))
    except ProjectError as exc:
        foreign = [f"the schema could not be read: {exc.message.technical or exc}"]
    try:
        image_rows, ref_rows = db.call(rows)
    except ProjectError as exc:
        # Without rows there is nothing to compare the files with.
        return CheckReport(
            integrity=(*integrity, f"the image list is unreadable: {exc.message.technical}"),
            foreign_schema=tuple(foreign),
        )
    missing: list[str] = []
    orphans: list[str] = []
    mismatches: list[str] = []
    missing_refs: list[str] = []
    unsafe: list[str] = []
    sections: tuple[tuple[str, list[tuple[object, str]], list[str], Callable[[object], Path]], ...] = (
        (IMAGES_DIR, image_rows, missing, layout.image_file),
        (REFERENCES_DIR, ref_rows, missing_refs, layout.reference_file),
    )
    for sub, found, missing_list, path_of in sections:
        folder = layout.folder / sub
        on_disk = {
            p.name
            for p in folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and not p.name.endswith(SIDECAR_SUFFIX)
        }
        expected: dict[str, set[str]] = {}
        for file, sha in found:
            try:
                path_of(file)
            except UnsafePathError as exc:
                unsafe.append(exc.message.technical)
                continue
            expected.setdefault(str(file), set()).add(sha)
        for file in sorted(expected):
            if file not in on_disk:
                missing_list.append(f"{sub}/{file}")
                continue
            try:
                actual = file_sha256(folder / file)
            except OSError:
                missing_list.append(f"{sub}/{file}")
                continue
            if expected[file] != {actual}:
                mismatches.append(f"{sub}/{file}")
        orphans += [f"{sub}/{name}" for name in sorted(on_disk - set(expected))]
    return CheckReport(
        integrity=tuple(integrity),
        missing_files=tuple(missing),
        orphan_files=tuple(orphans),
        hash_mismatches=tuple(mismatches),
        missing_references=tuple(missing_refs),
        images_checked=len(image_rows),
        references_checked=len(ref_rows),
        unsafe_paths=tuple(unsafe),
        foreign_schema=tuple(foreign),
    )
