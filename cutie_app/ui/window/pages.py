"""The window's small pages: the key dialog, the welcome panel and the "No project open" page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePanel(QWidget):
    """Shown when there is no key: add one, or try everything against the demo server."""

    def __init__(self, on_add_key: Callable[[], None], on_demo: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("welcomePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        text = QLabel(
            self.tr(
                "<h3>Welcome to Cutie</h3>"
                "<p>Describe your character on the left, drop reference drawings in the middle, "
                "then generate variants and keep the best.</p>"
                "<p>To generate with Google's Gemini image models, add your API key. "
                "Or try the demo: it draws placeholder images locally, with no key and no cost.</p>"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add your Gemini API key"))
        add.setObjectName("welcomeAddKey")
        add.setAccessibleName(self.tr("Add your Gemini API key"))
        add.clicked.connect(on_add_key)
        demo = QPushButton(self.tr("Try the demo"))
        demo.setObjectName("welcomeDemo")
        demo.setAccessibleName(self.tr("Try the demo"))
        demo.clicked.connect(on_demo)
        row.addWidget(add)
        row.addWidget(demo)
        layout.addLayout(row)


class NoProjectPage(QWidget):
    """Shown after Close Project (or a failed open): the ways back in, recent projects first."""

    def __init__(
        self, on_new: Callable[[], None], on_open: Callable[[], None], on_recent: Callable[[Path], None]
    ) -> None:
        super().__init__()
        self.setObjectName("noProjectPage")
        self._on_recent = on_recent
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            self.tr("<h2>No project open</h2><p>Create a project for a new character, or open one.</p>")
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        for name, text, slot in (
            ("noProjectNew", self.tr("New project…"), on_new),
            ("noProjectOpen", self.tr("Open project…"), on_open),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.recent_title = QLabel(self.tr("Recent projects"))
        self.recent_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.recent_title)
        self.recent = QListWidget()
        self.recent.setObjectName("noProjectRecent")
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.setMaximumWidth(560)
        self.recent.setMaximumHeight(220)
        self.recent.itemActivated.connect(self._activated)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.recent, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.set_recent([])

    def set_recent(self, folders: Sequence[Path]) -> None:
        """List the recent projects (activate one to open it); the list hides when there are none."""
        self.recent.clear()
        for folder in folders:
            item = QListWidgetItem(f"{folder.name}  —  {folder.parent}")
            item.setData(PATH_ROLE, str(folder))
            item.setToolTip(str(folder))
            self.recent.addItem(item)
        self.recent.setVisible(bool(folders))
        self.recent_title.setVisible(bool(folders))

    def _activated(self, item: QListWidgetItem) -> None:
        self._on_recent(Path(str(item.data(PATH_ROLE))))
