"""Compare variants against the anchor: Compare, Survey, Wipe and Difference, culling keys.

Gemini image models take no seed, so the illustrator makes several variants and keeps the most
consistent. This widget shows them zoomed and panned together (one `ViewSync`), so the same
detail (an eye, the hair clip) is seen in every candidate at once, with each image's recipe,
or the differences between two recipes, at hand. It only reports decisions through signals;
the window that owns the project writes them.

Modes:
    compare: two panes; with an anchor it stays left and the arrows step the right pane
        through the candidates (Lightroom's Select / Candidate).
    survey: up to eight panes in a grid; the arrows move the selection, scrolling the panes
        when there are more images than panes (an anchor stays pinned first).
    wipe / difference: the compare pair in one view (A left of a divider, B right), or
        |A − B| brightened so small changes show; the arrows step B.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QPainter, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.imaging.difference import DifferenceStats
from cutie_app.core.services.previews import PictureLoadError, PreviewFile, save_preview
from cutie_app.ui.compare.image_view import (
    DecodeCache,
    Detail,
    DetailRequest,
    ImageCanvas,
    Loaded,
    ScreenDifference,
    ScreenImage,
    SourceCache,
    ViewSync,
    WipeCanvas,
    decode_for_screen,
    difference_for_screen,
    draw_chip,
    render_detail,
    render_difference_detail,
    screen_edge_for,
)
from cutie_app.ui.compare.recipe_panel import RecipePanel
from cutie_app.ui.workers import Jobs

MODES = ("compare", "survey", "wipe", "difference")
PAIR_MODES = ("compare", "wipe", "difference")
MAX_PANES = 8
FLAGS = ("none", "pick", "reject")
GRID_GAP = 6
PICK_COLOUR = QColor("#2f9e55")
REJECT_COLOUR = QColor("#d0443a")
ANCHOR_COLOUR = QColor("#e07b00")


@dataclass(frozen=True)
class CompareItem:
    """One image offered for comparison, with what the panes draw over it."""

    image_id: int  # project image id (an anchor taken from the references may be negative)
    path: Path
    title: str
    flag: str = "none"  # "none" | "pick" | "reject"
    rating: int = 0  # 0-5
    recipe: Mapping[str, Any] = field(default_factory=dict)  # Recipe.to_dict()
    is_anchor: bool = False
    badge: str = ""  # e.g. a consistency score "87 %"
    preview: PreviewFile | None = None  # where its screen-size preview is cached, if anywhere


def grid_shape(count: int, width: float, height: float, aspect: float) -> tuple[int, int]:
    """(columns, rows) that show ``count`` images of ``aspect`` (w/h) as large as possible."""
    best, best_size = (1, max(1, count)), -1.0
    for cols in range(1, max(1, count) + 1):
        rows = math.ceil(count / cols)
        cell_w = (width - (cols - 1) * GRID_GAP) / cols
        cell_h = (height - (rows - 1) * GRID_GAP) / rows
        size = min(cell_w / aspect, cell_h)  # shown image height
        if size > best_size + 0.5:
            best, best_size = (cols, rows), size
    return best


def _job_tag(tag: object) -> tuple[str, Any, int]:
    """A job's tag as the comparator built it: (kind, key, generation); the key's type depends on the kind."""
    return cast("tuple[str, Any, int]", tag)


def _star(centre: QPointF, outer: float) -> QPolygonF:
    inner = outer * 0.45
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)


class ComparePane(ImageCanvas):
    """One image with its title, flag, stars, badge and zoom drawn over it."""

    def __init__(self, sync: ViewSync, index: int, parent: QWidget | None = None) -> None:
        super().__init__(sync, parent)
        self.setObjectName(f"comparePane{index}")
        self.setAccessibleName(self.tr("Image pane {n}").format(n=index + 1))
        self.item: CompareItem | None = None
        self.selected = False
        self.secondary = False
        self.tag = ""  # "A" / "B" in the pair modes
        self.highlight = QColor("#e07b00")

    def set_item(self, item: CompareItem | None) -> None:
        if item == self.item:
            return  # an unchanged pane is not painted again when another pane's picture arrives
        self.item = item
        if item is not None:
            self.setAccessibleDescription(self.overlay_text())
        self.update()

    def set_marks(self, *, selected: bool, secondary: bool, tag: str) -> None:
        """The selection frame and the A/B tag (repainted only when they change)."""
        if (selected, secondary, tag) != (self.selected, self.secondary, self.tag):
            self.selected, self.secondary, self.tag = selected, secondary, tag
            self.update()

    def overlay_text(self) -> str:
        """What the overlay shows, as words (screen readers, tests)."""
        if self.item is None:
            return ""
        parts = [self.item.title]
        if self.item.is_anchor:
            parts.append(self.tr("anchor"))
        parts.append({"pick": self.tr("picked"), "reject": self.tr("rejected")}.get(self.item.flag, ""))
        parts.append(self.tr("{n} of 5 stars").format(n=self.item.rating))
        if self.item.badge:
            parts.append(self.item.badge)
        return ", ".join(p for p in parts if p)

    def zoom_text(self) -> str:
        if not self.has_image():
            return ""
        percent = round(self.effective_zoom() * 100)
        text = self.tr("Fit {p} %").format(p=percent) if self.sync.fit else f"{percent} %"
        if not self.offset.is_identity():
            text += " · " + self.tr("unsynced")
        return text

    def paint_overlay(self, painter: QPainter) -> None:
        item = self.item
        if item is None:
            return
        if item.flag == "reject" and self.has_image():
            painter.fillRect(self.rect(), QColor(0, 0, 0, 120))
        margin = 8.0
        x = margin
        if self.tag:
            tag_rect = draw_chip(
                painter,
                self.tag,
                QPointF(x, margin),
                background=QColor(255, 255, 255, 225),
                foreground=QColor("#202020"),
            )
            x = tag_rect.right() + 4
        if item.is_anchor:
            x = (
                draw_chip(painter, self.tr("Anchor"), QPointF(x, margin), background=ANCHOR_COLOUR).right()
                + 4
            )
        if not (item.is_anchor and item.title.casefold() == "anchor"):
            x = draw_chip(painter, item.title, QPointF(x, margin)).right() + 4
        if item.badge:
            draw_chip(painter, item.badge, QPointF(x, margin), background=QColor(40, 90, 160, 210))
        if item.flag == "pick":
            draw_chip(
                painter,
                self.tr("Pick"),
                QPointF(self.width() - margin, margin),
                right=True,
                background=PICK_COLOUR,
            )
        elif item.flag == "reject":
            draw_chip(
                painter,
                self.tr("Rejected"),
                QPointF(self.width() - margin, margin),
                right=True,
                background=REJECT_COLOUR,
            )
        if item.rating or self.selected:  # empty stars only where a key press would land
            self._paint_stars(painter, QPointF(margin, self.height() - margin), item.rating)
        zoom = self.zoom_text() if (self.selected or not self.offset.is_identity()) else ""
        if zoom:
            draw_chip(
                painter, zoom, QPointF(self.width() - margin, self.height() - margin), right=True, bottom=True
            )
        self._paint_frame(painter)

    def _paint_stars(self, painter: QPainter, bottom_left: QPointF, rating: int) -> None:
        size, gap = 8.0, 3.0
        width = 5 * 2 * size + 4 * gap + 12
        box = QRectF(bottom_left.x(), bottom_left.y() - 2 * size - 8, width, 2 * size + 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 165))
        painter.drawRoundedRect(box, 5, 5)
        for i in range(5):
            centre = QPointF(box.x() + 6 + size + i * (2 * size + gap), box.center().y() + 0.5)
            star = _star(centre, size)
            if i < rating:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#ffc83d"))
            else:
                painter.setPen(QPen(QColor(255, 255, 255, 150), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(star)
        painter.restore()

    def _paint_frame(self, painter: QPainter) -> None:
        if not (self.selected or self.secondary):
            return
        painter.save()
        pen = QPen(self.highlight, 3 if self.selected else 2)
        if not self.selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()


class PairWipe(WipeCanvas):
    """The wipe view with "A · title" and "B · title" labels on their sides."""

    def __init__(self, sync: ViewSync, parent: QWidget | None = None) -> None:
        super().__init__(sync, parent)
        self.setObjectName("wipeView")
        self.setAccessibleName(self.tr("Wipe: image A left of the divider, image B right"))
        self.titles = ("", "")

    def paint_overlay(self, painter: QPainter) -> None:
        super().paint_overlay(painter)
        if not self.has_image():
            return
        draw_chip(painter, "A · " + self.titles[0], QPointF(8, 8))
        draw_chip(painter, "B · " + self.titles[1], QPointF(self.width() - 8, 8), right=True)


class DifferenceView(ImageCanvas):
    """|A − B| with a caption saying how much it was brightened."""

    def __init__(self, sync: ViewSync, parent: QWidget | None = None) -> None:
        super().__init__(sync, parent)
        self.setObjectName("differenceView")
        self.setAccessibleName(self.tr("Difference between image A and image B"))
        self.caption = ""

    def paint_overlay(self, painter: QPainter) -> None:
        if self.has_image() and self.caption:
            draw_chip(painter, self.caption, QPointF(8, 8))


class PaneGrid(QWidget):
    """Lays the visible panes out in the grid that shows them largest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneGrid")
        self.panes: list[ComparePane] = []
        self.aspect = 1.0
        self.columns = 1

    def set_panes(self, panes: Sequence[ComparePane], aspect: float) -> None:
        for pane in self.panes:
            if pane not in panes:
                pane.hide()
        self.panes, self.aspect = list(panes), aspect
        self._layout()
        for pane in self.panes:
            pane.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        if not self.panes:
            return
        cols, rows = grid_shape(len(self.panes), self.width(), self.height(), self.aspect)
        self.columns = cols
        cell_w = (self.width() - (cols - 1) * GRID_GAP) / cols
        cell_h = (self.height() - (rows - 1) * GRID_GAP) / rows
        for i, pane in enumerate(self.panes):
            row, col = divmod(i, cols)
            pane.setGeometry(
                round(col * (cell_w + GRID_GAP)),
                round(row * (cell_h + GRID_GAP)),
                round(cell_w),
                round(cell_h),
            )


