"""The adjustments' LUTs and looks: files in luts/ and looks/, each named by a row.

A LUT is kept as the .cube file it was, under its content's SHA-256 (`<sha256>.cube`), so the
same table imported twice is one file, and a recipe's hash finds it. A look is one look file
(`core/formats/look_file.py`, the format of the user's own looks), with the LUTs it uses
embedded, so a look file copied out of the project still works on its own.

Crash safety is the images' rule: the file reaches the disk (temp, fsync, rename) before the
row that names it is committed, and opening the project adopts a file left without its row
(`adopt_files`). Whatever a row says, no path leaves the project (`ProjectLayout`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cutie_app.core.formats.fileio import atomic_write_bytes
from cutie_app.core.formats.look_file import LookFileContent, look_file_bytes, parse_look_file
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.adjustments import AdjustmentError, Look, Lut
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import ProjectError, UnsafePathError
from cutie_app.core.store.db import Database
from cutie_app.core.store.files import clean_text, file_sha256, write_error
from cutie_app.core.store.layout import (
    LOOK_SUFFIX,
    LOOKS_DIR,
    LUT_SUFFIX,
    LUTS_DIR,
    MAX_LOOK_BYTES,
    MAX_LUT_BYTES,
    ProjectLayout,
    lut_file_name,
)

log = logging.getLogger("cutie.store")

_SHA256 = re.compile(r"[0-9a-f]{64}")
_RESERVED = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)", re.IGNORECASE)
_STEM_BYTES = 180


# -- look file names --------------------------------------------------------------------------


def look_file_stem(name: str) -> str:
    """A portable file stem for a look's name ("Autumn / warm" -> "Autumn _ warm")."""
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "look"
    safe = unicodedata.normalize("NFC", safe)[:80]
    while len(safe.encode("utf-8")) > _STEM_BYTES:
        safe = safe[:-1]
    safe = safe.rstrip() or "look"
    return f"{safe}_" if _RESERVED.fullmatch(safe) else safe


def _fold(name: str) -> str:
    """Names that are one file on a case-insensitive or normalising file system fold alike."""
    return unicodedata.normalize("NFC", name).casefold()


# -- the manager ------------------------------------------------------------------------------


