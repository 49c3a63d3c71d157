"""The conversation pane's state and work: every service call runs off the UI thread.

The pane asks this model; the model runs `ConversationService` calls on its own small pool
(sends can take a minute: they must never hold up the project's store worker or the UI) and
answers with typed signals carrying frozen values. It keeps the UI-side state the pane binds
to: which conversation is open, which turn the next message continues from, which branch is
shown at each fork, and whether a turn is in flight.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.model.conversation import Conversation, ConversationError, Turn
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.records import ProjectError
from cutie_app.core.model.turn_limits import TurnBudget
from cutie_app.core.services.conversation import (
    ConversationLimitError,
    ConversationService,
    SendResult,
    TurnCancel,
    TurnOutcome,
)
from cutie_app.core.services.previews import PreviewFile
from cutie_app.ui.models.thumbs import Thumb, make_thumb
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.services.engines import ImageEngine
    from cutie_app.core.services.projects import ProjectService

log = logging.getLogger("cutie.ui")
TURN_THUMB = 320


@dataclass(frozen=True)
class LimitNotice:
    """The next turn is too large: the message, and the turn to restart from (None: the start)."""

    message: UserMessage
    budget: TurnBudget
    restart_from: str | None


@dataclass(frozen=True)
class ImagePair:
    """An answer's image and the image it edited, as files (for the before/after view)."""

    before: Path
    after: Path
    before_id: int
    after_id: int
    before_preview: PreviewFile | None = None
    after_preview: PreviewFile | None = None


def _message(exc: BaseException) -> UserMessage:
    if isinstance(exc, CutieError):
        return exc.message
    if isinstance(exc, ConversationError | ProjectError):
        return UserMessage(
            ErrorKind.INVALID_REQUEST,
            QT_TRANSLATE_NOOP("ConversationModel", "The conversation cannot do that"),
            user_text(exc),
        )
    return UserMessage(
        ErrorKind.UNKNOWN,
        QT_TRANSLATE_NOOP("ConversationModel", "Something went wrong in the conversation"),
        user_text(exc) or type(exc).__name__,
        QT_TRANSLATE_NOOP("ConversationModel", "Your turns so far are saved; try again."),
    )


def visible_path(conv: Conversation, chosen: dict[str, int], until: str | None = None) -> list[Turn]:
    """The thread shown: from the root, at each fork the chosen continuation (default: newest).

    `chosen` maps a turn id (None as "") to the index of the continuation to follow. With
    `until`, the path runs through that turn (the choices along it are adjusted to reach it).
    """
    if until is not None and until in conv.turns:
        for turn in conv.path(until):
            siblings = conv.children(turn.parent_id)
            chosen[turn.parent_id or ""] = siblings.index(turn)
    out: list[Turn] = []
    parent: str | None = None
    while True:
        children = conv.children(parent)
        if not children:
            return out
        index = chosen.get(parent or "", len(children) - 1)
        index = max(0, min(index, len(children) - 1))
        turn = children[index]
        out.append(turn)
        parent = turn.id


