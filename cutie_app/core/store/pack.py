"""Project export/import as one `.cutiepack` zip.

A pack is untrusted input: it may come from anyone. Import therefore checks every member's
name, type and declared size before writing a byte, extracts into a private temp folder inside
the target with hard byte caps, verifies every SHA-256 and the database, and only then renames
the folder into place. On any failure the temp folder is removed, so the target is unchanged.

Export takes a consistent snapshot (the sqlite3 backup API, which works while the app has the
project open in WAL mode) and applies the same name and size rules, so that every pack it makes
can be imported again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import cutie_app
from cutie_app.core.formats.fileio import new_folder_mode
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.store.layout import LOOKS_DIR, LUTS_DIR, MAX_LOOK_BYTES, MAX_LUT_BYTES
from cutie_app.core.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from cutie_app.core.store.untrusted import look_problems, row_problems, schema_problems

PACK_SUFFIX = ".cutiepack"
FORMAT = "cutiepack"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "project.cutie"
#: Folders of a project that travel in a pack; everything else (.cache/, -wal/-shm) stays home.
PACKED_FOLDERS = ("images", "references", LUTS_DIR, LOOKS_DIR)
#: Folders whose files lie directly inside them (no subfolders), as their rows name them.
FLAT_FOLDERS = (LUTS_DIR, LOOKS_DIR)

_CHUNK = 1024 * 1024
#: Members this small cannot be a meaningful bomb (the byte cap bounds them); a tiny SQLite page
#: of zeros or a JSON sidecar may legitimately compress very well.
_RATIO_EXEMPT_BYTES = 1024 * 1024
#: A manifest entry is a few hundred bytes; this bounds the memory json.loads may take.
_MANIFEST_MAX_BYTES = 32 * 1024 * 1024
#: Already-compressed formats are stored as they are: deflating them only costs time.
_STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif", ".heic", ".heif"})
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_DRIVE_RE = re.compile(r"[A-Za-z]:")
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)
_SQLITE_MAGIC = b"SQLite format 3\x00"


class PackError(Exception):
    """A pack could not be made, read or imported; `str()` is a message for the user.

    `reason` is the bare problem ("member '../x' has a '..' component"), for logs and tests.
    """

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


@dataclass(frozen=True)
class PackLimits:
    """Ceilings that keep a hostile pack from filling the disk or memory."""

    max_files: int = 50_000
    max_total_bytes: int = 20 * 1024**3  # uncompressed
    max_file_bytes: int = 2 * 1024**3
    max_ratio: float = 200.0  # uncompressed/compressed per member (zip bomb)
    max_lut_bytes: int = MAX_LUT_BYTES  # a .cube file in luts/
    max_look_bytes: int = MAX_LOOK_BYTES  # a look file in looks/ (its LUTs embedded)

    def folder_cap(self, folder: str) -> int | None:
        """The size limit of one file in a LUT or look folder (None: only `max_file_bytes`)."""
        return {LUTS_DIR: self.max_lut_bytes, LOOKS_DIR: self.max_look_bytes}.get(folder)


@dataclass(frozen=True)
class PackFile:
    """One file of the project as the manifest lists it (path is relative, with '/')."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PackManifest:
    """What a pack holds, read from its manifest.json and checked against its members."""

    format_version: int
    app_version: str
    schema_version: int
    created_at: str
    files: tuple[PackFile, ...]
    total_bytes: int
    #: Folder name the project gets on import (manifest "project_name", else the pack's stem).
    project_name: str