class LutsAndLooks:
    """The `luts` and `looks` tables and the files in luts/ and looks/."""

    def __init__(self, layout: ProjectLayout, db: Database, *, read_only: bool = False) -> None:
        self._layout = layout
        self._db = db
        self._read_only = read_only
        # Choosing a look's file and writing it is one step: two saves at once must not pick
        # the same file for two names (the project lock keeps other processes out already).
        self._saving = threading.Lock()

    # -- LUTs ---------------------------------------------------------------------------------

    def lut_data(self, sha256: str) -> bytes | None:
        """The bytes of the project's .cube file with this SHA-256, or None.

        The file is checked against its hash; a hash from a damaged recipe never becomes a path.
        """
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            return None
        try:
            path = self._layout.lut_file(lut_file_name(sha256))
            if path.stat().st_size > MAX_LUT_BYTES:
                return None
            data = path.read_bytes()
        except (OSError, UnsafePathError):
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    def save_lut(self, data: bytes, name: str) -> str:
        """Keep a .cube file in the project (by content: saving it again changes nothing).

        A LUT saved first without a name takes the name it is saved with later.

        Raises:
            ProjectError: the file is larger than a LUT may be, or can't be written.
        """
        if len(data) > MAX_LUT_BYTES:
            raise ProjectError(
                QT_TRANSLATE_NOOP("core.store", "This LUT is too large"),
                QT_TRANSLATE_NOOP(
                    "core.store", "It is {size:.1f} MiB; Cutie reads .cube files up to {limit} MiB."
                ).format(size=len(data) / 2**20, limit=MAX_LUT_BYTES // 2**20),
            )
        sha = hashlib.sha256(data).hexdigest()
        file = lut_file_name(sha)
        if self.lut_data(sha) is None:
            try:
                atomic_write_bytes(self._layout.lut_file(file), data)
            except OSError as exc:
                raise write_error(f"{LUTS_DIR}/", exc) from exc
        row = {"sha256": sha, "file": file, "name": clean_text(name).strip()[:200], "size": len(data)}
        self._db.transaction(lambda conn: _enter_lut(conn, row))
        return sha

    def lut_names(self) -> dict[str, str]:
        """The name of every LUT the project keeps, by SHA-256 ("" when it has none)."""
        return self._db.call(
            lambda conn: {str(s): str(n) for s, n in conn.execute("SELECT sha256, name FROM luts")}
        )

    # -- looks --------------------------------------------------------------------------------

    def looks(self) -> list[Look]:
        """The project's looks, by name (case-insensitive). A look whose file is missing or
        damaged is left out (and logged; `check` reports it); the file is never deleted.

        A look whose LUT is no longer in luts/ brings it back from its own file.
        """
        found: list[Look] = []
        for name, file in self._rows():
            content = self._read_look(file)
            if content is None:
                continue
            if content.look.name != name:
                log.warning("look file %s/%s holds %r, not %r", LOOKS_DIR, file, content.look.name, name)
                continue
            if not self._read_only:
                for sha, (lut_name, data) in content.luts.items():
                    if self.lut_data(sha) is None:
                        with contextlib.suppress(ProjectError):
                            self.save_lut(data, lut_name)
            found.append(content.look)
        return sorted(found, key=lambda look: (look.name.casefold(), look.name))

    def save_look(self, look: Look) -> None:
        """Add a look, or replace the one with the same name. The LUTs its steps use must be
        in the project (`save_lut`); they are embedded in its file.

        Raises:
            ProjectError: a LUT is missing, or the file can't be written.
        """
        luts: dict[str, bytes] = {}
        for step in look.stack.steps:
            if isinstance(step, Lut):
                data = self.lut_data(step.sha256)
                if data is None:
                    raise ProjectError(
                        QT_TRANSLATE_NOOP("core.store", "Cannot save the look"),
                        QT_TRANSLATE_NOOP(
                            "core.store", "It uses the LUT “{name}”, which is not in this project."
                        ).format(name=step.name or step.sha256[:12]),
                    )
                luts[step.sha256] = data
        data = look_file_bytes(look, luts, self.lut_names())
        with self._saving:
            rows = self._rows()
            file = next((f for n, f in rows if n == look.name), None) or self._free_file(look.name, rows)
            try:
                atomic_write_bytes(self._layout.look_file(file), data)
            except OSError as exc:
                raise write_error(f"{LOOKS_DIR}/", exc) from exc
            now = utc_now()
            self._db.transaction(
                lambda conn: conn.execute(
                    "INSERT INTO looks (name, file, created_at, updated_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at",
                    (look.name, file, now, now),
                )
            )

    def delete_look(self, name: str) -> None:
        """Forget a look and delete its file (no such look: nothing happens)."""

        def forget(conn: sqlite3.Connection) -> str | None:
            row = conn.execute("SELECT file FROM looks WHERE name = ?", (name,)).fetchone()
            conn.execute("DELETE FROM looks WHERE name = ?", (name,))
            return None if row is None else row[0]

        with self._saving:
            file = self._db.transaction(forget)
            if file is None:
                return
            try:
                self._layout.look_file(file).unlink(missing_ok=True)
            except (OSError, UnsafePathError) as exc:
                log.warning("look %r forgotten, but its file stays: %s", name, exc)

    def _rows(self) -> list[tuple[str, str]]:
        return self._db.call(
            lambda conn: [(str(n), f) for n, f in conn.execute("SELECT name, file FROM looks ORDER BY id")]
        )

    def _read_look(self, file: object) -> LookFileContent | None:
        try:
            path = self._layout.look_file(file)
            if path.stat().st_size > MAX_LOOK_BYTES:
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP("core.adjust", "it is larger than a look file may be")
                )
            return parse_look_file(path.read_bytes())
        except (OSError, UnsafePathError, AdjustmentError) as exc:
            log.warning("look file %s/%r not read: %s", LOOKS_DIR, file, exc)
            return None

    def _free_file(self, name: str, rows: list[tuple[str, str]]) -> str:
        """A file name for a new look that no other look's file shares, on any file system."""
        taken = {_fold(f) for _, f in rows}
        with contextlib.suppress(OSError):
            taken |= {_fold(p.name) for p in self._layout.looks_dir.iterdir()}
        stem = look_file_stem(name)
        for n in range(1, 10_000):
            candidate = f"{stem}{LOOK_SUFFIX}" if n == 1 else f"{stem}-{n}{LOOK_SUFFIX}"
            if _fold(candidate) not in taken:
                return candidate
        raise ProjectError(
            QT_TRANSLATE_NOOP("core.store", "Cannot save the look"),
            QT_TRANSLATE_NOOP("core.store", "looks/ holds too many files named like it."),
        )


