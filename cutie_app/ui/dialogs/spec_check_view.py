"""The answer to "Check against spec": the image beside a per-trait checklist.

The checklist comes from a Gemini text model (`core.spec_check`); it is an opinion to help the
eye, not a measurement, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.spec_check import SpecCheck, Verdict

VERDICT_STYLE = {
    Verdict.MATCH: ("✓", "#2e8b57"),
    Verdict.MISMATCH: ("✗", "#c0392b"),
    Verdict.UNCLEAR: ("?", "#b07d00"),
}


class SpecCheckDialog(QDialog):
    """Shows one image's checklist; non-modal so several can stay open side by side."""

    def __init__(self, title: str, picture: QImage, check: SpecCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("specCheckDialog")
        self.setWindowTitle(self.tr("Check against spec — %s") % title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        image = QLabel()
        image.setObjectName("specCheckImage")
        image.setAccessibleName(self.tr("The checked image"))
        if not picture.isNull():
            image.setPixmap(
                QPixmap.fromImage(picture).scaled(
                    300, 400, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(image)

        right = QVBoxLayout()
        counts = {v: len(check.with_verdict(v)) for v in Verdict}
        self.summary = QLabel(
            self.tr("<b>%d match · %d mismatch · %d unclear</b><br>%s")
            % (counts[Verdict.MATCH], counts[Verdict.MISMATCH], counts[Verdict.UNCLEAR], check.summary)
        )
        self.summary.setObjectName("specCheckSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        right.addWidget(self.summary)
        self.table = QTableWidget(len(check.items), 3)
        self.table.setObjectName("specCheckTable")
        self.table.setAccessibleName(self.tr("Trait checklist"))
        self.table.setHorizontalHeaderLabels([self.tr("Trait"), self.tr("Verdict"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Each word spelled out for lupdate (a tr() of the enum's value is never extracted).
        verdicts = {
            Verdict.MATCH: self.tr("match"),
            Verdict.MISMATCH: self.tr("mismatch"),
            Verdict.UNCLEAR: self.tr("unclear"),
        }
        for row_index, item in enumerate(check.items):
            mark, color = VERDICT_STYLE[item.verdict]
            verdict = QTableWidgetItem(f"{mark} {verdicts[item.verdict]}")
            verdict.setForeground(QColor(color))
            self.table.setItem(row_index, 0, QTableWidgetItem(item.label))
            self.table.setItem(row_index, 1, verdict)
            note_item = QTableWidgetItem(item.note)
            note_item.setToolTip(item.note)
            self.table.setItem(row_index, 2, note_item)
        self.table.resizeRowsToContents()
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # re-wrap notes
        right.addWidget(self.table, 1)
        cost = f" · ${check.cost_usd:.4f}" if check.cost_usd is not None else ""
        note = QLabel(
            self.tr("Answered by %s%s. A model's opinion to guide your eye, not a measurement.")
            % (check.model, cost)
        )
        note.setObjectName("specCheckNote")
        note.setWordWrap(True)
        note.setEnabled(False)
        right.addWidget(note)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override: wrap notes at the real width
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def verdicts(self) -> dict[str, str]:
        """Trait label → verdict text, as shown (for tests and screen readers)."""
        shown: dict[str, str] = {}
        for r in range(self.table.rowCount()):
            trait, verdict = self.table.item(r, 0), self.table.item(r, 1)
            assert trait is not None and verdict is not None  # every row gets both cells when built
            shown[trait.text()] = verdict.text()
        return shown