class _RefusedError(Exception):
    """Internal: the reason an operation is refused; turned into a PackError at the boundary."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _CapExceededError(Exception):
    """Internal: a stream held more bytes than allowed."""


_FAILED = {
    "export": QT_TRANSLATE_NOOP("core.pack", "Cannot export {subject}: {reason}. Nothing was written."),
    "open": QT_TRANSLATE_NOOP("core.pack", "Cannot open {subject}: {reason}. Nothing was written."),
    "import": QT_TRANSLATE_NOOP("core.pack", "Cannot import {subject}: {reason}. Nothing was written."),
}


def _fail(action: str, subject: str, reason: str) -> PackError:
    """`action` is "export", "open" or "import"; `reason` a clause ("it is not a zip file")."""
    return PackError(_FAILED[action].format(subject=subject, reason=reason), reason=reason)


def _human(n: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------- names


def _component_problem(part: str) -> str | None:
    """Why one path component is unsafe or unportable (Windows included), or None."""
    if part in ("", "."):
        return QT_TRANSLATE_NOOP("core.pack", "an empty or '.' path component")
    if part == "..":
        return QT_TRANSLATE_NOOP("core.pack", "a '..' component")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in part):
        return QT_TRANSLATE_NOOP("core.pack", "a control character")
    if any(ch in _WINDOWS_FORBIDDEN for ch in part):
        return QT_TRANSLATE_NOOP("core.pack", 'a character Windows does not allow (< > : " | ? *)')
    if part[-1] in ". ":
        return QT_TRANSLATE_NOOP("core.pack", "a component ending in a dot or space")
    if part.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        return QT_TRANSLATE_NOOP("core.pack", "a name Windows reserves for devices")
    if len(part.encode("utf-8")) > 255:
        return QT_TRANSLATE_NOOP("core.pack", "a component longer than 255 bytes")
    return None


def _member_name_problem(name: str) -> str | None:
    """Why `name` must not be extracted, or None: the zip-slip and portability rules."""
    if not name:
        return QT_TRANSLATE_NOOP("core.pack", "an empty name")
    if "\x00" in name:
        return QT_TRANSLATE_NOOP("core.pack", "a NUL character")
    if "\\" in name:
        return QT_TRANSLATE_NOOP("core.pack", "a backslash")
    if name.startswith("/"):
        return QT_TRANSLATE_NOOP("core.pack", "an absolute path")
    if _DRIVE_RE.match(name):
        return QT_TRANSLATE_NOOP("core.pack", "a drive letter")
    parts = name.split("/")
    for part in parts:
        problem = _component_problem(part)
        if problem:
            return problem
    if parts[0] in FLAT_FOLDERS and len(parts) > 2:
        return QT_TRANSLATE_NOOP(
            "core.pack", "a folder inside {folder}/ (its files lie directly in it)"
        ).format(folder=parts[0])
    if name in (MANIFEST_NAME, DATABASE_NAME) or (len(parts) >= 2 and parts[0] in PACKED_FOLDERS):
        return None
    return QT_TRANSLATE_NOOP(
        "core.pack", "a location outside manifest.json, project.cutie, images/, references/, luts/ and looks/"
    )


def _folder_name_problem(name: str) -> str | None:
    """Why `name` cannot be the imported project's folder name, or None."""
    if not name:
        return QT_TRANSLATE_NOOP("core.pack", "it is empty")
    if "/" in name or "\\" in name or "\x00" in name:
        return QT_TRANSLATE_NOOP("core.pack", "it contains a path separator")
    if name.startswith("."):
        return QT_TRANSLATE_NOOP("core.pack", "it starts with a dot")
    problem = _component_problem(name)
    return QT_TRANSLATE_NOOP("core.pack", "it has {problem}").format(problem=problem) if problem else None


def _fold(name: str) -> str:
    """The key under which two names collide on case-insensitive or normalising file systems."""
    return unicodedata.normalize("NFC", name).casefold()


def _clash_problem(names: list[str]) -> str | None:
    """Why these names cannot coexist in one folder tree (case-only twins, file-vs-folder)."""
    seen: dict[str, str] = {}
    for name in names:
        key = _fold(name)
        if key in seen:
            return QT_TRANSLATE_NOOP(
                "core.pack", "{first!r} and {second!r} differ only in letter case"
            ).format(first=seen[key], second=name)
        seen[key] = name
    for name in names:
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            if _fold(prefix) in seen:
                return QT_TRANSLATE_NOOP("core.pack", "{name!r} is both a file and a folder").format(
                    name=seen[_fold(prefix)]
                )
    return None


# --------------------------------------------------------------------------- copying


