"""Model, shape and count of a batch, with the cost shown before anything is sent.

Choices come from the model catalogue, so an aspect ratio or size the model does not offer
cannot be picked at all.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.catalog import SEED_MAX, SEED_MIN, ModelCatalog, ModelInfo, ModelStatus, SeedSupport
from cutie_app.core.model.pricing import preflight_cost
from cutie_app.core.model.validation import MAX_VARIANTS
from cutie_app.ui.i18n import show_text
from cutie_app.ui.panes.series_panel import SeriesPanel
from cutie_app.ui.theme import primary_button

STATUS_SUFFIX = {
    ModelStatus.DEPRECATED: " — deprecated",
    ModelStatus.RESTRICTED: " — restricted",
    ModelStatus.UNVERIFIED: " — unverified",
}


class GeneratePanel(QWidget):
    """The generate controls: shared model and shape, then one scene or a series of scenes.

    Signals:
        generate_requested(): Generate was clicked, or Ctrl+Enter (the window's action) pressed.
        cancel_requested(): Cancel was clicked.
        retry_failed_requested(): "Retry failed" was clicked.
        series_requested(): Run series was clicked on the Series tab.
        model_changed(object): the selected ModelInfo.
    """

    generate_requested = Signal()
    cancel_requested = Signal()
    retry_failed_requested = Signal()
    series_requested = Signal()
    model_changed = Signal(object)

    def __init__(self, catalog: ModelCatalog, default_model: str | None = None) -> None:
        super().__init__()
        self.catalog = catalog
        self._demo = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.model = QComboBox()
        self.model.setObjectName("generateModel")
        self.model.setAccessibleName(self.tr("Model"))
        self._fill_models()
        form.addRow(self.tr("Model"), self.model)
        shape = QHBoxLayout()
        self.ratio = QComboBox()
        self.ratio.setObjectName("generateAspectRatio")
        self.ratio.setAccessibleName(self.tr("Aspect ratio"))
        self.size_box = QComboBox()
        self.size_box.setObjectName("generateImageSize")
        self.size_box.setAccessibleName(self.tr("Image size"))
        shape.addWidget(self.ratio, 1)
        shape.addWidget(self.size_box, 1)
        form.addRow(self.tr("Shape"), shape)
        extras = QHBoxLayout()
        self.seed = QLineEdit()
        self.seed.setObjectName("generateSeed")
        self.seed.setAccessibleName(self.tr("Seed (optional)"))
        self.seed.setPlaceholderText(self.tr("Seed (optional)"))
        self.seed.setToolTip(
            self.tr(
                "A whole number. Google does not promise a seed repeats an image; if the model refuses it, "
                "Cutie sends the request without it, tells you once and hides this field for that model."
            )
        )
        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("generateBudgetCap")
        self.budget.setAccessibleName(self.tr("Budget cap per batch in US dollars"))
        self.budget.setRange(0.0, 10_000.0)
        self.budget.setDecimals(2)
        self.budget.setSingleStep(0.5)
        self.budget.setPrefix("$")
        self.budget.setSpecialValueText(self.tr("No budget cap"))
        self.budget.setToolTip(self.tr("Refuse to start a batch whose estimated cost is above this amount."))
        extras.addWidget(self.seed, 1)
        extras.addWidget(self.budget, 1)
        self.seed_row_label = QLabel(self.tr("Seed · cap"))
        form.addRow(self.seed_row_label, extras)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("generateTabs")
        self.tabs.setAccessibleName(self.tr("One scene or a series"))
        single = QWidget()
        single_layout = QVBoxLayout(single)
        single_layout.setContentsMargins(6, 6, 6, 6)
        single_form = QFormLayout()
        single_layout.addLayout(single_form)
        single_layout.addStretch(1)
        self.variants = QSpinBox()
        self.variants.setRange(1, MAX_VARIANTS)
        self.variants.setValue(4)
        self.variants.setObjectName("generateVariants")
        self.variants.setAccessibleName(self.tr("Number of variants"))
        single_form.addRow(self.tr("Variants"), self.variants)
        self.scene = QPlainTextEdit()
        self.scene.setObjectName("generateScene")
        self.scene.setAccessibleName(self.tr("Scene"))
        self.scene.setPlaceholderText(
            self.tr("What happens in this picture, e.g. full-body turnaround, waving")
        )
        self.scene.setTabChangesFocus(True)
        self.scene.setFixedHeight(self.scene.fontMetrics().lineSpacing() * 3 + 14)
        single_form.addRow(self.tr("Scene"), self.scene)
        self.cost = QLabel()
        self.cost.setObjectName("generateCost")
        self.cost.setAccessibleName(self.tr("Estimated cost"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cost, 1)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.setObjectName("generateRetryFailed")
        self.retry_button.setAccessibleName(self.tr("Retry the failed variants"))
        self.retry_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("generateCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel generation"))
        self.cancel_button.setToolTip(self.tr("Cancel every running variant (Esc)"))
        self.cancel_button.setEnabled(False)
        self.generate_button = primary_button(QPushButton(self.tr("Generate")))
        self.generate_button.setAccessibleName(self.tr("Generate variants"))
        self.generate_button.setToolTip(self.tr("Generate (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.generate_button)
        single_form.addRow(buttons)
        self._running = False
        self._blocked = ""
        self.blocked_label = QLabel()
        self.blocked_label.setObjectName("generateBlocked")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.hide()
        single_form.addRow(self.blocked_label)
        self.tabs.addTab(single, self.tr("One scene"))
        self.series = SeriesPanel()
        self.tabs.addTab(self.series, self.tr("Series"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.tabs)

        self.generate_button.clicked.connect(self.generate_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button.clicked.connect(self.retry_failed_requested)
        self.series.run_requested.connect(self.series_requested)
        self.series.cancel_requested.connect(self.cancel_requested)
        self.tabs.currentChanged.connect(self._fit_to_tab)
        self._fit_to_tab()
        self.model.currentIndexChanged.connect(self._model_chosen)
        self.size_box.currentIndexChanged.connect(self._update_cost)
        self.variants.valueChanged.connect(self._update_cost)
        index = self.model.findData(default_model or catalog.default_model)
        self.model.setCurrentIndex(max(index, 0))
        self._model_chosen()

    def _fit_to_tab(self) -> None:
        """Size the panel to the tab on show: the Series list's height must not pad One scene."""
        shown, hidden = QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored
        for index, page in enumerate(self.tabs.widget(i) for i in range(self.tabs.count())):
            if page is not None:
                vertical = shown if index == self.tabs.currentIndex() else hidden
                page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.tabs.updateGeometry()

    def activate(self) -> None:
        """Ctrl+Enter (the window's Generate action): what the tab on show would run."""
        if not self.generate_button.isEnabled():
            return
        if self.tabs.currentWidget() is self.series:
            self.series_requested.emit()
        else:
            self.generate_requested.emit()

    def seed_value(self) -> int | None:
        """The seed to send, or None (empty, hidden for this model, or not a whole number)."""
        text = self.seed.text().strip()
        if not text or not self.seed.isVisibleTo(self) or self.seed_problem():
            return None
        return int(text)

    def seed_problem(self) -> str | None:
        """A message when the seed box holds something that is not a usable seed."""
        text = self.seed.text().strip()
        if not text or not self.seed.isVisibleTo(self):
            return None
        try:
            value = int(text)
        except ValueError:
            return self.tr("The seed must be a whole number, like 42.")
        if not SEED_MIN <= value <= SEED_MAX:
            return self.tr("The seed must be between %d and %d.") % (SEED_MIN, SEED_MAX)
        return None

    def budget_cap(self) -> float | None:
        value = self.budget.value()
        return value if value > 0 else None

    def set_failed_count(self, count: int) -> None:
        self.retry_button.setVisible(count > 0)
        self.retry_button.setText(self.tr("Retry %d failed") % count if count else self.tr("Retry failed"))

    def model_info(self) -> ModelInfo:
        info = self.catalog.find(str(self.model.currentData()))
        assert info is not None  # the combo only lists catalogue models
        return info

    def aspect_ratio(self) -> str | None:
        return self.ratio.currentData() or None

    def image_size(self) -> str | None:
        return self.size_box.currentData() if self.size_box.isEnabled() else None

    def scene_text(self) -> str:
        return self.scene.toPlainText().strip()

    def set_running(self, running: bool) -> None:
        self._running = running
        self.generate_button.setEnabled(not running and not self._blocked)
        self.cancel_button.setEnabled(running)
        self.series.set_running(running)

    def apply_recipe(
        self, model: str, aspect_ratio: str | None, image_size: str | None, seed: int | None, scene: str
    ) -> list[str]:
        """Put an image's settings in the panel (Vary) so one thing can be changed before Generate.

        Returns what could not be applied (a model no longer offered, a size it does not take).
        """
        missed: list[str] = []
        self.tabs.setCurrentIndex(0)
        index = self.model.findData(model)
        if index >= 0:
            self.model.setCurrentIndex(index)
        else:
            missed.append(self.tr("model %s") % model)
        for combo, value in ((self.ratio, aspect_ratio), (self.size_box, image_size)):
            found = combo.findData(value) if value else 0
            if found >= 0:
                combo.setCurrentIndex(found)
            else:
                missed.append(str(value))
        self.seed.setText("" if seed is None else str(seed))
        self.scene.setPlainText(scene)
        return missed

    def set_blocked(self, reason: str) -> None:
        """Disable Generate and say why (e.g. no project to save into); "" enables it again."""
        self._blocked = reason
        self.blocked_label.setText(reason)
        self.blocked_label.setVisible(bool(reason))
        self.generate_button.setToolTip(reason or self.tr("Generate (Ctrl+Enter)"))
        self.generate_button.setEnabled(not self._running and not reason)

    def _model_chosen(self) -> None:
        info = self.model_info()
        previous_ratio = self.ratio.currentData()
        previous_size = self.size_box.currentData()
        self.ratio.blockSignals(True)
        self.ratio.clear()
        self.ratio.addItem(self.tr("Match references / 1:1"), None)
        for ratio in info.aspect_ratios:
            self.ratio.addItem(ratio, ratio)
        self.ratio.setCurrentIndex(max(self.ratio.findData(previous_ratio), 0))
        self.ratio.blockSignals(False)
        self.size_box.blockSignals(True)
        self.size_box.clear()
        if info.image_sizes:
            for size in info.image_sizes:
                self.size_box.addItem(size, size)
            wanted = previous_size or info.default_image_size
            self.size_box.setCurrentIndex(max(self.size_box.findData(wanted), 0))
            self.size_box.setEnabled(True)
        else:
            self.size_box.addItem(self.tr("fixed (%s)") % (show_text(info.fixed_size_note) or "1K"), None)
            self.size_box.setEnabled(False)
        self.size_box.blockSignals(False)
        shows_seed = info.seed is not SeedSupport.NO
        self.seed.setVisible(shows_seed)
        self.seed_row_label.setText(self.tr("Seed · cap") if shows_seed else self.tr("Budget cap"))
        self._update_cost()
        self.model_changed.emit(info)

    def set_demo(self, demo: bool) -> None:
        """In demo mode the costs shown are what Google would charge; nothing is billed."""
        self._demo = demo
        self.series.set_demo(demo)
        self._update_cost()

    def _update_cost(self) -> None:
        info = self.model_info()
        n = self.variants.value()
        per_image = info.price_for(self.image_size())
        total = preflight_cost(info, self.image_size(), n)
        self.series.set_price(per_image)
        if per_image is None or total is None:
            self.cost.setText(self.tr("%d × price unknown") % n)
        else:
            self.cost.setText(f"{n} × ${per_image:.3f} = ${total:.2f}")
        if self._demo:
            self.cost.setText(self.cost.text() + " · " + self.tr("demo, not billed"))

    def _fill_models(self) -> None:
        for info in self.catalog.selectable():
            self.model.addItem(info.display_name + self.tr(STATUS_SUFFIX.get(info.status, "")), info.id)

    def reload_models(self) -> None:
        """List the catalogue's models again (the API listed new ones), keeping the choice."""
        chosen = self.model.currentData()
        with QSignalBlocker(self.model):
            self.model.clear()
            self._fill_models()
            self.model.setCurrentIndex(max(self.model.findData(chosen), 0))
        self._model_chosen()

    def refresh_model(self) -> None:
        """Re-read the selected model (the catalogue may have learned something, e.g. no seed)."""
        self._model_chosen()
