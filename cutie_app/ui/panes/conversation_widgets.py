"""The pieces of the conversation pane: the message box, turn cards, the branch switcher and the
before/after view. They show values and report clicks; the pane and its model do the work."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.conversation import Turn
from cutie_app.core.model.errors import UserMessage
from cutie_app.core.services.conversation import DriftReport
from cutie_app.core.services.previews import PreviewFile, save_preview
from cutie_app.ui.compare.comparator import DifferenceView, PairWipe
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
    decode_for_screen,
    difference_for_screen,
    render_detail,
    render_difference_detail,
    screen_edge_for,
)
from cutie_app.ui.i18n import show_text
from cutie_app.ui.workers import Jobs

_SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Turn images are shown this tall: two turns fit in the pane on a 768-pixel-high screen.
THUMB_HEIGHT = 170


def _saved_error(data: object) -> dict[str, str]:
    """A turn's saved error as "title" and "detail" in the window's language ({} when there is none)."""
    if not isinstance(data, dict):
        return {}
    try:
        message = UserMessage.from_dict(data)
    except ValueError:  # a kind this Cutie does not know: its English words are still there
        return {k: str(v) for k, v in data.items() if k in ("title", "detail") and v}
    return {k: show_text(v) for k, v in (("title", message.title), ("detail", message.detail)) if v}


class MessageBox(QPlainTextEdit):
    """Where the user types. Its keys win over the window's shortcuts while it has focus.

    Signals:
        send_requested(): Ctrl+Enter.
        cancel_requested(): Esc (stops the turn in flight).
        edit_last_requested(): Up in an empty box (edit your last message).
    """

    send_requested = Signal()
    cancel_requested = Signal()
    edit_last_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationMessage")
        self.setAccessibleName(self.tr("Your message"))
        self.setPlaceholderText(
            self.tr(
                "What to change, e.g. \u201cmake her smile\u201d. Ctrl+Enter sends, Up edits your last one."
            )
        )
        self.setTabChangesFocus(True)

    def _ours(self, event: QKeyEvent) -> bool:
        mods = event.modifiers()
        if event.key() in _SEND_KEYS and mods & Qt.KeyboardModifier.ControlModifier:
            return True
        if event.key() == Qt.Key.Key_Escape:
            return True
        return event.key() == Qt.Key.Key_Up and not self.toPlainText() and not mods

    def event(self, event: QEvent) -> bool:
        # The window's Generate (Ctrl+Enter) and Esc are application shortcuts; taking the
        # override here makes these keys reach keyPressEvent while this box has focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._ours(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._ours(event):
            if event.key() in _SEND_KEYS:
                self.send_requested.emit()
            elif event.key() == Qt.Key.Key_Escape:
                self.cancel_requested.emit()
            else:
                self.edit_last_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class BranchSwitcher(QWidget):
    """ "‹ 2 / 3 ›" above a message that has siblings: which continuation the thread follows.

    Signals:
        stepped(int): -1 or +1.
    """

    stepped = Signal(int)

    def __init__(self, index: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("branchSwitcher")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.previous = QToolButton()
        self.previous.setObjectName("branchPrevious")
        self.previous.setText("‹")
        self.previous.setAccessibleName(self.tr("Previous branch (Alt+Left)"))
        self.previous.setToolTip(self.tr("Previous branch (Alt+Left)"))
        self.next = QToolButton()
        self.next.setObjectName("branchNext")
        self.next.setText("›")
        self.next.setAccessibleName(self.tr("Next branch (Alt+Right)"))
        self.next.setToolTip(self.tr("Next branch (Alt+Right)"))
        self.label = QLabel(f"{index + 1} / {count}")
        self.label.setObjectName("branchPosition")
        self.label.setAccessibleName(self.tr("Branch %d of %d") % (index + 1, count))
        self.previous.clicked.connect(lambda: self.stepped.emit(-1))
        self.next.clicked.connect(lambda: self.stepped.emit(+1))
        layout.addWidget(self.previous)
        layout.addWidget(self.label)
        layout.addWidget(self.next)
        layout.addStretch(1)


class _Clickable(QObject):
    """Turns a widget's mouse press into a callback (cards select their turn when clicked)."""

    def __init__(self, widget: QWidget, callback: object) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonPress and callable(self._callback):
            self._callback()
        return False


