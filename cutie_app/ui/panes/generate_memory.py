"""The Generate panel's scene text and variant count, remembered across restarts.

The values go into the settings file (`last_scene`, `last_variants`) a second after the last
edit, written by a worker so typing never waits on the disk; `flush` writes what is pending
when the window closes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer

from cutie_app.core.system.settings import Settings, load_settings, save_settings
from cutie_app.ui.panes.generate_panel import GeneratePanel
from cutie_app.ui.workers import Jobs

SAVE_DELAY_MS = 1000
#: Long enough for any real scene; a pasted novel is not kept in the settings file.
MAX_SCENE_CHARS = 4000


def _remember(scene: str, variants: int) -> Settings:
    """Worker: write the two values into the settings as they are on disk now."""
    settings = dataclasses.replace(load_settings(), last_scene=scene, last_variants=variants)
    save_settings(settings)
    return settings


class GenerateMemory(QObject):
    """Restores the panel's scene and variant count, and saves them (debounced) as they change."""

    def __init__(self, panel: GeneratePanel, settings: Settings) -> None:
        super().__init__(panel)
        self._panel = panel
        self._jobs = Jobs(workers=1, name="cutie-remember")
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save)
        panel.scene.setPlainText(settings.last_scene)
        panel.variants.setValue(settings.last_variants)
        self._saved = self._values()
        panel.scene.textChanged.connect(self._timer.start)
        panel.variants.valueChanged.connect(self._timer.start)

    def _values(self) -> tuple[str, int]:
        return self._panel.scene_text()[:MAX_SCENE_CHARS], self._panel.variants.value()

    def _save(self) -> None:
        values = self._values()
        if values != self._saved:
            self._saved = values
            self._jobs.submit("remember", _remember, *values)

    def busy(self) -> bool:
        return self._timer.isActive() or self._jobs.busy()

    def flush(self) -> None:
        """Save a pending change now and wait for the write (the window is closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()
        self._jobs.shutdown(finish_queued=True)
