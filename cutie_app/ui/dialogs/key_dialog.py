"""Enter the Gemini API key: it goes to the system keyring and nowhere else.

Saving runs in a worker (a keyring can block while it unlocks). When no keyring exists the
dialog stays open with the whole explanation, including the GEMINI_API_KEY workaround: the
error wraps and the dialog grows to fit it, since a dialog sized before the error appeared
would squeeze a wrapped label to one clipped line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cutie_app.ui.i18n import show_text
from cutie_app.ui.workers import Jobs

#: Wide enough that the keyring advice reads as two or three lines, not a word per line.
TEXT_WIDTH = 400


def _save_key(value: str) -> None:
    """Worker: store the key (keyring only on demand, it costs an import)."""
    from cutie_app.core.system.secrets import save_api_key

    save_api_key(value)


class KeyDialog(QDialog):
    """Paste the key; Save puts it in the keyring, or explains why it could not and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyDialog")
        self.setWindowTitle(self.tr("Gemini API key"))
        self._jobs = Jobs(workers=1, name="cutie-key")
        self._jobs.finished.connect(self._saved)
        self._jobs.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        # The dialog's minimum follows the wrapped labels' height for the width they get.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(
            self.tr(
                "Paste your key from Google AI Studio. Cutie stores it in your system keyring "
                "(never in a file) and sends it only to Google."
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(TEXT_WIDTH)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setObjectName("apiKeyField")
        self.key.setAccessibleName(self.tr("API key"))
        form.addRow(self.tr("API key"), self.key)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setMinimumWidth(TEXT_WIDTH)
        self.error.setObjectName("apiKeyError")
        self.error.setAccessibleName(self.tr("Why the key was not saved"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("apiKeyButtons")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def busy(self) -> bool:
        """True while the keyring is being written."""
        return self._jobs.busy()

    def _save(self) -> None:
        if self.busy():
            return
        self.buttons.setEnabled(False)
        self._jobs.submit("save", _save_key, self.key.text())

    def _saved(self, _tag: object, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.key.clear()
        self.accept()

    def _failed(self, _tag: object, error: object) -> None:
        from cutie_app.core.system.secrets import KeyringUnavailableError

        self.buttons.setEnabled(True)
        if isinstance(error, (KeyringUnavailableError, ValueError)):
            text = show_text(error)  # core's own explanation, with what to do instead
        else:
            text = self.tr("The keyring refused the key ({error}).").format(error=type(error).__name__)
        self.error.setText(text)
        self.error.show()
        self.adjustSize()

    def done(self, result: int) -> None:
        self.key.clear()  # an unsaved key does not linger in a hidden widget
        super().done(result)
        self._jobs.shutdown()
