"""Export Images: which images, format and size, file names, and recipe or client copy.

The dialog only asks; `core.services.export_copies` does the work. Which images to write is
read on the project's store worker (quick); the pixels are converted in the dialog's own
worker with a progress bar and Cancel, so neither the window nor the project's saves wait.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.errors import CutieError, UserMessage
from cutie_app.core.services.export_copies import (
    DEFAULT_PATTERN,
    NAME_FIELDS,
    CopyFormat,
    CopyMetadata,
    CopyOptions,
    CopyReport,
    ExportPlan,
    Scope,
    file_stem,
    pattern_problem,
    plan_export,
    write_copies,
)
from cutie_app.ui.i18n import show_text
from cutie_app.ui.models.project_session import ProjectSession
from cutie_app.ui.workers import Jobs

_TOKENS = itertools.count(1)
#: Long-edge choices offered (pixels); 0 is full size. Any other value can be typed.
LONG_EDGES = (0, 4096, 2048, 1600, 1024, 512)


class _Progress(QObject):
    """Carries the worker's progress to the dialog (a queued signal, emitted off the UI thread).

    Signals:
        advanced(int, int): images done, images in all.
    """

    advanced = Signal(int, int)


class ExportDialog(QDialog):
    """Choose what and how to export, then watch it go; the report stays in the dialog.

    Signals:
        exported(CopyReport): the `CopyReport` once an export has ended (also when cancelled).
    """

    exported = Signal(CopyReport)

    def __init__(
        self, session: ProjectSession, selected_ids: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Images"))
        self.setAccessibleName(self.tr("Export Images"))
        self._session = session
        self._selected = tuple(selected_ids)
        self._tag: tuple[str, int] | None = None
        self._options: CopyOptions | None = None
        self._cancel = threading.Event()
        self._jobs = Jobs(workers=1, name="cutie-export")
        self._jobs.finished.connect(self._written)
        self._jobs.failed.connect(self._write_failed)
        self._progress = _Progress()
        self._progress.advanced.connect(self._advanced)
        session.result_ready.connect(self._planned)
        session.failed.connect(self._plan_failed)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._build_scope())
        layout.addWidget(self._build_format())
        layout.addWidget(self._build_names())
        layout.addWidget(self._build_metadata())

        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setAccessibleName(self.tr("Why the export cannot start"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.report_label = QLabel()
        self.report_label.setObjectName("exportResult")
        self.report_label.setAccessibleName(self.tr("Export report"))
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.hide()
        layout.addWidget(self.report_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportStart")
        self.export_button.setAccessibleName(self.tr("Start the export"))
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.setAccessibleName(self.tr("Stop the export after the current image"))
        self.cancel_button.hide()
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._sync()

    # -- construction ---------------------------------------------------------------------------

    def _build_scope(self) -> QGroupBox:
        group = QGroupBox(self.tr("Images"))
        box = QVBoxLayout(group)
        self.scope_group = QButtonGroup(self)
        count = len(self._selected)
        selected_text = self.tr("The %d selected") % count if count != 1 else self.tr("The selected image")
        self.scope_buttons: dict[Scope, QRadioButton] = {}
        for scope, text in (
            (Scope.SELECTED, selected_text),
            (Scope.PICKS, self.tr("Picks")),
            (Scope.RATED, self.tr("Rated at least")),
            (Scope.ALL, self.tr("All images")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"exportScope_{scope.value}")
            button.setAccessibleName(text)
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            if scope is Scope.RATED:
                row = QHBoxLayout()
                row.addWidget(button)
                self.min_rating = QSpinBox()
                self.min_rating.setObjectName("exportMinRating")
                self.min_rating.setAccessibleName(self.tr("Minimum stars"))
                self.min_rating.setRange(1, 5)
                self.min_rating.setValue(3)
                self.min_rating.setSuffix(self.tr(" stars"))
                row.addWidget(self.min_rating)
                row.addStretch(1)
                box.addLayout(row)
            else:
                box.addWidget(button)
        self.scope_buttons[Scope.SELECTED].setEnabled(count > 0)
        self.scope_buttons[Scope.SELECTED if count else Scope.ALL].setChecked(True)
        self.include_rejects = QCheckBox(self.tr("Include rejected images"))
        self.include_rejects.setObjectName("exportIncludeRejects")
        self.include_rejects.setAccessibleName(self.tr("Include rejected images"))
        box.addWidget(self.include_rejects)
        self.scope_group.buttonToggled.connect(self._sync)
        return group

    def _build_format(self) -> QGroupBox:
        group = QGroupBox(self.tr("Format and size"))
        form = QFormLayout(group)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("File format"))
        for fmt, text in (
            (CopyFormat.PNG, self.tr("PNG (lossless)")),
            (CopyFormat.JPEG, self.tr("JPEG")),
            (CopyFormat.WEBP, self.tr("WebP")),
        ):
            self.format.addItem(text, fmt)
        form.addRow(self.tr("&Format"), self.format)
        self.quality = QSpinBox()
        self.quality.setObjectName("exportQuality")
        self.quality.setAccessibleName(self.tr("Quality"))
        self.quality.setRange(1, 100)
        self.quality.setValue(90)
        form.addRow(self.tr("&Quality"), self.quality)
        self.long_edge = QComboBox()
        self.long_edge.setObjectName("exportLongEdge")
        self.long_edge.setAccessibleName(self.tr("Long edge in pixels"))
        self.long_edge.setEditable(True)
        for edge in LONG_EDGES:
            self.long_edge.addItem(self.tr("Full size") if edge == 0 else self.tr("%d px") % edge, edge)
        form.addRow(self.tr("&Long edge"), self.long_edge)
        self.format.currentIndexChanged.connect(self._sync)
        return group

    def _build_names(self) -> QGroupBox:
        group = QGroupBox(self.tr("Where and named how"))
        form = QFormLayout(group)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(Path.home() / "Pictures" / "Cutie export"))
        self.folder.setObjectName("exportFolder")
        self.folder.setAccessibleName(self.tr("Export folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.setAccessibleName(self.tr("Choose the export folder"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("F&older"))
        folder_label.setBuddy(self.folder)  # a row of two widgets has no buddy of its own: the & showed
        form.addRow(folder_label, folder_row)
        self.pattern = QLineEdit(DEFAULT_PATTERN)
        self.pattern.setObjectName("exportPattern")
        self.pattern.setAccessibleName(self.tr("File name pattern"))
        self.pattern.setToolTip(
            "\n".join("{" + name + "}: " + show_text(meaning) for name, meaning in NAME_FIELDS.items())
        )
        form.addRow(self.tr("&Names"), self.pattern)
        self.example = QLabel()
        self.example.setObjectName("exportNameExample")
        self.example.setAccessibleName(self.tr("Example file name"))
        self.example.setWordWrap(True)
        form.addRow("", self.example)
        self.pattern.textChanged.connect(self._sync)
        return group

    def _build_metadata(self) -> QGroupBox:
        group = QGroupBox(self.tr("What the files carry"))
        box = QVBoxLayout(group)
        self.metadata_group = QButtonGroup(self)
        self.recipe_button = QRadioButton(
            self.tr("The recipe (prompt, model, settings), with the rating in an XMP sidecar")
        )
        self.recipe_button.setObjectName("exportRecipe")
        self.recipe_button.setAccessibleName(self.tr("Embed the recipe"))
        self.client_button = QRadioButton(self.tr("A client copy: no prompts, tagged as AI-generated"))
        self.client_button.setObjectName("exportClientCopy")
        self.client_button.setAccessibleName(self.tr("Client copy"))
        for button in (self.recipe_button, self.client_button):
            self.metadata_group.addButton(button)
            box.addWidget(button)
        self.recipe_button.setChecked(True)
        return group

    # -- state ------------------------------------------------------------------------------------

    def scope(self) -> Scope:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def busy(self) -> bool:
        """True from Export until the report is shown."""
        return self._tag is not None or self._jobs.busy()

    def options(self) -> CopyOptions:
        """The options as chosen; ValueError with a message for the user when one is wrong."""
        typed = self.long_edge.currentText().strip()
        index = self.long_edge.findText(typed)
        if index >= 0:
            edge = int(self.long_edge.itemData(index))
        else:
            digits = typed.lower().removesuffix("px").strip()
            if not digits.isdigit() or int(digits) < 16:
                raise ValueError(self.tr("Type the long edge in pixels, such as 1600, or choose Full size."))
            edge = int(digits)
        problem = pattern_problem(self.pattern.text())
        if problem:
            raise ValueError(problem)
        return CopyOptions(
            scope=self.scope(),
            image_ids=self._selected,
            min_rating=self.min_rating.value(),
            include_rejects=self.include_rejects.isChecked(),
            format=CopyFormat(self.format.currentData()),
            quality=self.quality.value(),
            long_edge=int(edge) or None,
            pattern=self.pattern.text(),
            metadata=CopyMetadata.CLIENT if self.client_button.isChecked() else CopyMetadata.RECIPE,
        )

    def _sync(self, *_: object) -> None:
        fmt = CopyFormat(self.format.currentData())
        self.quality.setEnabled(fmt is not CopyFormat.PNG)
        self.min_rating.setEnabled(self.scope() is Scope.RATED)
        problem = pattern_problem(self.pattern.text())
        if problem:
            self.example.setText(show_text(problem))
        else:
            values = {
                "project": "Little Orange",
                "n": "01",
                "id": 42,
                "scene": "waving",
                "rating": 4,
                "date": "2026-03-01",
                "name": "little-orange-3f2a9c1b",
            }
            self.example.setText(
                self.tr("For example: %s") % (file_stem(self.pattern.text(), values) + fmt.suffix)
            )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export images to folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # -- running ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Check the choices, then read which images to export on the project's worker."""
        if self.busy():
            return
        try:
            options = self.options()
        except ValueError as exc:
            self._show_error(show_text(exc))
            return
        if not self.folder.text().strip():
            self._show_error(self.tr("Choose a folder to export into."))
            return
        self.error.hide()
        self.report_label.hide()
        self._options = options
        self._cancel.clear()
        self._tag = ("export-copies", next(_TOKENS))
        self._set_running(True)
        self._session.run(self._tag, lambda project: plan_export(project, options))

    def _planned(self, tag: object, plan: object) -> None:
        if tag != self._tag or not isinstance(plan, ExportPlan) or self._options is None:
            return
        self._tag = None
        folder = Path(self.folder.text().strip()).expanduser()
        self.progress.setRange(0, max(len(plan.images), 1))
        self.progress.setValue(0)
        progress, cancel, options = self._progress, self._cancel, self._options
        self._jobs.submit(
            "write",
            lambda: write_copies(plan, folder, options, on_progress=progress.advanced.emit, cancel=cancel),
        )

    def _plan_failed(self, message: object) -> None:
        if self._tag is None:
            return  # not ours: the window shows it
        self._tag = None
        self._set_running(False)
        self._show_error(
            show_text(message.detail) if isinstance(message, UserMessage) else show_text(message)
        )

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _written(self, _tag: object, report: object) -> None:
        assert isinstance(report, CopyReport)
        self._set_running(False)
        self.report_label.setText(show_text(report.text()))
        self.report_label.show()
        self.exported.emit(report)

    def _write_failed(self, _tag: object, error: object) -> None:
        self._set_running(False)
        if isinstance(error, CutieError):
            self._show_error(show_text(error))
        else:
            self._show_error(
                self.tr("The export stopped because of an error in Cutie (%s).") % type(error).__name__
            )

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running or self.progress.value() > 0)
        for group in self.findChildren(QGroupBox):
            group.setEnabled(not running)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        """Closing stops the export after the current image; what was written stays."""
        self._cancel.set()
        self._session.result_ready.disconnect(self._planned)
        self._session.failed.disconnect(self._plan_failed)
        super().done(result)
        self._jobs.shutdown()


def open_export_dialog(
    parent: QWidget | None, session: ProjectSession, selected_ids: Sequence[int]
) -> ExportDialog:
    """Show the Export dialog (not modal: the window stays usable while it works)."""
    dialog = ExportDialog(session, selected_ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
