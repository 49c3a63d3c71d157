"""The project schema as ordered steps keyed on `PRAGMA user_version` (qutebrowser's model).

Step N turns a version N-1 database into version N inside one transaction, together with the
`user_version` bump, so a crash leaves the old version or the new one, never half of a step.
A database newer than `SCHEMA_VERSION` is refused before anything is written to it: an older
Cutie must never "repair" a newer project.

`application_id` marks a SQLite file as a Cutie project, so a stray database named
project.cutie is refused instead of having tables added to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.records import ProjectTooNewError
from cutie_app.core.store.db import as_project_error, transaction

#: 'CUTE' in ASCII: `PRAGMA application_id` of every Cutie project database.
APPLICATION_ID = 0x43555445


@dataclass(frozen=True)
class Migration:
    """One schema step: `apply(conn)` runs inside the step's transaction."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _statements(*sql: str) -> Callable[[sqlite3.Connection], None]:
    """A step made of plain statements (not `executescript`, which would COMMIT mid-step)."""

    def apply(conn: sqlite3.Connection) -> None:
        for statement in sql:
            conn.execute(statement)

    return apply


_V1 = _statements(
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE project (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        name        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        app_version TEXT NOT NULL
    )""",
    """CREATE TABLE spec_versions (
        version    INTEGER PRIMARY KEY,
        json       TEXT NOT NULL,
        hash       TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE scenes (
        id         INTEGER PRIMARY KEY,
        text       TEXT NOT NULL,
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
    # spec_version and conversation_id carry no foreign key: a recipe may name a spec that was
    # never saved here (CLI --spec), and an image is saved before its conversation is.
    """CREATE TABLE images (
        id              INTEGER PRIMARY KEY,
        file            TEXT NOT NULL,
        sha256          TEXT NOT NULL,
        mime            TEXT NOT NULL,
        width           INTEGER,
        height          INTEGER,
        created_at      TEXT NOT NULL,
        batch_id        TEXT NOT NULL DEFAULT '',
        variant_index   INTEGER NOT NULL DEFAULT 0,
        image_index     INTEGER NOT NULL DEFAULT 0,
        scene_id        INTEGER REFERENCES scenes(id) ON DELETE SET NULL,
        model           TEXT NOT NULL DEFAULT '',
        spec_version    INTEGER,
        status          TEXT NOT NULL,
        flag            TEXT NOT NULL DEFAULT 'none' CHECK (flag IN ('none', 'pick', 'reject')),
        rating          INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
        recipe_json     TEXT NOT NULL DEFAULT '{}',
        parent_image_id INTEGER REFERENCES images(id) ON DELETE SET NULL,
        conversation_id TEXT,
        turn_id         TEXT
    )""",
    "CREATE INDEX images_by_time ON images (created_at, id)",
    "CREATE INDEX images_by_scene ON images (scene_id, created_at)",
    "CREATE INDEX images_by_rating ON images (rating, created_at)",
    "CREATE INDEX images_by_flag ON images (flag, created_at)",
    "CREATE INDEX images_by_model ON images (model, created_at)",
    "CREATE INDEX images_by_batch ON images (batch_id, variant_index)",
    "CREATE INDEX images_by_file ON images (file)",
    "CREATE INDEX images_by_parent ON images (parent_image_id)",
    "CREATE INDEX images_by_conversation ON images (conversation_id, turn_id)",
    # "references" is an SQL keyword, hence reference_slots.
    """CREATE TABLE reference_slots (
        id              INTEGER PRIMARY KEY,
        file            TEXT NOT NULL,
        sha256          TEXT NOT NULL,
        mime            TEXT NOT NULL,
        role            TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('person', 'object')),
        label           TEXT NOT NULL DEFAULT '',
        position        INTEGER NOT NULL,
        is_anchor       INTEGER NOT NULL DEFAULT 0 CHECK (is_anchor = (role = 'anchor')),
        source_image_id INTEGER REFERENCES images(id) ON DELETE SET NULL,
        created_at      TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX reference_slots_one_anchor ON reference_slots (is_anchor) WHERE is_anchor = 1",
    "CREATE INDEX reference_slots_by_position ON reference_slots (position)",
    """CREATE TABLE conversations (
        id         TEXT PRIMARY KEY,
        model      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        json       TEXT NOT NULL
    )""",
    """CREATE TABLE ledger (
        id              INTEGER PRIMARY KEY,
        created_at      TEXT NOT NULL,
        model           TEXT NOT NULL,
        image_size      TEXT,
        prompt_tokens   INTEGER NOT NULL DEFAULT 0,
        output_tokens   INTEGER NOT NULL DEFAULT 0,
        thoughts_tokens INTEGER NOT NULL DEFAULT 0,
        images          INTEGER NOT NULL DEFAULT 0,
        estimated_usd   REAL NOT NULL DEFAULT 0,
        actual_usd      REAL,
        outcome         TEXT NOT NULL CHECK (outcome IN ('image', 'blocked', 'text_only', 'error')),
        batch_id        TEXT NOT NULL DEFAULT '',
        scene_id        INTEGER REFERENCES scenes(id) ON DELETE SET NULL,
        conversation_id TEXT,
        response_id     TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX ledger_by_scene ON ledger (scene_id)",
    "CREATE INDEX ledger_by_response ON ledger (response_id)",
)

# Cached consistency scores (core/consistency.py). `basis` hashes what a score was computed
# against (anchor, references, palette), so changing the anchor makes old scores stale without
# touching them; `version` is the formula's, so a new formula recomputes. Regenerable data.
_V2 = _statements(
    """CREATE TABLE image_scores (
        image_id    INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        basis       TEXT NOT NULL,
        palette     REAL CHECK (palette BETWEEN 0 AND 1),
        similarity  REAL CHECK (similarity BETWEEN 0 AND 1),
        overall     REAL NOT NULL CHECK (overall BETWEEN 0 AND 1),
        computed_at TEXT NOT NULL
    )""",
    "CREATE INDEX image_scores_by_basis ON image_scores (basis, version, overall)",
)

# A billed call whose image could not be saved (a full disk, say) keeps its ledger row, with the
# outcome 'unsaved' and the reason in `detail`; a call whose answer never arrived has the
# outcome 'unknown' (it may be billed). SQLite can't alter a CHECK, so the table is
# rebuilt: copied aside (TEMP, never in the file), dropped, made again, filled, re-indexed.
_LEDGER_V2_COLUMNS = (
    "id, created_at, model, image_size, prompt_tokens, output_tokens, thoughts_tokens, images,"
    " estimated_usd, actual_usd, outcome, batch_id, scene_id, conversation_id, response_id"
)
_V3 = _statements(
    "CREATE TEMP TABLE ledger_v2 AS SELECT * FROM ledger",
    "DROP TABLE ledger",
    """CREATE TABLE ledger (
        id              INTEGER PRIMARY KEY,
        created_at      TEXT NOT NULL,
        model           TEXT NOT NULL,
        image_size      TEXT,
        prompt_tokens   INTEGER NOT NULL DEFAULT 0,
        output_tokens   INTEGER NOT NULL DEFAULT 0,
        thoughts_tokens INTEGER NOT NULL DEFAULT 0,
        images          INTEGER NOT NULL DEFAULT 0,
        estimated_usd   REAL NOT NULL DEFAULT 0,
        actual_usd      REAL,
        outcome         TEXT NOT NULL
                        CHECK (outcome IN ('image', 'blocked', 'text_only', 'error', 'unsaved', 'unknown')),
        batch_id        TEXT NOT NULL DEFAULT '',
        scene_id        INTEGER REFERENCES scenes(id) ON DELETE SET NULL,
        conversation_id TEXT,
        response_id     TEXT NOT NULL DEFAULT '',
        detail          TEXT NOT NULL DEFAULT ''
    )""",
    f"INSERT INTO ledger ({_LEDGER_V2_COLUMNS}) SELECT {_LEDGER_V2_COLUMNS} FROM temp.ledger_v2",
    "DROP TABLE temp.ledger_v2",
    "CREATE INDEX ledger_by_scene ON ledger (scene_id)",
    "CREATE INDEX ledger_by_response ON ledger (response_id)",
)

# The adjustments' LUTs and looks become project data: each row names its file in luts/ or looks/
# (a plain name, checked like an image's), so `check` and `.cutiepack` know them. A LUT is named by
# its content (`<sha256>.cube`); a look's file holds the look and the LUTs it uses.
_V4 = _statements(
    """CREATE TABLE luts (
        id         INTEGER PRIMARY KEY,
        sha256     TEXT NOT NULL UNIQUE,
        file       TEXT NOT NULL,
        name       TEXT NOT NULL DEFAULT '',
        size       INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE looks (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        file       TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
)

# Each reference slot says what became of its picture's location and camera data on import
# (JSON: {"removed": [...], "sent": [...]}), so recipes can say it; NULL for slots imported
# before, which recipes then call unknown.
_V5 = _statements("ALTER TABLE reference_slots ADD COLUMN private_metadata TEXT")

# Stacks in the gallery: the image the user set as the top of a stack ("batch:<id>" or
# "scene:<id>"; the choice goes with its image), and how the project's gallery is looked at
# (stack mode, order, thumbnail size) as text settings the window reads back.
_V6 = _statements(
    """CREATE TABLE stack_tops (
        stack      TEXT PRIMARY KEY,
        image_id   INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        chosen_at  TEXT NOT NULL
    )""",
    "CREATE INDEX stack_tops_by_image ON stack_tops (image_id)",
    """CREATE TABLE view_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)

#: Every step, oldest first; versions run 1..SCHEMA_VERSION without gaps (a test checks it).
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _V1),
    Migration(2, "cached consistency scores", _V2),
    Migration(3, "ledger rows for billed calls whose image was not saved", _V3),
    Migration(4, "the adjustments' LUTs and looks", _V4),
    Migration(5, "what became of each reference's location and camera data", _V5),
    Migration(6, "stack tops and gallery view settings", _V6),
)

#: The schema version this Cutie writes. The pack importer compares against it.
SCHEMA_VERSION: int = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def too_new_error(version: int, supported: int = SCHEMA_VERSION) -> ProjectTooNewError:
    return ProjectTooNewError(
        QT_TRANSLATE_NOOP("core.store", "This project needs a newer Cutie"),
        QT_TRANSLATE_NOOP(
            "core.store",
            "It was saved by a newer version of Cutie (project format {version}; this version reads "
            "up to {supported}). It was not changed.",
        ).format(version=version, supported=supported),
        QT_TRANSLATE_NOOP("core.store", "Update Cutie to open it."),
    )


def check_version(conn: sqlite3.Connection, supported: int = SCHEMA_VERSION) -> int:
    """The database's version; raises ProjectTooNewError (having written nothing) if too new."""
    version = user_version(conn)
    if version > supported:
        raise too_new_error(version, supported)
    return version


def migrate(
    conn: sqlite3.Connection,
    steps: Sequence[Migration] = MIGRATIONS,
    target: int | None = None,
) -> int:
    """Bring the database to `target` (default: the last step), one transaction per step."""
    target = steps[-1].version if target is None else target
    version = check_version(conn, target)
    for step in steps:
        if step.version <= version or step.version > target:
            continue
        if step.version != version + 1:
            raise RuntimeError(f"migration {version + 1} is missing (next step is {step.version})")
        with transaction(conn):
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
        version = step.version
    return version


def probe(db_path: Path) -> tuple[int, int]:
    """(application_id, user_version) read through a read-only connection.

    Raises:
        ProjectError: when the file is not a readable SQLite database.
    """
    db_path = Path(db_path)
    uri = db_path.resolve().as_uri() + "?mode=ro"
    if not Path(f"{db_path}-wal").exists():
        # Everything is in the main file, and "immutable" keeps a read-only open of a WAL
        # database from leaving empty -wal/-shm files next to a project it refuses.
        uri += "&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as conn:
            return application_id(conn), user_version(conn)
    except sqlite3.Error as exc:
        raise as_project_error(exc, db_path) from exc


def schema_version_of(db_path: Path) -> int:
    """The schema version stored in a project database, read without writing to it."""
    return probe(db_path)[1]
