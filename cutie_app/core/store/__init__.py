"""The project store: a project folder with one SQLite database (the only sqlite3 user).

`Project` is the entry point; everything it returns is a frozen record from `records`.
`Project` and the SQLite layer under it load when first asked for: code that needs only a record
type or the project file's name (the window, while it starts) does not pay for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cutie_app.core.model.records import (
    CheckReport,
    DiskFullError,
    ImageFlag,
    ImageRecord,
    LedgerEntry,
    LedgerOutcome,
    ProjectDamagedError,
    ProjectError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectTooNewError,
    RecoveryReport,
    ReferenceSlot,
    SceneRecord,
    UnsafePathError,
)
from cutie_app.core.store.layout import PROJECT_FILE

if TYPE_CHECKING:
    from cutie_app.core.store.changes import ChangeToken
    from cutie_app.core.store.migrations import SCHEMA_VERSION, schema_version_of
    from cutie_app.core.store.project import Project

#: Names this package hands out from the module that defines them, imported on first use.
_LOADED_ON_USE = {
    "ChangeToken": "changes",
    "SCHEMA_VERSION": "migrations",
    "schema_version_of": "migrations",
    "Project": "project",
}

__all__ = [
    "PROJECT_FILE",
    "SCHEMA_VERSION",
    "ChangeToken",
    "CheckReport",
    "DiskFullError",
    "ImageFlag",
    "ImageRecord",
    "LedgerEntry",
    "LedgerOutcome",
    "Project",
    "ProjectDamagedError",
    "ProjectError",
    "ProjectLockedError",
    "ProjectReadOnlyError",
    "ProjectTooNewError",
    "RecoveryReport",
    "ReferenceSlot",
    "SceneRecord",
    "UnsafePathError",
    "schema_version_of",
]


def __getattr__(name: str) -> Any:
    module = _LOADED_ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
