"""Checks for a project database that came from elsewhere: its schema and the rows that name files.

A pack's database is untrusted input, rows included. Its schema must be exactly the one Cutie's
own migrations build for that version (a trigger, view, extra table or index could act on every
later write), and every column that names a file must name a plain file that the pack holds.
`check` runs the schema comparison on open projects too.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Mapping, Set
from pathlib import Path

from cutie_app.core.formats.look_file import parse_look_file
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.adjustments import AdjustmentError
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.store.layout import (
    IMAGES_DIR,
    LOOK_SUFFIX,
    LOOKS_DIR,
    LUTS_DIR,
    MAX_LOOK_BYTES,
    REFERENCES_DIR,
    file_name_problem,
    lut_file_name,
    sha256_problem,
)
from cutie_app.core.store.migrations import migrate

#: (table, column, folder) of every column whose value is a file name inside the project.
FILE_COLUMNS = (
    ("images", "file", IMAGES_DIR),
    ("reference_slots", "file", REFERENCES_DIR),
    ("luts", "file", LUTS_DIR),
    ("looks", "file", LOOKS_DIR),
)

SchemaEntry = tuple[str, str, str, str | None]  # type, name, table, sql


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaEntry]:
    """Every object in the database's schema (tables, indexes, views, triggers)."""
    return frozenset(
        (str(kind), str(name), str(table), None if sql is None else str(sql))
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    )


@functools.cache
def reference_schema(version: int) -> frozenset[SchemaEntry]:
    """Cutie's own schema at `version`: the migrations run on an empty in-memory database."""
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        migrate(conn, target=version)
        return schema_of(conn)


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """How the schema differs from Cutie's own at `version` (empty when it is the same)."""
    ours = reference_schema(version)
    theirs = schema_of(conn)
    ours_by_name = {(kind, name): sql for kind, name, _, sql in ours}
    problems: list[str] = []
    for kind, name, table, _sql in sorted(theirs - ours, key=lambda e: (e[0], e[1])):
        if (kind, name) in ours_by_name:
            problems.append(f"the {kind} {name!r} differs from the one Cutie creates")
        else:
            on = f" on {table!r}" if table != name else ""
            article = "an" if kind[0] in "aeiou" else "a"
            problems.append(f"it has {article} {kind} {name!r}{on} that Cutie does not create")
    theirs_names = {(kind, name) for kind, name, _, _ in theirs}
    problems += [
        f"its {kind} {name!r} is missing"
        for kind, name, _, _ in sorted(ours, key=lambda e: (e[0], e[1]))
        if (kind, name) not in theirs_names
    ]
    return problems


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(n) for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def row_problems(
    conn: sqlite3.Connection, present: Mapping[str, Set[str]], hashes: Mapping[str, str] | None = None
) -> list[str]:
    """Rows that name a file badly, or a file missing from `present` (folder -> file names).

    Also image hashes (they name thumbnails), reference roles (a row Cutie could not read), and
    LUT rows: a LUT's file is named by its SHA-256, and with `hashes` (relative path -> SHA-256
    of the file) its content must match. Tables a schema version lacks are skipped.
    """
    problems: list[str] = []
    tables = _tables(conn)
    for table, column, folder in FILE_COLUMNS:
        if table not in tables:
            continue
        for row_id, name in conn.execute(f"SELECT id, {column} FROM {table} ORDER BY id"):
            problem = file_name_problem(name)
            if problem:
                problems.append(f"{table} row {row_id} names {name!r}, and {problem}")
            elif name not in present.get(folder, ()):
                problems.append(f"{table} row {row_id} names {folder}/{name}, which is not in the pack")
    for row_id, sha in conn.execute("SELECT id, sha256 FROM images ORDER BY id"):
        problem = sha256_problem(sha)
        if problem:
            problems.append(f"images row {row_id} has a SHA-256 of {sha!r}, and {problem}")
    roles = {r.value for r in ReferenceRole}
    problems += [
        f"reference_slots row {row_id} has the unknown role {role!r}"
        for row_id, role in conn.execute("SELECT id, role FROM reference_slots ORDER BY id")
        if role not in roles
    ]
    if "luts" in tables:
        for row_id, sha, name in conn.execute("SELECT id, sha256, file FROM luts ORDER BY id"):
            if sha256_problem(sha):
                problems.append(f"luts row {row_id} has a SHA-256 of {sha!r}, and {sha256_problem(sha)}")
            elif name != lut_file_name(sha):
                problems.append(f"luts row {row_id} names {name!r}, not the file its SHA-256 names")
            elif hashes is not None and hashes.get(f"{LUTS_DIR}/{name}") not in (None, sha):
                problems.append(f"luts row {row_id}: {LUTS_DIR}/{name} is not the LUT its SHA-256 names")
    if "looks" in tables:
        problems += [
            f"looks row {row_id} names {name!r}, which is not a look file ({LOOK_SUFFIX})"
            for row_id, name in conn.execute("SELECT id, file FROM looks ORDER BY id")
            if isinstance(name, str) and not name.endswith(LOOK_SUFFIX)
        ]
    return problems


def look_problems(conn: sqlite3.Connection, looks_dir: Path) -> list[str]:
    """Look rows whose file (already known to be a plain file in `looks_dir`) is not the look
    the row names: too large, not a look file, a damaged embedded LUT, or another look's name."""
    if "looks" not in _tables(conn):
        return []
    problems: list[str] = []
    for row_id, name, file in conn.execute("SELECT id, name, file FROM looks ORDER BY id"):
        path = looks_dir / str(file)
        try:
            if path.lstat().st_size > MAX_LOOK_BYTES:
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP("core.adjust", "it is larger than {limit} MiB").format(
                        limit=MAX_LOOK_BYTES // 2**20
                    )
                )
            look = parse_look_file(path.read_bytes()).look
        except OSError as exc:
            problems.append(f"looks row {row_id}: {LOOKS_DIR}/{file} cannot be read ({exc.strerror or exc})")
            continue
        except AdjustmentError as exc:
            problems.append(f"looks row {row_id}: {LOOKS_DIR}/{file} is not a look Cutie can read: {exc}")
            continue
        if look.name != name:
            problems.append(f"looks row {row_id} is the look {name!r}, but {file} holds {look.name!r}")
    return problems
