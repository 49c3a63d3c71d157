"""The conversation editing pane: fix one image by talking to the model, branch, go back.

A thread of turns (your messages, the model's images and words) along one branch of the
conversation's tree; where a turn has several continuations a "2 / 3" switcher picks the
branch. Clicking an answer makes it the point the next message continues from; editing an
earlier message sends it as a new branch; nothing is overwritten. Per turn: its status
(delivered, blocked with the reason, failed with Retry), its cost, its consistency and a drift
warning. Send ×N sends the same message N times in parallel and opens the answers in the
comparator. While typing, vague degree words get suggestions with numbers; an edit that is
only a global tone change offers "Do it exactly, without AI" (the adjustment pane, no request).

Keys: Ctrl+Enter sends, Esc cancels the turn in flight, Up edits your last message, and
Alt+Left / Alt+Right switch branch at the last fork of the thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.adjustments import AdjustmentStack
from cutie_app.core.model.conversation import Conversation, Turn
from cutie_app.core.model.edit_words import EditSuggestion, suggest, tone_steps
from cutie_app.core.model.errors import UserMessage
from cutie_app.core.model.turn_limits import TurnBudget
from cutie_app.core.services.conversation import ConversationSummary, SendResult, TurnOutcome
from cutie_app.ui.i18n import show_text, show_title
from cutie_app.ui.models.conversation_model import ConversationModel, ImagePair, LimitNotice
from cutie_app.ui.models.thumbs import to_qimage
from cutie_app.ui.panes.adjust_steps import describe
from cutie_app.ui.panes.conversation_widgets import BeforeAfter, BranchSwitcher, MessageBox, TurnCard
from cutie_app.ui.widgets.error_banner import ErrorBanner

MAX_SUGGESTIONS = 3
ROLE_ID = Qt.ItemDataRole.UserRole


class ConversationPane(QWidget):
    """The pane over a `ConversationModel`.

    Signals:
        compare_requested(list): image ids to open in the comparator (a Send ×N's answers).
        images_added(): turns saved new project images (the gallery should refresh).
        exact_requested(int, AdjustmentStack): do a pure tone edit locally: (the image it
            edits, the steps with the suggested numbers); nothing goes to the model.
        spent(float): a turn was billed this much (its estimate, as the ledger records it), once
            per turn, as each try is recorded (edits and retries: when they end).
    """

    compare_requested = Signal(list)
    images_added = Signal()
    exact_requested = Signal(int, AdjustmentStack)
    spent = Signal(float)

    def __init__(self, model: ConversationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self.setAccessibleName(self.tr("Conversation editing"))
        self.model = model
        self._editing: str | None = None  # the user turn being edited, if any
        self._restart_from: str | None = None
        self._forks: list[str | None] = []
        self._dialogs: list[BeforeAfter] = []
        self._current_card: TurnCard | None = None  # the selected turn's card, once laid out
        #: Whether anything listens to `exact_requested` (the window has the adjustment pane).
        self.exact_available = False
        self._billed: set[str] = set()  # model turns whose cost `spent` has reported
        self._build()
        model.listed.connect(self._listed)
        model.opened.connect(self._opened)
        model.closed.connect(self._closed)
        model.busy_changed.connect(self._busy)
        model.failed.connect(self._failed)
        model.limit_reached.connect(self._limit)
        model.budget_ready.connect(self._budget)
        model.thumbs_ready.connect(lambda _thumbs: self._render())
        model.turn_recorded.connect(self._turn_recorded)
        model.sent.connect(self._sent)
        model.tries_ready.connect(self.compare_requested.emit)
        model.pair_ready.connect(self.show_before_after)
        self._closed()

    # -- construction -----------------------------------------------------------------------------

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        return button

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        bar = QHBoxLayout()
        self.new_button = self._tool("newConversation", self.tr("New ▾"), self.tr("Start a conversation"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        self.action_new = menu.addAction(self.tr("New conversation from the character"))
        self.action_new.setObjectName("actionNewFromCharacter")
        self.action_new.triggered.connect(lambda: self.model.start())
        self.action_anchor = menu.addAction(self.tr("Edit the anchor in a conversation"))
        self.action_anchor.setObjectName("actionEditAnchor")
        self.action_anchor.triggered.connect(lambda: self.model.start(from_anchor=True))
        self.new_button.setMenu(menu)
        self.rename_button = self._tool(
            "renameConversation", self.tr("Rename"), self.tr("Rename this conversation")
        )
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = self._tool(
            "deleteConversation", self.tr("Delete"), self.tr("Delete this conversation (its images stay)")
        )
        self.delete_button.clicked.connect(self.delete_current)
        bar.addWidget(self.new_button)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.delete_button)
        self.total = QLabel()
        self.total.setObjectName("conversationTotal")
        self.total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.total, 1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("conversationSplitter")
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        self.list.setAccessibleName(self.tr("Conversations of this project"))
        self.list.itemSelectionChanged.connect(self._list_clicked)
        self.thread_area = QScrollArea()
        self.thread_area.setObjectName("conversationThread")
        self.thread_area.setAccessibleName(self.tr("The conversation's turns"))
        self.thread_area.setWidgetResizable(True)
        self.thread_body = QWidget()
        self.thread_layout = QVBoxLayout(self.thread_body)
        self.thread_layout.setContentsMargins(2, 2, 2, 2)
        self.thread_layout.setSpacing(6)
        self.thread_area.setWidget(self.thread_body)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.thread_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([60, 1000])
        layout.addWidget(self.splitter, 1)

        self.banner = ErrorBanner()
        layout.addWidget(self.banner)
        self.limit_box = QFrame()
        self.limit_box.setObjectName("limitWarning")
        self.limit_box.setFrameShape(QFrame.Shape.StyledPanel)
        limit_row = QHBoxLayout(self.limit_box)
        limit_row.setContentsMargins(6, 4, 6, 4)
        self.limit_text = QLabel()
        self.limit_text.setObjectName("limitText")
        self.limit_text.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Restart from this image"))
        self.restart_button.setObjectName("restartFromImage")
        self.restart_button.clicked.connect(lambda: self.model.restart_from(self._restart_from))
        limit_row.addWidget(self.limit_text, 1)
        limit_row.addWidget(self.restart_button)
        layout.addWidget(self.limit_box)

        self.editing_box = QFrame()
        self.editing_box.setObjectName("editingNotice")
        editing_row = QHBoxLayout(self.editing_box)
        editing_row.setContentsMargins(4, 0, 4, 0)
        self.editing_text = QLabel(self.tr("Editing your earlier message: it will be sent as a new branch."))
        self.editing_text.setWordWrap(True)
        stop_editing = QToolButton()
        stop_editing.setObjectName("stopEditing")
        stop_editing.setText(self.tr("Don't edit"))
        stop_editing.setAccessibleName(self.tr("Stop editing the earlier message"))
        stop_editing.clicked.connect(self._stop_editing)
        editing_row.addWidget(self.editing_text, 1)
        editing_row.addWidget(stop_editing)
        layout.addWidget(self.editing_box)

        self.suggestions = QWidget()
        self.suggestions.setObjectName("editSuggestions")
        self.suggestion_layout = QVBoxLayout(self.suggestions)
        self.suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_layout.setSpacing(2)
        layout.addWidget(self.suggestions)
        self.exact_button = QPushButton(self.tr("Do it exactly, without AI"))
        self.exact_button.setObjectName("exactWithoutAi")
        self.exact_button.setAccessibleName(
            self.tr("Do this tone change exactly with local adjustments, without asking the model")
        )
        self.exact_button.clicked.connect(self.do_exactly)
        self.exact_button.hide()
        layout.addWidget(self.exact_button)

        self.message = MessageBox()
        self.message.setFixedHeight(64)
        self.message.textChanged.connect(self._typing)
        self.message.send_requested.connect(self.send)
        self.message.cancel_requested.connect(self.model.cancel)
        self.message.edit_last_requested.connect(self.edit_last_message)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.keep_same = QCheckBox(self.tr("Keep everything else exactly the same"))
        self.keep_same.setObjectName("keepSameReminder")
        self.keep_same.setAccessibleName(self.tr("Add the reminder: keep everything else exactly the same"))
        self.keep_same.setToolTip(
            self.tr(
                "Adds \u201cChange only this … Keep everything else exactly the same\u201d to your message"
            )
        )
        self.keep_same.setChecked(True)
        layout.addWidget(self.keep_same)
        tries_label = QLabel(self.tr("Tries"))
        self.tries = QSpinBox()
        self.tries.setObjectName("conversationTries")
        self.tries.setAccessibleName(self.tr("Tries: each is its own request and branch"))
        self.tries.setToolTip(self.tr("Send ×N: N requests in parallel, each answer its own branch"))
        self.tries.setRange(1, 8)
        self.tries.setPrefix("×")
        tries_label.setBuddy(self.tries)
        row.addWidget(tries_label)
        row.addWidget(self.tries)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelTurn")
        self.cancel_button.setToolTip(self.tr("Stop the turn in flight (Esc)"))
        self.cancel_button.clicked.connect(self.model.cancel)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendTurn")
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)

        for keys, step in (("Alt+Left", -1), ("Alt+Right", +1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.switch_branch(s))

    # -- the list ---------------------------------------------------------------------------------

    def _listed(self, summaries: list[ConversationSummary]) -> None:
        current = self.model.conversation.id if self.model.conversation else None
        self.list.blockSignals(True)
        self.list.clear()
        for s in summaries:
            when = s.updated_at[:16].replace("T", " ")
            item = QListWidgetItem(
                self.tr("%s · %s · %d turns · $%.2f") % (s.title, when, s.exchanges, s.spend_usd)
            )
            item.setData(ROLE_ID, s.id)
            item.setToolTip(self.tr("%s · %s") % (s.model, s.id))
            self.list.addItem(item)
            if s.id == current:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _list_clicked(self) -> None:
        items = self.list.selectedItems()
        if items:
            conv_id = items[0].data(ROLE_ID)
            if self.model.conversation is None or self.model.conversation.id != conv_id:
                self.model.open(conv_id)

    def rename_current(self) -> None:
        conv = self.model.conversation
        if conv is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename conversation"), self.tr("Name:"), text=conv.title
        )
        if ok and name.strip():
            self.model.rename(conv.id, name)

    def delete_current(self) -> None:
        conv = self.model.conversation
        if conv is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete conversation"),
            self.tr("Delete \u201c%s\u201d? Its images stay in the project.") % conv.title,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.delete(conv.id)

    # -- starting ---------------------------------------------------------------------------------

    def start_from_image(self, image_id: int) -> None:
        """Edit in conversation: a new conversation that edits a project image."""
        self.model.start(image_id=image_id)
        self.message.setFocus()

    # -- the thread -------------------------------------------------------------------------------

    def _opened(self, conv: Conversation) -> None:
        self.banner.hide()
        self.limit_box.hide()
        self._render()
        demo = self.tr(" (demo, not billed)") if self.model.demo else ""
        self.total.setText(self.tr("%d turns · total $%.2f%s") % (conv.exchanges, conv.spend_usd, demo))
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ROLE_ID) == conv.id and not item.isSelected():
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
        self._update_enabled()
        self._offer_exact()  # the turn the next message continues from may have changed

    def _closed(self) -> None:
        self._clear_thread()
        empty = QLabel(
            self.tr(
                "No conversation open. Choose one above, start one with New, or right-click an image "
                "in the gallery and choose Edit in conversation."
            )
        )
        empty.setObjectName("conversationEmpty")
        empty.setWordWrap(True)
        self.thread_layout.addWidget(empty)
        self.thread_layout.addStretch(1)
        self.total.setText("")
        self.limit_box.hide()
        self.editing_box.hide()
        self._update_enabled()

    def _clear_thread(self) -> None:
        self._current_card = None
        while self.thread_layout.count():
            child = self.thread_layout.takeAt(0)
            if child is not None and (widget := child.widget()) is not None:
                widget.deleteLater()

    def _render(self) -> None:
        conv = self.model.conversation
        if conv is None:
            return
        self._clear_thread()
        path = self.model.path()
        self._forks = []
        cards: list[TurnCard] = []
        if not path:
            hint = QLabel(self._start_hint(conv))
            hint.setObjectName("conversationEmpty")
            hint.setWordWrap(True)
            self.thread_layout.addWidget(hint)
        for turn in path:
            siblings = conv.children(turn.parent_id)
            if turn.role == "user" and len(siblings) > 1:
                switcher = BranchSwitcher(siblings.index(turn), len(siblings))
                fork = turn.parent_id
                switcher.stepped.connect(lambda step, f=fork: self.model.switch_branch(f, step))
                self._forks.append(fork)
                self.thread_layout.addWidget(switcher)
            card = TurnCard(
                turn,
                thumb=self._thumb(turn),
                current=turn.id == self.model.selected,
                demo=self.model.demo,
                can_compare=self._before_image(conv, turn) is not None,
            )
            card.selected.connect(self.model.select)
            card.edit_requested.connect(self.start_editing)
            card.retry_requested.connect(self.model.retry)
            card.compare_requested.connect(self.before_after)
            card.restart_requested.connect(self.model.restart_from)
            self.thread_layout.addWidget(card)
            cards.append(card)
        self.thread_layout.addStretch(1)
        self._current_card = next((c for c in reversed(cards) if c.turn.id == self.model.selected), None)
        if self._current_card is not None:  # keep the turn the next message continues from in view
            self.thread_layout.activate()
            QTimer.singleShot(0, self, self._reveal)  # dropped if the pane is gone by then

    def _reveal(self) -> None:
        """After layout: scroll the selected card into view (the newest render's card only)."""
        card = self._current_card
        if card is not None:
            self.thread_body.adjustSize()
            self.thread_area.ensureWidgetVisible(card, 0, 24)

    def _start_hint(self, conv: Conversation) -> str:
        if conv.origin.get("image_id") is not None:
            return self.tr("Say what to change in image #%d.") % conv.origin["image_id"]
        if conv.origin.get("anchor"):
            return self.tr("Say what to change in the anchor.")
        return self.tr("Describe what to draw; the character sheet and references go with it.")

    def _thumb(self, turn: Turn):  # noqa: ANN202 - QImage | None
        if not turn.image_ids:
            return None
        thumb = self.model.thumbs.get(turn.image_ids[0])
        return to_qimage(thumb) if thumb is not None else None

    @staticmethod
    def _before_image(conv: Conversation, turn: Turn) -> int | None:
        """The image `turn` edited: the previous answer's image on its branch, else the start."""
        if turn.role != "model" or not turn.image_ids:
            return None
        for earlier in reversed(conv.path(turn.id)[:-1]):
            if earlier.role == "model" and earlier.image_ids:
                return earlier.image_ids[0]
        start = conv.origin.get("image_id")
        return int(start) if start is not None else None

    def before_after(self, turn_id: str) -> None:
        conv = self.model.conversation
        if conv is None:
            return
        turn = conv.get(turn_id)
        before = self._before_image(conv, turn)
        if before is None:
            return
        self.model.pair_paths(before, turn.image_ids[0])

    def show_before_after(self, pair: ImagePair) -> None:
        titles = (self.tr("before #%d") % pair.before_id, self.tr("after #%d") % pair.after_id)
        dialog = BeforeAfter(
            pair.before, pair.after, titles, self, previews=(pair.before_preview, pair.after_preview)
        )
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()

    def switch_branch(self, step: int) -> None:
        """Alt+Left / Alt+Right: switch at the last fork shown in the thread."""
        if self._forks:
            self.model.switch_branch(self._forks[-1], step)

    # -- sending ----------------------------------------------------------------------------------

    def send(self) -> None:
        text = self.message.toPlainText().strip()
        if not text or self.model.busy or self.model.conversation is None:
            return
        if self._editing is not None:
            self.model.edit_message(self._editing, text, keep_reminder=self.keep_same.isChecked())
        else:
            self.model.send(text, tries=self.tries.value(), keep_reminder=self.keep_same.isChecked())
        self.message.clear()
        self._stop_editing()

    def start_editing(self, user_turn_id: str) -> None:
        conv = self.model.conversation
        if conv is None:
            return
        self._editing = user_turn_id
        self.message.setPlainText(conv.get(user_turn_id).text)
        self.message.selectAll()
        self.editing_box.show()
        self.message.setFocus()

    def edit_last_message(self) -> None:
        """Up in an empty box: edit the last message of yours on the thread shown."""
        last = next((t for t in reversed(self.model.path()) if t.role == "user"), None)
        if last is not None:
            self.start_editing(last.id)

    def _stop_editing(self) -> None:
        self._editing = None
        self.editing_box.hide()

    def _typing(self) -> None:
        while self.suggestion_layout.count():
            child = self.suggestion_layout.takeAt(0)
            if child is not None and (widget := child.widget()) is not None:
                widget.deleteLater()
        found = suggest(self.message.toPlainText())[:MAX_SUGGESTIONS]
        for suggestion in found:
            button = QPushButton(self.tr("Say \u201c%s\u201d") % suggestion.wording)
            button.setObjectName("suggestion")
            button.setAccessibleName(self.tr("Use numbers: %s") % suggestion.wording)
            button.setToolTip(self.tr("Replace \u201c%s\u201d with this wording") % suggestion.phrase)
            button.setStyleSheet("text-align: left; padding: 2px 6px;")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, s=suggestion: self._use(s))
            self.suggestion_layout.addWidget(button)
        self.suggestions.setVisible(bool(found))
        self._offer_exact()

    def _exact_plan(self) -> tuple[int, AdjustmentStack] | None:
        """(image, steps) when the typed edit is purely tonal and there is an image to adjust."""
        if not self.exact_available:
            return None
        steps = tone_steps(self.message.toPlainText())
        target = self.edit_target()
        return (target, steps) if steps is not None and target is not None else None

    def _offer_exact(self) -> None:
        plan = self._exact_plan()
        if plan is not None:
            self.exact_button.setToolTip(
                self.tr("Open image #%d in the adjustment pane with: %s. Nothing is sent to the model.")
                % (plan[0], "; ".join(" ".join(describe(step).split()) for step in plan[1].steps))
            )
        self.exact_button.setVisible(plan is not None)

    def do_exactly(self) -> None:
        """Do it exactly, without AI: the adjustment pane on the image, the steps filled in."""
        plan = self._exact_plan()
        if plan is not None:
            self.exact_requested.emit(*plan)

    def edit_target(self) -> int | None:
        """The project image the next message edits: the newest image up to the turn it continues
        from (for an edited message, that message's parent), else the image the conversation
        started from."""
        conv = self.model.conversation
        if conv is None:
            return None
        point = self.model.selected if self._editing is None else conv.get(self._editing).parent_id
        if point is not None:
            for turn in reversed(conv.path(point)):
                if turn.role == "model" and turn.image_ids:
                    return turn.image_ids[0]
        start = conv.origin.get("image_id")
        return int(start) if start is not None else None

    def _use(self, suggestion: EditSuggestion) -> None:
        self.message.setPlainText(suggestion.apply(self.message.toPlainText()))
        self.message.setFocus()

    def _busy(self, busy: bool) -> None:
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Send"))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.model.conversation is not None
        busy = self.model.busy
        self.send_button.setEnabled(has and not busy)
        self.cancel_button.setEnabled(busy)
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has and not busy)
        self.new_button.setEnabled(self.model.attached)
        self.message.setEnabled(has)

    def _bill(self, outcome: TurnOutcome) -> None:
        turn = outcome.model_turn
        if turn is None or turn.id in self._billed:  # a cancelled try reached no one
            return
        self._billed.add(turn.id)
        cost = outcome.variant.recipe.cost_usd or 0.0
        if cost > 0:
            self.spent.emit(cost)

    def _turn_recorded(self, outcome: TurnOutcome) -> None:
        self._bill(outcome)
        if outcome.lost:
            self.banner.show_message(
                self.tr("An answer was delivered (and billed) but not saved: %s") % show_text(outcome.lost)
            )
        if outcome.model_turn is not None and outcome.model_turn.image_ids:
            self.images_added.emit()

    def _sent(self, result: SendResult) -> None:
        for outcome in result.outcomes:  # edits and retries report their turns only here
            self._bill(outcome)
        problems = [o.variant.error for o in result.outcomes if o.variant.error and not o.variant.delivered]
        if problems and not result.delivered and problems[0] is not None:
            self.banner.show_message(problems[0], "warning")

    def _failed(self, message: UserMessage) -> None:
        self.banner.show_message(message)

    def _limit(self, notice: LimitNotice) -> None:
        self._restart_from = notice.restart_from
        self.limit_text.setText(f"{show_title(notice.message)} {show_text(notice.message.detail)}")
        self.limit_box.show()

    def _budget(self, budget: TurnBudget) -> None:
        if budget.over or budget.near:
            self._restart_from = self.model.selected
            lead = (
                self.tr("The next turn is too large to send.")
                if budget.over
                else self.tr("This conversation is getting large.")
            )
            self.limit_text.setText(f"{lead} {show_text(budget.describe())}")
            self.limit_box.show()
        else:
            self.limit_box.hide()