class _Source(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def _copy_capped(src: _Source, dst: _Sink, cap: int) -> tuple[str, int]:
    """Copy and hash at most `cap` bytes; never trust a declared size, count what arrives."""
    digest = hashlib.sha256()
    copied = 0
    while True:
        chunk = src.read(min(_CHUNK, cap + 1 - copied))
        if not chunk:
            return digest.hexdigest(), copied
        copied += len(chunk)
        if copied > cap:
            raise _CapExceededError
        digest.update(chunk)
        dst.write(chunk)


def _is_within(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


# --------------------------------------------------------------------------- export


def export_pack(project_folder: Path, dest: Path, *, limits: PackLimits = PackLimits()) -> Path:
    """Write the project as one `.cutiepack` zip at `dest` and return the final path.

    `dest` gets the `.cutiepack` suffix if it lacks it; if it is an existing folder the pack is
    named after the project inside it. An existing file at the final path is replaced, atomically.
    The project may be open in the app meanwhile: the database is copied with the backup API.
    """
    project = Path(project_folder)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"{project.name}{PACK_SUFFIX}"
    if dest.suffix.lower() != PACK_SUFFIX:
        dest = dest.with_name(dest.name + PACK_SUFFIX)
    try:
        if not (project / DATABASE_NAME).is_file():
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "{project} is not a Cutie project (it has no {database})"
                ).format(project=project, database=DATABASE_NAME)
            )
        if not dest.parent.is_dir():
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "the destination folder {parent} does not exist").format(
                    parent=dest.parent
                )
            )
        if _is_within(dest, project):
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "the pack cannot be saved inside the project folder; choose another place"
                )
            )
        with tempfile.TemporaryDirectory(prefix=".cutie-export-", dir=dest.parent) as work:
            snapshot = Path(work) / DATABASE_NAME
            # Database first: the app writes an image before committing its row, so every row
            # in this snapshot has its file on disk by the time the files are read below.
            schema_version = _snapshot_database(project / DATABASE_NAME, snapshot)
            db_size = snapshot.stat().st_size
            if db_size > limits.max_file_bytes:
                raise _RefusedError(
                    QT_TRANSLATE_NOOP(
                        "core.pack",
                        "the project database is {size}, more than the {limit} a pack allows per file",
                    ).format(size=_human(db_size), limit=_human(limits.max_file_bytes))
                )
            files = _project_files(project, limits, db_size)
            staged = Path(work) / "pack.zip"
            _write_zip(staged, snapshot, files, schema_version, project.name, limits)
            staged.replace(dest)
    except _RefusedError as exc:
        raise _fail("export", str(project), exc.reason) from None
    except OSError as exc:
        raise _fail(
            "export",
            str(project),
            QT_TRANSLATE_NOOP("core.pack", "a file could not be written ({error})").format(
                error=user_text(exc)
            ),
        ) from None
    return dest


def _snapshot_database(db: Path, snapshot: Path) -> int:
    """Copy the last committed state of `db` into `snapshot`; return its user_version.

    A read transaction in WAL mode sees committed data only, so an open write transaction in
    the app neither blocks this nor leaks into the copy. query_only guarantees we change nothing.
    """
    try:
        with contextlib.closing(sqlite3.connect(db)) as src:
            src.execute("PRAGMA query_only = ON")
            with contextlib.closing(sqlite3.connect(snapshot)) as dst:
                src.backup(dst)
                check = dst.execute("PRAGMA integrity_check").fetchall()
                version = int(dst.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "the project database could not be read ({error})").format(
                error=user_text(exc)
            )
        ) from exc
    if check != [("ok",)]:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack",
                "the project database is damaged (integrity check: {check}); a pack "
                "made from it could not be imported",
            ).format(check=check[0][0])
        )
    return version