def _enter_lut(conn: sqlite3.Connection, row: Mapping[str, Any]) -> None:
    conn.execute(
        "INSERT INTO luts (sha256, file, name, size, created_at)"
        " VALUES (:sha256, :file, :name, :size, :now) ON CONFLICT (sha256)"
        " DO UPDATE SET name = excluded.name WHERE luts.name = '' AND excluded.name != ''",
        {**row, "now": utc_now()},
    )


# -- recovery and checks -----------------------------------------------------------------------


def adopt_files(layout: ProjectLayout, db: Database) -> tuple[list[str], list[str]]:
    """Rows for LUT and look files saved without one (a crash before the commit, or a file
    copied in by hand); returns (recovered, missing) as paths relative to the project.

    A LUT is adopted only if its name is its content's SHA-256, a look only if it reads as a
    look whose name no other look has. Anything else is left alone (and `check` lists it).
    """

    def read(conn: sqlite3.Connection) -> tuple[set[str], dict[str, str]]:
        luts = {str(f) for (f,) in conn.execute("SELECT file FROM luts")}
        looks = {str(n): str(f) for n, f in conn.execute("SELECT name, file FROM looks")}
        return luts, looks

    known_luts, known_looks = db.call(read)
    lut_names = _plain_files(layout.luts_dir)
    look_names = _plain_files(layout.looks_dir)
    new_luts: list[dict[str, Any]] = []
    for file in sorted(lut_names - known_luts):
        sha = file.removesuffix(LUT_SUFFIX)
        try:
            path = layout.lut_file(file)
            if not file.endswith(LUT_SUFFIX) or not _SHA256.fullmatch(sha):
                continue
            size = path.stat().st_size
            if size > MAX_LUT_BYTES or file_sha256(path) != sha:
                log.warning("not adopting %s/%s: it is not the LUT its name says", LUTS_DIR, file)
                continue
        except (OSError, UnsafePathError) as exc:
            log.warning("not adopting %s/%s: %s", LUTS_DIR, file, exc)
            continue
        new_luts.append({"sha256": sha, "file": file, "name": "", "size": size})
    new_looks: list[tuple[str, str]] = []
    taken = set(known_looks)
    named = set(known_looks.values())
    for file in sorted(look_names - named):
        if not file.endswith(LOOK_SUFFIX):
            continue
        try:
            path = layout.look_file(file)
            if path.stat().st_size > MAX_LOOK_BYTES:
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP("core.adjust", "it is larger than a look file may be")
                )
            content = parse_look_file(path.read_bytes())
        except (OSError, UnsafePathError, AdjustmentError) as exc:
            log.warning("not adopting %s/%s: %s", LOOKS_DIR, file, exc)
            continue
        if content.look.name in taken:
            log.warning("not adopting %s/%s: a look named %r exists", LOOKS_DIR, file, content.look.name)
            continue
        taken.add(content.look.name)
        new_looks.append((content.look.name, file))
    if new_luts or new_looks:
        now = utc_now()

        def write(conn: sqlite3.Connection) -> None:
            for row in new_luts:
                _enter_lut(conn, row)
            conn.executemany(
                "INSERT INTO looks (name, file, created_at, updated_at) VALUES (?, ?, ?, ?)",
                [(name, file, now, now) for name, file in new_looks],
            )

        db.transaction(write)
    recovered = [f"{LUTS_DIR}/{r['file']}" for r in new_luts] + [f"{LOOKS_DIR}/{f}" for _, f in new_looks]
    for item in recovered:
        log.warning("recovered %s (saved without its row)", item)
    missing = [f"{LUTS_DIR}/{f}" for f in sorted(known_luts - lut_names)]
    missing += [f"{LOOKS_DIR}/{f}" for f in sorted(set(known_looks.values()) - look_names)]
    return recovered, missing


