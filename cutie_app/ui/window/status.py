"""The status bar's permanent labels (model, key, spend) and the key and Preferences dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QStatusBar

from cutie_app.core.system.settings import Settings, load_settings
from cutie_app.ui.window.banners import Cause

if TYPE_CHECKING:
    from cutie_app.ui.mainwindow import MainWindow


def key_source() -> str | None:
    """Worker (the keyring can be slow): "keyring", the environment variable holding the key, or
    None when there is no key. Only where the key came from leaves this function, never the key."""
    from cutie_app.core.system.secrets import KeySource, load_api_key

    found = load_api_key()
    if found is None:
        return None
    return "keyring" if found.source is KeySource.KEYRING else found.env_var


class StatusLabels(QObject):
    """Model, key and spend, always visible at the right of the status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.model_label = QLabel()
        self.key_label = QLabel()
        self.spend_label = QLabel()
        for label, name in (
            (self.model_label, "statusModel"),
            (self.key_label, "statusKey"),
            (self.spend_label, "statusSpend"),
        ):
            label.setObjectName(name)
            bar.addPermanentWidget(label)
        self.project_spend = 0.0
        self.session_spend = 0.0

    def show_key(self, *, demo: bool, has_key: bool, source: str = "keyring") -> None:
        """`source`: "keyring", or the environment variable the key came from."""
        if demo:
            self.key_label.setText(self.tr("Demo server — no key needed"))
        elif not has_key:
            self.key_label.setText(self.tr("No API key"))
        elif source == "keyring":
            self.key_label.setText(self.tr("Key: in keyring"))
        else:  # the environment variable it came from
            self.key_label.setText(self.tr("Key: from the environment (%s)") % source)
        self.key_label.setToolTip(
            self.tr("Where Cutie found your Gemini API key") if has_key and not demo else ""
        )

    def add_spend(self, cost_usd: float, *, demo: bool = False) -> None:
        """A call billed outside a generation batch (a conversation's turn, Adjust's Repeat with
        the model): count it and show it."""
        self.session_spend += cost_usd
        self.project_spend += cost_usd
        self.show_spend(demo=demo)

    def show_spend(self, *, demo: bool = False) -> None:
        text = self.tr("Project spend: $%.2f") % self.project_spend
        if self.session_spend:
            text += " " + self.tr("(this session $%.2f)") % self.session_spend
        if demo:  # the demo server prices its pictures like the real service, but bills nothing
            text += " — " + self.tr("demo, not billed")
        self.spend_label.setText(text)


class KeyController(QObject):
    """Where the key comes from, the key dialog and Preferences."""

    def __init__(self, win: MainWindow, has_key: bool) -> None:
        super().__init__(win)
        self.win = win
        self.has_key = has_key
        self.source = "keyring"

    def show_key_state(self, has_key: bool, source: str | None = None) -> None:
        self.has_key = has_key
        if source is not None:
            self.source = source
        self.win.status.show_key(demo=self.win.demo, has_key=has_key, source=self.source)
        if has_key or self.win.demo:
            self.win.banners.resolved(Cause.NO_KEY)

    def add_key(self) -> None:
        from cutie_app.ui.dialogs.key_dialog import KeyDialog

        if KeyDialog(self.win).exec() == QDialog.DialogCode.Accepted:
            self.win.welcome.hide()
            self.show_key_state(True, "keyring")

    def show_preferences(self) -> None:
        from cutie_app.ui.dialogs.preferences import PreferencesDialog

        win = self.win
        dialog = PreferencesDialog(load_settings(), win.catalog, key_tester=win.key_tester, parent=win)
        dialog.settings_saved.connect(self._preferences_saved)
        dialog.key_changed.connect(self._key_changed)
        dialog.exec()
        dialog.deleteLater()

    def _preferences_saved(self, settings: Settings) -> None:
        cap = settings.budget_cap_usd
        self.win.generate_panel.budget.setValue(cap or 0.0)
        self.win.preferences_saved.emit(settings)

    def _key_changed(self, present: bool) -> None:
        self.show_key_state(present, "keyring")
        self.win.welcome.setVisible(not present and not self.win.demo)
