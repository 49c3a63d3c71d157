"""The adjustment pane's step editor: an amount slider (and a few details) for one step.

Sliders cover the useful range of each step; the number box beside them takes the step's full
range. Every edit produces a new frozen step; the pane puts it into the stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.adjustments import (
    Adjustment,
    AdjustmentError,
    Brightness,
    ColourMatch,
    Contrast,
    Curves,
    Exposure,
    Grain,
    Levels,
    Lut,
    Saturation,
    StepKind,
    Tint,
    Vignette,
    Warmth,
)
from cutie_app.ui.i18n import show_text

SLIDER_STEPS = 1000


def step_title(kind: StepKind) -> str:
    return {
        StepKind.EXPOSURE: QCoreApplication.translate("AdjustSteps", "Exposure"),
        StepKind.BRIGHTNESS: QCoreApplication.translate("AdjustSteps", "Brightness"),
        StepKind.CONTRAST: QCoreApplication.translate("AdjustSteps", "Contrast"),
        StepKind.SATURATION: QCoreApplication.translate("AdjustSteps", "Saturation"),
        StepKind.WARMTH: QCoreApplication.translate("AdjustSteps", "Warmth"),
        StepKind.TINT: QCoreApplication.translate("AdjustSteps", "Tint"),
        StepKind.LEVELS: QCoreApplication.translate("AdjustSteps", "Levels"),
        StepKind.CURVES: QCoreApplication.translate("AdjustSteps", "Curve"),
        StepKind.LUT: QCoreApplication.translate("AdjustSteps", "LUT"),
        StepKind.COLOUR_MATCH: QCoreApplication.translate("AdjustSteps", "Match anchor colours"),
        StepKind.VIGNETTE: QCoreApplication.translate("AdjustSteps", "Vignette"),
        StepKind.GRAIN: QCoreApplication.translate("AdjustSteps", "Grain"),
    }[kind]


def amount_label(kind: StepKind) -> str:
    """What a step's amount measures, in the window's language (the core's `LABEL`, translated)."""
    return {
        StepKind.EXPOSURE: QCoreApplication.translate("AdjustSteps", "Exposure (stops)"),
        StepKind.BRIGHTNESS: QCoreApplication.translate("AdjustSteps", "Brightness factor"),
        StepKind.CONTRAST: QCoreApplication.translate("AdjustSteps", "Contrast factor"),
        StepKind.SATURATION: QCoreApplication.translate("AdjustSteps", "Saturation factor"),
        StepKind.WARMTH: QCoreApplication.translate("AdjustSteps", "Warmth"),
        StepKind.TINT: QCoreApplication.translate("AdjustSteps", "Tint"),
        StepKind.LEVELS: QCoreApplication.translate("AdjustSteps", "Levels strength"),
        StepKind.CURVES: QCoreApplication.translate("AdjustSteps", "Curve strength"),
        StepKind.LUT: QCoreApplication.translate("AdjustSteps", "LUT strength"),
        StepKind.COLOUR_MATCH: QCoreApplication.translate("AdjustSteps", "Colour match strength"),
        StepKind.VIGNETTE: QCoreApplication.translate("AdjustSteps", "Vignette"),
        StepKind.GRAIN: QCoreApplication.translate("AdjustSteps", "Grain amount"),
    }[kind]


#: The slider's range per kind (the number box allows the step's whole range).
SLIDER_RANGE: dict[StepKind, tuple[float, float]] = {
    StepKind.EXPOSURE: (-3.0, 3.0),
    StepKind.BRIGHTNESS: (0.0, 2.0),
    StepKind.CONTRAST: (0.0, 2.0),
    StepKind.SATURATION: (0.0, 2.0),
    StepKind.WARMTH: (-1.0, 1.0),
    StepKind.TINT: (-1.0, 1.0),
    StepKind.VIGNETTE: (-1.0, 1.0),
}

#: Steps the Add menu makes directly (a LUT and a colour match need a file or the anchor).
SIMPLE_KINDS = (
    StepKind.EXPOSURE,
    StepKind.BRIGHTNESS,
    StepKind.CONTRAST,
    StepKind.SATURATION,
    StepKind.WARMTH,
    StepKind.TINT,
    StepKind.LEVELS,
    StepKind.CURVES,
    StepKind.VIGNETTE,
    StepKind.GRAIN,
)


def new_step(kind: StepKind) -> Adjustment:
    """A step of `kind` at a starting point that shows what it does once the slider moves."""
    made: dict[StepKind, Adjustment] = {
        StepKind.EXPOSURE: Exposure(0.0),
        StepKind.BRIGHTNESS: Brightness(1.0),
        StepKind.CONTRAST: Contrast(1.0),
        StepKind.SATURATION: Saturation(1.0),
        StepKind.WARMTH: Warmth(0.0),
        StepKind.TINT: Tint(0.0),
        StepKind.LEVELS: Levels(1.0, black=0.0, white=1.0, gamma=1.0),
        StepKind.CURVES: Curves(1.0, points=((0.0, 0.0), (0.25, 0.2), (0.75, 0.8), (1.0, 1.0))),
        StepKind.VIGNETTE: Vignette(0.0),
        StepKind.GRAIN: Grain(0.0, seed=1),
    }
    return made[kind]


def describe(step: Adjustment) -> str:
    """The list's line for a step: its name, what it uses, and its amount."""
    title = step_title(step.KIND)
    if isinstance(step, Lut) and step.name:
        title = f"{title}: {step.name}"
    low, high = step.LIMITS
    if low >= 0 and high <= 1:
        value = f"{step.amount * 100:.0f} %"
    else:
        value = f"{step.amount:+.2f}" if low < 0 else f"{step.amount:.2f}"
    return f"{title}   {value}"


class StepEditor(QWidget):
    """Edit one step. `changed(step, final)`: final is False while a slider is being dragged."""

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step: Adjustment | None = None
        self._filling = False
        self._detail_widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("adjustStepTitle")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("adjustAmountSlider")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setAccessibleName(QCoreApplication.translate("AdjustSteps", "Amount"))
        self.number = QDoubleSpinBox()
        self.number.setObjectName("adjustAmount")
        self.number.setDecimals(3)
        self.number.setSingleStep(0.01)
        self.number.setAccessibleName(QCoreApplication.translate("AdjustSteps", "Amount"))
        self.number.setKeyboardTracking(False)
        row.addWidget(self.slider, 1)
        row.addWidget(self.number)
        layout.addLayout(row)
        self.details = QFormLayout()
        self.details.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.details)
        self.slider.valueChanged.connect(self._slid)
        self.slider.sliderReleased.connect(self._released)
        self.number.valueChanged.connect(self._typed)
        self.set_step(None)

    # -- showing a step -----------------------------------------------------------------------

    def set_step(self, step: Adjustment | None) -> None:
        """Show `step` (None: nothing selected). Emits nothing."""
        same_kind = step is not None and self.step is not None and type(step) is type(self.step)
        self.step = step
        self._filling = True
        try:
            enabled = step is not None
            self.slider.setEnabled(enabled)
            self.number.setEnabled(enabled)
            if step is None:
                self.title.setText(
                    QCoreApplication.translate("AdjustSteps", "Select a step to change its amount.")
                )
                self._clear_details()
                return
            self.title.setText(amount_label(step.KIND))
            self.number.setRange(*step.LIMITS)
            self.number.setValue(step.amount)
            self.slider.setValue(self._to_slider(step.amount))
            if not same_kind:
                self._build_details(step)
            else:
                self._fill_details(step)
        finally:
            self._filling = False

    def _range(self) -> tuple[float, float]:
        assert self.step is not None
        return SLIDER_RANGE.get(self.step.KIND, self.step.LIMITS)

    def _to_slider(self, amount: float) -> int:
        low, high = self._range()
        return round((min(max(amount, low), high) - low) / (high - low) * SLIDER_STEPS)

    def _from_slider(self, value: int) -> float:
        low, high = self._range()
        return round(low + (high - low) * value / SLIDER_STEPS, 3)

    # -- edits ----------------------------------------------------------------------------------

    def _emit(self, step: Adjustment, final: bool) -> None:
        self.step = step
        self.changed.emit(step, final)

    def _slid(self, value: int) -> None:
        if self._filling or self.step is None:
            return
        amount = self._from_slider(value)
        self._filling = True
        self.number.setValue(amount)
        self._filling = False
        self._emit(replace(self.step, amount=amount), not self.slider.isSliderDown())

    def _released(self) -> None:
        if self.step is not None:
            self._emit(self.step, True)

    def _typed(self, value: float) -> None:
        if self._filling or self.step is None:
            return
        self._filling = True
        self.slider.setValue(self._to_slider(value))
        self._filling = False
        self._emit(replace(self.step, amount=value), True)

    # -- details (a few steps have more than an amount) -------------------------------------

    def _clear_details(self) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        self._detail_widgets = {}

    def _build_details(self, step: Adjustment) -> None:
        self._clear_details()
        if isinstance(step, Levels):
            for name, label in (
                ("black", QCoreApplication.translate("AdjustSteps", "Black point")),
                ("white", QCoreApplication.translate("AdjustSteps", "White point")),
                ("gamma", QCoreApplication.translate("AdjustSteps", "Midtones")),
            ):
                box = QDoubleSpinBox()
                box.setRange(0.0, 1.0) if name != "gamma" else box.setRange(0.1, 10.0)
                box.setDecimals(3)
                box.setSingleStep(0.01)
                box.setKeyboardTracking(False)
                box.setObjectName(f"adjustLevels_{name}")
                box.valueChanged.connect(lambda v, n=name: self._detail(n, v))
                self._detail_widgets[name] = box
                self.details.addRow(label, box)
        elif isinstance(step, Vignette):
            box = QDoubleSpinBox()
            box.setRange(0.0, 0.95)
            box.setDecimals(2)
            box.setSingleStep(0.05)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda v: self._detail("midpoint", v))
            self._detail_widgets["midpoint"] = box
            self.details.addRow(QCoreApplication.translate("AdjustSteps", "Midpoint"), box)
        elif isinstance(step, Grain):
            seed = QSpinBox()
            seed.setRange(0, 2**31 - 1)
            seed.setKeyboardTracking(False)
            seed.setToolTip(
                QCoreApplication.translate("AdjustSteps", "The same seed gives the same grain on every run.")
            )
            seed.valueChanged.connect(lambda v: self._detail("seed", int(v)))
            self._detail_widgets["seed"] = seed
            self.details.addRow(QCoreApplication.translate("AdjustSteps", "Seed"), seed)
        elif isinstance(step, Curves):
            points = QLineEdit()
            points.setObjectName("adjustCurvePoints")
            points.setToolTip(
                QCoreApplication.translate(
                    "AdjustSteps", "Points x,y on 0-1, separated by spaces, e.g. 0,0 0.5,0.6 1,1"
                )
            )
            points.editingFinished.connect(lambda: self._points(points))
            self._detail_widgets["points"] = points
            self.details.addRow(QCoreApplication.translate("AdjustSteps", "Points"), points)
        elif isinstance(step, (Lut, ColourMatch)):
            note = QLabel(
                QCoreApplication.translate("AdjustSteps", "Uses the LUT file kept in the project.")
                if isinstance(step, Lut)
                else QCoreApplication.translate(
                    "AdjustSteps", "Colours measured from the anchor when the step was added."
                )
            )
            note.setWordWrap(True)
            self.details.addRow(note)
        self._fill_details(step)

    def _fill_details(self, step: Adjustment) -> None:
        for name, widget in self._detail_widgets.items():
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit) and isinstance(step, Curves):
                widget.setText(" ".join(f"{x:g},{y:g}" for x, y in step.points))
            elif isinstance(widget, (QDoubleSpinBox, QSpinBox)):
                widget.setValue(getattr(step, name))
            widget.blockSignals(False)

    def _detail(self, name: str, value: float) -> None:
        if self._filling or self.step is None:
            return
        try:
            # The field is named at run time, so only the step's own checks can judge the value.
            changes: dict[str, Any] = {name: value}
            self._emit(replace(self.step, **changes), True)
        except AdjustmentError as exc:
            self.setToolTip(show_text(exc))
            self._fill_details(self.step)

    def _points(self, edit: QLineEdit) -> None:
        if self.step is None or not isinstance(self.step, Curves):
            return
        try:
            pairs = tuple((float(x), float(y)) for x, y in (pair.split(",") for pair in edit.text().split()))
            self._emit(replace(self.step, points=pairs), True)
            edit.setStyleSheet("")
            edit.setToolTip(
                QCoreApplication.translate(
                    "AdjustSteps", "Points x,y on 0-1, separated by spaces, e.g. 0,0 0.5,0.6 1,1"
                )
            )
        except (ValueError, AdjustmentError) as exc:
            edit.setStyleSheet("color: #c0392b;")
            edit.setToolTip(
                show_text(exc)
                if isinstance(exc, AdjustmentError)
                else QCoreApplication.translate("AdjustSteps", "Write points as x,y pairs.")
            )
