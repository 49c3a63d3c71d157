"""Schema versions and the store thread: ordered, transactional steps; newer projects untouched."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from cutie_app.core.store import PROJECT_FILE, SCHEMA_VERSION, Project, ProjectError, ProjectTooNewError
from cutie_app.core.store import migrations as mig
from cutie_app.core.store.db import Database, transaction


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project(tmp_path: Path) -> Path:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as project:
        project.add_scene("kept")
    return folder / PROJECT_FILE


def test_steps_are_numbered_one_to_schema_version() -> None:
    assert [m.version for m in mig.MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))
    assert isinstance(SCHEMA_VERSION, int) and SCHEMA_VERSION >= 1


def test_new_project_is_at_the_current_version_with_its_pragmas(tmp_path: Path) -> None:
    db_path = _project(tmp_path)
    assert mig.schema_version_of(db_path) == SCHEMA_VERSION
    with Project.open(db_path.parent) as project:

        def pragmas(conn):
            return {
                name: conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout", "application_id")
            }

        values = project._db.call(pragmas)
        tables = project._db.call(
            lambda conn: {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        )
    assert values == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL
        "busy_timeout": 5000,
        "application_id": mig.APPLICATION_ID,
    }
    assert {
        "project",
        "spec_versions",
        "reference_slots",
        "scenes",
        "images",
        "conversations",
        "ledger",
    } <= tables


def test_schema_version_of_reads_without_writing(tmp_path: Path) -> None:
    db_path = _project(tmp_path)
    before = _sha(db_path)
    assert mig.schema_version_of(db_path) == SCHEMA_VERSION
    assert _sha(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(PROJECT_FILE)) == [
        PROJECT_FILE
    ]
    garbage = tmp_path / "garbage.cutie"
    garbage.write_bytes(b"nope" * 1000)
    with pytest.raises(ProjectError, match="damaged"):
        mig.schema_version_of(garbage)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_newer_project_is_refused_and_left_byte_identical(tmp_path: Path, journal: str) -> None:
    db_path = _project(tmp_path)
    with Database(db_path, wal=journal == "wal") as db:
        db.call(lambda conn: conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"))
        if journal == "delete":
            db.call(lambda conn: conn.execute("PRAGMA journal_mode = DELETE"))
    before = _sha(db_path)
    listing = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(ProjectTooNewError) as info:
        Project.open(db_path.parent)
    assert "newer" in str(info.value) and "Update Cutie" in str(info.value)
    assert _sha(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == listing  # not even a -wal/-shm left

    # Even past the early refusal, the store's own check runs before any PRAGMA that writes.
    with pytest.raises(ProjectTooNewError):
        Database(db_path, prepare=mig.check_version)
    assert _sha(db_path) == before
    assert mig.schema_version_of(db_path) == SCHEMA_VERSION + 1


def _steps_with(*extra: mig.Migration) -> tuple[mig.Migration, ...]:
    return (*mig.MIGRATIONS, *extra)


def _add_mood(conn) -> None:
    conn.execute("ALTER TABLE scenes ADD COLUMN mood TEXT NOT NULL DEFAULT 'sunny'")


def test_a_later_step_upgrades_in_place_and_keeps_data(tmp_path: Path) -> None:
    db_path = _project(tmp_path)
    step = mig.Migration(SCHEMA_VERSION + 1, "scene mood", _add_mood)
    with Database(db_path) as db:
        assert db.call(lambda conn: mig.migrate(conn, _steps_with(step))) == SCHEMA_VERSION + 1
        assert db.call(lambda conn: conn.execute("SELECT text, mood FROM scenes").fetchall()) == [
            ("kept", "sunny")
        ]
        assert db.call(mig.user_version) == SCHEMA_VERSION + 1
        assert db.call(lambda conn: mig.migrate(conn, _steps_with(step))) == SCHEMA_VERSION + 1  # no-op


def test_a_failing_step_rolls_back_completely(tmp_path: Path) -> None:
    db_path = _project(tmp_path)

    def half_then_fail(conn) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("INSERT INTO scenes (text, position, created_at) VALUES ('ghost', 9, 'now')")
        raise RuntimeError("step failed")

    good = mig.Migration(SCHEMA_VERSION + 1, "scene mood", _add_mood)
    bad = mig.Migration(SCHEMA_VERSION + 2, "broken", half_then_fail)
    with Database(db_path) as db:
        with pytest.raises(RuntimeError, match="step failed"):
            db.call(lambda conn: mig.migrate(conn, _steps_with(good, bad)))
        assert db.call(mig.user_version) == SCHEMA_VERSION + 1  # the good step stayed
        tables = db.call(lambda conn: {r[0] for r in conn.execute("SELECT name FROM sqlite_master")})
        assert "half_done" not in tables
        assert db.call(lambda conn: conn.execute("SELECT text FROM scenes").fetchall()) == [("kept",)]


def test_a_gap_in_the_steps_is_refused(tmp_path: Path) -> None:
    db_path = _project(tmp_path)
    skipping = mig.Migration(SCHEMA_VERSION + 2, "skips one", _add_mood)
    with Database(db_path) as db, pytest.raises(RuntimeError, match="missing"):
        db.call(lambda conn: mig.migrate(conn, _steps_with(skipping)))


# -- the store thread -----------------------------------------------------------------------------


def test_database_runs_everything_on_one_thread(tmp_path: Path) -> None:
    with Database(tmp_path / "t.db") as db:
        db.call(lambda conn: conn.execute("CREATE TABLE t (n INTEGER)"))
        seen: set[int] = set()

        def insert(n: int) -> None:
            def fn(conn) -> None:
                seen.add(threading.get_ident())
                conn.execute("INSERT INTO t VALUES (?)", (n,))

            db.transaction(fn)

        threads = [threading.Thread(target=insert, args=(n,)) for n in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(seen) == 1 and threading.get_ident() not in seen
        assert db.call(lambda conn: conn.execute("SELECT COUNT(*) FROM t").fetchone()[0]) == 20
        assert db.call(lambda conn: db.call(lambda inner: 42)) == 42  # re-entrant, no deadlock


def test_transaction_rolls_back_and_errors_come_back(tmp_path: Path) -> None:
    with Database(tmp_path / "t.db") as db:
        db.call(lambda conn: conn.execute("CREATE TABLE t (n INTEGER UNIQUE)"))

        def insert_then_fail(conn) -> None:
            conn.execute("INSERT INTO t VALUES (1)")
            raise KeyError("boom")

        with pytest.raises(KeyError):
            db.transaction(insert_then_fail)
        assert db.call(lambda conn: conn.execute("SELECT COUNT(*) FROM t").fetchone()[0]) == 0

        def nested(conn) -> None:
            with transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")

        db.transaction(nested)  # joins the outer transaction
        with pytest.raises(ProjectError) as info:  # sqlite3 errors never leave the store
            db.call(lambda conn: conn.execute("INSERT INTO t VALUES (2)"))
        assert "UNIQUE" in info.value.message.technical
        with pytest.raises(ProjectError):
            db.call(lambda conn: conn.execute("SELECT * FROM no_such_table"))


def test_close_waits_for_queued_work(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.db")
    db.call(lambda conn: conn.execute("CREATE TABLE t (n INTEGER)"))
    started, gate, done = threading.Event(), threading.Event(), threading.Event()

    def slow_write() -> None:
        def fn(conn) -> None:
            started.set()
            gate.wait(5)
            conn.execute("INSERT INTO t VALUES (1)")

        db.transaction(fn)
        done.set()

    writer = threading.Thread(target=slow_write)
    writer.start()
    assert started.wait(5)
    closer = threading.Thread(target=db.close)
    closer.start()
    closer.join(0.1)
    assert closer.is_alive()  # still waiting for the queued write
    gate.set()
    closer.join(5)
    writer.join(5)
    assert done.is_set() and db.closed
    with pytest.raises(ProjectError, match="closed"):
        db.call(lambda conn: None)
    with Database(tmp_path / "t.db") as again:
        assert again.call(lambda conn: conn.execute("SELECT COUNT(*) FROM t").fetchone()[0]) == 1


def test_version_3_rebuilds_the_ledger_keeping_every_row(tmp_path: Path) -> None:
    """v2 → v3 (the 'unsaved' outcome and its detail): same rows and ids, same schema as a new project."""
    folder = tmp_path / "Old"
    folder.mkdir()
    rows = [
        (7, "t1", "gemini-3-pro-image", "2K", 10, 1120, 0, 1, 0.134, None, "image", "b1", None, None, "r1"),
        (9, "t2", "gemini-3-pro-image", None, 10, 0, 0, 0, 0.01, 0.02, "blocked", "b1", None, "c1", "r2"),
    ]
    with Database(folder / PROJECT_FILE) as db:
        db.call(lambda conn: mig.migrate(conn, target=2))
        db.transaction(
            lambda conn: (
                conn.execute("INSERT INTO project VALUES (1, 'Old', 'then', '0.1')"),
                conn.executemany(f"INSERT INTO ledger VALUES ({', '.join('?' * 15)})", rows),
            )
        )
    with Project.open(folder) as project:
        entries = project.ledger()
        schema = project._db.call(
            lambda conn: {r for r in conn.execute("SELECT type, name, sql FROM sqlite_master")}
        )
    assert [(e.id, e.outcome, e.estimated_usd, e.actual_usd, e.response_id, e.detail) for e in entries] == [
        (7, "image", 0.134, None, "r1", ""),
        (9, "blocked", 0.01, 0.02, "r2", ""),
    ]
    fresh = tmp_path / "New"
    Project.create(fresh).close()
    with Project.open(fresh) as project:
        made = project._db.call(
            lambda conn: {r for r in conn.execute("SELECT type, name, sql FROM sqlite_master")}
        )
    assert schema == made
    assert mig.schema_version_of(folder / PROJECT_FILE) == SCHEMA_VERSION >= 3


def test_version_5_keeps_older_slots_as_not_known_and_records_new_ones(tmp_path: Path) -> None:
    """v4 → v5: what became of a reference's location and camera data, NULL (unknown) for older slots."""
    from helpers.images import png

    from cutie_app.core.model.references import MetadataPrivacy, ReferenceImage, ReferenceRole

    folder = tmp_path / "Old"
    folder.mkdir()
    (folder / "references").mkdir()
    (folder / "references" / "front.png").write_bytes(png(1))
    with Database(folder / PROJECT_FILE) as db:
        db.call(lambda conn: mig.migrate(conn, target=4))
        db.transaction(
            lambda conn: (
                conn.execute("INSERT INTO project VALUES (1, 'Old', 'then', '0.1')"),
                conn.execute(
                    "INSERT INTO reference_slots (file, sha256, mime, role, kind, label, position, created_at)"
                    " VALUES ('front.png', ?, 'image/png', 'identity', 'person', 'front.png', 0, 'then')",
                    (hashlib.sha256(png(1)).hexdigest(),),
                ),
            )
        )
    with Project.open(folder) as project:
        [old] = project.references()
        assert old.privacy is None and project.reference_images()[0].privacy is None
        kept = MetadataPrivacy(sent=("location",))
        project.add_reference(ReferenceImage(png(2), "image/png", ReferenceRole.SIDE, privacy=kept))
        project._db.transaction(  # a pack's database is untrusted: junk reads as not known
            lambda conn: conn.execute(
                "UPDATE reference_slots SET private_metadata = '{no' WHERE id = ?", (old.id,)
            )
        )
    with Project.open(folder, read_only=True) as project:
        assert [s.privacy for s in project.references()] == [None, kept]
    assert mig.schema_version_of(folder / PROJECT_FILE) == SCHEMA_VERSION >= 5
