"""The window's banner, remembering what caused its message, so it goes once that is fixed."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject

from cutie_app.core.model.errors import UserMessage
from cutie_app.ui.widgets.error_banner import ErrorBanner


class Cause(enum.Enum):
    """Conditions the window can see being fixed (anything else stays until dismissed)."""

    NO_KEY = "no key"  # fixed by adding a key, or choosing the demo
    NO_PROJECT = "no project"  # fixed by a project opening
    OPEN_FAILED = "open failed"  # likewise


class Banners(QObject):
    """Shows messages on the banner; `resolved(cause)` hides it when its message had that cause."""

    def __init__(self, banner: ErrorBanner) -> None:
        super().__init__(banner)
        self.banner = banner
        self.cause: Cause | None = None

    def show(self, message: UserMessage, level: str = "error", cause: Cause | None = None) -> None:
        self.cause = cause
        self.banner.show_message(message, level)

    def resolved(self, *causes: Cause) -> None:
        if self.cause in causes:
            self.banner.hide()
            self.cause = None
