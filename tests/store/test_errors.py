"""A full disk is a full disk, a damaged file is damaged: never the one for the other."""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest

from cutie_app.core.store import DiskFullError, Project, ProjectDamagedError, ProjectError
from cutie_app.core.store import db as store_db


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as proj:
        yield proj


def test_a_database_that_cannot_grow_is_reported_as_a_full_disk(project: Project) -> None:
    """SQLite's own SQLITE_FULL (here: the page limit reached), through a real write."""
    pages = project._db.call(lambda conn: conn.execute("PRAGMA page_count").fetchone()[0])
    project._db.call(lambda conn: conn.execute(f"PRAGMA max_page_count = {pages}"))
    with pytest.raises(DiskFullError) as caught:
        for n in range(200):
            project.add_scene(f"scene {n} " + "x" * 4000)
    error = caught.value
    assert not isinstance(error, ProjectDamagedError)
    assert str(error).startswith("The disk is full.")
    assert "SQLITE_FULL" in error.message.technical  # the technical cause, for the details
    project._db.call(lambda conn: conn.execute("PRAGMA max_page_count = 1073741823"))
    project.add_scene("after space was freed")  # nothing was damaged
    assert project.check().ok


def _io_error() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 778
    exc.sqlite_errorname = "SQLITE_IOERR_WRITE"
    return exc


Usage = namedtuple("Usage", "total used free")


@pytest.mark.parametrize(("free", "full"), [(1024, True), (10 * 1024**3, False)])
def test_an_io_error_is_a_full_disk_only_when_the_disk_is_nearly_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, free: int, full: bool
) -> None:
    monkeypatch.setattr(store_db.shutil, "disk_usage", lambda path: Usage(100 * 1024**3, 0, free))
    error = store_db.as_project_error(_io_error(), tmp_path / "project.cutie")
    assert isinstance(error, DiskFullError) is full
    assert not isinstance(error, ProjectDamagedError)
    assert isinstance(error, ProjectError) and "SQLITE_IOERR_WRITE" in error.message.technical
    if not full:
        assert str(error).startswith("Cannot read or write the project.")
