"""Where the adjustment pane joins the window: Image › Adjust… and the gallery's context menu.

`install_adjust(window)` is the window's one call. The pane opens in its own window (a
non-modal dialog), so it never squeezes the workspace; it follows the gallery's selection,
and the versions it saves appear in the gallery at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QVBoxLayout, QWidget

from cutie_app.core.model.errors import CutieError
from cutie_app.core.services.engines import new_cancel_token
from cutie_app.core.system.settings import load_settings
from cutie_app.ui.i18n import show_text
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.model.adjustments import AdjustmentStack
    from cutie_app.core.model.records import ImageRecord
    from cutie_app.core.services.adjust_ai import ApprovedEffect
    from cutie_app.core.services.adjust_editor import AdjustEditor
    from cutie_app.core.services.engines import CancelToken, ImageEngine
    from cutie_app.core.services.generate import BatchPlan
    from cutie_app.core.services.projects import ProjectService
    from cutie_app.core.services.saving import SavedVariant
    from cutie_app.ui.mainwindow import MainWindow

_EDITOR_TAG = "adjust-editor"
_RECORDS_TAG = "adjust-records"


class _Progress(QObject):
    """Emitted from the worker; queued onto the UI thread.

    Signals:
        progress: (variants done, variants in all).
        spent: the cost in US dollars of a call that came back, as Generate counts it.
    """

    progress = Signal(int, int)
    spent = Signal(float)


def _make_editor(project: ProjectService) -> tuple[AdjustEditor, ProjectService]:
    """Store worker: the pane's service over the open project (and the project, for the model)."""
    # The pane and its maths (numpy) load when Adjust is first opened, not at start-up.
    from cutie_app.core.services.adjust_editor import AdjustEditor
    from cutie_app.core.services.adjust_project import ProjectAdjustStore, user_looks

    return AdjustEditor(ProjectAdjustStore.of(project), user_looks()), project


@dataclass(frozen=True)
class EffectPlan:
    effect: ApprovedEffect
    plans: list[tuple[int, BatchPlan]]


@dataclass(frozen=True)
class EffectRun:
    """What repeating an effect made: the model's variants per target, and exact local versions."""

    made: dict[int, list[int]]
    exact: dict[int, int]
    problems: tuple[str, ...]
    cancelled: bool


def _plan_effect(
    engine_of: Callable[[], ImageEngine],
    editor: AdjustEditor,
    approved: int,
    targets: list[int],
    variants: int,
) -> EffectPlan:
    """Worker: measure the change and check and price the requests (nothing is sent)."""
    from cutie_app.core.services.adjust_ai import plan_effect

    effect, plans = plan_effect(
        engine_of(), editor.store, approved, targets, variants, budget_cap_usd=load_settings().budget_cap_usd
    )
    return EffectPlan(effect, plans)


def _run_effect(
    engine_of: Callable[[], ImageEngine],
    project: ProjectService,
    editor: AdjustEditor,
    planned: EffectPlan,
    token: CancelToken,
    progress: Callable[[int, int], None],
    spent: Callable[[float], None],
) -> EffectRun:
    """Worker: send the requests (each variant is saved as it arrives), then the exact versions."""
    total = sum(plan.variants for _, plan in planned.plans)
    done = 0

    def saved(outcome: SavedVariant) -> None:
        nonlocal done
        done += 1
        if outcome.variant.recipe.cost_usd:
            spent(outcome.variant.recipe.cost_usd)
        progress(done, total)

    from cutie_app.core.services.adjust_ai import run_effect

    results = run_effect(engine_of(), project, planned.plans, on_saved=saved, token=token)
    made = {target: [i for s in result.saved for i in s.image_ids] for target, result in results}
    problems = tuple(
        s.variant.error.text() if s.variant.error else s.reason
        for _, r in results
        for s in r.saved
        if not s.image_ids
    )
    exact: dict[int, int] = {}
    stack = planned.effect.exact_alternative
    if stack is not None and not token.is_cancelled(-1):
        for outcome in editor.apply_each([(t, stack) for t, _plan in planned.plans], workers=1):
            if outcome.image is not None:
                exact[outcome.source_id] = outcome.image.id
    return EffectRun(made, exact, problems, token.is_cancelled(-1))


