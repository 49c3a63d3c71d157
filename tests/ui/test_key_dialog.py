"""The key dialog: the key goes to the keyring only; without a keyring the whole advice is readable."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cutie_app.ui.dialogs.key_dialog import KeyDialog

SECRET = "AIza-test-key-that-must-not-leak-0123456789"


def open_dialog(qtbot) -> KeyDialog:
    dialog = KeyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: KeyDialog) -> None:
    dialog.key.setFocus()
    qtbot.keyClicks(dialog.key, SECRET)
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=5000)
    QApplication.processEvents()


def test_the_key_goes_to_the_keyring_and_never_to_disk(qtbot, memory_keyring, isolated_user_dirs):
    dialog = open_dialog(qtbot)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert memory_keyring.store[("cutie", "gemini-api-key")] == SECRET
    assert dialog.key.text() == "" and dialog.result() == QDialog.DialogCode.Accepted
    for path in Path(isolated_user_dirs).rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_without_a_keyring_the_whole_error_and_the_workaround_show(qtbot, isolated_user_dirs):
    keyring.set_keyring(fail.Keyring())
    dialog = open_dialog(qtbot)
    before = dialog.size()
    save(qtbot, dialog)
    label = dialog.error
    assert dialog.isVisible() and label.isVisible()
    assert "No system keyring is available" in label.text() and "GEMINI_API_KEY" in label.text()
    assert label.wordWrap()
    # Tall enough for its wrapped text at the width it has (nothing cut off at the bottom) ...
    assert label.height() >= label.heightForWidth(label.width()), (label.size(), label.sizeHint())
    # ... wide enough to read as sentences, not a word per line ...
    assert label.width() >= 360
    # ... and inside the dialog.
    assert dialog.rect().contains(label.geometry())
    assert dialog.height() >= before.height()
    assert dialog.key.text() == SECRET  # what was typed is kept, to copy into the environment
