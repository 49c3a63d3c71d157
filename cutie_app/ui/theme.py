"""The look: Fusion on every OS, with a light or dark palette on request.

There is no application-wide style sheet: with one, Qt styles every widget through its style
sheet engine, which made building the main window take about three times as long. The few
widgets that look different (titles, the Generate button) get their font or their own small
style sheet where they are made, through the helpers below.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

#: A pane's title ("Character"): 15 px, semi-bold.
PANE_TITLE_PX = 15
#: The Generate button: the window's main action, a little larger and semi-bold.
PRIMARY_BUTTON_STYLE = "padding: 6px 18px; font-weight: 600;"


def pane_title(label: QLabel) -> QLabel:
    """Make `label` a pane's title (object name `paneTitle`)."""
    label.setObjectName("paneTitle")
    font = label.font()
    font.setPixelSize(PANE_TITLE_PX)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def section_title(label: QLabel) -> QLabel:
    """Make `label` a section's title inside a pane (object name `sectionTitle`): semi-bold."""
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def primary_button(button: QPushButton) -> QPushButton:
    """Make `button` the window's main action (object name `generateButton`)."""
    button.setObjectName("generateButton")
    button.setStyleSheet(PRIMARY_BUTTON_STYLE)
    return button


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion everywhere (same look on every OS); dark and light palettes on request."""
    app.setStyle("Fusion")
    if theme == "system":
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        theme = "dark" if dark else "light"
    if theme == "dark":
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2e"),
            (QPalette.ColorRole.WindowText, "#e8e8ea"),
            (QPalette.ColorRole.Base, "#1f1f22"),
            (QPalette.ColorRole.AlternateBase, "#2f2f33"),
            (QPalette.ColorRole.Text, "#e8e8ea"),
            (QPalette.ColorRole.Button, "#36363a"),
            (QPalette.ColorRole.ButtonText, "#e8e8ea"),
            (QPalette.ColorRole.Highlight, "#e07b00"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.ToolTipBase, "#2b2b2e"),
            (QPalette.ColorRole.ToolTipText, "#e8e8ea"),
            (QPalette.ColorRole.PlaceholderText, "#8a8a90"),
            (QPalette.ColorRole.Mid, "#555559"),
        ):
            palette.setColor(role, QColor(color))
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77777c"))
        app.setPalette(palette)
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
