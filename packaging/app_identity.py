"""Names every installer agrees on: the app id, the desktop and MIME names, the version.

Kept in one module so the .deb, the Windows installer, the macOS bundle and the CI checks cannot drift
apart. Standard library only: build.py imports it before any virtualenv exists.
"""

from __future__ import annotations

import re
from pathlib import Path

DISPLAY_NAME = "Cutie"
#: The executable, the Debian package, the desktop file (cutie.desktop) and the icon name. The desktop
#: file is named after the executable so X11 window matching (WM_CLASS "cutie") finds it.
APP_NAME = "cutie"
#: Reverse-DNS id (AppStream component, macOS bundle, Windows AppUserModelID). Derived from HOMEPAGE's
#: domain; change both together when the project has its own domain.
APP_ID = "org.example.cutie"
HOMEPAGE = "https://cutie.example.org/"
#: AppStream screenshots are served from the documentation folder of the homepage.
SCREENSHOTS = (
    ("docs/screenshots/main-window.png", "Character spec, references and a batch of variants"),
    ("docs/screenshots/compare.png", "Comparing variants side by side with synced zoom"),
)
MAINTAINER = "Cutie Developers <dev@example.invalid>"
SUMMARY = "Keep one character consistent across AI-generated images"

PROJECT_MIME = "application/x-cutie-project"
PACK_MIME = "application/x-cutiepack"
PROJECT_FILE = "project.cutie"
PACK_SUFFIX = ".cutiepack"


def mime_icon_name(mime_type: str) -> str:
    """The freedesktop icon name of a MIME type (`application/x-cutiepack` -> `application-x-cutiepack`)."""
    return mime_type.replace("/", "-")


def version_of(root: Path) -> str:
    """The app's version, read from cutie_app/__init__.py without importing the package."""
    text = (root / "cutie_app" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("cutie_app/__init__.py has no __version__")
    return found.group(1)