class TurnCard(QFrame):
    """One turn of the thread: your message, or the model's answer with its status and actions.

    Signals:
        selected(str): continue from this model turn.
        edit_requested(str): edit this message of yours (sent as a new branch).
        retry_requested(str): send this failed turn again.
        compare_requested(str): before/after of this answer against the image it edited.
        restart_requested(str): a fresh conversation from this answer's image.
    """

    selected = Signal(str)
    edit_requested = Signal(str)
    retry_requested = Signal(str)
    compare_requested = Signal(str)
    restart_requested = Signal(str)

    def __init__(
        self,
        turn: Turn,
        *,
        thumb: QImage | None,
        current: bool,
        demo: bool,
        can_compare: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.turn = turn
        self.setObjectName("userTurn" if turn.role == "user" else "modelTurn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("current", current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        if turn.role == "user":
            self._build_user(layout)
        else:
            self._build_model(layout, thumb, demo=demo, can_compare=can_compare)
        if current:
            self.setStyleSheet(
                "QFrame#modelTurn { border: 2px solid palette(highlight); border-radius: 4px; }"
            )

    def _build_user(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        who = QLabel(self.tr("You"))
        who.setObjectName("turnAuthor")
        row.addWidget(who)
        row.addStretch(1)
        edit = QToolButton()
        edit.setObjectName("editMessage")
        edit.setText(self.tr("Edit"))
        edit.setAccessibleName(self.tr("Edit this message (sends a new branch)"))
        edit.setToolTip(self.tr("Change this message and send it as a new branch; nothing is overwritten"))
        edit.clicked.connect(lambda: self.edit_requested.emit(self.turn.id))
        row.addWidget(edit)
        layout.addLayout(row)
        text = QLabel(self.turn.text)
        text.setObjectName("messageText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)

    def _build_model(
        self, layout: QVBoxLayout, thumb: QImage | None, *, demo: bool, can_compare: bool
    ) -> None:
        turn = self.turn
        row = QHBoxLayout()
        who = QLabel(self.tr("Model"))
        who.setObjectName("turnAuthor")
        row.addWidget(who)
        self.status = QLabel(self._status_text())
        self.status.setObjectName("turnStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        cost = turn.cost_usd
        self.cost = QLabel(
            (self.tr("$%.3f (demo, not billed)") if demo else self.tr("$%.3f")) % cost if cost else ""
        )
        self.cost.setObjectName("turnCost")
        row.addWidget(self.cost)
        layout.addLayout(row)
        if thumb is not None and not thumb.isNull():
            picture = QLabel()
            picture.setObjectName("turnImage")
            picture.setAccessibleName(self.tr("Image of this turn; click to continue from it"))
            pixmap = QPixmap.fromImage(thumb)
            if pixmap.height() > THUMB_HEIGHT:
                pixmap = pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            picture.setPixmap(pixmap)
            picture.setCursor(Qt.CursorShape.PointingHandCursor)
            _Clickable(picture, lambda: self.selected.emit(turn.id))
            layout.addWidget(picture)
        if turn.text:
            said = QLabel(turn.text)
            said.setObjectName("modelText")
            said.setWordWrap(True)
            layout.addWidget(said)
        drift = turn.drift or {}
        score = drift.get("score")
        if score is not None:
            first = drift.get("first")
            text = self.tr("Consistency %d %%") % round(score * 100)
            if first is not None:
                text += self.tr(" · %d %% like the first image") % round(first * 100)
            self.score = QLabel(text)
            self.score.setObjectName("turnScore")
            layout.addWidget(self.score)
        report = DriftReport.from_dict(drift) if drift.get("warning") else None
        if report is not None and report.warning:
            self.drift = QLabel("⚠ " + show_text(report.warning))
            self.drift.setObjectName("driftWarning")
            self.drift.setWordWrap(True)
            self.drift.setStyleSheet("color: #d9534f;")  # readable on light and dark
            layout.addWidget(self.drift)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        if turn.status == "failed":
            self._button(
                buttons, "retryTurn", self.tr("Retry"), self.tr("Send this turn again"), self.retry_requested
            )
        if turn.sendable:
            self._button(
                buttons,
                "continueHere",
                self.tr("Continue from here"),
                self.tr("Your next message edits this answer"),
                self.selected,
            )
        if turn.image_ids and can_compare:
            self._button(
                buttons,
                "beforeAfter",
                self.tr("Before/after"),
                self.tr("This image against the one it edited: side by side, wipe, difference"),
                self.compare_requested,
            )
        if turn.image_ids:
            self._button(
                buttons,
                "restartHere",
                self.tr("Restart from this image"),
                self.tr("A fresh conversation with this image as its starting point"),
                self.restart_requested,
            )
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _button(self, row: QHBoxLayout, name: str, text: str, tip: str, signal: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda: signal.emit(self.turn.id))  # type: ignore[attr-defined]
        row.addWidget(button)
        return button

    def _status_text(self) -> str:
        turn = self.turn
        error = _saved_error(turn.error)
        if turn.status == "delivered":
            count = len(turn.image_ids) or len(turn.images)
            return self.tr("delivered · %d image(s)") % count if count else self.tr("delivered")
        if turn.status == "blocked":
            reason = (
                error.get("detail") or error.get("title") or (turn.recipe or {}).get("finish_reason") or ""
            )
            return self.tr("blocked: %s") % reason if reason else self.tr("blocked")
        if turn.status == "failed":
            return self.tr("failed: %s") % (error.get("title") or error.get("detail") or "")
        if turn.status == "text_only":
            return self.tr("answered with text only")
        return turn.status


class BeforeAfter(QDialog):
    """An answer against the image it edited: side by side, wipe, difference.

    Like the comparator, it never holds the two pictures whole: workers read each at the size
    on screen (from its cached preview when it has one), cut the region on screen from the
    originals once a view is zoomed past that, and work out the difference from lossless
    screen-size copies of the originals (`difference_for_screen`).
    """

    def __init__(
        self,
        before: Path,
        after: Path,
        titles: tuple[str, str],
        parent: QWidget | None = None,
        previews: tuple[PreviewFile | None, PreviewFile | None] = (None, None),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("beforeAfter")
        self.setWindowTitle(self.tr("Before / after"))
        self.resize(900, 560)
        self.paths = (before, after)
        self.previews = previews
        self.cache = DecodeCache(64 * 1024 * 1024)
        self.sources = SourceCache()  # full-resolution pictures for a zoomed-in region only
        self.screens: dict[int, ScreenImage] = {}
        self.gain = 1.0
        self.sync = ViewSync()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("beforeAfterTabs")
        side = QWidget()
        side_layout = QHBoxLayout(side)
        self.before_view = ImageCanvas(self.sync)
        self.after_view = ImageCanvas(self.sync)
        for canvas, title in ((self.before_view, titles[0]), (self.after_view, titles[1])):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setObjectName("sideTitle")
            column.addWidget(label)
            column.addWidget(canvas, 1)
            side_layout.addLayout(column, 1)
        self.wipe = PairWipe(self.sync)
        self.wipe.titles = titles
        self.difference = DifferenceView(self.sync)
        self.tabs.addTab(side, self.tr("Side by side"))
        self.tabs.addTab(self.wipe, self.tr("Wipe"))
        self.tabs.addTab(self.difference, self.tr("Difference"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeBeforeAfter")
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        for canvas in (self.before_view, self.after_view, self.wipe, self.difference):
            canvas.set_message(self.tr("Loading…"))
        for layer, canvas in enumerate((self.before_view, self.after_view)):
            canvas.detail_requested.connect(lambda request, n=layer: self._want_detail(request, (n,), "side"))
        self.wipe.detail_requested.connect(lambda request: self._want_detail(request, (0, 1), "wipe"))
        self.difference.detail_requested.connect(self._want_difference_detail)
        self.jobs = Jobs(workers=1, name="cutie-before-after")
        self.jobs.finished.connect(self._loaded)
        self.jobs.failed.connect(self._failed)
        edge = screen_edge_for(self)
        for layer in (0, 1):
            self.jobs.submit(
                ("image", (layer,)), decode_for_screen, self.paths[layer], edge, self.cache, previews[layer]
            )
        self.jobs.submit(("diff", (0,)), difference_for_screen, before, after, edge, self.cache, self.sources)

    def _want_detail(self, request: DetailRequest, layers: tuple[int, ...], view: str) -> None:
        """A view zoomed past its screen image: the region on screen, from the preview or the original."""
        for layer in layers:
            self.jobs.submit(
                (view, (layer, request.token)),
                render_detail,
                self.paths[layer],
                request.region,
                request.out_size,
                self.sources,
                self.previews[layer],
            )

    def _want_difference_detail(self, request: DetailRequest) -> None:
        if self.difference.has_image():
            self.jobs.submit(
                ("diff-detail", (0, request.token)),
                render_difference_detail,
                *self.paths,
                request.region,
                request.out_size,
                self.sources,
                self.gain,
            )

    def _loaded(self, tag: object, result: object) -> None:
        kind, (layer, *token) = cast("tuple[str, tuple[int, ...]]", tag)  # the tags submitted above
        if isinstance(result, Loaded):
            if result.preview_to_save is not None:
                self.jobs.submit(("save-preview", (layer,)), save_preview, result.preview_to_save)
            self.screens[layer] = result.screen
            screen = result.screen
            size = (screen.source_width, screen.source_height)
            (self.before_view, self.after_view)[layer].set_image(screen.image, size)
            if len(self.screens) == 2:
                a, b = self.screens[0], self.screens[1]
                self.wipe.set_images(
                    a.image, b.image, (a.source_width, a.source_height), (b.source_width, b.source_height)
                )
        elif isinstance(result, ScreenDifference):
            self.gain = result.stats.gain
            self.difference.set_image(result.image, (result.source_width, result.source_height))
            self.difference.caption = self.tr("Difference, brightened ×%.1f · mean change %.1f") % (
                result.stats.gain,
                result.stats.mean_delta,
            )
        elif isinstance(result, Detail) and token:
            if kind == "side":
                (self.before_view, self.after_view)[layer].set_detail(token[0], result)
            elif kind == "wipe":
                self.wipe.set_detail(token[0], result, layer)
            elif kind == "diff-detail":
                self.difference.set_detail(token[0], result)

    def _failed(self, tag: object, exc: object) -> None:
        kind, _key = cast("tuple[str, tuple[int, ...]]", tag)
        if kind not in ("image", "diff"):
            return  # a detail or a preview: the screen image stays, a view asks again when it moves
        text = self.tr("This image cannot be shown: %s") % show_text(exc)
        if kind == "image":
            for canvas in (self.before_view, self.after_view, self.wipe):
                canvas.set_message(text, error=True)
        self.difference.set_message(text, error=True)

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)
