"""A cheap question the window can poll: has anything been committed to the project since?

Another process may add images to a project the window shows (a read-only window beside the
writer, say). Reading every row to find out would be slow; SQLite answers it for nothing:
`PRAGMA data_version` changes when any other connection commits (it reads the WAL index in
shared memory, not the file), and `total_changes` counts this connection's own changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeToken:
    """Where the project stood when it was taken; compare only with tokens of the same `Project`."""

    others: int
    own: int


def change_token(conn: sqlite3.Connection) -> ChangeToken:
    """The token for the state `conn` sees now (no table is read)."""
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    return ChangeToken(others=int(version), own=conn.total_changes)
