"""Character spec versions: every spec used in a generation gets a number, equal specs share one."""

from __future__ import annotations

import hashlib
import sqlite3

from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import clean_text


class SpecVersions:
    """The `spec_versions` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, spec: CharacterSpec) -> int:
        """Store `spec` as a new version unless it equals the latest; returns the version."""
        text = clean_text(spec.to_json())
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()

        def write(conn: sqlite3.Connection) -> int:
            latest = conn.execute(
                "SELECT version, hash FROM spec_versions ORDER BY version DESC LIMIT 1"
            ).fetchone()
            if latest is not None and latest[1] == digest:
                return int(latest[0])
            version = (int(latest[0]) if latest else 0) + 1
            conn.execute(
                "INSERT INTO spec_versions (version, json, hash, created_at) VALUES (?, ?, ?, ?)",
                (version, text, digest, utc_now()),
            )
            return version

        return self._db.transaction(write)

    def get(self, version: int | None = None) -> tuple[int, CharacterSpec] | None:
        """The given spec version (default: the latest), or None if there is none."""

        def read(conn: sqlite3.Connection) -> tuple[int, str] | None:
            if version is None:
                row = conn.execute(
                    "SELECT version, json FROM spec_versions ORDER BY version DESC LIMIT 1"
                ).fetchone()
            else:
                row = conn.execute(
                    "SELECT version, json FROM spec_versions WHERE version = ?", (version,)
                ).fetchone()
            return (int(row[0]), str(row[1])) if row else None

        found = self._db.call(read)
        if found is None:
            return None
        return found[0], CharacterSpec.from_json(found[1])

    def versions(self) -> list[tuple[int, str]]:
        """(version, created_at), oldest first."""
        return self._db.call(
            lambda conn: [
                (int(v), str(t))
                for v, t in conn.execute("SELECT version, created_at FROM spec_versions ORDER BY version")
            ]
        )
