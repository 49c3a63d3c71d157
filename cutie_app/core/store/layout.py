"""Where a project keeps things: the folder layout, and the one place that turns a row into a path.

```
<Name>/
  project.cutie   SQLite (WAL): spec versions, reference slots, scenes, images, conversations, ledger,
                  cached consistency scores
  images/         generated images, byte-exact, "little-orange-3f2a9c1b.png" (readable name + hash)
  references/     reference images, copied in
  luts/           .cube files the adjustments use, named by content ("<sha256>.cube")
  looks/          named adjustment stacks, one file each ("Autumn.look.json", its LUTs inside)
  .cache/thumbs/  256-px PNG thumbnails named by image SHA-256 (regenerable)
  .cache/previews/  2048-px JPEG previews of larger pictures, by SHA-256 (regenerable; never packed)
```
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cutie_app.core.formats.look_limits import LOOK_FILE_SUFFIX, MAX_LOOK_FILE_BYTES, MAX_LUT_FILE_BYTES
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.records import UnsafePathError

PROJECT_FILE = "project.cutie"
IMAGES_DIR = "images"
REFERENCES_DIR = "references"
THUMBS_DIR = ".cache/thumbs"
PREVIEWS_DIR = ".cache/previews"
PREVIEW_SUFFIX = ".jpg"
LUTS_DIR = "luts"
LOOKS_DIR = "looks"
LUT_SUFFIX = ".cube"
LOOK_SUFFIX = LOOK_FILE_SUFFIX
#: The largest .cube file Cutie reads (the LUT parser's own ceiling).
MAX_LUT_BYTES = MAX_LUT_FILE_BYTES
#: A look file embeds the LUTs it uses (base64), so it may be a few LUTs large.
MAX_LOOK_BYTES = MAX_LOOK_FILE_BYTES
SIDECAR_SUFFIX = ".recipe.json"
SIDECAR_SCHEMA = 1
#: Built under this name and renamed into place, so a crash never leaves half a project.cutie.
CREATING_FILE = ".project.cutie.creating"
#: Files an OS drops into folders; they don't make a folder "not empty".
IGNORABLE_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


_SHA256 = re.compile(r"[0-9a-f]{64}")


def file_name_problem(name: object) -> str | None:
    """Why `name` is not a plain file name that stays in its folder, or None.

    A row's `file` must be one path component: not empty, not "." or "..", no separator, no
    NUL, not absolute (and on Windows no drive or stream colon). SQLite columns take any type,
    so a non-text value is refused too.
    """
    if not isinstance(name, str):
        return QT_TRANSLATE_NOOP("core.store", "it is not text ({type})").format(type=type(name).__name__)
    if name in ("", ".", ".."):
        return QT_TRANSLATE_NOOP("core.store", "it is empty or a '.'/'..' name")
    if "\x00" in name:
        return QT_TRANSLATE_NOOP("core.store", "it contains a NUL character")
    if name.startswith(("/", "\\")):
        return QT_TRANSLATE_NOOP("core.store", "it is an absolute path")
    if "/" in name or "\\" in name:
        return QT_TRANSLATE_NOOP("core.store", "it contains a path separator")
    if os.name == "nt" and ":" in name:
        return QT_TRANSLATE_NOOP("core.store", "it names a drive or an alternate data stream")
    return None


def sha256_problem(sha: object) -> str | None:
    """Why `sha` cannot name a thumbnail (it must be 64 lowercase hex digits), or None."""
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        return QT_TRANSLATE_NOOP("core.store", "it is not 64 hex digits")
    return None


class ProjectLayout:
    """The paths of one project folder (absolute), and the only way to turn a row into a path.

    Every path built from a row is checked here: a plain name, and once symbolic links are
    followed, still inside its own folder. Whatever the database says, the store never reads,
    sends, exports or deletes a file outside the project: it raises `UnsafePathError` instead.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / PROJECT_FILE
        self.images_dir = folder / IMAGES_DIR
        self.references_dir = folder / REFERENCES_DIR
        self.thumbs_dir = folder / THUMBS_DIR
        self.previews_dir = folder / PREVIEWS_DIR
        self.luts_dir = folder / LUTS_DIR
        self.looks_dir = folder / LOOKS_DIR

    def image_file(self, name: object) -> Path:
        """The file an `images.file` value names (UnsafePathError if it would leave images/)."""
        return self._inside(self.images_dir, IMAGES_DIR, name)

    def reference_file(self, name: object) -> Path:
        """The file a `reference_slots.file` value names (UnsafePathError if it would leave references/)."""
        return self._inside(self.references_dir, REFERENCES_DIR, name)

    def lut_file(self, name: object) -> Path:
        """The file a `luts.file` value names (UnsafePathError if it would leave luts/)."""
        return self._inside(self.luts_dir, LUTS_DIR, name)

    def look_file(self, name: object) -> Path:
        """The file a `looks.file` value names (UnsafePathError if it would leave looks/)."""
        return self._inside(self.looks_dir, LOOKS_DIR, name)

    def thumbnail_file(self, sha256: object) -> Path:
        """The cached thumbnail of the image with this SHA-256 (which must be 64 hex digits)."""
        if sha256_problem(sha256):
            raise unsafe_path_error(
                THUMBS_DIR,
                sha256,
                QT_TRANSLATE_NOOP("core.store", "the image's SHA-256 is not 64 hex digits"),
            )
        return self._inside(self.thumbs_dir, THUMBS_DIR, f"{sha256}.png")

    def preview_file(self, sha256: object) -> Path:
        """The cached screen-size preview of the picture with this SHA-256 (64 hex digits)."""
        if sha256_problem(sha256):
            raise unsafe_path_error(PREVIEWS_DIR, sha256, "the picture's SHA-256 is not 64 hex digits")
        return self._inside(self.previews_dir, PREVIEWS_DIR, f"{sha256}{PREVIEW_SUFFIX}")

    def _inside(self, folder: Path, sub: str, name: object) -> Path:
        problem = file_name_problem(name)
        if problem:
            raise unsafe_path_error(sub, name, problem)
        assert isinstance(name, str)
        path = folder / name
        if path.is_symlink():
            # Only a link can lead elsewhere; the folders themselves are the project's own.
            target = path.resolve()
            if not target.is_relative_to(folder.resolve()):
                raise unsafe_path_error(
                    sub,
                    name,
                    QT_TRANSLATE_NOOP("core.store", "it is a symbolic link to {target}").format(
                        target=target
                    ),
                )
        return path


def lut_file_name(sha256: str) -> str:
    """The name a LUT is kept under in luts/: its content's SHA-256."""
    return f"{sha256}{LUT_SUFFIX}"


def unsafe_path_error(sub: str, name: object, problem: str) -> UnsafePathError:
    return UnsafePathError(
        QT_TRANSLATE_NOOP("core.store", "This project names a file outside its folder"),
        QT_TRANSLATE_NOOP(
            "core.store",
            "An entry for {sub}/ names {name!r}, and {problem}. Cutie did not read, send, export or "
            "delete it.",
        ).format(sub=sub, name=name, problem=problem),
        QT_TRANSLATE_NOOP(
            "core.store",
            "The project database was changed by something other than Cutie; restore it from a backup.",
        ),
        f"{sub}/{name!r}: {problem}",
    )
