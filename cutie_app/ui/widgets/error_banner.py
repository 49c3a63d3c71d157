"""An inline banner for problems and notices: readable text, copyable details, never a dialog."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from cutie_app.core.model.errors import UserMessage
from cutie_app.ui.i18n import show_text, show_title

_STYLES = {
    "error": "QFrame#banner { background: #fdecea; border: 1px solid #e6a19a; border-radius: 6px; }"
    " QLabel { color: #5f2120; }",
    "notice": "QFrame#banner { background: #fff4e5; border: 1px solid #f0c27a; border-radius: 6px; }"
    " QLabel { color: #663c00; }",
    "info": "QFrame#banner { background: #e8f4fd; border: 1px solid #9cc9ee; border-radius: 6px; }"
    " QLabel { color: #0d3c61; }",
}


class ErrorBanner(QFrame):
    """Hidden until `show_message`; the close button hides it again."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("bannerText")
        layout.addWidget(self.label, 1)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("bannerCopy")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._copy)
        layout.addWidget(self.copy_button)
        close = QToolButton()
        close.setText("✕")
        close.setObjectName("bannerClose")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._details = ""
        self.hide()

    def show_message(self, message: UserMessage | str, level: str = "error") -> None:
        """Show a core message in the window's language (plain `str`s are shown as they are, markup
        included); the copied details stay in English, for a bug report."""
        if isinstance(message, UserMessage):
            import html  # with the first message, not with the window

            text = self.tr("<b>{title}</b> {detail}").format(
                title=html.escape(show_title(message), quote=False),
                detail=html.escape(show_text(message.detail), quote=False),
            )
            if message.action:
                text += "<br>" + html.escape(show_text(message.action), quote=False)
            self._details = "\n".join(p for p in (str(message), message.technical) if p)
        else:
            text, self._details = show_text(message), str(message)
        self.label.setText(text)
        self.setStyleSheet(_STYLES.get(level, _STYLES["error"]))
        self.copy_button.setVisible(bool(self._details))
        self.show()

    def details(self) -> str:
        return self._details

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
