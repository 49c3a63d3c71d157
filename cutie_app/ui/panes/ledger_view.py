"""What a project has cost: the total, the spend per scene, and every billed call.

Pure presentation: the window reads the ledger (`Project.ledger()`, on a worker) and hands the
rows and the scene names to `show_ledger`. Costs are the actual cost where the service reported
one, else Cutie's estimate, marked "≈". A call that brought back no image but was still billed
(a safety block, words only, an error after the request was processed) is marked in a warning
colour, because Google charges for the input tokens of such a request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.records import LedgerEntry, LedgerOutcome
from cutie_app.core.services.projects import ledger_note
from cutie_app.ui.i18n import show_text

#: Readable on the light and the dark theme alike (the text colour is set with it).
WARNING_BACKGROUND = "#fff1d6"
WARNING_TEXT = "#6b3d00"
ESTIMATE_MARK = "≈"

_OUTCOME_TEXT = {
    LedgerOutcome.IMAGE.value: "image",
    LedgerOutcome.BLOCKED.value: "blocked",
    LedgerOutcome.TEXT_ONLY.value: "words only",
    LedgerOutcome.ERROR.value: "error",
    LedgerOutcome.UNSAVED.value: "not saved",
    LedgerOutcome.UNKNOWN.value: "outcome unknown, may be billed",
}
_NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def entry_cost(entry: LedgerEntry) -> tuple[float, bool]:
    """(cost in USD, True when it is Cutie's estimate rather than the service's figure)."""
    if entry.actual_usd is not None:
        return float(entry.actual_usd), False
    return float(entry.estimated_usd), True


def billed_without_image(entry: LedgerEntry) -> bool:
    """A call that delivered no image but still costs money (its input tokens at least)."""
    cost, _ = entry_cost(entry)
    return entry.images == 0 and (cost > 0 or entry.prompt_tokens > 0)


def format_usd(amount: float, estimated: bool, digits: int = 3) -> str:
    """Like "$0.134"; "≈ $0.134" for an estimate; "< $0.01" when too small to show in digits."""
    smallest = 10.0**-digits
    if 0 < amount < smallest / 2:
        return f"< ${smallest:.{digits}f}"
    text = f"${amount:.{digits}f}"
    return f"{ESTIMATE_MARK} {text}" if estimated else text


@dataclass(frozen=True)
class SceneSpend:
    """One row of the per-scene table."""

    scene_id: int | None
    calls: int
    images: int
    cost_usd: float
    estimated: bool


def spend_per_scene(entries: Sequence[LedgerEntry]) -> list[SceneSpend]:
    """Calls, images and cost per scene id, in order of first appearance; None = no scene."""
    groups: dict[int | None, list[LedgerEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.scene_id, []).append(entry)
    rows = []
    for scene_id, group in groups.items():
        costs = [entry_cost(e) for e in group]
        rows.append(
            SceneSpend(
                scene_id,
                len(group),
                sum(e.images for e in group),
                sum(c for c, _ in costs),
                any(est for _, est in costs),
            )
        )
    return rows


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _item(text: str, *, numeric: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if numeric:
        item.setTextAlignment(_NUMERIC)
    return item


def _table(name: str, accessible: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    return table


class LedgerView(QWidget):
    """The project's spend: a total line, a per-scene table and a table of calls (newest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel()
        self.total.setObjectName("ledgerTotal")
        self.total.setAccessibleName(self.tr("Project total"))
        font = QFont(self.total.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("ledgerSummary")
        self.summary.setAccessibleName(self.tr("Ledger summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scenes = _table(
            "ledgerScenes",
            self.tr("Spend per scene"),
            [self.tr("Scene"), self.tr("Calls"), self.tr("Images"), self.tr("Cost")],
        )
        self.scenes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.calls = _table(
            "ledgerCalls",
            self.tr("Billed calls"),
            [
                self.tr("Time"),
                self.tr("Model"),
                self.tr("Size"),
                self.tr("Outcome"),
                self.tr("Images"),
                self.tr("Cost"),
            ],
        )
        self.calls.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("ledgerSplit")
        split.setChildrenCollapsible(False)
        for title, table in ((self.tr("By scene"), self.scenes), (self.tr("Calls"), self.calls)):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 6, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            heading.setBuddy(table)
            layout.addWidget(heading)
            layout.addWidget(table, 1)
            split.addWidget(box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._demo = False
        self._shown: tuple[Sequence[LedgerEntry], Mapping[int, str]] = ((), {})
        self.show_ledger([], {})

    def set_demo(self, demo: bool) -> None:
        """In demo mode the amounts are what Google would charge: say that nothing was billed."""
        if demo != self._demo:
            self._demo = demo
            self.show_ledger(*self._shown)

    def show_ledger(self, entries: Sequence[LedgerEntry], scenes: Mapping[int, str]) -> None:
        """Show these ledger rows; `scenes` maps scene ids to their text (a removed scene lacks one)."""
        self._shown = (tuple(entries), dict(scenes))
        costs = [entry_cost(e) for e in entries]
        total = sum(c for c, _ in costs)
        estimated = any(est for _, est in costs)
        if not entries:
            self.total.setText(self.tr("Nothing spent yet"))
            self.summary.setText(self.tr("Every call that reaches Google is listed here with its cost."))
        else:
            self.total.setText(self.tr("Project total: %s") % format_usd(total, estimated, 2))
            if self._demo:
                self.total.setText(self.total.text() + " " + self.tr("(demo, not billed)"))
            billed = sum(billed_without_image(e) for e in entries)
            parts = [
                self.tr("%d calls") % len(entries),
                self.tr("%d images") % sum(e.images for e in entries),
            ]
            if billed:
                parts.append(self.tr("%d billed without an image") % billed)
            if estimated:
                parts.append(self.tr("≈ marks Cutie's estimate where Google reported no cost"))
            self.summary.setText(" · ".join(parts))
        self._fill_scenes(entries, scenes)
        self._fill_calls(entries)
        for table in (self.scenes, self.calls):
            table.setCurrentCell(-1, -1)  # no row looks chosen before the user chooses one

    def _scene_name(self, scene_id: int | None, scenes: Mapping[int, str]) -> str:
        if scene_id is None:
            return self.tr("No scene")
        text = scenes.get(scene_id)
        if text is None:
            return self.tr("Removed scene #%d") % scene_id
        return " ".join(text.split()) or self.tr("(empty scene #%d)") % scene_id

    def _fill_scenes(self, entries: Sequence[LedgerEntry], scenes: Mapping[int, str]) -> None:
        rows = spend_per_scene(entries)
        self.scenes.setRowCount(len(rows))
        for row, spend in enumerate(rows):
            name = _item(self._scene_name(spend.scene_id, scenes))
            name.setToolTip(name.text())
            name.setData(Qt.ItemDataRole.UserRole, spend.scene_id)
            self.scenes.setItem(row, 0, name)
            self.scenes.setItem(row, 1, _item(str(spend.calls), numeric=True))
            self.scenes.setItem(row, 2, _item(str(spend.images), numeric=True))
            self.scenes.setItem(row, 3, _item(format_usd(spend.cost_usd, spend.estimated, 2), numeric=True))

    def _fill_calls(self, entries: Sequence[LedgerEntry]) -> None:
        ordered = sorted(entries, key=lambda e: (e.created_at, e.id), reverse=True)
        self.calls.setRowCount(len(ordered))
        for row, entry in enumerate(ordered):
            cost, estimated = entry_cost(entry)
            outcome = self.tr(_OUTCOME_TEXT.get(entry.outcome, entry.outcome))
            details = self.tr("%d input, %d output, %d thinking tokens") % (
                entry.prompt_tokens,
                entry.output_tokens,
                entry.thoughts_tokens,
            )
            if entry.response_id:
                details += "\n" + self.tr("Response id: %s") % entry.response_id
            warn = billed_without_image(entry)
            if entry.outcome == LedgerOutcome.UNSAVED.value:
                warn = True
                details = (
                    self.tr("The image came back and was billed, but could not be saved: %s")
                    % (show_text(ledger_note(entry.detail)) or self.tr("no reason was recorded"))
                    + "\n\n"
                    + details
                )
            elif entry.outcome == LedgerOutcome.UNKNOWN.value:
                warn = True
                said = show_text(ledger_note(entry.detail)) or self.tr("The answer never arrived.")
                details = said + "\n\n" + details
            elif warn:
                outcome = self.tr("%s — billed") % outcome
                details = (
                    self.tr(
                        "No image came back, but the call was still billed: Google charges for the "
                        "input tokens (prompt and reference images) of a request it blocks or "
                        "answers without an image."
                    )
                    + "\n\n"
                    + details
                )
            cells = [
                _item(_local_time(entry.created_at)),
                _item(entry.model),
                _item(entry.image_size or "—"),
                _item(("⚠ " if warn else "") + outcome),
                _item(str(entry.images), numeric=True),
                _item(format_usd(cost, estimated), numeric=True),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, entry.id)
            for column, cell in enumerate(cells):
                cell.setToolTip(details)
                if warn:
                    cell.setBackground(QBrush(QColor(WARNING_BACKGROUND)))
                    cell.setForeground(QBrush(QColor(WARNING_TEXT)))
                self.calls.setItem(row, column, cell)
