"""Where projects live and which one to open, decided without opening one.

The window's start-up path needs these (which project to open, what a path handed to `cutie`
stands for) before any project is open, so they live apart from `projects`, which loads the
store and the image libraries. `projects` re-exports them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.store.layout import PROJECT_FILE
from cutie_app.core.system import paths
from cutie_app.core.system.settings import Settings, load_settings, save_settings

log = logging.getLogger("cutie.services")

__all__ = [
    "DEFAULT_PROJECT_NAME",
    "DEMO_PROJECT_NAME",
    "PACK_SUFFIX",
    "OpenTarget",
    "demo_project_folder",
    "open_target",
    "projects_dir",
    "remember_recent",
    "start_project",
]

DEMO_PROJECT_NAME = "Little Orange (demo)"
PACK_SUFFIX = ".cutiepack"
DEFAULT_PROJECT_NAME = "My character"


def demo_project_folder() -> Path:
    return paths.data_dir() / "projects" / DEMO_PROJECT_NAME


def projects_dir() -> Path:
    return paths.data_dir() / "projects"


def start_project(settings: Settings, requested: Path | None) -> tuple[Path, bool, str | None]:
    """Which project to open at start: the one asked for, the last one, or a fresh one.

    Returns (folder, create if missing, name for a new project).
    """
    if requested is not None:
        return requested, True, None
    for recent in settings.recent_projects:
        if (Path(recent) / PROJECT_FILE).is_file():
            return Path(recent), False, None
    base = projects_dir()
    folder = base / DEFAULT_PROJECT_NAME
    number = 2
    while folder.exists() and not (folder / PROJECT_FILE).is_file():
        folder = base / f"{DEFAULT_PROJECT_NAME} {number}"
        number += 1
    return folder, True, DEFAULT_PROJECT_NAME


def remember_recent(folder: Path) -> None:
    """Put `folder` first in Open Recent (a tiny settings write)."""
    try:
        save_settings(load_settings().with_recent(str(folder)))
    except (OSError, ValueError) as exc:
        log.warning("could not update the recent projects list: %s", exc)


@dataclass(frozen=True)
class OpenTarget:
    """What a path handed to `cutie PATH` (a file manager's "Open with") stands for."""

    kind: str  # "project": open `path`, a project folder; "pack": unpack the .cutiepack `path`
    path: Path


def _not_openable(title: str, detail: str, action: str) -> CutieError:
    return CutieError(UserMessage(kind=ErrorKind.INVALID_REQUEST, title=title, detail=detail, action=action))


def open_target(path: Path) -> OpenTarget:
    """Read `path` as a project folder, its `project.cutie` file, or a `.cutiepack` to import.

    Nothing is created or changed. Raises CutieError (in plain words) for anything else.
    """
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        if (path / PROJECT_FILE).is_file():
            return OpenTarget("project", path)
        raise _not_openable(
            QT_TRANSLATE_NOOP("core.projects", "That folder is not a Cutie project"),
            QT_TRANSLATE_NOOP("core.projects", "{path} has no {project_file} in it.").format(
                path=path, project_file=PROJECT_FILE
            ),
            QT_TRANSLATE_NOOP(
                "core.projects",
                "Open a project folder, its project.cutie file or a .cutiepack; New Project starts one.",
            ),
        )
    if path.is_file():
        if path.name == PROJECT_FILE:
            return OpenTarget("project", path.parent)
        if path.suffix.lower() == PACK_SUFFIX:
            return OpenTarget("pack", path)
        raise _not_openable(
            QT_TRANSLATE_NOOP("core.projects", "Cutie cannot open that file"),
            QT_TRANSLATE_NOOP(
                "core.projects",
                "{name} is neither a project (project.cutie) nor a packed project (.cutiepack).",
            ).format(name=path.name),
            QT_TRANSLATE_NOOP(
                "core.projects", "Open a project folder, its project.cutie file or a .cutiepack."
            ),
        )
    raise _not_openable(
        QT_TRANSLATE_NOOP("core.projects", "Nothing is there"),
        QT_TRANSLATE_NOOP(
            "core.projects", "{path} does not exist (moved, renamed or on a drive that is not connected?)."
        ).format(path=path),
        QT_TRANSLATE_NOOP("core.projects", "Check the path and try again."),
    )
