"""The checks before a project is opened or created, and building a new project's database.

Everything here only reads, except `build_database`, which runs under the folder's lock.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from cutie_app import __version__
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import ProjectDamagedError, ProjectError, technical_cause
from cutie_app.core.store.db import Database, as_project_error_for_os
from cutie_app.core.store.files import clean_text
from cutie_app.core.store.layout import CREATING_FILE, IGNORABLE_FILES, PROJECT_FILE
from cutie_app.core.store.lock import LOCK_FILE
from cutie_app.core.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate, probe, too_new_error

#: Files that may be in a folder a new project goes into (with the -journal of CREATING_FILE).
_ALLOWED_IN_NEW_FOLDER = IGNORABLE_FILES | {LOCK_FILE}


def project_folder(path: Path) -> Path:
    """The project folder `path` names (itself, or its project.cutie's parent), checked.

    Raises:
        ProjectTooNewError: the project is from a newer Cutie.
        ProjectDamagedError: project.cutie is empty or not a database Cutie can read.
        ProjectError: no such folder, or not a Cutie project.
    """
    if path.is_file() or (path.name == PROJECT_FILE and not path.exists()):
        if path.name != PROJECT_FILE:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "Not a Cutie project"),
                QT_TRANSLATE_NOOP(
                    "core.store", "{name} is not a project file; a project's file is called {project_file}."
                ).format(name=path.name, project_file=PROJECT_FILE),
            )
        path = path.parent
    if not path.is_dir():
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "No such folder"),
            QT_TRANSLATE_NOOP("core.store", "{path} does not exist.").format(path=path),
            QT_TRANSLATE_NOOP("core.store", "Check the path and try again."),
        )
    db_path = path / PROJECT_FILE
    if not db_path.is_file():
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "Not a Cutie project"),
            QT_TRANSLATE_NOOP("core.store", "{name} has no {project_file} file.").format(
                name=path.name, project_file=PROJECT_FILE
            ),
            QT_TRANSLATE_NOOP("core.store", "Pick a project folder, or create a new project."),
        )
    if db_path.stat().st_size == 0:
        raise ProjectDamagedError(
            QT_TRANSLATE_NOOP("core.store", "The project database is damaged"),
            QT_TRANSLATE_NOOP("core.store", "{project_file} is empty.").format(project_file=PROJECT_FILE),
            QT_TRANSLATE_NOOP(
                "core.store", "Restore the project folder from a backup; the images in it are plain files."
            ),
        )
    app_id, version = probe(db_path)
    if app_id != APPLICATION_ID:
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "Not a Cutie project"),
            QT_TRANSLATE_NOOP(
                "core.store", "{project_file} in {name} is a database, but not one Cutie made."
            ).format(project_file=PROJECT_FILE, name=path.name),
        )
    if version > SCHEMA_VERSION:
        raise too_new_error(version)
    return path


def refuse_unsuitable_folder(folder: Path) -> None:
    """Refuse to create a project in a file, over a project, or among other files."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "Cannot create the project"),
            QT_TRANSLATE_NOOP("core.store", "{folder} is a file, not a folder.").format(folder=folder),
        )
    if (folder / PROJECT_FILE).exists():
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "There is already a project here"),
            QT_TRANSLATE_NOOP("core.store", "{name} already holds a Cutie project.").format(name=folder.name),
            QT_TRANSLATE_NOOP("core.store", "Open it instead, or pick an empty folder."),
        )
    if any(
        p.name not in _ALLOWED_IN_NEW_FOLDER and not p.name.startswith(CREATING_FILE)
        for p in folder.iterdir()
    ):
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "The folder is not empty"),
            QT_TRANSLATE_NOOP(
                "core.store", "{name} already holds other files, and a project needs a folder of its own."
            ).format(name=folder.name),
            QT_TRANSLATE_NOOP("core.store", "Pick an empty folder, or type a new folder name."),
        )


def build_database(folder: Path, name: str) -> None:
    """Make `folder`/project.cutie: built under a temporary name, then renamed into place."""
    temp = folder / CREATING_FILE
    try:
        temp.unlink(missing_ok=True)
        temp.touch()  # SQLite would make it 0644 whatever the umask; it keeps an existing file's mode
        db = Database(temp, wal=False)
        try:
            db.call(migrate)
            db.transaction(
                lambda conn: conn.execute(
                    "INSERT INTO project (id, name, created_at, app_version) VALUES (1, ?, ?, ?)",
                    (clean_text(name), utc_now(), __version__),
                )
            )
        finally:
            db.close()
        temp.replace(folder / PROJECT_FILE)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise write_error_for(
            folder, QT_TRANSLATE_NOOP("core.store", "Cannot create the project"), exc
        ) from exc
    except ProjectError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


def write_error_for(folder: Path, title: str, exc: OSError) -> ProjectError:
    """A failed write in `folder` as a ProjectError (a full disk says so)."""
    full = as_project_error_for_os(exc)
    if full is not None:
        return full
    return ProjectError(
        title,
        QT_TRANSLATE_NOOP("core.store", "Cutie could not write to {folder}.").format(folder=folder),
        "",
        technical_cause(exc),
    )


def stored_name(db: Database, folder: Path) -> str:
    """The project's name as stored (the folder's name for a project without one)."""
    row = db.call(lambda conn: conn.execute("SELECT name FROM project WHERE id = 1").fetchone())
    return str(row[0]) if row else folder.name
