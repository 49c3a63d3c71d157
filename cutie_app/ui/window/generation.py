"""Generate and Run series: requests from the panes, jobs on the queue, tiles in the gallery."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.model.catalog import ModelInfo
from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.generation import GenerationRequest, Recipe, Variant
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.records import ImageRecord, SceneRecord
from cutie_app.ui.i18n import show_text
from cutie_app.ui.models.job_queue import Job, JobKind, JobQueue, preflight
from cutie_app.ui.models.thumbs import Thumb, to_qimage
from cutie_app.ui.window.banners import Cause
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.services.saving import SavedVariant
    from cutie_app.ui.mainwindow import MainWindow


class GenerateController(QObject):
    """Turns the generate panel into jobs and the jobs' events into tiles, banners and totals."""

    def __init__(self, win: MainWindow, queue: JobQueue) -> None:
        super().__init__(win)
        self.win = win
        self.queue = queue
        queue.variant_arrived.connect(self._variant_arrived)
        queue.job_finished.connect(self._job_finished)
        queue.job_refused.connect(self._job_refused)
        queue.job_added.connect(self._job_added)
        queue.bridge.models_listed.connect(self._models_listed)
        win.session.variant_saved.connect(self._variant_saved)
        win.session.scenes_saved.connect(self.scenes_saved)
        panel = win.generate_panel
        win.references.references_changed.connect(self.refresh_prompt)
        panel.scene.textChanged.connect(self.refresh_prompt)
        panel.model_changed.connect(self.model_changed)
        panel.generate_requested.connect(self.generate)
        panel.series_requested.connect(self.run_series)
        panel.cancel_requested.connect(self.queue.cancel)
        panel.retry_failed_requested.connect(self.retry_failed)
        panel.series.scenes_edited.connect(self._scenes_edited)
        win.gallery.cancel_requested.connect(self.queue.cancel)
        win.gallery.retry_requested.connect(self.retry)
        win.gallery.save_as_requested.connect(self.save_as)
        win.gallery.save_again_requested.connect(self.save_again)
        self._files = Jobs(workers=1, name="cutie-save-as")  # Save as… writes off the UI thread
        self._files.finished.connect(self._saved_as)
        self._files.failed.connect(lambda _key, exc: win.banner.show_message(_save_as_message(exc)))

    def shutdown(self) -> None:
        self._files.shutdown(finish_queued=True)

    # -- the request ---------------------------------------------------------------------------------

    def request(self, scene: str | None = None, outfit: str | None = None) -> GenerationRequest:
        """The request Generate sends; a series scene passes its text and its chosen outfit."""
        win, panel = self.win, self.win.generate_panel
        spec = win.spec_editor.spec()
        refs = win.references.references()
        scene = panel.scene_text() if scene is None else scene
        override = win.prompt_preview.override_text() if scene == panel.scene_text() else None
        return GenerationRequest(
            model=panel.model_info().id,
            prompt=compose(spec, scene, refs, outfit=outfit, override=override),
            references=refs,
            aspect_ratio=panel.aspect_ratio(),
            image_size=panel.image_size(),
            seed=panel.seed_value(),
            scene=scene,
        )

    def refresh_prompt(self, *args: object) -> None:
        win = self.win
        spec = win.spec_editor.spec()
        parts = compose(spec, win.generate_panel.scene_text(), win.references.references())
        win.prompt_preview.show_parts(parts)
        win.generate_panel.series.set_outfits([o.name for o in spec.outfits])

    def model_changed(self, info: ModelInfo) -> None:
        self.win.references.set_model(info)
        self.win.status.model_label.setText(info.label)

    # -- starting ------------------------------------------------------------------------------------

    def _can_generate(self, total_images: int) -> bool:
        win, panel = self.win, self.win.generate_panel
        problem = preflight(
            panel.model_info(),
            panel.image_size(),
            total_images,
            panel.budget_cap(),
            can_send=win.demo or win.keys.has_key,
            seed_problem=panel.seed_problem(),
        )
        no_key = problem is not None and problem.kind is ErrorKind.MISSING_KEY
        cause = Cause.NO_KEY if no_key else None
        if not no_key and not win.session.is_open:  # a billed image needs somewhere to go
            problem, cause = no_project_message(), Cause.NO_PROJECT
        if problem is not None:
            win.banners.show(problem, cause=cause)
        return problem is None

    def generate(self) -> None:
        win = self.win
        win.spec_editor.flush()
        count = win.generate_panel.variants.value()
        if not self._can_generate(count):
            return
        request = self.request()
        if not request.prompt.text.strip():
            win.banner.show_message(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title=self.tr("Nothing to draw yet"),
                    detail=self.tr("Describe the character or write a scene first."),
                )
            )
            return
        win.banner.hide()
        if self.queue.start(request, win.editing.spec_shown, count, kind=JobKind.BATCH):
            win.statusBar().showMessage(self.tr("Generating %d variants…") % count)

    def run_series(self) -> None:
        """Every scene in the Series tab × its variant count, as one job."""
        win = self.win
        win.spec_editor.flush()
        series = win.generate_panel.series
        scenes = series.series_scenes()  # empty scenes are skipped; each keeps its outfit
        per_scene = series.variants.value()
        if not scenes or not self._can_generate(len(scenes) * per_scene):
            return
        win.banner.hide()
        self.queue.new_series()
        for number, scene in enumerate(scenes, start=1):
            label = self.tr("S%d") % number
            self.queue.start(
                self.request(scene=scene.text, outfit=scene.outfit),
                win.editing.spec_shown,
                per_scene,
                kind=JobKind.SERIES,
                label=label,
            )
        self._update_series_progress()

    def run_recipe(self, recipe: Recipe, *, label: str) -> None:
        """Again: the recipe's prompt and settings, with its references from the slots, N times.

        The references are found by content among the current slots; one that is no longer
        there refuses the run (with its name) rather than draw something else.
        """
        win = self.win
        count = win.generate_panel.variants.value()
        slots = {ref.sha256: ref for ref in win.references.references()}
        missing = [r.label or r.sha256[:12] for r in recipe.references if r.sha256 not in slots]
        if missing:
            win.banners.show(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title=self.tr("A reference of that image is gone"),
                    detail=self.tr("Not in the reference slots any more: %s.") % ", ".join(missing),
                    action=self.tr("Add it again, or use Vary to generate with the current references."),
                )
            )
            return
        if not self._can_generate(count):
            return
        request = GenerationRequest(
            model=recipe.model,
            prompt=recipe.prompt,
            references=tuple(slots[r.sha256] for r in recipe.references),
            aspect_ratio=recipe.aspect_ratio,
            image_size=recipe.image_size,
            seed=None,  # new variants, not the same picture again
            scene=recipe.scene,
        )
        win.banner.hide()
        if self.queue.start(request, win.editing.spec_shown, count, kind=JobKind.BATCH, label=label):
            win.statusBar().showMessage(self.tr("Generating %d variants…") % count)

    def retry(self, job_id: object, index: int) -> None:
        if self.queue.job(job_id) is None:
            return
        self.win.gallery.drop_session_tile(job_id, index)
        self.queue.retry(job_id, index)
        self._update_failed()

    def retry_failed(self) -> None:
        for key, index in self.win.gallery.failed_tiles():
            self.retry(key, index)

    def _job_added(self, job: Job) -> None:
        retry = job.kind is JobKind.RETRY
        self.win.gallery.add_pending(job.id, job.count, self.tr("retry") if retry else job.label)
        if not retry:
            self.win.results_tabs.setCurrentWidget(self.win.gallery)
        self.win.generate_panel.set_running(True)

    # -- results ---------------------------------------------------------------------------------------

    def _variant_arrived(self, job: Job, variant: Variant, thumb: Thumb | None) -> None:
        win = self.win
        win.gallery.show_variant(job.id, variant, to_qimage(thumb))
        cost = variant.recipe.cost_usd or 0.0
        win.status.session_spend += cost
        win.status.project_spend += cost
        win.status.show_spend(demo=win.demo)
        if win.session.is_open and (variant.images or variant.recipe.response_id):
            win.session.save_variant((job.id, variant.index), variant, job.request.scene, job.spec)
        if job.series:
            self._update_series_progress()
        self._update_failed()

    def _variant_saved(self, key: object, outcome: tuple[SavedVariant, list[ImageRecord]]) -> None:
        batch_key, index = key if isinstance(key, tuple) else (key, 0)
        saved, records = outcome
        win = self.win
        if saved.lost:
            win.banner.show_message(
                UserMessage(
                    kind=ErrorKind.UNKNOWN,
                    title=self.tr("A delivered image was not saved"),
                    detail=saved.reason,
                    action=self.tr(
                        "Check the free disk space and the project folder's permissions, then "
                        "right-click the image: Try again, or Save as… into another folder."
                    ),
                )
            )
            win.gallery.variant_not_saved(batch_key, index, saved.reason)
            return
        if not records:  # blocked or failed: only the ledger row; the tile stays, saying why
            return
        win.gallery.variant_saved(batch_key, index, records)
        models = sorted(
            {win.gallery.model.itemData(i) for i in range(1, win.gallery.model.count())}
            | {r.model for r in records}
        )
        win.gallery.set_models(models)
        known = {win.gallery.scene.itemData(i) for i in range(1, win.gallery.scene.count())}
        if any(r.scene_id is not None and r.scene_id not in known for r in records):
            win.session.call(lambda project: project.scenes(), self.scenes_saved)

    # -- delivered but not saved ---------------------------------------------------------------------

    def save_again(self, job_id: object, index: int) -> None:
        """Try again to save a delivered variant into the project (the disk may have room now)."""
        job, variant = self.queue.job(job_id), self.win.gallery.session_variant(job_id, index)
        if job is None or variant is None or not self.win.session.is_open:
            return
        self.win.gallery.saving_again(job_id, index)
        self.win.session.save_variant((job.id, index), variant, job.request.scene, job.spec)

    def save_as(self, job_id: object, index: int) -> None:
        """Write a delivered variant (images and recipe) into a folder the user picks."""
        job, variant = self.queue.job(job_id), self.win.gallery.session_variant(job_id, index)
        if job is None or variant is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.win, self.tr("Save the image into a folder"), str(Path.home())
        )
        if folder:
            from cutie_app.core.services.saving import save_into_folder, slug

            stem = slug(job.request.scene or "image")
            self._files.submit((job.id, index), save_into_folder, Path(folder), stem, variant)

    def _saved_as(self, key: object, saved: SavedVariant) -> None:
        job_id, index = key if isinstance(key, tuple) else (key, 0)
        if saved.saved:
            self.win.gallery.drop_session_tile(job_id, index)
            where = saved.files[0].parent if saved.files else ""
            self.win.statusBar().showMessage(self.tr("Saved into %s") % where, 8000)
        else:
            self.win.gallery.variant_not_saved(job_id, index, saved.reason)
            self.win.banner.show_message(_save_as_message(saved.reason))

    def _models_listed(self, added: list[ModelInfo]) -> None:
        if not added:
            return
        import html

        win = self.win
        win.generate_panel.reload_models()
        names = ", ".join(info.display_name for info in added)
        news = UserMessage(
            ErrorKind.UNKNOWN,
            self.tr("New in Google's model list"),
            html.escape(names) + ".",
            self.tr("Pick it under Model to try it; Cutie has not checked its limits or prices yet."),
        )
        if win.banner.isVisibleTo(win):  # never hide a batch's own notice
            win.statusBar().showMessage(f"{show_text(news.title)}: {names}", 15000)
        else:
            win.banner.show_message(news, "info")

    def _job_finished(self, job: Job) -> None:
        win, result = self.win, job.result
        assert result is not None
        win.gallery.clear_pending(job.id)
        win.generate_panel.set_running(self.queue.running)
        win.generate_panel.refresh_model()  # the catalogue may have learned (e.g. no seed)
        delivered = len(result.delivered)
        win.statusBar().showMessage(
            self.tr("%d of %d variants delivered") % (delivered, len(result.variants)), 8000
        )
        # The key works and the service answers: a good moment to look for new models. Never
        # in demo mode: the demo server's models are made up and the catalogue is the real one.
        if delivered and not win.demo:
            self.queue.bridge.list_models_if_stale()
        if result.notices:
            win.banner.show_message(result.notices[-1], "notice")
        failures = [v.error for v in result.variants if v.error is not None and not v.delivered]
        if failures and not delivered:
            win.banner.show_message(failures[0])
        if job.series:
            self._update_series_progress()
        self._update_failed()
        if delivered and win.session.is_open:
            win.culling.load_scores(lambda project: project.score_recent())
            if win.deferred_ledger.is_current():
                win.session.load_ledger()

    def _job_refused(self, job: Job) -> None:
        self.win.generate_panel.set_running(self.queue.running)
        if job.error is not None:
            self.win.banner.show_message(job.error)

    def _update_failed(self) -> None:
        """The count on "Retry N failed": failed and blocked variants, never cancelled ones."""
        self.win.generate_panel.set_failed_count(len(self.win.gallery.failed_tiles()))

    def _update_series_progress(self) -> None:
        self.win.generate_panel.series.set_progress(*self.queue.series_progress())

    # -- scenes ------------------------------------------------------------------------------------------

    def _scenes_edited(self) -> None:
        if self.win.session.is_open:
            self.win.session.save_scenes(self.win.generate_panel.series.scenes())

    def scenes_saved(self, scenes: list[SceneRecord]) -> None:
        series = self.win.generate_panel.series
        shown = series.scenes()
        known = {i for i, _ in shown if i is not None}
        pending_new = any(i is None for i, _ in shown)
        # Take the project's list unless the user has edits in flight (they trigger another save).
        if [t for _, t in shown] == [s.text for s in scenes] or (
            not pending_new and known <= {s.id for s in scenes}
        ):
            series.set_scenes([(s.id, s.text) for s in scenes])
        self.win.gallery.set_scenes(scenes)


def _said(reason: object) -> str:
    """Why a save failed, kept translatable: an error's message, or the reason as it came."""
    if isinstance(reason, BaseException):
        return user_text(reason)
    return reason if isinstance(reason, str) else repr(reason)


def _save_as_message(reason: object) -> UserMessage:
    return UserMessage(
        kind=ErrorKind.UNKNOWN,
        title=QT_TRANSLATE_NOOP("GenerationController", "The image could not be saved there"),
        detail=_said(reason),
        action=QT_TRANSLATE_NOOP(
            "GenerationController", "Pick another folder; the image stays in the gallery until it is saved."
        ),
    )


def no_project_message() -> UserMessage:
    return UserMessage(
        kind=ErrorKind.INVALID_REQUEST,
        title=QT_TRANSLATE_NOOP("GenerationController", "No project is open"),
        detail=QT_TRANSLATE_NOOP(
            "GenerationController",
            "Cutie saves every image into a project, so it generates only while one is open.",
        ),
        action=QT_TRANSLATE_NOOP(
            "GenerationController", "Open or create a project (File menu), then generate."
        ),
    )