def _project_files(project: Path, limits: PackLimits, db_size: int) -> list[tuple[str, Path]]:
    """The image, reference, LUT and look files to pack, checked so the pack will import again.

    Hidden names (the `.name.tmp` files of crash-safe writes, .DS_Store) and anything that is
    not a regular file (symlinks, sockets) are left out.
    """
    files: list[tuple[str, Path]] = []
    total = db_size
    for folder in PACKED_FOLDERS:
        root = project / folder
        if root.is_symlink():
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "{folder}/ is a link; a project keeps its files inside its own folder"
                ).format(folder=folder)
            )
        if not root.is_dir():
            continue
        cap = limits.folder_cap(folder)
        for dirpath, dirnames, filenames in os.walk(root):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (here / d).is_symlink())
            if folder in FLAT_FOLDERS:
                dirnames[:] = []  # only the files its rows can name travel
            for filename in sorted(filenames):
                if filename.startswith("."):
                    continue
                path = here / filename
                info = path.lstat()
                if not stat.S_ISREG(info.st_mode):
                    continue
                rel = path.relative_to(project).as_posix()
                problem = _member_name_problem(rel)
                if problem:
                    raise _RefusedError(
                        QT_TRANSLATE_NOOP(
                            "core.pack", "the file {name!r} has {problem}; rename it and export again"
                        ).format(name=rel, problem=problem)
                    )
                if info.st_size > limits.max_file_bytes:
                    raise _RefusedError(
                        QT_TRANSLATE_NOOP(
                            "core.pack", "{name!r} is {size}, more than the {limit} a pack allows per file"
                        ).format(name=rel, size=_human(info.st_size), limit=_human(limits.max_file_bytes))
                    )
                if cap is not None and info.st_size > cap:
                    raise _RefusedError(
                        QT_TRANSLATE_NOOP(
                            "core.pack",
                            "{name!r} is {size}, more than the {limit} a pack allows in {folder}/; "
                            "move it out of the project and export again",
                        ).format(name=rel, size=_human(info.st_size), limit=_human(cap), folder=folder)
                    )
                total += info.st_size
                files.append((rel, path))
    if len(files) + 2 > limits.max_files:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "the project has {count} files; a pack holds at most {limit}"
            ).format(count=len(files), limit=limits.max_files - 2)
        )
    if total > limits.max_total_bytes:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "the project is {size}; a pack holds at most {limit}").format(
                size=_human(total), limit=_human(limits.max_total_bytes)
            )
        )
    clash = _clash_problem([rel for rel, _ in files])
    if clash:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "{clash}; rename one so the pack also imports on Windows and macOS"
            ).format(clash=clash)
        )
    return files


def _zip_time(timestamp: float) -> tuple[int, int, int, int, int, int]:
    stamp = time.localtime(timestamp)[:6]
    return min(max(stamp, (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))


def _add_file(zf: zipfile.ZipFile, arcname: str, path: Path, limits: PackLimits) -> PackFile | None:
    """Stream one file into the zip, hashing exactly the bytes written; None if it vanished."""
    try:
        src = path.open("rb")
    except FileNotFoundError:
        return None  # deleted by the app while we were exporting: it is gone from the project too
    with src:
        info = zipfile.ZipInfo(arcname, date_time=_zip_time(os.fstat(src.fileno()).st_mtime))
        stored = Path(arcname).suffix.lower() in _STORED_SUFFIXES
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        info.file_size = os.fstat(src.fileno()).st_size  # only decides whether ZIP64 is needed
        with zf.open(info, "w", force_zip64=info.file_size > zipfile.ZIP64_LIMIT // 2) as out:
            try:
                digest, size = _copy_capped(src, out, limits.max_file_bytes)
            except _CapExceededError:
                raise _RefusedError(
                    QT_TRANSLATE_NOOP(
                        "core.pack", "{name!r} grew past the {size} a pack allows per file"
                    ).format(name=arcname, size=_human(limits.max_file_bytes))
                ) from None
    return PackFile(arcname, size, digest)


def _write_zip(
    staged: Path,
    snapshot: Path,
    files: list[tuple[str, Path]],
    schema_version: int,
    project_name: str,
    limits: PackLimits,
) -> None:
    """Write the pack to `staged`: database, files, then the manifest describing them."""
    entries: list[PackFile] = []
    with staged.open("xb") as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for arcname, path in [(DATABASE_NAME, snapshot), *files]:
                entry = _add_file(zf, arcname, path, limits)
                if entry is not None:
                    entries.append(entry)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": cutie_app.__version__,
                "schema_version": schema_version,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "project_name": project_name,
                "files": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in entries],
            }
            info = zipfile.ZipInfo(MANIFEST_NAME, date_time=_zip_time(time.time()))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8"))
        raw.flush()
        os.fsync(raw.fileno())


# --------------------------------------------------------------------------- reading


def _declared_entry_count(fh: BinaryIO) -> int | None:
    """The entry count from the end-of-central-directory record, read before zipfile parses
    (and allocates) the whole directory; None if it cannot be found (zipfile will decide)."""
    fh.seek(0, os.SEEK_END)
    size = fh.tell()
    tail_len = min(size, 22 + 0xFFFF + 20)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        return None
    (entries,) = struct.unpack_from("<H", tail, pos + 10)
    if entries == 0xFFFF and pos >= 20 and tail[pos - 20 : pos - 16] == b"PK\x06\x07":
        (offset,) = struct.unpack_from("<Q", tail, pos - 20 + 8)
        if offset < size:
            fh.seek(offset)
            record = fh.read(56)
            if len(record) == 56 and record[:4] == b"PK\x06\x06":
                (entries,) = struct.unpack_from("<Q", record, 32)
    return int(entries)


