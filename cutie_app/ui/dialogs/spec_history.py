"""Compare two saved versions of the character spec, word by word, and restore one.

Versions are read from the project database through `load`, in a worker; the dialog keeps the
specs it has read, so flipping between versions costs one read each. The comparison is
`core.spec.diff_specs`: one row per changed field, removed words struck through in red, added
words in green.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.spec import CharacterSpec, FieldChange, diff_specs
from cutie_app.ui.i18n import show_text
from cutie_app.ui.workers import Jobs

_TOKENS = re.compile(r"\s+|[^\s]+")
#: (removed, added) word styles per palette: red strike-through and green, readable on either.
_HIGHLIGHT = {
    "light": ("color:#b3261e; background-color:#fdecea;", "color:#1b5e20; background-color:#e6f4ea;"),
    "dark": ("color:#ffb4ab; background-color:#5c1f1f;", "color:#b7f0b1; background-color:#1e4620;"),
}


def word_diff(before: str, after: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Both texts as (kind, text) runs: kind is "same", "removed" (before) or "added" (after).

    Words are compared whole (whitespace kept as its own token), so "orange pigtails" → "red
    pigtails" marks one word, not letters inside it.
    """
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            left.append(("same", "".join(old[a1:a2])))
            right.append(("same", "".join(new[b1:b2])))
            continue
        if a2 > a1:
            left.append(("removed", "".join(old[a1:a2])))
        if b2 > b1:
            right.append(("added", "".join(new[b1:b2])))
    return left, right


