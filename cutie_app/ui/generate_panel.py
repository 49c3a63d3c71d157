"""Model, shape and count of a batch, with the cost shown before anything is sent.

Choices come from the model catalogue, so an aspect ratio or size the model does not offer
cannot be picked at all.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.catalog import ModelCatalog, ModelInfo, ModelStatus
from cutie_app.core.engine import preflight_cost
from cutie_app.core.validation import MAX_VARIANTS

STATUS_SUFFIX = {
    ModelStatus.DEPRECATED: " — deprecated",
    ModelStatus.RESTRICTED: " — restricted",
    ModelStatus.UNVERIFIED: " — unverified",
}


class GeneratePanel(QWidget):
    """The generate controls.

    Signals:
        generate_requested(): Generate was clicked or Ctrl+Enter pressed.
        cancel_requested(): Cancel was clicked.
        model_changed(object): the selected ModelInfo.
    """

    generate_requested = Signal()
    cancel_requested = Signal()
    model_changed = Signal(object)

    def __init__(self, catalog: ModelCatalog, default_model: str | None = None) -> None:
        super().__init__()
        self.catalog = catalog
        form = QFormLayout()
        self.model = QComboBox()
        self.model.setObjectName("generateModel")
        self.model.setAccessibleName(self.tr("Model"))
        for info in catalog.selectable():
            self.model.addItem(info.display_name + self.tr(STATUS_SUFFIX.get(info.status, "")), info.id)
        form.addRow(self.tr("Model"), self.model)
        shape = QHBoxLayout()
        self.ratio = QComboBox()
        self.ratio.setObjectName("generateAspectRatio")
        self.ratio.setAccessibleName(self.tr("Aspect ratio"))
        self.size = QComboBox()
        self.size.setObjectName("generateImageSize")
        self.size.setAccessibleName(self.tr("Image size"))
        shape.addWidget(self.ratio, 1)
        shape.addWidget(self.size, 1)
        form.addRow(self.tr("Shape"), shape)
        self.variants = QSpinBox()
        self.variants.setRange(1, MAX_VARIANTS)
        self.variants.setValue(4)
        self.variants.setObjectName("generateVariants")
        self.variants.setAccessibleName(self.tr("Number of variants"))
        form.addRow(self.tr("Variants"), self.variants)
        self.scene = QPlainTextEdit()
        self.scene.setObjectName("generateScene")
        self.scene.setAccessibleName(self.tr("Scene"))
        self.scene.setPlaceholderText(
            self.tr("What happens in this picture, e.g. full-body turnaround, waving")
        )
        self.scene.setTabChangesFocus(True)
        self.scene.setFixedHeight(self.scene.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Scene"), self.scene)

        self.cost = QLabel()
        self.cost.setObjectName("generateCost")
        self.cost.setAccessibleName(self.tr("Estimated cost"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cost, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("generateCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel generation"))
        self.cancel_button.setEnabled(False)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setAccessibleName(self.tr("Generate variants"))
        self.generate_button.setToolTip(self.tr("Generate (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.generate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.generate_button.clicked.connect(self.generate_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self._shortcut)
        self.model.currentIndexChanged.connect(self._model_chosen)
        self.size.currentIndexChanged.connect(self._update_cost)
        self.variants.valueChanged.connect(self._update_cost)
        index = self.model.findData(default_model or catalog.default_model)
        self.model.setCurrentIndex(max(index, 0))
        self._model_chosen()

    def _shortcut(self) -> None:
        if self.generate_button.isEnabled():
            self.generate_requested.emit()

    def model_info(self) -> ModelInfo:
        info = self.catalog.find(str(self.model.currentData()))
        assert info is not None  # the combo only lists catalogue models
        return info

    def aspect_ratio(self) -> str | None:
        return self.ratio.currentData() or None

    def image_size(self) -> str | None:
        return self.size.currentData() if self.size.isEnabled() else None

    def scene_text(self) -> str:
        return self.scene.toPlainText().strip()

    def set_running(self, running: bool) -> None:
        self.generate_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _model_chosen(self) -> None:
        info = self.model_info()
        previous_ratio = self.ratio.currentData()
        previous_size = self.size.currentData()
        self.ratio.blockSignals(True)
        self.ratio.clear()
        self.ratio.addItem(self.tr("Match references / 1:1"), None)
        for ratio in info.aspect_ratios:
            self.ratio.addItem(ratio, ratio)
        self.ratio.setCurrentIndex(max(self.ratio.findData(previous_ratio), 0))
        self.ratio.blockSignals(False)
        self.size.blockSignals(True)
        self.size.clear()
        if info.image_sizes:
            for size in info.image_sizes:
                self.size.addItem(size, size)
            self.size.setCurrentIndex(max(self.size.findData(previous_size or info.default_image_size), 0))
            self.size.setEnabled(True)
        else:
            self.size.addItem(self.tr("fixed (%s)") % (info.fixed_size_note or "1K"), None)
            self.size.setEnabled(False)
        self.size.blockSignals(False)
        self._update_cost()
        self.model_changed.emit(info)

    def _update_cost(self) -> None:
        info = self.model_info()
        n = self.variants.value()
        per_image = info.price_for(self.image_size())
        total = preflight_cost(info, self.image_size(), n)
        if per_image is None or total is None:
            self.cost.setText(self.tr("%d × price unknown") % n)
        else:
            self.cost.setText(f"{n} × ${per_image:.3f} = ${total:.2f}")