@contextlib.contextmanager
def _open_pack(pack: Path, limits: PackLimits) -> Iterator[tuple[zipfile.ZipFile, int]]:
    """Open `pack` as a zip (and its size), turning every way that can fail into _RefusedError."""
    try:
        fh = pack.open("rb")
    except OSError as exc:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "the file cannot be opened ({error})").format(
                error=exc.strerror or exc
            )
        ) from None
    with fh:
        try:
            count = _declared_entry_count(fh)
            size = fh.seek(0, os.SEEK_END)
            if count is not None and count > limits.max_files:
                raise _RefusedError(
                    QT_TRANSLATE_NOOP(
                        "core.pack", "it holds too many files ({count}; the limit is {limit})"
                    ).format(count=count, limit=limits.max_files)
                )
            fh.seek(0)
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, struct.error) as exc:
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "it is not a zip file, or it is damaged or incomplete ({error})"
                ).format(error=user_text(exc))
            ) from None
        except OSError as exc:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "the file cannot be read ({error})").format(
                    error=exc.strerror or exc
                )
            ) from None
        with zf:
            yield zf, size


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    sink = _BytesSink()
    try:
        with zf.open(info) as src:
            _copy_capped(src, sink, cap)
    except _CapExceededError:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "{name!r} is larger than declared").format(name=info.orig_filename)
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "{name!r} is damaged ({error})").format(
                name=info.orig_filename, error=user_text(exc)
            )
        ) from None
    return bytes(sink.data)


class _BytesSink:
    """A write-only byte buffer usable as the destination of `_copy_capped`."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        self.data += chunk
        return len(chunk)


def _check_member(info: zipfile.ZipInfo, limits: PackLimits) -> None:
    """Refuse a member whose name, type, encryption, method, size or ratio is unsafe."""
    name = info.orig_filename
    # A folder entry ("images/") is judged by where a file inside it would land.
    problem = _member_name_problem(name + "x" if name.endswith("/") else name)
    if problem:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "member {name!r} has {problem}").format(name=name, problem=problem)
        )
    if info.filename != name:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "member {name!r} has a name zipfile would alter").format(name=name)
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "member {name!r} is a symbolic link").format(name=name)
        )
    if name.endswith("/") or stat.S_ISDIR(mode):
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "member {name!r} is a folder entry (a pack lists files only)"
            ).format(name=name)
        )
    if stat.S_IFMT(mode) and not stat.S_ISREG(mode):
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "member {name!r} is a special file (device, pipe or socket)"
            ).format(name=name)
        )
    if info.flag_bits & 0x1:
        raise _RefusedError(QT_TRANSLATE_NOOP("core.pack", "member {name!r} is encrypted").format(name=name))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "member {name!r} uses an unsupported compression method").format(
                name=name
            )
        )
    if info.file_size > limits.max_file_bytes:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "member {name!r} unpacks to {size}; the limit per file is {limit}"
            ).format(name=name, size=_human(info.file_size), limit=_human(limits.max_file_bytes))
        )
    cap = limits.folder_cap(name.split("/", 1)[0])
    if cap is not None and info.file_size > cap:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "member {name!r} unpacks to {size}; a file in {folder}/ may be at most {limit}"
            ).format(name=name, size=_human(info.file_size), folder=name.split("/", 1)[0], limit=_human(cap))
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > _RATIO_EXEMPT_BYTES and ratio > limits.max_ratio:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack",
                "member {name!r} expands {ratio:.0f} times when unpacked (the limit is "
                "{limit:.0f}); it looks like a zip bomb",
            ).format(name=name, ratio=ratio, limit=limits.max_ratio)
        )


def _int_field(data: dict[str, Any], key: str, minimum: int) -> int:
    value = data.get(key)
    if type(value) is not int or value < minimum:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its manifest has no valid {key!r}").format(key=key)
        )
    return value


def _str_field(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or "\x00" in value or len(value) > 1000:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its manifest has no valid {key!r}").format(key=key)
        )
    return value


def _parse_manifest(raw: bytes, pack: Path) -> PackManifest:
    """Decode and type-check manifest.json; refuse formats and schemas newer than ours."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _RefusedError(QT_TRANSLATE_NOOP("core.pack", "its manifest.json is not valid JSON")) from None
    if not isinstance(data, dict):
        raise _RefusedError(QT_TRANSLATE_NOOP("core.pack", "its manifest.json is not a JSON object"))
    if data.get("format") != FORMAT:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its manifest says format {found!r}, not {expected!r}").format(
                found=data.get("format"), expected=FORMAT
            )
        )
    format_version = _int_field(data, "format_version", 1)
    if format_version > FORMAT_VERSION:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack",
                "it was made by a newer Cutie (pack format {format_version}; this "
                "version reads up to {supported}). Update Cutie to import it",
            ).format(format_version=format_version, supported=FORMAT_VERSION)
        )
    schema_version = _int_field(data, "schema_version", 0)
    if schema_version > SCHEMA_VERSION:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack",
                "it was made by a newer Cutie (project schema {schema_version}; this "
                "version reads up to {supported}). Update Cutie to import it",
            ).format(schema_version=schema_version, supported=SCHEMA_VERSION)
        )
    app_version = _str_field(data, "app_version")
    created_at = _str_field(data, "created_at")
    project_name = _str_field(data, "project_name") if "project_name" in data else ""
    if not project_name:
        project_name = pack.name.removesuffix(pack.suffix) if pack.suffix else pack.name
    listed = data.get("files")
    if not isinstance(listed, list):
        raise _RefusedError(QT_TRANSLATE_NOOP("core.pack", "its manifest has no valid 'files' list"))
    files: list[PackFile] = []
    for index, item in enumerate(listed):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("path"), str)
            or type(item.get("size")) is not int
            or item["size"] < 0
            or not isinstance(item.get("sha256"), str)
            or not _SHA256_RE.fullmatch(item["sha256"])
        ):
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "its manifest has an invalid entry in 'files' (number {index})"
                ).format(index=index + 1)
            )
        files.append(PackFile(item["path"], item["size"], item["sha256"]))
    return PackManifest(
        format_version=format_version,
        app_version=app_version,
        schema_version=schema_version,
        created_at=created_at,
        files=tuple(files),
        total_bytes=sum(f.size for f in files),
        project_name=project_name,
    )