class ConversationModel(QObject):
    """One project's conversations as the pane sees them.

    Signals:
        listed(list): `ConversationSummary`s, newest first.
        opened(Conversation): the open conversation changed (opened, grown, renamed).
        closed(): no conversation is open (deleted, or the project closed).
        turn_recorded(TurnOutcome): one try of a send was recorded (as each arrives).
        sent(SendResult): a send finished (all its tries).
        tries_ready(list): image ids of a Send ×N's delivered answers, to compare.
        busy_changed(bool): a turn is (or is no longer) in flight.
        failed(UserMessage): something could not be done; nothing was lost.
        limit_reached(LimitNotice): the next turn would be refused; offer a restart.
        budget_ready(TurnBudget): the size of the next request from the selected turn.
        thumbs_ready(dict): {image id: Thumb or None} for turn images.
        pair_ready(ImagePair): the files of a before/after pair.
    """

    listed = Signal(list)
    opened = Signal(Conversation)
    closed = Signal()
    turn_recorded = Signal(TurnOutcome)
    sent = Signal(SendResult)
    tries_ready = Signal(list)
    busy_changed = Signal(bool)
    failed = Signal(UserMessage)
    limit_reached = Signal(LimitNotice)
    budget_ready = Signal(TurnBudget)
    thumbs_ready = Signal(object)  # dict[int, Thumb | None]: int keys do not survive a QVariantMap
    pair_ready = Signal(ImagePair)

    def __init__(self, engine: Callable[[], ImageEngine], *, demo: bool = False) -> None:
        super().__init__()
        self._engine_source = engine
        self._engine_lock = threading.Lock()
        self._engine_now: ImageEngine | None = None  # resolved on the UI thread, read by jobs
        self.demo = demo
        self._jobs = Jobs(workers=2, name="cutie-chat")
        self._jobs.finished.connect(self._finished)
        self._jobs.failed.connect(self._failed)
        self._service: ConversationService | None = None
        self.conversation: Conversation | None = None
        self.selected: str | None = None  # the model turn the next message continues from
        self.chosen: dict[str, int] = {}
        self._cancel: TurnCancel | None = None
        self.thumbs: dict[int, Thumb | None] = {}
        self._shut = False

    # -- the project ------------------------------------------------------------------------------

    def _engine(self) -> ImageEngine:
        """Jobs: the engine the UI thread resolved when it submitted them.

        The window builds its engine lazily and may replace it (demo switch) on the UI thread,
        so it is never asked from a worker, where two threads could each build one.
        """
        with self._engine_lock:
            if self._engine_now is None:
                raise RuntimeError("no engine was resolved for this job")
            return self._engine_now

    def attach(self, project: ProjectService | None) -> None:
        """Work on `project` (None: the project closed)."""
        if self._shut:
            return
        self.cancel()
        self._service = ConversationService(project, self._engine) if project is not None else None
        self.conversation = None
        self.selected = None
        self.chosen = {}
        self.thumbs = {}
        self.closed.emit()
        if project is not None:
            self.refresh_list()

    @property
    def attached(self) -> bool:
        return self._service is not None

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def _run(self, tag: tuple[Any, ...], fn: Callable[[ConversationService], Any]) -> None:
        service = self._service
        if self._shut:
            return
        if service is None:
            self.failed.emit(
                UserMessage(
                    ErrorKind.INVALID_REQUEST, self.tr("No project is open"), self.tr("Open a project first.")
                )
            )
            return
        if tag[0] in ("send", "open", "budget"):
            engine = self._engine_source()
            with self._engine_lock:
                self._engine_now = engine
        self._jobs.submit(tag, fn, service)

    # -- the list ---------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        self._run(("list",), lambda s: s.summaries())

    def open(self, conv_id: str) -> None:
        self._run(("open", conv_id), lambda s: s.get(conv_id))

    def start(self, *, image_id: int | None = None, from_anchor: bool = False) -> None:
        """A new conversation (from the character, a project image, or the anchor), opened."""
        self._run(("open", None), lambda s: s.start(image_id=image_id, from_anchor=from_anchor))

    def rename(self, conv_id: str, name: str) -> None:
        self._run(("open", conv_id), lambda s: s.rename(conv_id, name))

    def delete(self, conv_id: str) -> None:
        self._run(("deleted", conv_id), lambda s: s.delete(conv_id))

    def restart_from(self, turn_id: str | None) -> None:
        conv = self.conversation
        if conv is not None:
            self._run(("open", None), lambda s: s.restart_from(conv.id, turn_id))

    # -- the thread -------------------------------------------------------------------------------

    def path(self) -> list[Turn]:
        """The turns shown, root first."""
        if self.conversation is None:
            return []
        return visible_path(self.conversation, self.chosen)

    def select(self, turn_id: str | None) -> None:
        """Continue the next message from `turn_id` (a model turn); the thread follows it."""
        conv = self.conversation
        if conv is None:
            return
        if turn_id is not None:
            turn = conv.get(turn_id)
            if turn.role == "user":
                kids = conv.children(turn.id)
                turn_id = kids[0].id if kids else turn.parent_id
            visible_path(conv, self.chosen, turn_id)
        self.selected = turn_id
        self.opened.emit(conv)
        self.check_budget()

    def switch_branch(self, fork: str | None, step: int) -> None:
        """Show the next (+1) or previous (-1) continuation at `fork` (None: the first message)."""
        conv = self.conversation
        if conv is None:
            return
        siblings = conv.children(fork)
        if len(siblings) < 2:
            return
        current = self.chosen.get(fork or "", len(siblings) - 1)
        self.chosen[fork or ""] = (current + step) % len(siblings)
        path = visible_path(conv, self.chosen)
        self.selected = next((t.id for t in reversed(path) if t.role == "model"), None)
        self.opened.emit(conv)
        self.check_budget()

    def check_budget(self) -> None:
        conv, selected = self.conversation, self.selected
        if conv is not None and self.attached:
            self._run(("budget", conv.id), lambda s: s.budget(conv.id, selected))

    # -- sending ----------------------------------------------------------------------------------

    def _send(
        self, tag: tuple[Any, ...], fn: Callable[[ConversationService, TurnCancel], SendResult]
    ) -> None:
        if self.busy or self.conversation is None:
            return
        cancel = TurnCancel()
        self._cancel = cancel
        self.busy_changed.emit(True)
        self._run(tag, lambda s: fn(s, cancel))

    def send(self, message: str, *, tries: int = 1, keep_reminder: bool = True) -> None:
        conv, parent = self.conversation, self.selected
        if conv is None:
            return
        self._send(
            ("send", conv.id, tries),
            lambda s, c: s.send(
                conv.id,
                message,
                parent_id=parent,
                tries=tries,
                keep_reminder=keep_reminder,
                cancel=c,
                on_turn=self.turn_recorded.emit,
            ),
        )

    def edit_message(self, user_turn_id: str, message: str, *, keep_reminder: bool = True) -> None:
        conv = self.conversation
        if conv is not None:
            self._send(
                ("send", conv.id, 1),
                lambda s, c: s.edit_message(
                    conv.id, user_turn_id, message, keep_reminder=keep_reminder, cancel=c
                ),
            )

    def retry(self, model_turn_id: str) -> None:
        conv = self.conversation
        if conv is not None:
            self._send(("send", conv.id, 1), lambda s, c: s.retry(conv.id, model_turn_id, cancel=c))

    def cancel(self) -> None:
        """Esc: stop the turn in flight (answers already recorded stay)."""
        if self._cancel is not None:
            self._cancel.cancel()

    def load_thumbs(self, image_ids: Sequence[int]) -> None:
        wanted = [i for i in image_ids if i not in self.thumbs]
        if not wanted:
            return

        def read(service: ConversationService) -> dict[int, Thumb | None]:
            out: dict[int, Thumb | None] = {}
            for image_id in wanted:
                try:
                    data, _mime = service.image_bytes(image_id)
                except (CutieError, ProjectError, OSError) as exc:
                    log.info("no thumbnail for turn image %d: %s", image_id, exc)
                    out[image_id] = None
                    continue
                out[image_id] = make_thumb(data, TURN_THUMB)
            return out

        self._run(("thumbs",), read)

    def pair_paths(self, before_id: int, after_id: int) -> None:
        self._run(
            ("pair",),
            lambda s: ImagePair(
                s.image_path(before_id),
                s.image_path(after_id),
                before_id,
                after_id,
                s.image_preview(before_id),
                s.image_preview(after_id),
            ),
        )

    # -- results ----------------------------------------------------------------------------------

    def _finished(self, tag: object, result: object) -> None:
        if not isinstance(tag, tuple):
            return
        kind = tag[0]
        if kind == "list":
            self.listed.emit(list(result))  # type: ignore[call-overload]
        elif kind == "open" and isinstance(result, Conversation):
            self._show(result, new=self.conversation is None or self.conversation.id != result.id)
            self.refresh_list()
        elif kind == "deleted":
            if self.conversation is not None and self.conversation.id == tag[1]:
                self.conversation = None
                self.selected = None
                self.closed.emit()
            self.refresh_list()
        elif kind == "send" and isinstance(result, SendResult):
            self._cancel = None
            self.busy_changed.emit(False)
            if self.conversation is not None and self.conversation.id == result.conversation.id:
                last = [o.model_turn for o in result.outcomes if o.model_turn is not None]
                self._show(result.conversation, new=False, select=last[0].id if last else self.selected)
            self.sent.emit(result)
            ids = [
                o.model_turn.image_ids[0] for o in result.delivered if o.model_turn and o.model_turn.image_ids
            ]
            if tag[2] > 1 and len(ids) > 1:
                self.tries_ready.emit(ids)
            self.refresh_list()
        elif kind == "budget" and isinstance(result, TurnBudget):
            if self.conversation is not None and self.conversation.id == tag[1]:
                self.budget_ready.emit(result)
        elif kind == "pair" and isinstance(result, ImagePair):
            self.pair_ready.emit(result)
        elif kind == "thumbs" and isinstance(result, dict):
            self.thumbs.update(result)
            self.thumbs_ready.emit(result)

    def _show(self, conv: Conversation, *, new: bool, select: str | None = None) -> None:
        if new:
            self.chosen = {}
        self.conversation = conv
        head = select if select is not None else conv.head
        self.selected = head
        if head is not None:
            visible_path(conv, self.chosen, head)
        self.opened.emit(conv)
        self.load_thumbs([i for t in conv.turns.values() for i in t.image_ids[:1]])
        self.check_budget()

    def _failed(self, tag: object, exc: object) -> None:
        kind = tag[0] if isinstance(tag, tuple) else None
        if kind == "send":
            self._cancel = None
            self.busy_changed.emit(False)
        if isinstance(exc, ConversationLimitError):
            self.limit_reached.emit(LimitNotice(exc.message, exc.budget, exc.restart_from))
            return
        if kind == "budget":
            log.info("the next turn could not be measured: %s", exc)
            return
        if not isinstance(exc, CutieError | ConversationError | ProjectError):
            log.error(
                "conversation job %r failed", tag, exc_info=exc if isinstance(exc, BaseException) else None
            )
        self.failed.emit(_message(exc if isinstance(exc, BaseException) else Exception(str(exc))))

    def shutdown(self) -> None:
        """Stop: cancel the turn in flight and wait for running jobs (the window is closing)."""
        self._shut = True
        self._service = None
        self.cancel()
        self._jobs.shutdown(finish_queued=False)
