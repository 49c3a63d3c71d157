"""The gallery's commands: listing, culling (flag, rate), stacks, scoring, comparing, checking,
exporting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut

from cutie_app.core.model.errors import ErrorKind, UserMessage, missing_key_message
from cutie_app.core.model.gallery_view import GalleryView
from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.model.references import ReferenceRole
from cutie_app.ui.models.project_session import ImageQuery, Ledger
from cutie_app.ui.models.thumbs import Thumb, to_qimage

if TYPE_CHECKING:
    from cutie_app.core.model.spec_check import SpecCheck
    from cutie_app.core.model.stacks import StackedListing
    from cutie_app.core.services.projects import ProjectService
    from cutie_app.ui.compare.comparator import Comparator, CompareItem
    from cutie_app.ui.compare.loupe import Loupe
    from cutie_app.ui.mainwindow import MainWindow
    from cutie_app.ui.window.trash import ImageDeleting

#: How many images around the selected one the loupe's filmstrip holds.
LOUPE_STRIP = 200
COMPARE_MAX = 8  # images the comparator shows side by side


class CullingController(QObject):
    """What the gallery and the comparator ask of the project (Delete and its Undo: `deleting`)."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self._query_serial = 0
        self._listed: ImageQuery | None = None  # the last query listed (None: a new project)
        self.loupe: Loupe | None = None
        gallery, session = win.gallery, win.session
        gallery.query_changed.connect(self.list_images)
        gallery.compare_requested.connect(self.compare)
        gallery.flag_requested.connect(self.set_flags)
        gallery.rating_requested.connect(self.set_ratings)
        gallery.promote_requested.connect(win.editing.promote)
        gallery.export_requested.connect(self.export_images)
        gallery.spec_check_requested.connect(self.check_against_spec)
        gallery.thumbs_wanted.connect(session.load_thumbs)
        gallery.show_in_folder_requested.connect(self.show_in_folder)
        gallery.copy_requested.connect(self.copy_image)
        gallery.vary_requested.connect(self.vary)
        gallery.again_requested.connect(self.again)
        gallery.stack_top_requested.connect(self.set_stack_top)
        gallery.view_changed.connect(self.remember_view)
        self._deleting: ImageDeleting | None = None
        gallery.delete_requested.connect(lambda image_ids: self.deleting.delete(image_ids))
        win.bridge.spec_checked.connect(self._spec_checked)
        win.bridge.spec_check_failed.connect(lambda _key, message: win.banner.show_message(message))
        compare_key = QShortcut(QKeySequence("C"), gallery.list)
        compare_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        compare_key.activated.connect(lambda: self.compare(gallery.compare_ids()))
        win.deferred_comparator.when_made(self._connect_comparator)
        session.images_listed.connect(self._images_listed)
        session.thumbs_ready.connect(self._thumbs_ready)
        session.image_updated.connect(self._image_updated)
        session.ledger_ready.connect(self._ledger_ready)
        session.changed.connect(self.refresh)
        win.results_tabs.currentChanged.connect(self._results_tab_changed)

    @property
    def deleting(self) -> ImageDeleting:
        """Delete and its Undo, made with the first deletion (its code loads then)."""
        if self._deleting is None:
            from cutie_app.ui.window.trash import ImageDeleting

            self._deleting = ImageDeleting(self.win, self.refresh)
        return self._deleting

    def _connect_comparator(self, comparator: Comparator) -> None:
        win = self.win
        comparator.flag_changed.connect(lambda image_id, flag: self.set_flags([image_id], flag))
        comparator.rating_changed.connect(lambda image_id, stars: self.set_ratings([image_id], stars))
        comparator.promote_requested.connect(
            lambda image_id, role: win.editing.promote(
                image_id, ReferenceRole.ANCHOR if role == "anchor" else ReferenceRole.IDENTITY
            )
        )
        comparator.closed.connect(win.show_workspace)

    # -- listing -------------------------------------------------------------------------------------

    def list_images(self, query: ImageQuery) -> None:
        """List the images the gallery's filters ask for; when only Stack by changed, group the
        images already listed again instead (on the store worker: tops and scores are read)."""
        if not self.win.session.is_open:
            return
        self._query_serial += 1
        serial, previous, self._listed = self._query_serial, self._listed, query
        restacked = previous is not None and previous != query == replace(previous, stack=query.stack)
        records = self.win.gallery.tiles.listed_records() if restacked else None
        if records is None:
            self.win.session.list_images(serial, query)
            return
        from cutie_app.core.services.stacks import regroup  # with the first Stack by, not at start

        mode = query.stack
        self.win.session.call(
            lambda project: regroup(project, records, mode),
            lambda listing: self._images_listed(serial, listing),
        )

    def forget_listing(self) -> None:
        """Another project opened: the next listing reads it whole."""
        self._listed = None

    def refresh(self) -> None:
        """List the images again under the current filter (e.g. another process added some)."""
        self.list_images(self.win.gallery.query())

    def _images_listed(self, serial: int, records: list[ImageRecord] | StackedListing) -> None:
        if serial != self._query_serial:
            return  # an older filter's answer
        self.win.gallery.show_records(records)  # it asks for the thumbnails on screen (thumbs_wanted)

    # -- stacks and the gallery's view ---------------------------------------------------------

    def set_stack_top(self, key: str, image_id: int | None) -> None:
        """Remember the image chosen as the top of a stack (None: the best), then list again."""
        if self.win.session.is_open:
            self.win.session.call(
                lambda project: project.set_stack_top(key, image_id), lambda _: self.refresh()
            )

    def remember_view(self, view: GalleryView) -> None:
        """Keep the gallery's stacking, order and thumbnail size with the project."""
        if self.win.session.is_open and not self.win.session.read_only:
            self.win.session.call(lambda project: project.save_gallery_view(view), lambda _: None)

    def _thumbs_ready(self, thumbs: list[tuple[int, Thumb | None]]) -> None:
        self.win.gallery.set_thumbs({image_id: to_qimage(thumb) for image_id, thumb in thumbs})

    # -- culling -------------------------------------------------------------------------------------

    def set_flags(self, image_ids: list[int], flag: str) -> None:
        for image_id in image_ids:
            if image_id > 0:
                self.win.session.set_flag(image_id, flag)

    def set_ratings(self, image_ids: list[int], stars: int) -> None:
        for image_id in image_ids:
            if image_id > 0:
                self.win.session.set_rating(image_id, stars)

    def _image_updated(self, record: ImageRecord) -> None:
        self.win.gallery.update_record(record)
        comparator = self.win.deferred_comparator.made
        if comparator is not None:
            comparator.update_item(record.id, flag=record.flag, rating=record.rating)

    # -- files, clipboard, recipes -----------------------------------------------------------------------

    def show_in_folder(self, image_id: int) -> None:
        """Open the folder holding the image's file in the system's file manager."""
        if self.win.session.is_open:
            self.win.session.call(lambda project: project.image_path(project.image(image_id)), self._reveal)

    def _reveal(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            self.win.statusBar().showMessage(self.tr("The image is in %s") % path.parent, 15000)

    def copy_image(self, image_id: int) -> None:
        """The image's own bytes (no re-encoding) and its file go to the clipboard."""
        if self.win.session.is_open:
            self.win.session.call(
                lambda project: (project.image_bytes(image_id), project.image_path(project.image(image_id))),
                lambda found: self._copy(image_id, found),
            )

    def _copy(self, image_id: int, found: tuple[tuple[bytes, str], Path]) -> None:
        (data, mime), path = found
        clip = QMimeData()
        clip.setData(mime, QByteArray(data))
        clip.setUrls([QUrl.fromLocalFile(str(path))])
        QGuiApplication.clipboard().setMimeData(clip)
        self.win.statusBar().showMessage(self.tr("Copied image #%d") % image_id, 4000)

    def vary(self, image_id: int) -> None:
        """Open the image's recipe in the generate panel to change one thing, then Generate."""
        recipe = self._recipe(image_id)
        if recipe is None:
            return
        missed = self.win.generate_panel.apply_recipe(
            recipe.model, recipe.aspect_ratio, recipe.image_size, recipe.seed_sent, recipe.scene
        )
        self.win.generate_panel.scene.setFocus()
        note = self.tr("Image #%d's settings are in the Generate panel") % image_id
        if missed:
            note += " " + self.tr("(not available now: %s)") % ", ".join(missed)
        self.win.statusBar().showMessage(note, 8000)

    def again(self, image_id: int) -> None:
        """Run the image's recipe again (its prompt, settings and references) for new variants."""
        recipe = self._recipe(image_id)
        if recipe is None:
            return
        self.win.generation.run_recipe(recipe, label=f"#{image_id}")

    def _recipe(self, image_id: int) -> Recipe | None:
        record = self.win.gallery.record(image_id)
        recipe = record.recipe() if record is not None else None
        if recipe is None:
            self.win.banners.show(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title=self.tr("This image has no recipe"),
                    detail=self.tr("Image #%d was recovered or imported without one.") % image_id,
                )
            )
        return recipe

    # -- scores, spec checks ---------------------------------------------------------------------------

    def load_scores(self, fn: Callable[[ProjectService], dict[int, float]]) -> None:
        self.win.session.call(fn, self._scores_ready)

    def _scores_ready(self, scores: dict[int, float]) -> None:
        self.win.gallery.set_scores(scores)
        self.win.statusBar().clearMessage()

    def score_all(self) -> None:
        if self.win.session.is_open:
            self.win.statusBar().showMessage(self.tr("Scoring consistency…"))
            self.load_scores(lambda project: project.score_all())

    def check_against_spec(self, image_id: int) -> None:
        """Ask a Gemini text model whether the image shows each trait of the current spec."""
        win = self.win
        if not win.session.is_open:
            return
        if not (win.demo or win.keys.has_key):
            win.banner.show_message(missing_key_message())
            return
        win.statusBar().showMessage(self.tr("Checking image #%d against the spec…") % image_id)
        win.session.call(
            lambda project: project.image_bytes(image_id),
            lambda found: win.bridge.check_spec(image_id, win.editing.spec_shown, found[0], found[1]),
        )

    def _spec_checked(self, image_id: int, check: SpecCheck) -> None:
        from cutie_app.ui.dialogs.spec_check_view import SpecCheckDialog

        win = self.win
        win.statusBar().clearMessage()
        dialog = SpecCheckDialog(f"#{image_id}", win.gallery.thumb(image_id), check, win)
        dialog.show()
        win.spec_check_dialog = dialog

    # -- comparing, exporting -----------------------------------------------------------------------

    def compare(self, image_ids: list[int]) -> None:
        """Open the comparator: one image is compared with the anchor, 2-8 side by side."""
        if not image_ids or not self.win.session.is_open:
            return
        from cutie_app.ui.compare.compare_items import compare_items

        ids = image_ids[:COMPARE_MAX]
        if len(image_ids) > COMPARE_MAX:
            self.win.statusBar().showMessage(
                self.tr("Comparing the first %d of %d images: the comparator shows up to %d at once")
                % (COMPARE_MAX, len(image_ids), COMPARE_MAX),
                8000,
            )
        candidates = self.win.gallery.record_ids_in_view()
        self.win.session.call(lambda project: compare_items(project, ids, candidates), self._compare_ready)

    def _compare_ready(self, found: tuple[list[CompareItem], str]) -> None:
        items, mode = found
        if not items:
            return
        self.win.comparator.set_items(items, mode=mode)
        self.win.pages.setCurrentWidget(self.win.comparator)
        self.win.comparator.setFocus()

    def export_images(self, image_ids: list[int]) -> None:
        """The Export dialog: selected, picks, rated or all; format, size, names, recipe or client copy."""
        win = self.win
        if not win.session.is_open:
            return
        from cutie_app.ui.dialogs.export_dialog import open_export_dialog

        open_export_dialog(win, win.session, list(image_ids) or win.gallery.selected_ids())

    def open_loupe(self) -> None:
        """The selected image full screen, with a filmstrip of the images in view."""
        win = self.win
        in_view = win.gallery.record_ids_in_view()
        if not in_view:
            return
        from cutie_app.ui.compare.compare_items import item_for
        from cutie_app.ui.compare.loupe import open_loupe

        selected = win.gallery.selected_ids()
        start = selected[0] if selected else in_view[0]
        at = in_view.index(start) if start in in_view else 0
        ids = in_view[max(0, at - LOUPE_STRIP // 2) : at + LOUPE_STRIP // 2]  # a strip, not the project

        def items(project: ProjectService) -> list[CompareItem]:
            scores = project.cached_scores()
            return [item_for(project, project.image(i), scores) for i in ids]

        def show(found: list[CompareItem]) -> None:
            self.loupe = open_loupe(win, found, start)

        win.session.call(items, show)

    # -- spending tab ------------------------------------------------------------------------------------

    def _results_tab_changed(self) -> None:
        if self.win.deferred_ledger.is_current() and self.win.session.is_open:
            self.win.session.load_ledger()

    def _ledger_ready(self, ledger: Ledger) -> None:
        self.win.ledger_view.show_ledger(ledger.entries, ledger.scenes)
