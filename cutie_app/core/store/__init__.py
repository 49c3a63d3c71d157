"""The project store: a project folder with one SQLite database (the only sqlite3 user).

`Project` is the entry point; everything it returns is a frozen record from `records`.
"""

from __future__ import annotations

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
from cutie_app.core.store.changes import ChangeToken
from cutie_app.core.store.migrations import SCHEMA_VERSION, schema_version_of
from cutie_app.core.store.project import PROJECT_FILE, Project

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