def _check_pack(
    zf: zipfile.ZipFile, pack_size: int, pack: Path, limits: PackLimits
) -> tuple[PackManifest, dict[str, zipfile.ZipInfo]]:
    """Everything that can be known without extracting: members, manifest, and their match."""
    infos = zf.infolist()
    if len(infos) > limits.max_files:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "it holds too many files ({count}; the limit is {limit})").format(
                count=len(infos), limit=limits.max_files
            )
        )
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.orig_filename in by_name:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "member {name!r} appears more than once").format(
                    name=info.orig_filename
                )
            )
        by_name[info.orig_filename] = info

    # The manifest first: a pack from a newer Cutie should say so, not trip over new entries.
    manifest_info = by_name.get(MANIFEST_NAME)
    if manifest_info is None:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "it has no manifest.json (it is not a Cutie pack, or it is damaged)"
            )
        )
    _check_member(manifest_info, limits)
    if manifest_info.file_size > _MANIFEST_MAX_BYTES:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "its manifest.json is {size}, far larger than any project's"
            ).format(size=_human(manifest_info.file_size))
        )
    manifest = _parse_manifest(_read_member(zf, manifest_info, manifest_info.file_size), pack)
    if len(manifest.files) > limits.max_files:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "its manifest lists too many files ({count}; the limit is {limit})"
            ).format(count=len(manifest.files), limit=limits.max_files)
        )

    total = compressed = 0
    for info in infos:
        _check_member(info, limits)
        total += info.file_size
        compressed += info.compress_size
    clash = _clash_problem(list(by_name))
    if clash:
        raise _RefusedError(clash)
    if total > limits.max_total_bytes:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "it unpacks to {size}; the limit is {limit}").format(
                size=_human(total), limit=_human(limits.max_total_bytes)
            )
        )
    if compressed > pack_size:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its members overlap (a known zip bomb technique)")
        )

    listed: dict[str, PackFile] = {}
    for entry in manifest.files:
        if entry.path in listed:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "its manifest lists {path!r} twice").format(path=entry.path)
            )
        listed[entry.path] = entry
    members = set(by_name) - {MANIFEST_NAME}
    missing = sorted(set(listed) - members)
    if missing:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "its manifest lists {missing!r}, but the pack does not contain it"
            ).format(missing=missing[0])
        )
    extra = sorted(members - set(listed))
    if extra:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "it contains {extra!r}, which its manifest does not list").format(
                extra=extra[0]
            )
        )
    if DATABASE_NAME not in listed:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "it has no project database ({database})").format(
                database=DATABASE_NAME
            )
        )
    for path, entry in listed.items():
        if by_name[path].file_size != entry.size:
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "member {path!r} is {file_size} bytes, but its manifest says {size}"
                ).format(path=path, file_size=by_name[path].file_size, size=entry.size)
            )
    return manifest, by_name


