"""The Preferences dialog as real widgets: the key in the keyring only, a real key test, settings on disk."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
)

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.services import keycheck
from cutie_app.core.system import paths
from cutie_app.core.system.secrets import SERVICE, USERNAME
from cutie_app.core.system.settings import Settings, load_settings, save_settings
from cutie_app.demo.server import DemoServer
from cutie_app.ui.dialogs.preferences import PreferencesDialog
from cutie_app.ui.theme import apply_theme

GOOD_KEY = "AIzaSy-good-test-key-7f3e9c"
WRONG_KEY = "AIzaSy-wrong-test-key-0000"

MakeDialog = Callable[..., PreferencesDialog]


@pytest.fixture
def catalog(tmp_path: Path) -> ModelCatalog:
    return ModelCatalog.load(tmp_path / "learned.json")


@pytest.fixture
def make_dialog(qtbot, catalog: ModelCatalog) -> Iterator[MakeDialog]:
    """Open dialogs with the real key tester; each waits until the keyring state has loaded."""
    opened: list[PreferencesDialog] = []

    def make(settings: Settings | None = None) -> PreferencesDialog:
        dialog = PreferencesDialog(
            settings or load_settings(),
            catalog,
            key_tester=functools.partial(keycheck.test_api_key, catalog=catalog),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=5000)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        qtbot.waitUntil(lambda d=dialog: not d.busy(), timeout=30_000)
        dialog.done(QDialog.DialogCode.Rejected)
    opened.clear()
    # Collect Qt wrappers left in reference cycles here, on the GUI thread: a collection
    # triggered later inside a worker thread would delete them there and crash.
    gc.collect()


@pytest.fixture
def key_server() -> Iterator[DemoServer]:
    """The demo service, refusing every key but GOOD_KEY the way Google does."""
    with DemoServer(api_keys={GOOD_KEY}) as server:
        yield server


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def visible_texts(dialog: PreferencesDialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel)] + [
        w.text() for w in dialog.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Normal
    ]


# -- the key ------------------------------------------------------------------------------------


def test_a_saved_key_goes_to_the_keyring_and_never_to_disk(
    qtbot, make_dialog, memory_keyring, isolated_user_dirs: Path, tmp_path: Path, caplog
):
    dialog = make_dialog()
    assert dialog.key_state.text() == "No key is saved."
    qtbot.keyClicks(dialog.key_edit, GOOD_KEY)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    with qtbot.waitSignal(dialog.key_changed, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert memory_keyring.store == {(SERVICE, USERNAME): GOOD_KEY}
    assert dialog.key_edit.text() == ""
    assert dialog.key_state.text() == f"A key is saved: ••••{GOOD_KEY[-4:]}"

    # Saving the other settings afterwards must not carry the key along.
    with qtbot.waitSignal(dialog.settings_saved, timeout=5000):
        dialog.buttons.accepted.emit()
    assert paths.settings_file().is_file()
    assert files_containing(isolated_user_dirs, GOOD_KEY.encode()) == []
    assert files_containing(tmp_path, GOOD_KEY.encode()) == []
    assert GOOD_KEY not in caplog.text


def test_a_stored_key_is_shown_only_as_a_masked_hint(qtbot, make_dialog, memory_keyring):
    memory_keyring.store[(SERVICE, USERNAME)] = GOOD_KEY
    dialog = make_dialog()
    assert dialog.key_state.text() == f"A key is saved: ••••{GOOD_KEY[-4:]}"
    assert not any(GOOD_KEY in text for text in visible_texts(dialog))
    assert dialog.remove_key_button.isEnabled()


def test_show_toggles_the_key_between_masked_and_plain(qtbot, make_dialog):
    dialog = make_dialog()
    dialog.show_key.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_key.text() == "Hide"
    dialog.show_key.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password


def test_remove_key_deletes_it_from_the_keyring(qtbot, make_dialog, memory_keyring):
    memory_keyring.store[(SERVICE, USERNAME)] = GOOD_KEY
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.key_changed, timeout=5000) as blocker:
        dialog.remove_key_button.click()
    assert blocker.args == [False]
    assert memory_keyring.store == {}
    assert dialog.key_state.text() == "No key is saved."
    assert not dialog.remove_key_button.isEnabled()


def test_a_missing_keyring_is_explained_inline_and_nothing_is_written(
    qtbot, make_dialog, isolated_user_dirs: Path
):
    keyring.set_keyring(fail.Keyring())  # the backend keyring itself picks when none exists
    dialog = make_dialog()
    dialog.key_edit.setText(GOOD_KEY)
    with qtbot.assertNotEmitted(dialog.key_changed):
        dialog.save_key_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=5000)
    assert dialog.key_result.isVisible()
    assert "No system keyring is available" in dialog.key_result.text()
    assert files_containing(isolated_user_dirs, GOOD_KEY.encode()) == []


def test_saving_an_empty_key_asks_for_one(qtbot, make_dialog, memory_keyring):
    dialog = make_dialog()
    with qtbot.assertNotEmitted(dialog.key_changed):
        dialog.save_key_button.click()
    assert dialog.key_result.text() == "Paste a key into the field first."
    assert not dialog.busy()
    assert memory_keyring.store == {}


# -- testing the key against the (demo) service ------------------------------------------------------


def test_key_test_reports_the_image_models_of_a_working_key(qtbot, make_dialog, key_server: DemoServer):
    dialog = make_dialog()
    dialog.endpoint_edit.setText(key_server.base_url)
    dialog.key_edit.setText(GOOD_KEY)
    dialog.test_key_button.click()
    assert dialog.key_result.text() == "Testing…"
    assert not dialog.test_key_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.key_result.text() != "Testing…", timeout=30_000)
    text = dialog.key_result.text()
    assert text.startswith("Key works — "), text
    assert "Nano Banana Pro" in text
    assert dialog.test_key_button.isEnabled()
    listed = [r for r in key_server.requests if r.method == "GET"]
    assert listed and all(r.headers.get("x-goog-api-key") == GOOD_KEY for r in listed)


def test_key_test_uses_the_stored_key_when_none_is_typed(
    qtbot, make_dialog, key_server: DemoServer, memory_keyring
):
    memory_keyring.store[(SERVICE, USERNAME)] = GOOD_KEY
    dialog = make_dialog()
    dialog.endpoint_edit.setText(key_server.base_url)
    dialog.test_key_button.click()
    qtbot.waitUntil(lambda: dialog.key_result.text().startswith("Key works"), timeout=30_000)


def test_key_test_reports_a_refused_key_in_plain_words(qtbot, make_dialog, key_server: DemoServer):
    dialog = make_dialog()
    dialog.endpoint_edit.setText(key_server.base_url)
    dialog.key_edit.setText(WRONG_KEY)
    dialog.test_key_button.click()
    qtbot.waitUntil(lambda: dialog.key_result.text() != "Testing…", timeout=30_000)
    text = dialog.key_result.text()
    assert text.startswith("The API key was not accepted. Google says this API key is not valid."), text
    assert "HTTP" not in text and "Traceback" not in text


def test_key_test_without_any_key_says_so(qtbot, make_dialog, key_server: DemoServer):
    dialog = make_dialog()
    dialog.endpoint_edit.setText(key_server.base_url)
    dialog.test_key_button.click()
    qtbot.waitUntil(lambda: dialog.key_result.text() != "Testing…", timeout=5000)
    assert dialog.key_result.text().startswith("No Gemini API key.")
    assert key_server.requests == []


def test_key_test_does_not_teach_the_catalogue(qtbot, catalog: ModelCatalog, key_server: DemoServer):
    """A key test against a proxy must not add that server's models to the app's catalogue."""
    before = [m.id for m in catalog.selectable()]
    ids = keycheck.test_api_key(GOOD_KEY, key_server.base_url, catalog)
    assert ids[0] == catalog.default_model
    assert "gemini-4-flash-image-exp" in ids  # listed by the server, unknown to the catalogue
    assert [m.id for m in catalog.selectable()] == before
    assert not (paths.learned_catalog_file()).exists()


# -- settings -----------------------------------------------------------------------------------------


def test_ok_saves_the_changed_settings(qtbot, make_dialog, catalog: ModelCatalog):
    save_settings(Settings(recent_projects=("/projects/Little Orange",)))
    dialog = make_dialog()
    other_model = catalog.selectable()[1].id
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.concurrency_spin.setValue(7)
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(other_model))
    dialog.timeout_spin.setValue(120)
    dialog.budget_edit.setText("$2.50")
    dialog.endpoint_edit.setText("https://proxy.example.com/gemini/")
    assert dialog.privacy_check.isChecked()  # on by default
    qtbot.mouseClick(dialog.privacy_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.settings_saved, timeout=5000) as blocker:
        dialog.buttons.accepted.emit()
    saved = load_settings()
    assert blocker.args == [saved]
    assert dialog.settings() == saved
    assert (saved.theme, saved.concurrency, saved.default_model) == ("dark", 7, other_model)
    assert (saved.timeout_s, saved.budget_cap_usd) == (120, 2.5)
    assert saved.endpoint == "https://proxy.example.com/gemini/"
    assert saved.remove_reference_metadata is False
    assert saved.recent_projects == ("/projects/Little Orange",)  # kept, though not edited here
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_dialog_shows_the_current_settings(qtbot, make_dialog):
    settings = Settings(
        theme="light",
        concurrency=3,
        budget_cap_usd=12.0,
        endpoint="http://localhost:8080/",
        remove_reference_metadata=False,
    )
    dialog = make_dialog(settings)
    assert not dialog.privacy_check.isChecked()
    assert dialog.theme_combo.currentData() == "light"
    assert dialog.concurrency_spin.value() == 3
    assert dialog.budget_edit.text() == "12"
    assert dialog.endpoint_edit.text() == "http://localhost:8080/"
    assert dialog.concurrency_spin.maximum() == 16  # bounds come from the settings descriptors


def test_an_invalid_endpoint_is_shown_inline_and_nothing_is_saved(qtbot, make_dialog):
    dialog = make_dialog()
    dialog.endpoint_edit.setText("ftp://files.example.com")
    dialog.budget_edit.setText("lots")
    with qtbot.assertNotEmitted(dialog.settings_saved, wait=200):
        dialog.buttons.accepted.emit()
    error = dialog.findChild(QLabel, "endpointError")
    assert error.isVisible() and "http:// or https://" in error.text()
    assert dialog.findChild(QLabel, "budgetCapError").isVisible()
    assert not dialog.findChild(QLabel, "requestTimeoutError").isVisible()
    assert dialog.isVisible()
    assert not paths.settings_file().exists()

    dialog.endpoint_edit.setText("https://user:secret@proxy.example.com/")  # credentials: refused
    dialog.budget_edit.setText("")
    with qtbot.assertNotEmitted(dialog.settings_saved, wait=200):
        dialog.buttons.accepted.emit()
    assert error.isVisible()
    assert not dialog.findChild(QLabel, "budgetCapError").isVisible()
    assert not paths.settings_file().exists()


def test_an_invalid_endpoint_is_not_used_for_a_key_test(qtbot, make_dialog):
    dialog = make_dialog()
    dialog.endpoint_edit.setText("not a url")
    dialog.key_edit.setText(GOOD_KEY)
    dialog.test_key_button.click()
    assert not dialog.busy()
    assert dialog.findChild(QLabel, "endpointError").isVisible()


def test_cancel_saves_nothing(qtbot, make_dialog):
    dialog = make_dialog()
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.concurrency_spin.setValue(9)
    with qtbot.assertNotEmitted(dialog.settings_saved, wait=200):
        dialog.buttons.rejected.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not paths.settings_file().exists()
    assert load_settings() == Settings()


def test_every_interactive_widget_is_named_for_tests_and_screen_readers(qtbot, make_dialog):
    dialog = make_dialog()
    widgets = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    widgets += dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox)
    unnamed = [
        w
        for w in widgets
        if not (w.objectName() and w.accessibleName()) and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


# -- screenshots ----------------------------------------------------------------------------------------


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp: QApplication) -> Iterator[str]:
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_screenshot(qtbot, make_dialog, themed: str, tmp_path: Path, memory_keyring):
    memory_keyring.store[(SERVICE, USERNAME)] = GOOD_KEY
    dialog = make_dialog()
    dialog.endpoint_edit.setText("ftp://nope")
    dialog.buttons.accepted.emit()  # shows an inline error too
    image = dialog.grab()
    assert image.width() >= dialog.minimumWidth()
    assert image.save(str(tmp_path / f"preferences-{themed}.png"))
