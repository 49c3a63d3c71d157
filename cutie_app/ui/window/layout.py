"""The workspace's three columns and where the window goes on screen, kept between sessions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

from cutie_app.ui.theme import pane_title

#: The narrowest each column may get (character, references + prompt, generate + results), so
#: no column is crushed to a word per line, whatever the window size or the text inside. The
#: character column needs 300 px for a palette colour's name beside its swatch and hex code.
COLUMN_MIN = (300, 260, 400)
#: The largest size of a first start; smaller screens get most of their available area.
DEFAULT_SIZE = QSize(1600, 1000)
SCREEN_MARGIN = 48  # px of the available area left around a first-start window (frame, title bar)


def titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    label = pane_title(QLabel(title))
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
    for column, least in zip((character, middle, right), COLUMN_MIN, strict=True):
        column.setMinimumWidth(max(least, column.minimumSizeHint().width()))
    return Workspace(splitter, middle, right_splitter, right_layout, results)


def never_widens(label: QLabel) -> None:
    """Long text (a budget line, a banner) wraps inside its column instead of widening it."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(0)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Keep the whole window (frame included) on the screen it is on, shrinking it if needed."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = max(window.minimumWidth(), min(window.width(), area.width() - extra.width()))
    height = max(window.minimumHeight(), min(window.height(), area.height() - extra.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.x(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.y()), max(area.y(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def default_size(window: QWidget) -> QSize:
    """The available screen area less a margin (room for the frame), up to 1600 × 1000: on a
    laptop the columns need every pixel, on a big screen the window need not fill it."""
    area = available_area(window)
    width = min(DEFAULT_SIZE.width(), area.width() - SCREEN_MARGIN)
    height = min(DEFAULT_SIZE.height(), area.height() - SCREEN_MARGIN)
    return QSize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))


def _splitters(space: Workspace) -> tuple[tuple[str, QSplitter], ...]:
    return (("splitter", space.splitter), ("middle", space.middle), ("right", space.right_splitter))


def restore_layout(window: QWidget, space: Workspace, settings: QSettings) -> None:
    """Put the window and its columns back where they were; first start: a sensible size."""
    geometry = settings.value("geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(default_size(window))
        area = available_area(window)
        window.move(area.center() - window.rect().center())
    fit_to_screen(window)  # saved on a bigger screen, or a screen no longer there
    restored = False
    for key, splitter in _splitters(space):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            restored |= splitter.restoreState(state)
    if not restored:  # first start: give the character room
        space.splitter.setSizes(first_column_sizes(space.splitter, window.width()))
        # Generate's panel as tall as the tab on show needs (the Series list must not pad One scene).
        panel = space.right_splitter.widget(0)
        generate = panel.minimumSizeHint().height() + 8 if panel is not None else 330
        space.right_splitter.setSizes([generate, max(300, window.height() - generate - 70)])


def first_column_sizes(splitter: QSplitter, width: int) -> list[int]:
    """Each column its minimum, then the room left shared 40 / 25 / 35 (character first).

    Shares of the whole width would squeeze the character column back to its minimum whenever
    the middle column's minimum (the reference slots' buttons) is larger than its share.
    """
    columns = [splitter.widget(i) for i in range(splitter.count())]
    least = [c.minimumWidth() if c is not None else 0 for c in columns]
    free = max(0, width - splitter.handleWidth() * (len(least) - 1) - sum(least))
    shares = (0.40, 0.25, 0.35)
    sizes = [low + int(free * share) for low, share in zip(least, shares, strict=True)]
    return sizes


def save_layout(window: QWidget, space: Workspace, settings: QSettings) -> None:
    settings.setValue("geometry", window.saveGeometry())
    for key, splitter in _splitters(space):
        settings.setValue(key, splitter.saveState())
    settings.sync()
