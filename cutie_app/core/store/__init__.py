"""The project store: a project folder with one SQLite database (the only sqlite3 user).

`Project` is the entry point; everything it returns is a frozen record from `records`.
"""

from __future__ import annotations

from cutie_app.core.model.records import (
    CheckReport,
    ImageFlag,
    ImageRecord,
    LedgerEntry,
    LedgerOutcome,
    ProjectError,
    ProjectTooNewError,
    RecoveryReport,
    ReferenceSlot,
    SceneRecord,
)
from cutie_app.core.store.migrations import SCHEMA_VERSION, schema_version_of
from cutie_app.core.store.project import PROJECT_FILE, Project

__all__ = [
    "PROJECT_FILE",
    "SCHEMA_VERSION",
    "CheckReport",
    "ImageFlag",
    "ImageRecord",
    "LedgerEntry",
    "LedgerOutcome",
    "Project",
    "ProjectError",
    "ProjectTooNewError",
    "RecoveryReport",
    "ReferenceSlot",
    "SceneRecord",
    "schema_version_of",
]
