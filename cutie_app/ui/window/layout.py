"""The workspace's three columns and where the window goes on screen, kept between sessions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget


def titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    label = QLabel(title)
    label.setObjectName("paneTitle")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def wrapped(widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(widget)
    return box


@dataclass
class Workspace:
    """Character | references over prompt | generate over results (banners above them)."""

    splitter: QSplitter
    middle: QSplitter
    right_splitter: QSplitter
    right_layout: QVBoxLayout
    results_tabs: QTabWidget


def build_workspace(
    character: QWidget, references: QWidget, prompt: QWidget, generate: QWidget, results: QTabWidget
) -> Workspace:
    middle = QSplitter(Qt.Orientation.Vertical)
    middle.setObjectName("middleSplitter")
    middle.addWidget(wrapped(references))
    middle.addWidget(wrapped(prompt))
    middle.setStretchFactor(0, 1)
    middle.setStretchFactor(1, 1)
    middle.setChildrenCollapsible(False)

    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(8, 8, 8, 8)
    results.setObjectName("resultsTabs")
    right_splitter = QSplitter(Qt.Orientation.Vertical)
    right_splitter.setObjectName("rightSplitter")
    right_splitter.addWidget(generate)
    right_splitter.addWidget(results)
    right_splitter.setStretchFactor(0, 0)
    right_splitter.setStretchFactor(1, 1)
    right_splitter.setChildrenCollapsible(False)
    right_layout.addWidget(right_splitter, 1)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(character)
    splitter.addWidget(middle)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 3)
    splitter.setStretchFactor(2, 4)
    splitter.setChildrenCollapsible(False)
    return Workspace(splitter, middle, right_splitter, right_layout, results)


def _splitters(space: Workspace) -> tuple[tuple[str, QSplitter], ...]:
    return (("splitter", space.splitter), ("middle", space.middle), ("right", space.right_splitter))


def restore_layout(window: QWidget, space: Workspace, settings: QSettings) -> None:
    """Put the window and its columns back where they were; first start: a sensible size."""
    geometry = settings.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    restored = False
    for key, splitter in _splitters(space):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            restored |= splitter.restoreState(state)
    if not restored:  # first start: give the character room
        width = window.width()
        space.splitter.setSizes([int(width * 0.31), int(width * 0.31), int(width * 0.38)])
        space.right_splitter.setSizes([330, max(300, window.height() - 400)])


def save_layout(window: QWidget, space: Workspace, settings: QSettings) -> None:
    settings.setValue("geometry", window.saveGeometry())
    for key, splitter in _splitters(space):
        settings.setValue(key, splitter.saveState())
    settings.sync()