class Comparator(QWidget):
    """Side-by-side comparison of variants with synced zoom and pan, culling keys and recipes.

    Signals:
        flag_changed(int, str): image id, new flag ("none" | "pick" | "reject").
        rating_changed(int, int): image id, stars 0-5.
        promote_requested(int, str): image id, "anchor" | "reference".
        conversation_requested(int): edit this image in a new conversation (an anchor taken
            from the references has an id <= 0: the conversation starts from the anchor).
        current_changed(int): image id of the selected pane.
        closed(): the user pressed Esc or Back.
    """

    flag_changed = Signal(int, str)
    rating_changed = Signal(int, int)
    promote_requested = Signal(int, str)
    conversation_requested = Signal(int)
    current_changed = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, cache: DecodeCache | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparator")
        self.setAccessibleName(self.tr("Compare images"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cache = cache or DecodeCache()
        self.sources = SourceCache()  # full-resolution pictures for the zoomed-in region only
        self.jobs = Jobs(workers=2, name="cutie-compare")
        self.jobs.finished.connect(self._job_finished)
        self.jobs.failed.connect(self._job_failed)
        self.sync = ViewSync()
        self.sync.changed.connect(self._view_changed)

        self._items: list[CompareItem] = []
        self._mode = "survey"
        self._left: int | None = None  # the pair's fixed side (anchor, or first image)
        self._candidate: int | None = None  # the pair's stepping side
        self._current: int | None = None
        self._second: int | None = None  # Ctrl+clicked in survey
        self._survey_start = 0
        # Every mode shows screen-sized images; the region on screen comes at full size when zoomed.
        self._images: dict[Path, ScreenImage] = {}
        self._errors: dict[Path, str] = {}
        self._loading: set[Path] = set()
        # The pair's difference at screen size (only the pair shown: the others stay in the cache).
        self._diffs: dict[tuple[Path, Path], ScreenDifference | str] = {}
        self._diff_loading: set[tuple[Path, Path]] = set()
        self._generation = 0  # bumped by set_items; results of older requests are dropped

        self._build()
        self._apply_palette()
        self._refresh()

    # -- construction ----------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str, *, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.back_button = self._button(
            "compareBack", self.tr("‹ Back"), self.tr("Leave the comparison (Esc)")
        )
        self.back_button.clicked.connect(self.closed.emit)
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        self.mode_buttons: dict[str, QToolButton] = {}
        for mode, text, tip in (
            ("compare", self.tr("Compare"), self.tr("Anchor and one candidate side by side (C)")),
            ("survey", self.tr("Survey"), self.tr("Up to eight images in a grid (N)")),
            ("wipe", self.tr("Wipe"), self.tr("A and B in one view with a draggable divider (W)")),
            ("difference", self.tr("Difference"), self.tr("Where A and B differ, brightened (D)")),
        ):
            button = self._button(f"mode_{mode}", text, tip, checkable=True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_buttons[mode] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        self.fit_button = self._button(
            "zoomFit", self.tr("Fit"), self.tr("Fit whole images (Z toggles)"), checkable=True
        )
        self.fit_button.clicked.connect(lambda: self.sync.set_fit())
        self.actual_button = self._button(
            "zoom100",
            self.tr("100 %"),
            self.tr("One image pixel per screen pixel (Z toggles)"),
            checkable=True,
        )
        self.actual_button.clicked.connect(lambda: self.sync.set_zoom(1.0, self._zoom_centre()))
        self.loupe_button = self._button(
            "loupeToggle",
            self.tr("Loupe"),
            self.tr("A 100 % magnifier under the cursor (hold L or the middle button)"),
            checkable=True,
        )
        self.loupe_button.toggled.connect(self._loupe_toggled)
        self.resync_button = self._button(
            "resync", self.tr("Re-sync"), self.tr("Line panes up again after Shift+wheel or Shift+drag (S)")
        )
        self.resync_button.clicked.connect(self.sync.resync)
        for button in (self.fit_button, self.actual_button, self.loupe_button, self.resync_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.auto_advance = QCheckBox(self.tr("Auto-advance"))
        self.auto_advance.setObjectName("autoAdvance")
        self.auto_advance.setAccessibleName(self.tr("Auto-advance"))
        self.auto_advance.setToolTip(self.tr("After a flag or rating, move to the next candidate"))
        self.auto_advance.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar.addWidget(self.auto_advance)
        bar.addSpacing(12)
        self.anchor_button = self._button(
            "setAnchor", self.tr("Set as anchor"), self.tr("Make the selected image the anchor")
        )
        self.anchor_button.clicked.connect(lambda: self._promote("anchor"))
        self.reference_button = self._button(
            "addReference",
            self.tr("Add to references"),
            self.tr("Add the selected image to the reference slots"),
        )
        self.reference_button.clicked.connect(lambda: self._promote("reference"))
        self.recipe_button = self._button(
            "recipeToggle", self.tr("Recipe"), self.tr("Show or hide the recipe panel (I)"), checkable=True
        )
        self.recipe_button.setChecked(True)
        self.recipe_button.toggled.connect(self._recipe_toggled)
        self.conversation_button = self._button(
            "editInConversation",
            self.tr("Edit in conversation"),
            self.tr("Start a conversation that edits the selected image"),
        )
        self.conversation_button.clicked.connect(self._edit_in_conversation)
        for button in (
            self.anchor_button,
            self.reference_button,
            self.conversation_button,
            self.recipe_button,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(True)
        self.stage = QStackedWidget()
        self.stage.setObjectName("compareStage")
        self.grid = PaneGrid()
        self.panes = [ComparePane(self.sync, i, self.grid) for i in range(MAX_PANES)]
        for pane in self.panes:
            pane.hide()
            pane.clicked.connect(lambda mods, p=pane: self._pane_clicked(p, mods))
            pane.zoom_toggle_requested.connect(self.toggle_zoom)
            pane.interacted.connect(self._view_changed)
            pane.detail_requested.connect(lambda request, p=pane: self._want_detail(p, request))
        self.wipe = PairWipe(self.sync)
        self.wipe.detail_requested.connect(self._want_wipe_detail)
        self.difference = DifferenceView(self.sync)
        self.difference.detail_requested.connect(self._want_difference_detail)
        for canvas in (self.wipe, self.difference):
            canvas.clicked.connect(lambda _mods: self.setFocus())
            canvas.zoom_toggle_requested.connect(self.toggle_zoom)
            canvas.interacted.connect(self._view_changed)
        self.stage.addWidget(self.grid)
        self.stage.addWidget(self.wipe)
        self.stage.addWidget(self.difference)
        self.recipe = RecipePanel()
        self.splitter.addWidget(self.stage)
        self.splitter.addWidget(self.recipe)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 330])
        layout.addWidget(self.splitter, 1)

        status = QHBoxLayout()
        self.position_label = QLabel()
        self.position_label.setObjectName("comparePosition")
        self.position_label.setAccessibleName(self.tr("Position"))
        status.addWidget(self.position_label)
        status.addStretch(1)
        self.hint_label = QLabel(
            self.tr(
                "←/→ step · P pick · X reject · U unflag · 0–5 stars · Z fit/100 % · L loupe · "
                "Shift+wheel one pane · S re-sync · Esc back"
            )
        )
        self.hint_label.setObjectName("compareHints")
        self.hint_label.setAccessibleName(self.tr("Keyboard shortcuts"))
        status.addWidget(self.hint_label)
        layout.addLayout(status)

    def _apply_palette(self) -> None:
        dark = self.palette().window().color().lightness() < 128
        background = QColor("#1e1e21") if dark else QColor("#707075")
        highlight = self.palette().highlight().color()
        for canvas in self.sync.canvases:
            canvas.background = background
            if isinstance(canvas, ComparePane):
                canvas.highlight = highlight

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._apply_palette()

    # -- public API ----------------------------------------------------------------------

    def set_items(self, items: Sequence[CompareItem], *, mode: str = "auto") -> None:
        """Show these images; ``mode`` "auto" picks compare for two and survey otherwise.

        All candidates go in one list: compare steps through them beside the anchor and survey
        scrolls through them eight at a time, so no separate candidate list is needed.
        """
        ids = [item.image_id for item in items]
        if len(set(ids)) != len(ids):
            raise ValueError("comparator items need distinct image ids")
        if mode not in (*MODES, "auto"):
            raise ValueError(f"unknown comparator mode {mode!r}")
        self._items = list(self._ordered(items))
        ids = [item.image_id for item in self._items]
        anchor = next((item.image_id for item in self._items if item.is_anchor), None)
        self._left = anchor if anchor is not None else (ids[0] if ids else None)
        others = [i for i in ids if i != self._left]
        self._candidate = self._candidate if self._candidate in others else (others[0] if others else None)
        if self._current not in ids:
            self._current = self._candidate if self._candidate is not None else self._left
        if self._second not in ids or self._second == self._current:
            self._second = None
        paths = {item.path for item in self._items}
        self._generation += 1
        self._loading.clear()
        self._diff_loading.clear()
        self._images = {path: img for path, img in self._images.items() if path in paths}
        self._errors = {}
        self._diffs = {k: v for k, v in self._diffs.items() if k[0] in paths and k[1] in paths}
        if mode == "auto":
            mode = "compare" if len(self._items) == 2 else "survey"
        if mode in PAIR_MODES and len(self._items) < 2:
            mode = "survey"
        self._mode = mode
        self._refresh()
        if self._current is not None:
            self.current_changed.emit(self._current)

    def update_item(
        self, image_id: int, *, flag: str | None = None, rating: int | None = None, badge: str | None = None
    ) -> None:
        """Change what a pane shows for one image (e.g. after the project saved it)."""
        item = self._item(image_id)
        if item is None:
            return
        changes: dict[str, Any] = {}
        if flag is not None:
            changes["flag"] = flag
        if rating is not None:
            changes["rating"] = rating
        if badge is not None:
            changes["badge"] = badge
        self._replace(replace(item, **changes))

    def current_id(self) -> int | None:
        return self._current

    def mode(self) -> str:
        return self._mode

    def items(self) -> list[CompareItem]:
        return list(self._items)

    def item(self, image_id: int) -> CompareItem | None:
        return self._item(image_id)

    def pair_ids(self) -> tuple[int | None, int | None]:
        """(A, B) of the pair modes: the fixed side and the stepping candidate."""
        return self._left, self._candidate

    def second_id(self) -> int | None:
        return self._second

    def visible_panes(self) -> list[ComparePane]:
        return [p for p in self.panes if p.item is not None and not p.isHidden()]

    def pane_for(self, image_id: int) -> ComparePane | None:
        return next((p for p in self.visible_panes() if p.item and p.item.image_id == image_id), None)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown comparator mode {mode!r}")
        if mode in PAIR_MODES and len(self._items) < 2:
            self._refresh()
            return
        if mode in PAIR_MODES and self._mode == "survey":
            self._pair_from_survey()
        self._mode = mode
        self._refresh()

    def toggle_zoom(self, point: tuple[float, float] | None = None) -> None:
        """Fit ↔ 100 %, centred on ``point`` (normalised) when given."""
        if self.sync.fit:
            self.sync.set_zoom(1.0, point or self._zoom_centre())
        else:
            self.sync.set_fit()

    def set_loupe(self, on: bool) -> None:
        self.loupe_button.setChecked(on)

    def shutdown(self) -> None:
        """Wait for decode workers; call before the owner is destroyed."""
        self.jobs.shutdown()

    # -- items and selection ---------------------------------------------------------------

    @staticmethod
    def _ordered(items: Sequence[CompareItem]) -> list[CompareItem]:
        return [i for i in items if i.is_anchor] + [i for i in items if not i.is_anchor]

    def _item(self, image_id: int | None) -> CompareItem | None:
        return next((i for i in self._items if i.image_id == image_id), None)

    def _replace(self, item: CompareItem) -> None:
        self._items = [item if i.image_id == item.image_id else i for i in self._items]
        for pane in self.panes:
            if pane.item is not None and pane.item.image_id == item.image_id:
                pane.set_item(item)

    def _ids(self) -> list[int]:
        return [i.image_id for i in self._items]

    def _candidates(self) -> list[int]:
        return [i for i in self._ids() if i != self._left]

    def _pair_from_survey(self) -> None:
        """Entering a pair mode from survey: A = the Ctrl+clicked or anchor image, B = current."""
        ids = self._ids()
        current = self._current if self._current is not None else ids[0]
        anchor = next((i.image_id for i in self._items if i.is_anchor), None)
        left = self._second if self._second is not None else anchor
        if left is None or left == current:
            left = ids[0] if ids[0] != current else ids[1]
        self._left, self._candidate, self._current, self._second = left, current, current, None

    def _visible_ids(self) -> list[int]:
        if self._mode in PAIR_MODES:
            return [i for i in (self._left, self._candidate) if i is not None]
        ids = self._ids()
        if len(ids) <= MAX_PANES:
            return ids
        pinned = [i.image_id for i in self._items if i.is_anchor][:1]
        rest = [i for i in ids if i not in pinned]
        room = MAX_PANES - len(pinned)
        if self._current in rest:
            index = rest.index(self._current)
            if index < self._survey_start:
                self._survey_start = index
            elif index >= self._survey_start + room:
                self._survey_start = index - room + 1
        self._survey_start = max(0, min(self._survey_start, len(rest) - room))
        return pinned + rest[self._survey_start : self._survey_start + room]

    def _select(self, image_id: int | None) -> None:
        if image_id is None or image_id == self._current:
            self._refresh()
            return
        self._current = image_id
        if self._second == image_id:
            self._second = None
        self._refresh()
        self.current_changed.emit(image_id)

    def step(self, delta: int) -> None:
        """Arrow keys: the next/previous candidate in pair modes, the next pane in survey."""
        if self._mode in PAIR_MODES:
            candidates = self._candidates()
            if not candidates:
                return
            index = candidates.index(self._candidate) if self._candidate in candidates else 0
            index = max(0, min(len(candidates) - 1, index + delta))
            self._candidate = candidates[index]
            self._select(self._candidate)
            self._prefetch(candidates[min(len(candidates) - 1, index + (1 if delta >= 0 else -1))])
        else:
            ids = self._ids()
            if not ids:
                return
            index = ids.index(self._current) if self._current in ids else 0
            self._select(ids[max(0, min(len(ids) - 1, index + delta))])

    def _pane_clicked(self, pane: ComparePane, modifiers: Any) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if pane.item is None:
            return
        image_id = pane.item.image_id
        ctrl = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        if ctrl and self._mode == "survey" and image_id != self._current:
            self._second = None if self._second == image_id else image_id
            self._refresh()
        else:
            self._select(image_id)

    # -- decisions ---------------------------------------------------------------------

    def set_flag(self, flag: str) -> None:
        item = self._item(self._current)
        if item is None or flag not in FLAGS:
            return
        self._replace(replace(item, flag=flag))
        self.flag_changed.emit(item.image_id, flag)
        self._after_decision()

    def set_rating(self, stars: int) -> None:
        item = self._item(self._current)
        if item is None:
            return
        stars = max(0, min(5, stars))
        self._replace(replace(item, rating=stars))
        self.rating_changed.emit(item.image_id, stars)
        self._after_decision()

    def _after_decision(self) -> None:
        if not self.auto_advance.isChecked():
            return
        if self._mode in PAIR_MODES and self._current != self._candidate:
            return  # a decision on the anchor side does not move the candidate
        self.step(1)

    def _edit_in_conversation(self) -> None:
        if self._current is not None:
            self.conversation_requested.emit(self._current)

    def _promote(self, role: str) -> None:
        if self._current is not None:
            self.promote_requested.emit(self._current, role)

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        columns = self.grid.columns if self._mode == "survey" else 1
        letters = {
            Qt.Key.Key_P: lambda: self.set_flag("pick"),
            Qt.Key.Key_X: lambda: self.set_flag("reject"),
            Qt.Key.Key_U: lambda: self.set_flag("none"),
            Qt.Key.Key_Z: lambda: self.toggle_zoom(self._zoom_centre()),
            Qt.Key.Key_S: self.sync.resync,
            Qt.Key.Key_I: lambda: self.recipe_button.toggle(),
            Qt.Key.Key_C: lambda: self.set_mode("compare"),
            Qt.Key.Key_N: lambda: self.set_mode("survey"),
            Qt.Key.Key_W: lambda: self.set_mode("wipe"),
            Qt.Key.Key_D: lambda: self.set_mode("difference"),
            Qt.Key.Key_Escape: self.closed.emit,
            Qt.Key.Key_Right: lambda: self.step(1),
            Qt.Key.Key_Left: lambda: self.step(-1),
            Qt.Key.Key_Down: lambda: self.step(columns),
            Qt.Key.Key_Up: lambda: self.step(-columns),
        }
        if key in letters:
            letters[key]()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            self.set_rating(int(key) - int(Qt.Key.Key_0))
        elif key == Qt.Key.Key_L:
            if not event.isAutoRepeat():
                self._loupe_hold(True)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_L and not event.isAutoRepeat():
            self._loupe_hold(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- zoom and loupe ------------------------------------------------------------------

    def _canvas_under_cursor(self) -> ImageCanvas | None:
        for canvas in self._active_canvases():
            local = canvas.mapFromGlobal(QCursor.pos())
            if canvas.rect().contains(local):
                return canvas
        return None

    def _active_canvases(self) -> list[ImageCanvas]:
        if self._mode == "wipe":
            return [self.wipe]
        if self._mode == "difference":
            return [self.difference]
        return list(self.visible_panes())

    def _zoom_centre(self) -> tuple[float, float]:
        """Zoom in on what the cursor points at, else keep the middle."""
        canvas = self._canvas_under_cursor()
        if canvas is not None and canvas.has_image():
            x, y = canvas.to_normalised(QPointF(canvas.mapFromGlobal(QCursor.pos())))
            if 0 <= x <= 1 and 0 <= y <= 1:
                return x, y
        return (self.sync.cx, self.sync.cy) if not self.sync.fit else (0.5, 0.5)

    def _loupe_hold(self, on: bool) -> None:
        self.sync.loupe_held = on
        if on:
            self._place_loupe()
        self.sync.changed.emit()

    def _loupe_toggled(self, on: bool) -> None:
        self.sync.loupe_toggled = on
        if on:
            self._place_loupe()
        self.sync.changed.emit()

    def _place_loupe(self) -> None:
        canvas = self._canvas_under_cursor()
        if canvas is not None and canvas.has_image():
            point = canvas.to_normalised(QPointF(canvas.mapFromGlobal(QCursor.pos())))
            self.sync.set_loupe_point(canvas, point)
        elif self.sync.loupe_point is None:
            self.sync.set_loupe_point(None, (0.5, 0.5))

    def _view_changed(self) -> None:
        self._refresh_status()
        self.fit_button.setChecked(self.sync.fit)
        self.actual_button.setChecked(not self.sync.fit and abs(self.sync.zoom - 1.0) < 1e-6)
        self.resync_button.setEnabled(self.sync.any_decoupled())

    def _recipe_toggled(self, on: bool) -> None:
        self.recipe.setVisible(on)

    # -- loading -------------------------------------------------------------------------

    def _edge(self) -> int:
        return screen_edge_for(self)

    def _request(self, item: CompareItem) -> None:
        path = item.path
        if path in self._images or path in self._errors or path in self._loading:
            return
        self._loading.add(path)
        self.jobs.submit(
            ("image", path, self._generation), decode_for_screen, path, self._edge(), self.cache, item.preview
        )

    def _prefetch(self, image_id: int) -> None:
        """Warm the decode cache for the candidate the arrows will show next."""
        item = self._item(image_id)
        if item is not None and item.path not in self._images and item.path not in self._loading:
            self.jobs.submit(
                ("prefetch", item.path, self._generation),
                decode_for_screen,
                item.path,
                self._edge(),
                self.cache,
                item.preview,
            )

    def _want_detail(self, pane: ComparePane, request: DetailRequest) -> None:
        """A pane zoomed past its screen image: cut the region on screen from the preview or the
        full picture."""
        item = pane.item
        if item is None:
            return
        tag = ("detail", (self.panes.index(pane), item.path, request.token), self._generation)
        self.jobs.submit(
            tag, render_detail, item.path, request.region, request.out_size, self.sources, item.preview
        )

    def _want_wipe_detail(self, request: DetailRequest) -> None:
        """The wipe zoomed past its screen images: the same region of A and of B."""
        a, b = self._pair_items()
        for layer, item in enumerate((a, b)):
            if item is not None:
                tag = ("wipe-detail", (layer, item.path, request.token), self._generation)
                self.jobs.submit(
                    tag,
                    render_detail,
                    item.path,
                    request.region,
                    request.out_size,
                    self.sources,
                    item.preview,
                )

    def _want_difference_detail(self, request: DetailRequest) -> None:
        """The difference zoomed past its screen image: |A − B| of the originals over the region."""
        a, b = self._pair_items()
        found = self._diffs.get((a.path, b.path)) if a is not None and b is not None else None
        if a is None or b is None or not isinstance(found, ScreenDifference):
            return
        tag = ("diff-detail", (a.path, b.path, request.token), self._generation)
        self.jobs.submit(
            tag,
            render_difference_detail,
            a.path,
            b.path,
            request.region,
            request.out_size,
            self.sources,
            found.stats.gain,
        )

    def _job_finished(self, tag: object, result: object) -> None:
        kind, key, generation = _job_tag(tag)
        if isinstance(result, Loaded) and result.preview_to_save is not None:
            # The preview was missing or damaged: write it now the picture is on its way to the
            # screen (queued behind the decodes still waiting, so it never delays one).
            self.jobs.submit(("save-preview", key, generation), save_preview, result.preview_to_save)
        if generation != self._generation or kind in ("prefetch", "save-preview"):
            return  # asked for before the items changed (the decode cache keeps it anyway)
        if kind == "detail":
            index, path, token = key
            pane = self.panes[index]
            if pane.item is not None and pane.item.path == path and isinstance(result, Detail):
                pane.set_detail(token, result)
            return
        if kind == "wipe-detail":
            layer, path, token = key
            item = self._pair_items()[layer]
            if item is not None and item.path == path and isinstance(result, Detail):
                self.wipe.set_detail(token, result, layer)
            return
        if kind == "diff-detail":
            path_a, path_b, token = key
            a, b = self._pair_items()
            shown = a is not None and b is not None and (a.path, b.path) == (path_a, path_b)
            if shown and isinstance(result, Detail):
                self.difference.set_detail(token, result)
            return
        if kind == "image":
            self._loading.discard(key)
            assert isinstance(result, Loaded)  # what decode_for_screen returns
            self._images[key] = result.screen
            self._image_arrived()
            return
        if kind == "diff":
            self._diff_loading.discard(key)
            assert isinstance(result, ScreenDifference)  # what difference_for_screen returns
            self._diffs = {k: v for k, v in self._diffs.items() if isinstance(v, str)}
            self._diffs[key] = result
        self._refresh()

    def _image_arrived(self) -> None:
        """Only what shows pictures is refreshed: the recipe and buttons did not change."""
        if self._mode == "wipe":
            self._refresh_wipe()
        elif self._mode == "difference":
            self._refresh_difference()
        else:
            self._refresh_panes()
        self._view_changed()

    def _job_failed(self, tag: object, error: object) -> None:
        kind, key, generation = _job_tag(tag)
        if generation != self._generation or kind in ("prefetch", "save-preview"):
            return
        if kind in ("detail", "wipe-detail", "diff-detail"):
            return  # the screen image stays; the canvas asks again when the view moves
        message = self._error_text(error)
        if kind == "image":
            self._loading.discard(key)
            self._errors[key] = message
        elif kind == "diff":
            self._diff_loading.discard(key)
            self._diffs[key] = message
        self._refresh()

    def _error_text(self, error: object) -> str:
        if isinstance(error, PictureLoadError):
            if error.reason == "missing":
                return self.tr("The file {name} is missing.").format(name=error.path.name)
            return self.tr("{name} can't be read: the file is damaged or not an image.").format(
                name=error.path.name
            )
        if isinstance(error, MemoryError):
            return self.tr("This image is too large to show.")
        return self.tr("This image could not be shown ({kind}).").format(kind=type(error).__name__)

    def _show_in(self, pane: ComparePane, item: CompareItem) -> None:
        screen = self._images.get(item.path)
        if screen is not None:
            if pane.image is not screen.image:
                pane.set_image(screen.image, (screen.source_width, screen.source_height))
        elif item.path in self._errors:
            pane.set_message(self._errors[item.path], error=True)
        else:
            pane.set_message(self.tr("Loading…"))
            self._request(item)

    # -- refresh -------------------------------------------------------------------------

    def _refresh(self) -> None:
        for mode, button in self.mode_buttons.items():
            button.setChecked(mode == self._mode)
            button.setEnabled(mode == "survey" or len(self._items) >= 2)
        if self._mode == "wipe":
            self.stage.setCurrentWidget(self.wipe)
            self._refresh_wipe()
        elif self._mode == "difference":
            self.stage.setCurrentWidget(self.difference)
            self._refresh_difference()
        else:
            self.stage.setCurrentWidget(self.grid)
        self._refresh_panes()
        current = self._item(self._current)
        self.anchor_button.setEnabled(current is not None and not current.is_anchor)
        self.reference_button.setEnabled(current is not None)
        self.conversation_button.setEnabled(current is not None)
        self._refresh_status()
        self._refresh_recipe()
        self._view_changed()

    def _refresh_panes(self) -> None:
        visible = [item for item in (self._item(i) for i in self._visible_ids()) if item is not None]
        panes = self.panes[: len(visible)]
        pair = self._mode in PAIR_MODES
        for index, (pane, item) in enumerate(zip(panes, visible, strict=True)):
            pane.set_item(item)
            pane.set_marks(
                selected=item.image_id == self._current and len(visible) > 1,
                secondary=item.image_id == self._second,
                tag=("A", "B")[index] if pair and len(visible) == 2 else "",
            )
            if self._mode != "difference":  # hidden then: their decodes would only delay |A − B|
                self._show_in(pane, item)
        for pane in self.panes[len(visible) :]:
            pane.set_item(None)
        aspect = 1.0
        for item in visible:
            screen = self._images.get(item.path)
            if screen is not None:
                aspect = screen.source_width / max(1, screen.source_height)
                break
        self.grid.set_panes(panes, aspect)

    def _pair_items(self) -> tuple[CompareItem | None, CompareItem | None]:
        return self._item(self._left), self._item(self._candidate)

    def _pair_message(self, a: CompareItem, b: CompareItem) -> str | None:
        for item in (a, b):
            if item.path in self._errors:
                return self._errors[item.path]
        if self._mode != "wipe":
            return None  # the difference decodes its own pair
        for item in (a, b):
            self._request(item)
        if a.path not in self._images or b.path not in self._images:
            return self.tr("Loading…")
        return None

    def _refresh_wipe(self) -> None:
        a, b = self._pair_items()
        if a is None or b is None:
            return
        self.wipe.titles = (a.title, b.title)
        message = self._pair_message(a, b)
        if message is None:
            sa, sb = self._images[a.path], self._images[b.path]
            if self.wipe.image is not sa.image or self.wipe.image_b is not sb.image:
                self.wipe.set_images(
                    sa.image,
                    sb.image,
                    (sa.source_width, sa.source_height),
                    (sb.source_width, sb.source_height),
                )
        else:
            self.wipe.set_message(message, error=message != self.tr("Loading…"))

    def _refresh_difference(self) -> None:
        a, b = self._pair_items()
        if a is None or b is None:
            return
        message = self._pair_message(a, b)
        if message is not None:
            self.difference.set_message(message, error=message != self.tr("Loading…"))
            return
        key = (a.path, b.path)
        result = self._diffs.get(key)
        if result is None:
            self.difference.set_message(self.tr("Working out the difference…"))
            if key not in self._diff_loading:
                self._diff_loading.add(key)
                self.jobs.submit(
                    ("diff", key, self._generation),
                    difference_for_screen,
                    a.path,
                    b.path,
                    self._edge(),
                    self.cache,
                    self.sources,
                )
        elif isinstance(result, str):
            self.difference.set_message(result, error=True)
        else:
            self.difference.caption = self._difference_caption(result.stats)
            if self.difference.image is not result.image:
                self.difference.set_image(result.image, (result.source_width, result.source_height))

    def _difference_caption(self, stats: DifferenceStats) -> str:
        if stats.max_delta == 0:
            if stats.exact:
                return self.tr("|A − B| · identical pixels")
            return self.tr("|A − B| · no difference at screen size (the sizes differ)")
        text = self.tr("|A − B| · brightened ×{gain} · largest difference {peak}/255 · mean {mean}").format(
            gain=f"{stats.gain:.0f}", peak=stats.max_delta, mean=f"{stats.mean_delta:.1f}"
        )
        if not stats.exact:
            text += " · " + self.tr("measured at screen size (the sizes differ)")
        return text

    def _refresh_status(self) -> None:
        self.position_label.setText(self._position_text() + self._zoom_status())

    def _zoom_status(self) -> str:
        if self.sync.fit:
            return " · " + self.tr("Fit")
        return " · " + self.tr("Zoom {p} %").format(p=round(self.sync.zoom * 100))

    def _position_text(self) -> str:
        count = len(self._items)
        if count == 0:
            return self.tr("No images to compare")
        if self._mode in PAIR_MODES:
            candidates = self._candidates()
            n = candidates.index(self._candidate) + 1 if self._candidate in candidates else 0
            return self.tr("Candidate {n} of {total}").format(n=n, total=len(candidates))
        text = self.tr("{count} images").format(count=count)
        if len(self._visible_ids()) < count:
            text += " · " + self.tr("showing {shown}; ←/→ scroll").format(shown=MAX_PANES)
        if self._second is not None:
            text += " · " + self.tr("Ctrl+click picked a second image: recipes compared")
        return text

    def _refresh_recipe(self) -> None:
        current = self._item(self._current)
        if current is None:
            self.recipe.show_recipe(self.tr("Nothing selected"), {})
            return
        if self._mode in PAIR_MODES:
            a, b = self._pair_items()
            if a is not None and b is not None:
                selected = 0 if current.image_id == a.image_id else 1
                self.recipe.show_diff((a.title, a.recipe), (b.title, b.recipe), selected)
                return
        second = self._item(self._second)
        if second is not None:
            self.recipe.show_diff((current.title, current.recipe), (second.title, second.recipe), 0)
        else:
            self.recipe.show_recipe(current.title, current.recipe)
