"""Where a project keeps things: the folder layout, and the one place that turns a row into a path.

```
<Name>/
  project.cutie   SQLite (WAL): spec versions, reference slots, scenes, images, conversations, ledger,
                  cached consistency scores
  images/         generated images, byte-exact, "little-orange-3f2a9c1b.png" (readable name + hash)
  references/     reference images, copied in
  .cache/thumbs/  256-px PNG thumbnails named by image SHA-256 (regenerable)
```
"""

from __future__ import annotations

from pathlib import Path

PROJECT_FILE = "project.cutie"
IMAGES_DIR = "images"
REFERENCES_DIR = "references"
THUMBS_DIR = ".cache/thumbs"
SIDECAR_SUFFIX = ".recipe.json"
SIDECAR_SCHEMA = 1
#: Built under this name and renamed into place, so a crash never leaves half a project.cutie.
CREATING_FILE = ".project.cutie.creating"
#: Files an OS drops into folders; they don't make a folder "not empty".
IGNORABLE_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


class ProjectLayout:
    """The paths of one project folder (absolute)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / PROJECT_FILE
        self.images_dir = folder / IMAGES_DIR
        self.references_dir = folder / REFERENCES_DIR
        self.thumbs_dir = folder / THUMBS_DIR

    def image_file(self, name: str) -> Path:
        """The file an `images.file` value names."""
        return self.images_dir / name

    def reference_file(self, name: str) -> Path:
        """The file a `reference_slots.file` value names."""
        return self.references_dir / name

    def thumbnail_file(self, sha256: str) -> Path:
        """The cached thumbnail of the image with this SHA-256."""
        return self.thumbs_dir / f"{sha256}.png"
