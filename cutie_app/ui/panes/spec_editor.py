"""The character spec form and the live composed-prompt preview.

Every field of `CharacterSpec` has a widget; edits are debounced into one `spec_changed` signal,
so the preview (and later the autosave) follows typing without running on every keystroke.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.prompt import PromptParts
from cutie_app.core.model.spec import (
    FIELD_LABELS,
    CharacterSpec,
    Outfit,
    PaletteColor,
    SpecError,
    normalise_hex,
)
from cutie_app.ui.theme import section_title

LINE_FIELDS = ("name", "age", "gender_presentation")
#: One-paragraph fields that wrap rather than scroll sideways (an art style is often a sentence).
WRAPPED_FIELDS = ("art_style",)
TEXT_FIELDS = ("face", "eyes", "hair", "skin", "body")
#: The two kinds of field editor, both with a placeholder.
_Field = TypeVar("_Field", QLineEdit, QPlainTextEdit)
LIST_FIELDS = ("accessories", "marks", "style_keywords", "always", "never")
PLACEHOLDERS = {
    "name": QT_TRANSLATE_NOOP("SpecEditor", "e.g. Little Orange"),
    "art_style": QT_TRANSLATE_NOOP("SpecEditor", "e.g. flat illustration, clean outlines, no gradients"),
    "age": QT_TRANSLATE_NOOP("SpecEditor", "e.g. about 7 years old"),
    "gender_presentation": QT_TRANSLATE_NOOP("SpecEditor", "e.g. girl"),
    "face": QT_TRANSLATE_NOOP("SpecEditor", "shape, nose, cheeks, mouth…"),
    "eyes": QT_TRANSLATE_NOOP("SpecEditor", "shape, colour, highlights, lashes…"),
    "hair": QT_TRANSLATE_NOOP("SpecEditor", "colour, length, style, ties…"),
    "skin": QT_TRANSLATE_NOOP("SpecEditor", "tone and undertone"),
    "body": QT_TRANSLATE_NOOP("SpecEditor", "build, height in heads, proportions"),
    "outfits": QT_TRANSLATE_NOOP(
        "SpecEditor", "One per line, Name: description (e.g. Everyday: orange pinafore)"
    ),
    "accessories": QT_TRANSLATE_NOOP("SpecEditor", "One per line"),
    "marks": QT_TRANSLATE_NOOP("SpecEditor", "Birthmarks, scars, a missing tooth… one per line"),
    "style_keywords": QT_TRANSLATE_NOOP("SpecEditor", "One per line"),
    "always": QT_TRANSLATE_NOOP("SpecEditor", "Traits that must appear in every image, one per line"),
    "never": QT_TRANSLATE_NOOP("SpecEditor", "Things to avoid, one per line"),
    "notes": QT_TRANSLATE_NOOP("SpecEditor", "Private notes (not sent to the model)"),
}
#: The core's field labels (`FIELD_LABELS`), marked here so that the translation tools find them;
#: a test checks that this list and the core's stay the same.
FIELD_LABEL_SOURCES = (
    QT_TRANSLATE_NOOP("SpecEditor", "Name"),
    QT_TRANSLATE_NOOP("SpecEditor", "Art style"),
    QT_TRANSLATE_NOOP("SpecEditor", "Age"),
    QT_TRANSLATE_NOOP("SpecEditor", "Gender presentation"),
    QT_TRANSLATE_NOOP("SpecEditor", "Face"),
    QT_TRANSLATE_NOOP("SpecEditor", "Eyes"),
    QT_TRANSLATE_NOOP("SpecEditor", "Hair"),
    QT_TRANSLATE_NOOP("SpecEditor", "Skin"),
    QT_TRANSLATE_NOOP("SpecEditor", "Body"),
    QT_TRANSLATE_NOOP("SpecEditor", "Outfits"),
    QT_TRANSLATE_NOOP("SpecEditor", "Accessories"),
    QT_TRANSLATE_NOOP("SpecEditor", "Distinguishing marks"),
    QT_TRANSLATE_NOOP("SpecEditor", "Palette"),
    QT_TRANSLATE_NOOP("SpecEditor", "Style keywords"),
    QT_TRANSLATE_NOOP("SpecEditor", "Always"),
    QT_TRANSLATE_NOOP("SpecEditor", "Never"),
    QT_TRANSLATE_NOOP("SpecEditor", "Notes"),
)


def _accessible(widget: QWidget, name: str, label: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(label)


class GrowingText(QPlainTextEdit):
    """A text box that grows with what is typed (between `min_lines` and `max_lines` lines).

    Spec fields are usually one or two lines but sometimes a paragraph; a fixed height either
    wastes space or hides text, so the box follows its content and scrolls only past the max.
    """

    def __init__(self, min_lines: int = 2, max_lines: int = 7) -> None:
        super().__init__()
        self._min, self._max = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *args: object) -> None:
        lines = int(self.document().documentLayout().documentSize().height())
        shown = min(max(lines, self._min), self._max)
        frame = self.frameWidth() * 2 + int(self.document().documentMargin() * 2) + 2
        self.setFixedHeight(self.fontMetrics().lineSpacing() * shown + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override: rewrapping changes lines
        super().resizeEvent(event)
        self._fit()


def _grow_text(lines: int = 2) -> QPlainTextEdit:
    return GrowingText(min_lines=lines)


class PaletteRow(QWidget):
    """One palette colour: swatch (opens a colour picker), hex, name, remove.

    Signals:
        changed(): the colour or name changed.
        remove_requested(): the user clicked remove.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, color: PaletteColor | None = None, index: int = 0) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.swatch = QToolButton()
        self.swatch.setFixedSize(28, 24)
        _accessible(self.swatch, f"paletteSwatch{index}", self.tr("Pick colour"))
        self.hex_edit = QLineEdit(color.hex if color else "#")
        self.hex_edit.setMaxLength(7)
        self.hex_edit.setFixedWidth(self.hex_edit.fontMetrics().horizontalAdvance("#DDDDDD") + 20)
        _accessible(self.hex_edit, f"paletteHex{index}", self.tr("Hex colour"))
        self.name_edit = QLineEdit(color.name if color else "")
        self.name_edit.setPlaceholderText(self.tr("colour name"))
        _accessible(self.name_edit, f"paletteName{index}", self.tr("Colour name"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this colour"))
        _accessible(remove, f"paletteRemove{index}", self.tr("Remove colour"))
        for w in (self.swatch, self.hex_edit, self.name_edit, remove):
            layout.addWidget(w)
        self.swatch.clicked.connect(self._pick)
        self.hex_edit.textChanged.connect(self._hex_changed)
        self.name_edit.textChanged.connect(self.changed)
        remove.clicked.connect(self.remove_requested)
        self._hex_changed()

    def value(self) -> PaletteColor | None:
        try:
            return PaletteColor(
                self.name_edit.text().strip() or self.hex_edit.text().strip(), self.hex_edit.text()
            )
        except SpecError:
            return None

    def _hex_changed(self) -> None:
        try:
            hex_value = normalise_hex(self.hex_edit.text())
        except SpecError:
            self.swatch.setStyleSheet("")
            self.hex_edit.setStyleSheet("color: #c0392b;" if len(self.hex_edit.text()) > 1 else "")
        else:
            self.swatch.setStyleSheet(f"background: {hex_value}; border: 1px solid palette(mid);")
            self.hex_edit.setStyleSheet("")
        self.changed.emit()

    def _pick(self) -> None:
        current = self.value()
        chosen = QColorDialog.getColor(
            QColor(current.hex if current else "#ffffff"), self, self.tr("Palette colour")
        )
        if chosen.isValid():
            self.hex_edit.setText(chosen.name().upper())


class PaletteEditor(QWidget):
    """A list of named hex colours.

    Signals:
        changed(): any colour was added, edited or removed.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PaletteRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._list = QVBoxLayout()
        outer.addLayout(self._list)
        add = QPushButton(self.tr("Add colour"))
        _accessible(add, "paletteAdd", self.tr("Add palette colour"))
        add.clicked.connect(lambda: self.add_row(None))
        outer.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)

    def add_row(self, color: PaletteColor | None) -> None:
        row = PaletteRow(color, len(self._rows))
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        self._rows.append(row)
        self._list.addWidget(row)
        self.changed.emit()

    def _remove(self, row: PaletteRow) -> None:
        self._rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def set_colors(self, colors: tuple[PaletteColor, ...]) -> None:
        for row in list(self._rows):
            self._remove(row)
        for color in colors:
            self.add_row(color)

    def colors(self) -> tuple[PaletteColor, ...]:
        return tuple(c for c in (r.value() for r in self._rows) if c is not None)


class SpecEditor(QWidget):
    """Every spec field, debounced into `spec_changed`.

    Signals:
        spec_changed(CharacterSpec): the new spec, 250 ms after the last edit.
    """

    spec_changed = Signal(CharacterSpec)

    def __init__(self) -> None:
        super().__init__()
        self._loading = False
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.spec_changed.emit(self.spec()))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the column is narrow beside the references and the results,
        # and a label column ("Distinguishing marks") would leave the text a sliver beside it.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._lines: dict[str, QLineEdit] = {}
        self._texts: dict[str, QPlainTextEdit] = {}
        for field in ("name", "art_style", "age", "gender_presentation"):
            if field in WRAPPED_FIELDS:
                self._texts[field] = self._add(form, field, _grow_text(1))
                continue
            edit = QLineEdit()
            edit.textChanged.connect(self._edited)
            self._lines[field] = edit
            self._add(form, field, edit)
        for field in TEXT_FIELDS:
            self._texts[field] = self._add(form, field, _grow_text(2))
        self._texts["outfits"] = self._add(form, "outfits", _grow_text(3))
        for field in LIST_FIELDS:
            self._texts[field] = self._add(form, field, _grow_text(2))
        self.palette_editor = PaletteEditor()
        self.palette_editor.setObjectName("specPalette")
        self.palette_editor.setAccessibleName(self.tr(FIELD_LABELS["palette"]))
        self.palette_editor.changed.connect(self._edited)
        # Full width under its own label: beside the label column, a colour's name was
        # squeezed to a few letters at the window's default width.
        palette_label = QLabel(self.tr(FIELD_LABELS["palette"]))
        palette_label.setBuddy(self.palette_editor)
        form.addRow(palette_label)
        form.addRow(self.palette_editor)
        self._texts["notes"] = self._add(form, "notes", _grow_text(2))
        for text in self._texts.values():
            text.textChanged.connect(self._edited)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _add(self, form: QFormLayout, field: str, widget: _Field) -> _Field:
        label = self.tr(FIELD_LABELS[field])
        _accessible(widget, f"spec_{field}", label)
        # QT_TRANSLATE_NOOP returns its text unchanged; its stub only promises an object.
        widget.setPlaceholderText(self.tr(str(PLACEHOLDERS.get(field, ""))))
        form.addRow(label, widget)
        return widget

    def _edited(self) -> None:
        if not self._loading:
            self._debounce.start()

    def flush(self) -> None:
        """Emit a pending change now (before generating or closing)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.spec_changed.emit(self.spec())

    def spec(self) -> CharacterSpec:
        values: dict[str, object] = {f: e.text() for f, e in self._lines.items()}
        for field in WRAPPED_FIELDS:  # one paragraph: a typed line break is a space
            values[field] = " ".join(self._texts[field].toPlainText().split("\n")).strip()
        for field in TEXT_FIELDS:
            values[field] = self._texts[field].toPlainText()
        for field in LIST_FIELDS:
            values[field] = tuple(
                line for line in self._texts[field].toPlainText().splitlines() if line.strip()
            )
        values["outfits"] = tuple(
            _parse_outfit(line) for line in self._texts["outfits"].toPlainText().splitlines() if line.strip()
        )
        values["palette"] = self.palette_editor.colors()
        values["notes"] = self._texts["notes"].toPlainText()
        return CharacterSpec(**values)  # type: ignore[arg-type]

    def set_spec(self, spec: CharacterSpec) -> None:
        self._loading = True
        try:
            for field, edit in self._lines.items():
                edit.setText(getattr(spec, field))
                edit.setCursorPosition(0)  # a long value shows its beginning, not its last words
            for field in WRAPPED_FIELDS:
                self._texts[field].setPlainText(getattr(spec, field))
            for field in TEXT_FIELDS:
                self._texts[field].setPlainText(getattr(spec, field))
            for field in LIST_FIELDS:
                self._texts[field].setPlainText("\n".join(getattr(spec, field)))
            self._texts["outfits"].setPlainText("\n".join(f"{o.name}: {o.description}" for o in spec.outfits))
            self.palette_editor.set_colors(spec.palette)
            self._texts["notes"].setPlainText(spec.notes)
        finally:
            self._loading = False
        self.spec_changed.emit(self.spec())


def _parse_outfit(line: str) -> Outfit:
    name, sep, description = line.partition(":")
    if not sep:
        return Outfit("Outfit", line.strip())
    return Outfit(name.strip() or "Outfit", description.strip())


class PromptPreview(QWidget):
    """The composed prompt, read-only and copyable, with an optional override."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = section_title(QLabel(self.tr("Prompt sent to the model")))
        header.addWidget(title)
        header.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"))
        _accessible(self.copy_button, "promptCopy", self.tr("Copy prompt"))
        self.copy_button.clicked.connect(self._copy)
        header.addWidget(self.copy_button)
        layout.addLayout(header)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        _accessible(self.view, "promptPreview", self.tr("Composed prompt"))
        self.view.setPlaceholderText(
            self.tr(
                "The prompt builds itself here as you describe the character, add references "
                "and write a scene."
            )
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.view, 1)
        self.use_override = QCheckBox(self.tr("Send my own text instead"))
        _accessible(self.use_override, "promptUseOverride", self.tr("Use override text"))
        layout.addWidget(self.use_override)
        self.override = _grow_text(3)
        self.override.setPlaceholderText(
            self.tr("Your exact prompt (the composed text above is kept in the recipe)")
        )
        _accessible(self.override, "promptOverride", self.tr("Override prompt"))
        self.override.setVisible(False)
        self.use_override.toggled.connect(self._override_toggled)
        layout.addWidget(self.override)

    def _override_toggled(self, on: bool) -> None:
        """Opening the override starts from the composed prompt, to edit rather than retype."""
        if on and not self.override.toPlainText().strip():
            self.override.setPlainText(self.view.toPlainText())
        self.override.setVisible(on)
        if on:
            self.override.setFocus()

    def show_parts(self, parts: PromptParts) -> None:
        self.view.setPlainText(parts.composed_text)

    def override_text(self) -> str | None:
        text = self.override.toPlainText().strip()
        return text if self.use_override.isChecked() and text else None

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.override_text() or self.view.toPlainText())