class SpecHistoryDialog(QDialog):
    """Two version pickers, the differences between them, and Restore.

    Signals:
        restore_requested(CharacterSpec): the spec of the version to restore.
    """

    restore_requested = Signal(CharacterSpec)

    def __init__(
        self,
        versions: Sequence[tuple[int, str]],
        load: Callable[[int], CharacterSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("specHistoryDialog")
        self.setWindowTitle(self.tr("Character spec history"))
        self.setAccessibleName(self.tr("Character spec history"))
        self._versions = sorted(versions)
        self._load = load
        self._specs: dict[int, CharacterSpec] = {}
        self._loading: set[int] = set()
        self._failed: dict[int, str] = {}
        self._changes: list[FieldChange] | None = None
        self._closing = False
        self._jobs = Jobs(workers=1, name="cutie-spec-history")
        self._jobs.finished.connect(self._loaded)
        self._jobs.failed.connect(self._load_failed)

        pickers = QHBoxLayout()
        self.version_a = self._picker("specVersionA", self.tr("Version to look at"))
        self.version_b = self._picker("specVersionB", self.tr("Version to compare with"))
        pickers.addWidget(QLabel(self.tr("Compare")))
        pickers.addWidget(self.version_a, 1)
        pickers.addWidget(QLabel(self.tr("with")))
        pickers.addWidget(self.version_b, 1)

        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("specDiff")
        self.diff_view.setAccessibleName(self.tr("Differences between the versions"))
        self.diff_view.setOpenLinks(False)

        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreSpecVersion")
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("specHistoryButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("specHistoryClose")
        close.setAccessibleName(self.tr("Close history"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

        self.version_a.setCurrentIndex(max(0, len(self._versions) - 2))  # the previous version
        self.version_b.setCurrentIndex(len(self._versions) - 1)  # the latest
        self.version_a.currentIndexChanged.connect(self._selection_changed)
        self.version_b.currentIndexChanged.connect(self._selection_changed)
        self._selection_changed()

    def _picker(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for version, created_at in self._versions:
            combo.addItem(
                self.tr("Version {number} — {when}").format(number=version, when=_local_time(created_at)),
                version,
            )
        return combo

    # -- state ----------------------------------------------------------------------------------

    def selected_versions(self) -> tuple[int | None, int | None]:
        """(the version looked at, the version it is compared with); None when there are none."""
        return self.version_a.currentData(), self.version_b.currentData()

    def changes(self) -> list[FieldChange] | None:
        """The differences shown now; None while a version is still loading or failed to load."""
        return self._changes

    def busy(self) -> bool:
        return self._jobs.busy()

    def _selection_changed(self) -> None:
        a, b = self.selected_versions()
        self._changes = None
        if a is None or b is None:
            self.restore_button.setText(self.tr("Restore this version"))
            self.restore_button.setEnabled(False)
            self.diff_view.setPlainText(self.tr("This character has no saved versions yet."))
            return
        self.restore_button.setText(self.tr("Restore version {number}").format(number=a))
        missing = [v for v in dict.fromkeys((a, b)) if v not in self._specs]
        if not missing:
            self._show_diff(a, b)
            return
        self.restore_button.setEnabled(False)
        problems = [self._failed[v] for v in missing if v in self._failed]
        if problems:
            self.diff_view.setPlainText("\n".join(problems))
            return
        self.diff_view.setPlainText(self.tr("Loading…"))
        for version in missing:
            if version not in self._loading:
                self._loading.add(version)
                self._jobs.submit(version, self._load, version)

    def _loaded(self, version: object, spec: object) -> None:
        assert isinstance(version, int) and isinstance(spec, CharacterSpec)
        self._loading.discard(version)
        self._specs[version] = spec
        self._selection_changed()
        self._retire_jobs_if_closing()

    def _load_failed(self, version: object, error: object) -> None:
        assert isinstance(version, int)
        self._loading.discard(version)
        self._failed[version] = self.tr("Version {number} could not be read: {error}").format(
            number=version, error=show_text(error)
        )
        self._selection_changed()
        self._retire_jobs_if_closing()

    def _show_diff(self, a: int, b: int) -> None:
        self._changes = diff_specs(self._specs[a], self._specs[b])
        self.restore_button.setEnabled(a != self._versions[-1][0])
        self.restore_button.setToolTip(
            self.tr("This is the current version.") if a == self._versions[-1][0] else ""
        )
        if not self._changes:
            same = self.tr("No differences")  # outside the f-string, where lupdate finds it
            self.diff_view.setHtml(f"<p>{html.escape(same)}</p>")
            return
        self.diff_view.setHtml(self._diff_html(a, b, self._changes))

    # -- rendering ------------------------------------------------------------------------------

    def _diff_html(self, a: int, b: int, changes: Sequence[FieldChange]) -> str:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        removed, added = _HIGHLIGHT["dark" if dark else "light"]
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
        nothing = self.tr("(empty)")  # outside the f-string, where lupdate finds it
        empty = f'<i style="color:{muted}">{html.escape(nothing)}</i>'

        def runs(parts: list[tuple[str, str]], text: str) -> str:
            if not text:
                return empty
            out = []
            for kind, chunk in parts:
                chunk = html.escape(chunk)
                if kind == "removed":
                    out.append(f'<span style="{removed}"><s>{chunk}</s></span>')
                elif kind == "added":
                    out.append(f'<span style="{added}">{chunk}</span>')
                else:
                    out.append(chunk)
            return "".join(out)

        head = "".join(
            f"<th align='left'>{html.escape(text)}</th>"
            for text in (
                self.tr("Field"),
                self.tr("Version {number}").format(number=a),
                self.tr("Version {number}").format(number=b),
            )
        )
        rows = []
        for change in changes:
            left, right = word_diff(change.before, change.after)
            label = html.escape(self.tr(change.label))
            rows.append(
                f"<tr><td valign='top'><b>{label}</b></td>"
                f"<td valign='top'>{runs(left, change.before)}</td>"
                f"<td valign='top'>{runs(right, change.after)}</td></tr>"
            )
        return (
            "<table width='100%' cellspacing='0' cellpadding='6' border='0'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )

    # -- actions and lifetime -------------------------------------------------------------------

    def _restore(self) -> None:
        a, _ = self.selected_versions()
        if a is None or a not in self._specs:
            return
        self.restore_requested.emit(self._specs[a])
        self.accept()

    def done(self, result: int) -> None:
        """Close; a read already under way finishes in the background and is dropped."""
        self._closing = True
        super().done(result)
        self._retire_jobs_if_closing()

    def _retire_jobs_if_closing(self) -> None:
        if self._closing and not self._jobs.busy():
            self._jobs.shutdown()


def _local_time(iso: str) -> str:
    """An ISO timestamp as local "2025-03-01 14:05" (unambiguous everywhere); raw text if unparsable."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return when.toLocalTime().toString("yyyy-MM-dd HH:mm")
