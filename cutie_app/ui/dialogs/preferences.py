"""Preferences: the API key (system keyring only) and Cutie's non-secret settings.

Bounds and choices come from the settings descriptors (`SETTINGS_SPECS`), so the dialog cannot
offer a value the loader would refuse. Everything that may block runs in a worker: the keyring
(it can wait for an unlock prompt), the key test (network) and the settings write (it fsyncs, which
can take long on a busy disk). The key's value never reaches this dialog from the keyring: workers
hand back only a masked hint, and a typed key goes to the keyring and nowhere else.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.catalog import ModelCatalog, ModelStatus
from cutie_app.core.model.errors import CutieError, missing_key_message
from cutie_app.core.system.secrets import (
    KeyringUnavailableError,
    KeySource,
    delete_api_key,
    load_api_key,
    save_api_key,
)
from cutie_app.core.system.settings import (
    SETTINGS_SPECS,
    Settings,
    load_settings,
    save_settings,
    validate_value,
)
from cutie_app.ui.i18n import LANGUAGE_NAMES, show_text
from cutie_app.ui.workers import Jobs

KeyTester = Callable[[str, str | None], Sequence[str]]

_SPECS = {spec.name: spec for spec in SETTINGS_SPECS}
#: Settings this dialog edits; the rest (recent projects) are kept as they are on disk.
EDITED = (
    "default_model",
    "endpoint",
    "concurrency",
    "timeout_s",
    "theme",
    "language",
    "budget_cap_usd",
    "remove_reference_metadata",
)
#: Characters of a stored key shown in the hint; shorter keys show none.
HINT_CHARS = 4
WIDTH = 580
_MASK = "••••"


@dataclasses.dataclass(frozen=True)
class KeyHint:
    """What the dialog may know about the available key: where it is and its last characters."""

    source: KeySource
    tail: str = ""
    env_var: str = ""


def stored_key_hint() -> KeyHint:
    """The available key as a masked hint (worker thread: the keyring can block)."""
    key = load_api_key()
    if key is None:
        return KeyHint(KeySource.NONE)
    tail = key.value[-HINT_CHARS:] if len(key.value) >= 3 * HINT_CHARS else ""
    return KeyHint(key.source, tail, key.env_var)


def _save_key(value: str) -> KeyHint:
    save_api_key(value)
    return stored_key_hint()


def _remove_key() -> KeyHint:
    delete_api_key()
    return stored_key_hint()


def _run_key_test(tester: KeyTester, typed: str, endpoint: str | None) -> list[str]:
    """The typed key if any, else the stored one, checked by `tester` (worker thread)."""
    key = typed
    if not key:
        stored = load_api_key()
        key = stored.value if stored is not None else ""
    if not key:
        raise CutieError(missing_key_message())
    return list(tester(key, endpoint))


def _save(values: dict[str, Any]) -> Settings:
    """Apply the edited values to the settings as they are on disk now, and write them."""
    settings = dataclasses.replace(load_settings(), **values)
    save_settings(settings)
    return settings


class PreferencesDialog(QDialog):
    """API key, model, limits, appearance and the endpoint override.

    Signals:
        settings_saved(Settings): the new settings, after OK wrote them to disk.
        key_changed(bool): a key was saved or removed; True when a key is now available
            (a removed keyring entry can leave a GEMINI_API_KEY from the environment).
    """

    settings_saved = Signal(Settings)
    key_changed = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        catalog: ModelCatalog,
        *,
        key_tester: KeyTester | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._settings = settings
        self._catalog = catalog
        if key_tester is None:
            from cutie_app.core.services.keycheck import test_api_key

            key_tester = functools.partial(test_api_key, catalog=catalog)
        self._key_tester = key_tester
        self._errors: dict[str, QLabel] = {}
        self._forms: list[QFormLayout] = []
        self._closing = False
        self._jobs = Jobs(workers=2, name="cutie-prefs")
        self._jobs.finished.connect(self._job_finished)
        self._jobs.failed.connect(self._job_failed)

        # The sections scroll rather than squeeze when the screen is short (a laptop, a 768 px panel).
        content = QWidget()
        content.setObjectName("preferencesContent")
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 4, 0)
        sections.setSpacing(12)
        sections.addWidget(self._build_key_group())
        sections.addWidget(self._build_generation_group())
        sections.addWidget(self._build_appearance_group())
        sections.addWidget(self._build_advanced_group())
        sections.addStretch(1)
        self._align_labels()
        self._scroll = QScrollArea()
        self._scroll.setObjectName("preferencesScroll")
        self._scroll.setAccessibleName(self.tr("Preferences"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        self.save_error = self._error_label("saveError")
        layout.addWidget(self.save_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("preferencesButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("preferencesOk")
        ok.setAccessibleName(self.tr("Save preferences"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("preferencesCancel")
        cancel.setAccessibleName(self.tr("Close without saving"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(WIDTH)
        self._fit_height(content)

        self._load_fields(settings)
        self._set_key_busy(True)
        self.key_state.setText(self.tr("Checking the system keyring…"))
        self._jobs.submit("load-key", stored_key_hint)

    # -- construction -----------------------------------------------------------------------------

    def _build_key_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Gemini API key"))
        group.setObjectName("keyGroup")
        box = QVBoxLayout(group)
        note = QLabel(
            self.tr(
                "Cutie keeps your key only in the system keyring, never in a file, and sends it "
                "only to the Gemini endpoint. Get a key from Google AI Studio."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("keyNote")
        box.addWidget(note)
        self.key_state = QLabel()
        self.key_state.setObjectName("keyState")
        self.key_state.setAccessibleName(self.tr("Saved key"))
        box.addWidget(self.key_state)

        row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyField")
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste a new key here"))
        row.addWidget(self.key_edit, 1)
        self.show_key = QToolButton()
        self.show_key.setObjectName("showApiKey")
        self.show_key.setAccessibleName(self.tr("Show the key"))
        self.show_key.setCheckable(True)
        self.show_key.setText(self.tr("Show"))
        self.show_key.toggled.connect(self._toggle_key_visible)
        row.addWidget(self.show_key)
        box.addLayout(row)

        buttons = QHBoxLayout()
        self.save_key_button = self._button(self.tr("Save key"), "saveApiKey", self.tr("Save key to keyring"))
        self.remove_key_button = self._button(
            self.tr("Remove key"), "removeApiKey", self.tr("Remove key from keyring")
        )
        self.test_key_button = self._button(self.tr("Test key"), "testApiKey", self.tr("Test the key"))
        self.save_key_button.clicked.connect(self._save_key)
        self.remove_key_button.clicked.connect(self._remove_key)
        self.test_key_button.clicked.connect(self._test_key)
        for button in (self.save_key_button, self.remove_key_button, self.test_key_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.key_result = QLabel()
        self.key_result.setObjectName("keyResult")
        self.key_result.setAccessibleName(self.tr("Key status"))
        self.key_result.setWordWrap(True)
        self.key_result.hide()
        box.addWidget(self.key_result)
        return group

    def _build_generation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Generation"))
        group.setObjectName("generationGroup")
        form = self._form(group)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("defaultModel")
        self.model_combo.setAccessibleName(self.tr("Default model"))
        self.model_combo.setToolTip(self.tr("Used for new generations unless a project chooses another."))
        suffix = {
            ModelStatus.DEPRECATED: self.tr(" — deprecated"),
            ModelStatus.RESTRICTED: self.tr(" — restricted"),
            ModelStatus.UNVERIFIED: self.tr(" — unverified"),
        }
        for info in self._catalog.selectable():
            self.model_combo.addItem(info.display_name + suffix.get(info.status, ""), info.id)
        form.addRow(self.tr("Default model"), self._with_error("default_model", self.model_combo))

        self.concurrency_spin = self._spin("concurrency", "concurrency", self.tr("Parallel requests"))
        self.concurrency_spin.setToolTip(self.tr("How many images are generated at the same time."))
        form.addRow(self.tr("Parallel requests"), self._with_error("concurrency", self.concurrency_spin))
        self.timeout_spin = self._spin("timeout_s", "requestTimeout", self.tr("Request timeout in seconds"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setSingleStep(30)
        self.timeout_spin.setToolTip(
            self.tr("How long to wait for one image before giving up. 4K images can take minutes.")
        )
        form.addRow(self.tr("Request timeout"), self._with_error("timeout_s", self.timeout_spin))

        self.budget_edit = QLineEdit()
        self.budget_edit.setObjectName("budgetCapAmount")
        self.budget_edit.setAccessibleName(self.tr("Budget cap in US dollars per batch"))
        self.budget_edit.setPlaceholderText(self.tr("No cap"))
        self.budget_edit.setToolTip(
            self.tr("Cutie asks before starting a batch estimated to cost more than this. Empty: never asks.")
        )
        self.budget_edit.setMaximumWidth(self.budget_edit.fontMetrics().horizontalAdvance("0") * 14)
        budget = QWidget()
        budget.setObjectName("budgetCap")
        row = QHBoxLayout(budget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.budget_edit)
        row.addWidget(QLabel(self.tr("US$ per batch")))
        row.addStretch(1)
        form.addRow(self.tr("Budget cap"), self._with_error("budget_cap_usd", budget))

        self.privacy_check = QCheckBox(self.tr("Remove location and camera data from references"))
        self.privacy_check.setObjectName("removeReferenceMetadata")
        self.privacy_check.setAccessibleName(self.tr("Remove location and camera data from references"))
        self.privacy_check.setToolTip(
            self.tr(
                "Where a photo was taken and with which camera (EXIF, XMP, IPTC) is taken out of "
                "reference images before they are sent to Google."
            )
        )
        form.addRow(self.tr("Privacy"), self._with_error("remove_reference_metadata", self.privacy_check))
        return group

    def _build_appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"))
        group.setObjectName("appearanceGroup")
        form = self._form(group)
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        names = {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for value in _SPECS["theme"].choices or ():
            self.theme_combo.addItem(names.get(value, value), value)
        form.addRow(self.tr("Theme"), self._with_error("theme", self.theme_combo))

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("System"), "")
        for code, name in LANGUAGE_NAMES.items():  # each in its own language, so anyone finds theirs
            self.language_combo.addItem(name, code)
        note = self._note("languageNote", self.tr("A new language is used the next time Cutie starts."))
        form.addRow(self.tr("Language"), self._with_error("language", self.language_combo, note))
        return group

    def _build_advanced_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Advanced"))
        group.setObjectName("advancedGroup")
        form = self._form(group)
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setObjectName("endpoint")
        self.endpoint_edit.setAccessibleName(self.tr("Endpoint override"))
        self.endpoint_edit.setPlaceholderText(self.tr("Google's default"))
        note = self._note(
            "endpointNote",
            self.tr(
                "Only for a proxy or gateway in front of the Gemini API, such as "
                "https://gemini.example.com/. Leave empty to talk to Google directly."
            ),
        )
        form.addRow(self.tr("Endpoint"), self._with_error("endpoint", self.endpoint_edit, note))
        return group

    def _align_labels(self) -> None:
        """One label column width for every section, so the fields line up down the dialog."""
        labels = [
            label
            for form in self._forms
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and (label := item.widget()) is not None
        ]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def _fit_height(self, content: QWidget) -> None:
        """Tall enough for every section without scrolling, if the screen allows."""
        own = self.layout()
        assert own is not None  # set in __init__
        margins = own.contentsMargins()
        inner = WIDTH - margins.left() - margins.right()
        content_layout = content.layout()
        needed = -1
        if content_layout is not None and content.hasHeightForWidth():
            needed = content_layout.totalHeightForWidth(inner)
        needed = max(needed, content.sizeHint().height())
        chrome = self.buttons.sizeHint().height() + margins.top() + margins.bottom() + own.spacing()
        screen = self.screen().availableGeometry().height() if self.screen() else 0
        height = needed + chrome
        self.resize(WIDTH, min(height, int(screen * 0.9)) if screen else height)

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        self._forms.append(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return form

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _spin(self, setting: str, name: str, accessible: str) -> QSpinBox:
        spec = _SPECS[setting]
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(int(spec.minimum or 0), int(spec.maximum or 1_000_000))
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0") * 14)
        return spin

    def _error_color(self) -> str:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return "#ff8a80" if dark else "#b3261e"

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {self._error_color()};")
        label.hide()
        return label

    def _note(self, name: str, text: str) -> QLabel:
        note = QLabel(text)
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn as secondary text
        return note

    def _with_error(self, setting: str, field: QWidget, note: QLabel | None = None) -> QWidget:
        """The field with its (hidden) inline error label underneath, then an optional note."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = self._error_label(f"{field.objectName()}Error")
        column.addWidget(error)
        if note is not None:
            column.addWidget(note)
        self._errors[setting] = error
        return box

    def _load_fields(self, settings: Settings) -> None:
        index = self.model_combo.findData(settings.default_model)
        if index < 0:  # e.g. a model that was shut down: show it rather than silently switch
            self.model_combo.insertItem(0, settings.default_model, settings.default_model)
            index = 0
        self.model_combo.setCurrentIndex(index)
        self.concurrency_spin.setValue(settings.concurrency)
        self.timeout_spin.setValue(settings.timeout_s)
        self.budget_edit.setText(f"{settings.budget_cap_usd:g}" if settings.budget_cap_usd > 0 else "")
        self.privacy_check.setChecked(settings.remove_reference_metadata)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        index = self.language_combo.findData(settings.language)
        if index < 0:  # a language set by hand in the file: keep it selectable
            self.language_combo.addItem(settings.language, settings.language)
            index = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(index)
        self.endpoint_edit.setText(settings.endpoint)

    # -- the key ----------------------------------------------------------------------------------

    def _toggle_key_visible(self, visible: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.show_key.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.show_key.setAccessibleName(self.tr("Hide the key") if visible else self.tr("Show the key"))

    def _set_key_busy(self, busy: bool) -> None:
        for button in (self.save_key_button, self.remove_key_button):
            button.setEnabled(not busy)

    def _show_key_result(self, text: str, error: bool = False) -> None:
        self.key_result.setStyleSheet(f"color: {self._error_color()};" if error else "")
        self.key_result.setText(text)
        self.key_result.show()

    def _show_hint(self, hint: KeyHint) -> None:
        masked = _MASK + hint.tail
        if hint.source is KeySource.KEYRING:
            text = self.tr("A key is saved: {key}").format(key=masked)
        elif hint.source is KeySource.ENVIRONMENT:
            text = self.tr("No key is saved; using {variable} from the environment: {key}").format(
                variable=hint.env_var, key=masked
            )
        else:
            text = self.tr("No key is saved.")
        self.key_state.setText(text)
        self.remove_key_button.setEnabled(hint.source is KeySource.KEYRING)

    def _save_key(self) -> None:
        typed = self.key_edit.text().strip()
        if not typed:
            self._show_key_result(self.tr("Paste a key into the field first."), error=True)
            return
        self._set_key_busy(True)
        self._jobs.submit("save-key", _save_key, typed)

    def _remove_key(self) -> None:
        self._set_key_busy(True)
        self._jobs.submit("remove-key", _remove_key)

    def _test_key(self) -> None:
        endpoint = self._checked_endpoint()
        if endpoint is None:
            return
        self.test_key_button.setEnabled(False)
        self._show_key_result(self.tr("Testing…"))
        self._jobs.submit("test-key", _run_key_test, self._key_tester, self.key_edit.text().strip(), endpoint)

    def _key_tested(self, model_ids: Sequence[str]) -> None:
        if not model_ids:
            self._show_key_result(self.tr("The key was accepted, but it offers no image models."), error=True)
            return
        names = []
        for model_id in model_ids:
            info = self._catalog.find(model_id)
            names.append(info.display_name if info is not None else model_id)
        text = self.tr("Key works — %n image model(s) available: {models}", "", len(names))
        self._show_key_result(text.format(models=", ".join(names)))

    def _checked_endpoint(self) -> str | None:
        """The endpoint field for a key test: '' for the default, None (and an error) if invalid."""
        try:
            value = validate_value("endpoint", self.endpoint_edit.text())
        except ValueError:
            self._show_error("endpoint", self._endpoint_problem())
            return None
        self._show_error("endpoint", "")
        return value

    def _endpoint_problem(self) -> str:
        return self.tr(
            "Enter an http:// or https:// address without a user name, password, query or fragment, "
            "or leave it empty."
        )

    # -- settings ---------------------------------------------------------------------------------

    def _show_error(self, setting: str, text: str) -> None:
        label = self._errors[setting]
        label.setText(text)
        label.setVisible(bool(text))

    def values(self) -> dict[str, Any] | None:
        """The edited settings, validated; None after showing every problem next to its field."""
        raw: dict[str, Any] = {
            "default_model": str(self.model_combo.currentData() or ""),
            "endpoint": self.endpoint_edit.text(),
            "concurrency": self.concurrency_spin.value(),
            "timeout_s": self.timeout_spin.value(),
            "theme": str(self.theme_combo.currentData()),
            "language": str(self.language_combo.currentData() or ""),
            "remove_reference_metadata": self.privacy_check.isChecked(),
        }
        problems: dict[str, str] = {}
        budget = self._budget()
        if budget is None:
            problems["budget_cap_usd"] = self.tr(
                "Enter an amount in US dollars, such as 5 or 2.50, or leave it empty."
            )
        else:
            raw["budget_cap_usd"] = budget
        values: dict[str, Any] = {}
        for name, value in raw.items():
            try:
                values[name] = validate_value(name, value)
            except ValueError:
                problems[name] = self._problem(name)
        for name in EDITED:
            self._show_error(name, problems.get(name, ""))
        return None if problems else values

    def _budget(self) -> float | None:
        text = self.budget_edit.text().strip().removeprefix("$").replace(",", ".").strip()
        if not text:
            return 0.0
        try:
            return float(text)
        except ValueError:
            return None

    def _problem(self, name: str) -> str:
        spec = _SPECS[name]
        if name == "endpoint":
            return self._endpoint_problem()
        if name == "budget_cap_usd":
            return self.tr("Enter an amount of 0 or more, or leave it empty.")
        if spec.minimum is not None and spec.maximum is not None:
            return self.tr("Enter a number from {low:g} to {high:g}.").format(
                low=spec.minimum, high=spec.maximum
            )
        return self.tr("This value is not valid.")

    def _ok(self) -> None:
        values = self.values()
        if values is None:
            return
        self.save_error.hide()
        self.buttons.setEnabled(False)
        self._jobs.submit("save-settings", _save, values)

    # -- worker results ---------------------------------------------------------------------------

    def _job_finished(self, tag: object, result: object) -> None:
        if tag == "load-key":
            assert isinstance(result, KeyHint)
            self._set_key_busy(False)
            self._show_hint(result)
        elif tag in ("save-key", "remove-key"):
            assert isinstance(result, KeyHint)
            self._set_key_busy(False)
            self._show_hint(result)
            if tag == "save-key":
                self.key_edit.clear()
                self._show_key_result(self.tr("Saved in the system keyring."))
            else:
                self._show_key_result(self.tr("The key was removed from the system keyring."))
            self.key_changed.emit(result.source is not KeySource.NONE)
        elif tag == "test-key":
            self.test_key_button.setEnabled(True)
            self._key_tested(result)  # type: ignore[arg-type]
        elif tag == "save-settings":
            self.buttons.setEnabled(True)
            self._settings = result  # type: ignore[assignment]
            self.settings_saved.emit(result)
            self.accept()
        self._retire_jobs_if_closing()

    def _job_failed(self, tag: object, error: object) -> None:
        if tag == "load-key":
            self._set_key_busy(False)
            self.key_state.setText(self.tr("The system keyring could not be read."))
        elif tag in ("save-key", "remove-key"):
            self._set_key_busy(False)
            if isinstance(error, KeyringUnavailableError):
                text = show_text(error)  # core's own explanation of what to do instead
            else:
                text = self.tr("The keyring refused the change ({error}).").format(error=type(error).__name__)
            self._show_key_result(text, error=True)
        elif tag == "test-key":
            self.test_key_button.setEnabled(True)
            if isinstance(error, CutieError):
                text = show_text(error)
            else:
                text = self.tr("The key could not be tested because of an error in Cutie ({error}).").format(
                    error=type(error).__name__
                )
            self._show_key_result(text, error=True)
        elif tag == "save-settings":
            self.buttons.setEnabled(True)
            self.save_error.setText(
                self.tr("The settings could not be saved: {error}").format(error=show_text(error))
            )
            self.save_error.show()
        self._retire_jobs_if_closing()

    # -- lifetime ---------------------------------------------------------------------------------

    def settings(self) -> Settings:
        """The settings the dialog opened with, or the ones OK saved."""
        return self._settings

    def done(self, result: int) -> None:
        """Close; the workers stop once what they are doing ends (a key test is never cut off).

        A dialog is used once: create a new one to show the preferences again.
        """
        self._closing = True
        self.key_edit.clear()  # an unsaved key does not linger in a hidden widget
        super().done(result)
        self._retire_jobs_if_closing()

    def _retire_jobs_if_closing(self) -> None:
        if self._closing and not self._jobs.busy():
            self._jobs.shutdown()

    def busy(self) -> bool:
        """True while a keyring, key-test or save job is running."""
        return self._jobs.busy()
