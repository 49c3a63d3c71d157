"""The main window: the character on the left, references and prompt in the middle, results right."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cutie_app import __version__
from cutie_app.core import paths
from cutie_app.core.catalog import ModelCatalog, ModelInfo
from cutie_app.core.engine import ImageEngine
from cutie_app.core.errors import ErrorKind, UserMessage, missing_key_message
from cutie_app.core.generation import BatchResult, GenerationRequest, Variant
from cutie_app.core.prompt import compose
from cutie_app.core.secrets import KeyringUnavailableError, save_api_key
from cutie_app.ui.engine_bridge import EngineBridge
from cutie_app.ui.gallery import Gallery
from cutie_app.ui.generate_panel import GeneratePanel
from cutie_app.ui.reference_slots import ReferenceSlots
from cutie_app.ui.spec_editor import PromptPreview, SpecEditor
from cutie_app.ui.thumbs import Thumb, to_qimage
from cutie_app.ui.widgets.error_banner import ErrorBanner

log = logging.getLogger("cutie.ui")


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    label = QLabel(title)
    label.setObjectName("paneTitle")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class KeyDialog(QDialog):
    """Enter the Gemini API key; it goes to the system keyring and nowhere else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gemini API key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste your key from Google AI Studio. Cutie stores it in your system keyring "
                "(never in a file) and sends it only to Google."
            )
        )
        intro.setWordWrap(True)
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
        self.error.setObjectName("apiKeyError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        try:
            save_api_key(self.key.text())
        except (KeyringUnavailableError, ValueError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.key.clear()
        self.accept()


class WelcomePanel(QWidget):
    """Shown when there is no key: add one, or try everything against the demo server."""

    def __init__(self, on_add_key: Callable[[], None], on_demo: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("welcomePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        text = QLabel(
            self.tr(
                "<h3>Welcome to Cutie</h3>"
                "<p>Describe your character on the left, drop reference drawings in the middle, "
                "then generate variants and keep the best.</p>"
                "<p>To generate with Google's Gemini image models, add your API key. "
                "Or try the demo: it draws placeholder images locally, with no key and no cost.</p>"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        add = QPushButton(self.tr("Add your Gemini API key"))
        add.setObjectName("welcomeAddKey")
        add.setAccessibleName(self.tr("Add your Gemini API key"))
        add.clicked.connect(on_add_key)
        demo = QPushButton(self.tr("Try the demo"))
        demo.setObjectName("welcomeDemo")
        demo.setAccessibleName(self.tr("Try the demo"))
        demo.clicked.connect(on_demo)
        layout.addWidget(add)
        layout.addWidget(demo)


class MainWindow(QMainWindow):
    """Spec editor · references + prompt · generate + results.

    Signals:
        demo_requested(): the user chose "Try the demo" on the welcome panel.
    """

    demo_requested = Signal()

    def __init__(
        self,
        catalog: ModelCatalog,
        engine_factory: Callable[[], ImageEngine],
        *,
        demo: bool = False,
        has_key: bool = True,
        state_file: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.demo = demo
        self.catalog = catalog
        self._batch_key = ""
        self._spend = 0.0
        self._settings = QSettings(
            state_file or str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )
        self.setWindowTitle("Cutie" + (" — demo" if demo else ""))

        self.bridge = EngineBridge(engine_factory)
        self.bridge.variant_ready.connect(self._variant_ready)
        self.bridge.batch_done.connect(self._batch_done)
        self.bridge.batch_refused.connect(self._refused)
        self.bridge.batch_crashed.connect(self._refused)

        self.spec_editor = SpecEditor()
        self.prompt_preview = PromptPreview()
        self.references = ReferenceSlots()
        self.generate_panel = GeneratePanel(catalog)
        self.gallery = Gallery()
        self.banner = ErrorBanner()

        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setObjectName("middleSplitter")
        middle.addWidget(_wrap(self.references))
        middle.addWidget(_wrap(self.prompt_preview))
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        self.welcome = WelcomePanel(self._add_key, self.demo_requested.emit)
        self.welcome.setVisible(not has_key and not demo)
        right_layout.addWidget(self.welcome)
        right_layout.addWidget(self.generate_panel)
        right_layout.addWidget(self.banner)
        results = QLabel(self.tr("Results"))
        results.setObjectName("sectionTitle")
        right_layout.addWidget(results)
        right_layout.addWidget(self.gallery, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(_titled(self.tr("Character"), self.spec_editor))
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self._middle = middle
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.model_label = QLabel()
        self.key_label = QLabel()
        self.spend_label = QLabel()
        for label in (self.model_label, self.key_label, self.spend_label):
            self.statusBar().addPermanentWidget(label)
        self.show_key_state(has_key)
        self._update_spend()

        self.spec_editor.spec_changed.connect(self._refresh_prompt)
        self.references.references_changed.connect(self._refresh_prompt)
        self.generate_panel.scene.textChanged.connect(self._refresh_prompt)
        self.generate_panel.model_changed.connect(self._model_changed)
        self.generate_panel.generate_requested.connect(self.generate)
        self.generate_panel.cancel_requested.connect(self.bridge.cancel)
        self._model_changed(self.generate_panel.model_info())
        self._refresh_prompt()
        self._restore_state()

    # -- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_key = QAction(self.tr("Gemini API &key…"), self)
        self.action_key.triggered.connect(self._add_key)
        edit_menu.addAction(self.action_key)
        gen_menu = self.menuBar().addMenu(self.tr("&Generate"))
        action_generate = QAction(self.tr("&Generate variants"), self)
        action_generate.setShortcut(QKeySequence("Ctrl+Return"))
        action_generate.triggered.connect(self.generate)
        gen_menu.addAction(action_generate)
        action_cancel = QAction(self.tr("&Cancel all"), self)
        action_cancel.setShortcut(QKeySequence("Esc"))
        action_cancel.triggered.connect(self.bridge.cancel)
        gen_menu.addAction(action_cancel)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Cutie"), self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self, self.tr("About Cutie"), self.tr("Cutie %s — one character, many images.") % __version__
            )
        )
        help_menu.addAction(about)

    # -- state ------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in (("splitter", self.splitter), ("middle", self._middle)):
            state = self._settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def _save_state(self) -> None:
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("splitter", self.splitter.saveState())
        self._settings.setValue("middle", self._middle.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._save_state()
        self.bridge.close()
        self.references.shutdown()
        super().closeEvent(event)

    # -- behaviour --------------------------------------------------------------------------------

    def show_key_state(self, has_key: bool) -> None:
        self._has_key = has_key
        if self.demo:
            self.key_label.setText(self.tr("Demo server — no key needed"))
        else:
            self.key_label.setText(self.tr("Key: in keyring") if has_key else self.tr("No API key"))

    def _update_spend(self) -> None:
        self.spend_label.setText(self.tr("Spent this session: $%.2f") % self._spend)

    def _model_changed(self, info: ModelInfo) -> None:
        self.references.set_model(info)
        self.model_label.setText(info.label)

    def _request(self) -> GenerationRequest:
        spec = self.spec_editor.spec()
        refs = self.references.references()
        scene = self.generate_panel.scene_text()
        prompt = compose(spec, scene, refs, override=self.prompt_preview.override_text())
        return GenerationRequest(
            model=self.generate_panel.model_info().id,
            prompt=prompt,
            references=refs,
            aspect_ratio=self.generate_panel.aspect_ratio(),
            image_size=self.generate_panel.image_size(),
            scene=scene,
        )

    def _refresh_prompt(self, *args: object) -> None:
        spec = self.spec_editor.spec()
        parts = compose(spec, self.generate_panel.scene_text(), self.references.references())
        self.prompt_preview.show_parts(parts)

    def generate(self) -> None:
        self.spec_editor.flush()
        if not (self.demo or self._has_key):
            self.banner.show_message(missing_key_message())  # one clear message, not N failed tiles
            return
        request = self._request()
        if not request.prompt.text.strip():
            self.banner.show_message(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title=self.tr("Nothing to draw yet"),
                    detail=self.tr("Describe the character or write a scene first."),
                )
            )
            return
        self.banner.hide()
        count = self.generate_panel.variants.value()
        key = secrets.token_hex(4)
        if self.bridge.start(request, count):
            self._batch_key = key
            self.gallery.add_pending(key, count)
            self.generate_panel.set_running(True)
            self.statusBar().showMessage(self.tr("Generating %d variants…") % count)

    def _variant_ready(self, variant: Variant, thumb: Thumb | None) -> None:
        self.gallery.show_variant(self._batch_key, variant, to_qimage(thumb))
        self._spend += variant.recipe.cost_usd or 0.0
        self._update_spend()

    def _batch_done(self, result: BatchResult) -> None:
        self.gallery.clear_pending(self._batch_key)
        self.generate_panel.set_running(self.bridge.running)
        delivered = len(result.delivered)
        self.statusBar().showMessage(
            self.tr("%d of %d variants delivered") % (delivered, len(result.variants)), 8000
        )
        if result.notices:
            self.banner.show_message(result.notices[-1], "notice")
        failures = [v.error for v in result.variants if v.error is not None and not v.delivered]
        if failures and not delivered:
            self.banner.show_message(failures[0])

    def _refused(self, message: UserMessage) -> None:
        self.generate_panel.set_running(self.bridge.running)
        self.banner.show_message(message)

    def _add_key(self) -> None:
        if KeyDialog(self).exec() == QDialog.DialogCode.Accepted:
            self.welcome.hide()
            self.show_key_state(True)


def _wrap(widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(widget)
    return box