def inspect_pack(pack: Path, limits: PackLimits = PackLimits()) -> PackManifest:
    """Check a pack as far as possible without extracting it, and describe it.

    Hashes and the database are verified only by `import_pack`, which has to unpack them.
    """
    pack = Path(pack)
    try:
        with _open_pack(pack, limits) as (zf, size):
            manifest, _ = _check_pack(zf, size, pack, limits)
    except _RefusedError as exc:
        raise _fail("open", pack.name, exc.reason) from None
    return manifest


# --------------------------------------------------------------------------- import


def import_pack(
    pack: Path, target_parent: Path, *, name: str | None = None, limits: PackLimits = PackLimits()
) -> Path:
    """Unpack `pack` as a new project folder `target_parent/<name>` and return its path.

    `target_parent` must exist. `name` defaults to the project name stored in the pack. Nothing
    is written before the whole pack has been checked, nothing outside `target_parent`, and on
    any failure nothing is left behind.
    """
    pack = Path(pack)
    target_parent = Path(target_parent)
    try:
        if not target_parent.is_dir():
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "the folder {folder} does not exist").format(
                    folder=target_parent
                )
            )
        with _open_pack(pack, limits) as (zf, size):
            manifest, infos = _check_pack(zf, size, pack, limits)
            folder_name = manifest.project_name if name is None else name
            problem = _folder_name_problem(folder_name)
            if problem:
                raise _RefusedError(
                    QT_TRANSLATE_NOOP(
                        "core.pack", "{name!r} cannot be a project folder name ({problem}); choose another"
                    ).format(name=folder_name, problem=problem)
                )
            final = target_parent / folder_name
            if final.exists() or final.is_symlink():
                raise _RefusedError(
                    QT_TRANSLATE_NOOP(
                        "core.pack", "a project named {name!r} already exists in {folder}"
                    ).format(name=folder_name, folder=target_parent)
                )
            free = shutil.disk_usage(target_parent).free
            if manifest.total_bytes > free:
                raise _RefusedError(
                    QT_TRANSLATE_NOOP(
                        "core.pack", "it needs {size} but only {free} is free in {folder}"
                    ).format(size=_human(manifest.total_bytes), free=_human(free), folder=target_parent)
                )
            temp = Path(tempfile.mkdtemp(prefix=".import-", dir=target_parent))
            try:
                temp.chmod(new_folder_mode())  # mkdtemp's 0700 would hide the project from a backup user
                _extract(zf, manifest, infos, temp, limits)
                _check_database(temp, manifest)
                if final.exists() or final.is_symlink():
                    raise _RefusedError(
                        QT_TRANSLATE_NOOP(
                            "core.pack", "a project named {name!r} already exists in {folder}"
                        ).format(name=folder_name, folder=target_parent)
                    )
                try:
                    temp.rename(final)
                except OSError as exc:
                    raise _RefusedError(
                        QT_TRANSLATE_NOOP(
                            "core.pack", "the project folder could not be created ({error})"
                        ).format(error=user_text(exc))
                    ) from None
            except BaseException:
                shutil.rmtree(temp, ignore_errors=True)
                raise
    except _RefusedError as exc:
        raise _fail("import", pack.name, exc.reason) from None
    return final


