"""The look: Fusion on every OS, with a light or dark palette on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


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
    app.setStyleSheet(
        "QLabel#paneTitle { font-size: 15px; font-weight: 600; }"
        " QLabel#sectionTitle { font-weight: 600; }"
        " QPushButton#generateButton { padding: 6px 18px; font-weight: 600; }"
    )