@dataclass
class LutLookFindings:
    """What `check` found in luts/ and looks/ (paths relative to the project)."""

    luts_checked: int = 0
    looks_checked: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)


def check_luts_and_looks(layout: ProjectLayout, db: Database) -> LutLookFindings:
    """Every LUT and look row against its file: missing, changed (a LUT's hash), damaged (a look
    that does not read, or holds another look), unsafe (a row naming a file outside), orphans."""

    def rows(conn: sqlite3.Connection) -> tuple[list[tuple[object, str]], list[tuple[object, str]]]:
        return (
            [(f, str(s)) for f, s in conn.execute("SELECT file, sha256 FROM luts ORDER BY id")],
            [(f, str(n)) for f, n in conn.execute("SELECT file, name FROM looks ORDER BY id")],
        )

    luts, looks = db.call(rows)
    found = LutLookFindings(len(luts), len(looks))
    lut_files = _plain_files(layout.luts_dir)
    look_files = _plain_files(layout.looks_dir)
    for file, sha in luts:
        try:
            path = layout.lut_file(file)
        except UnsafePathError as exc:
            found.unsafe.append(exc.message.technical)
            continue
        if file != lut_file_name(sha):
            found.damaged.append(f"{LUTS_DIR}/{file}: its entry says it is the LUT {sha[:12]}…")
        elif file not in lut_files:
            found.missing.append(f"{LUTS_DIR}/{file}")
        else:
            try:
                if file_sha256(path) != sha:
                    found.mismatches.append(f"{LUTS_DIR}/{file}")
            except OSError:
                found.missing.append(f"{LUTS_DIR}/{file}")
    for file, name in looks:
        try:
            path = layout.look_file(file)
        except UnsafePathError as exc:
            found.unsafe.append(exc.message.technical)
            continue
        if file not in look_files:
            found.missing.append(f"{LOOKS_DIR}/{file}")
            continue
        try:
            if path.stat().st_size > MAX_LOOK_BYTES:
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP("core.adjust", "it is larger than a look file may be")
                )
            content = parse_look_file(path.read_bytes())
        except OSError:
            found.missing.append(f"{LOOKS_DIR}/{file}")
            continue
        except AdjustmentError as exc:
            found.damaged.append(f"{LOOKS_DIR}/{file}: {exc}")
            continue
        if content.look.name != name:
            found.damaged.append(f"{LOOKS_DIR}/{file}: it holds the look {content.look.name!r}, not {name!r}")
    named_luts = {str(f) for f, _ in luts}
    named_looks = {str(f) for f, _ in looks}
    found.orphans += [f"{LUTS_DIR}/{f}" for f in sorted(lut_files - named_luts)]
    found.orphans += [f"{LOOKS_DIR}/{f}" for f in sorted(look_files - named_looks)]
    return found


def _plain_files(folder: Path) -> set[str]:
    """The visible regular files directly in `folder` (hidden names are temp files)."""
    try:
        return {p.name for p in folder.iterdir() if not p.name.startswith(".") and p.is_file()}
    except OSError:  # not there yet (a project from before LUTs and looks), or unreadable
        return set()