def _extract(
    zf: zipfile.ZipFile,
    manifest: PackManifest,
    infos: dict[str, zipfile.ZipInfo],
    temp: Path,
    limits: PackLimits,
) -> None:
    """Unpack every listed file into `temp`, capped at its declared size and hash-checked."""
    written = 0
    for entry in manifest.files:
        target = temp.joinpath(*entry.path.split("/"))
        if not _is_within(target, temp):  # the name rules make this impossible; keep it so
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "member {path!r} points outside the project").format(
                    path=entry.path
                )
            )
        cap = min(infos[entry.path].file_size, limits.max_file_bytes)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(infos[entry.path]) as src, target.open("xb") as dst:
                digest, size = _copy_capped(src, dst, cap)
                dst.flush()
                os.fsync(dst.fileno())
        except _CapExceededError:
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "member {path!r} holds more data than its declared size"
                ).format(path=entry.path)
            ) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "member {path!r} is damaged ({error})").format(
                    path=entry.path, error=user_text(exc)
                )
            ) from None
        except OSError as exc:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "{path!r} could not be extracted ({error})").format(
                    path=entry.path, error=user_text(exc)
                )
            ) from None
        if size != entry.size:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "member {path!r} is shorter than its manifest says").format(
                    path=entry.path
                )
            )
        if digest != entry.sha256:
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "member {path!r} is damaged (its SHA-256 does not match the manifest)"
                ).format(path=entry.path)
            )
        written += size
        if written > limits.max_total_bytes:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "it unpacks to more than {size}").format(
                    size=_human(limits.max_total_bytes)
                )
            )


def _check_database(folder: Path, manifest: PackManifest) -> None:
    """The unpacked database must be an intact Cutie database at the manifest's schema version,
    with exactly Cutie's schema for that version, and rows that name only files the pack holds.

    Opened read-only and immutable (no -wal/-shm, no locks), with untrusted-schema defences on.
    """
    db = folder / DATABASE_NAME
    schema_version = manifest.schema_version
    with db.open("rb") as fh:
        if fh.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("core.pack", "its project database is not an SQLite database")
            )
    try:
        uri = db.resolve().as_uri() + "?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA cell_size_check = ON")
            check = conn.execute("PRAGMA integrity_check").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            if check == [("ok",)] and app_id == APPLICATION_ID and version == schema_version:
                schema = schema_problems(conn, version)
                rows = (
                    [] if schema else row_problems(conn, _packed_files(folder, manifest), _hashes(manifest))
                )
                if not schema and not rows:
                    rows = look_problems(conn, folder / LOOKS_DIR)
    except sqlite3.Error as exc:
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its project database is damaged ({error})").format(
                error=user_text(exc)
            )
        ) from None
    if check != [("ok",)]:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack", "its project database is damaged (integrity check: {check})"
            ).format(check=check[0][0])
        )
    if app_id != APPLICATION_ID:  # Project.open would refuse it: say so before making a folder
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its project.cutie is an SQLite database, but not one Cutie made")
        )
    if version != schema_version:
        raise _RefusedError(
            QT_TRANSLATE_NOOP(
                "core.pack",
                "its project database has schema version {version}, but its manifest says {schema_version}",
            ).format(version=version, schema_version=schema_version)
        )
    if schema:
        if len(schema) > 1:
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack",
                    "its project database is not laid out as Cutie's: {first} (differences: {count})",
                ).format(first=schema[0], count=len(schema))
            )
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its project database is not laid out as Cutie's: {first}").format(
                first=schema[0]
            )
        )
    if rows:
        if len(rows) > 1:
            raise _RefusedError(
                QT_TRANSLATE_NOOP(
                    "core.pack", "its project database names files it may not: {first} (entries: {count})"
                ).format(first=rows[0], count=len(rows))
            )
        raise _RefusedError(
            QT_TRANSLATE_NOOP("core.pack", "its project database names files it may not: {first}").format(
                first=rows[0]
            )
        )


def _hashes(manifest: PackManifest) -> dict[str, str]:
    """The SHA-256 of every file the pack holds (checked on extraction), by relative path."""
    return {entry.path: entry.sha256 for entry in manifest.files}


def _packed_files(folder: Path, manifest: PackManifest) -> dict[str, set[str]]:
    """The plain files the pack put directly in each project folder (images/, references/)."""
    present: dict[str, set[str]] = {}
    for entry in manifest.files:
        parts = entry.path.split("/")
        extracted = folder.joinpath(*parts)
        if len(parts) == 2 and parts[0] in PACKED_FOLDERS and stat.S_ISREG(extracted.lstat().st_mode):
            present.setdefault(parts[0], set()).add(parts[1])
    return present