class AdjustDialog(QDialog):
    """The pane in a window of its own, sized to fit the screen it opens on."""

    def __init__(self, editor: AdjustEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustDialog")
        self.setWindowTitle(self.tr("Adjust"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        from cutie_app.ui.panes.adjust_pane import AdjustPane

        self.pane = AdjustPane(editor, self)
        layout.addWidget(self.pane)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(1280, int(available.width() * 0.92)), min(860, int(available.height() * 0.9)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.pane.cancel_batch()
        super().closeEvent(event)


class AdjustEntry(QObject):
    """The "Adjust…" action and the dialog it opens for the window's open project."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: AdjustDialog | None = None
        self._wanted: list[int] = []
        self._wanted_steps: AdjustmentStack | None = None
        self.action = QAction(self.tr("&Adjust…"), window)
        self.action.setObjectName("actionAdjust")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action.setToolTip(self.tr("Exact local adjustments: brightness, colour, LUTs, looks (no AI)"))
        self.action.triggered.connect(lambda: self.open(window.gallery.selected_ids()))
        self.menu = QMenu(self.tr("&Image"), window)
        self.menu.setObjectName("menuImage")
        self.menu.addAction(self.action)
        bar = window.menuBar()
        before = next(
            (
                a
                for a in bar.actions()
                if a.menu() and a.text() == QCoreApplication.translate("MainWindow", "&View")
            ),
            None,
        )
        bar.insertMenu(before, self.menu) if before is not None else bar.addMenu(self.menu)
        window.gallery.menu_actions.append(self.action)
        window.gallery.selection_changed.connect(self._selection_changed)
        window.session.result_ready.connect(self._result_ready)
        window.session.result_ready.connect(self._records_ready)
        self._project: ProjectService | None = None
        self.confirm_box: QMessageBox | None = None
        self._token: CancelToken | None = None
        self._jobs = self._new_jobs()
        self._signals = _Progress()
        self._signals.progress.connect(self._progress)
        self._signals.spent.connect(self._spent)
        window.session.closed.connect(self._project_closed)
        window.session.opened.connect(lambda _opened: self._project_closed())
        window.closing.connect(self._window_closing)
        self._selection_changed()

    def _window_closing(self) -> None:
        """Stop a batch and the pane's workers with the window."""
        self._project_closed()
        if self._token is not None:
            self._token.cancel()  # the variants already saved stay
        self._jobs.shutdown()
        self._jobs = self._new_jobs()

    def open(self, image_ids: list[int], add_steps: AdjustmentStack | None = None) -> None:
        """Open the pane on the selection (the first image is the one edited), with `add_steps`
        added to its stack when given (a conversation's "Do it exactly, without AI")."""
        ids = [i for i in image_ids if i > 0]
        if not ids or not self.window.session.is_open:
            return
        if self.dialog is not None:
            self._show(ids, add_steps)
            return
        self._wanted, self._wanted_steps = ids, add_steps
        self.window.session.run(_EDITOR_TAG, _make_editor)

    def _result_ready(self, tag: object, value: object) -> None:
        if tag != _EDITOR_TAG or not isinstance(value, tuple):
            return
        editor, self._project = value
        self.dialog = AdjustDialog(editor, self.window)
        self.dialog.pane.applied.connect(self._applied)
        self.dialog.pane.effect_requested.connect(self.repeat_with_model)
        self._show(self._wanted, self._wanted_steps)
        self._wanted_steps = None

    # -- repeating an approved change with the model ------------------------------------------------

    def _engine(self) -> ImageEngine:
        return self.window.bridge.engine

    def repeat_with_model(self, approved: int, targets: list[int], variants: int) -> None:
        """Plan (and price) first; the user confirms before anything is sent."""
        if self.dialog is None:
            return
        pane = self.dialog.pane
        pane.status.setText(self.tr("Measuring the change and pricing the requests…"))
        self._jobs.submit(("plan",), _plan_effect, self._engine, pane.editor, approved, targets, variants)

    def _confirm(self, planned: EffectPlan) -> None:
        assert self.dialog is not None
        cost = sum(p.cost_usd or 0.0 for _, p in planned.plans)
        count = sum(p.variants for _, p in planned.plans)
        text = self.tr("Send %d request(s) to %s, about $%.2f?") % (
            count,
            planned.plans[0][1].checked.model.display_name,
            cost,
        )
        detail = self.tr("Measured change: %s.") % show_text(planned.effect.description)
        if planned.effect.exact_alternative is not None:
            detail += "\n\n" + self.tr(
                "This version was made with local steps, which repeat it exactly and for free; "
                "Cutie also makes those versions, to compare side by side."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Repeat with the model"), text, parent=self.dialog
        )
        box.setObjectName("adjustConfirmModel")
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._send(planned))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _send(self, planned: EffectPlan) -> None:
        assert self.dialog is not None and self._project is not None
        pane = self.dialog.pane
        token = new_cancel_token()
        self._token = token
        pane.begin_external(self.tr("Asking the model…"), token.cancel)
        signals = self._signals
        self._jobs.submit(
            ("run",),
            _run_effect,
            self._engine,
            self._project,
            pane.editor,
            planned,
            token,
            signals.progress.emit,
            signals.spent.emit,
        )

    def _effect_done(self, run: EffectRun) -> None:
        made = [i for ids in run.made.values() for i in ids]
        parts = [self.tr("%d variant(s) made") % len(made)]
        if run.exact:
            parts.append(self.tr("%d exact local version(s)") % len(run.exact))
        if run.cancelled:
            parts.append(self.tr("cancelled"))
        if run.problems:
            parts.append(show_text(run.problems[0]))
        if self.dialog is not None:
            self.dialog.pane.end_external("; ".join(parts) + ".")
        self.window.session.run(
            _RECORDS_TAG, lambda project: [project.image(i) for i in made + list(run.exact.values())]
        )
        if self.window.results_tabs.currentWidget() is self.window.ledger_view:
            self.window.session.load_ledger()  # the new calls, as after a batch from Generate
        first = next(iter(run.made), None)
        if first is not None:  # the first image's variants, next to its exact version
            ids = ([run.exact[first]] if first in run.exact else []) + run.made[first]
            self.window.compare(ids[:8])

    def _jobs_finished(self, tag: object, value: object) -> None:
        kind = tag[0] if isinstance(tag, tuple) else tag
        if kind == "plan":
            self._confirm(value)  # type: ignore[arg-type]
        elif kind == "run":
            self._effect_done(value)  # type: ignore[arg-type]

    def _jobs_failed(self, tag: object, exc: object) -> None:
        if self.dialog is None:
            return
        if isinstance(exc, CutieError):
            message = f"{show_text(exc.message.title)}: {show_text(exc.message.detail)}"
        else:
            message = show_text(exc)
        self.dialog.pane.end_external(f"<span style='color:#c0392b'>{message}</span>")
        if not isinstance(exc, (CutieError, ValueError, OSError)):
            raise exc  # type: ignore[misc]  # a bug: the crash dialog shows it

    def _show(self, ids: list[int], add_steps: AdjustmentStack | None = None) -> None:
        assert self.dialog is not None
        self.dialog.pane.open_images(ids, add_steps)
        if self.dialog.isVisible():  # behind the main window: bring it forward
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()

    def _new_jobs(self) -> Jobs:
        jobs = Jobs(workers=1, name="cutie-adjust-model")
        jobs.finished.connect(self._jobs_finished)
        jobs.failed.connect(self._jobs_failed)
        return jobs

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.pane.external_progress(done, total)

    def _spent(self, cost_usd: float) -> None:
        """A call of "Repeat with the model" came back: the status bar counts it as Generate does."""
        self.window.status.add_spend(cost_usd, demo=self.window.demo)

    def _records_ready(self, tag: object, value: object) -> None:
        if tag == _RECORDS_TAG:
            self._applied(value)  # type: ignore[arg-type]

    def _applied(self, records: list[ImageRecord]) -> None:
        self.window.gallery.add_records(records)
        self.window.session.load_thumbs(records)

    def _selection_changed(self) -> None:
        ids = self.window.gallery.selected_ids()
        self.action.setEnabled(bool(ids))
        if self.dialog is not None and ids:
            self.dialog.pane.set_selection(ids)

    def _project_closed(self) -> None:
        self._project = None
        if self.dialog is not None:
            self.dialog.pane.shutdown()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def install_adjust(window: MainWindow) -> AdjustEntry:
    """Add Image › Adjust… and the gallery's "Adjust…" to `window`."""
    return AdjustEntry(window)
