"""The conversation pane: real widgets and key events, a real project, a scripted backend
(and, through the window, the real SDK against the demo server)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.fake_backend import FakeBackend, blocked_reply
from helpers.images import png
from helpers.windows import make_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from cutie_app.core.genai.backend import ModelReply
from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.model.adjustments import AdjustmentStack, Brightness, Warmth
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, PaletteColor
from cutie_app.core.services.projects import ProjectService
from cutie_app.ui.models.conversation_model import ConversationModel
from cutie_app.ui.panes.conversation_pane import ConversationPane
from cutie_app.ui.panes.conversation_widgets import BranchSwitcher, TurnCard

WAIT = 10_000
ORANGE = (255, 140, 0)
SPEC = CharacterSpec(
    name="Little Orange", hair="orange pigtails", palette=(PaletteColor("orange", "#FF8C00"),)
)


def reply(colour: tuple[int, int, int] = ORANGE, number: int = 1, copies: int = 1) -> ModelReply:
    """An answer with one image whose stored content carries it (`copies` times) and a signature,
    as the SDK's does."""
    data = png(colour, (64, 64))
    content = {
        "role": "model",
        "parts": [
            {"text": "Here she is.", "thought_signature": base64.urlsafe_b64encode(b"\xfb\xfft").decode()},
            *[
                {
                    "inline_data": {
                        "data": base64.urlsafe_b64encode(data).decode(),
                        "mime_type": "image/png",
                    },
                    "thought_signature": base64.urlsafe_b64encode(b"\xfb\xff\xfe" + bytes([number])).decode(),
                }
            ]
            * copies,
        ],
    }
    return ModelReply(
        images=(GeneratedImage(data, "image/png"),),
        text="Here she is.",
        dump_content=lambda: content,
        finish_reason="STOP",
        finish_message=None,
        block_reason=None,
        usage=Usage(prompt_tokens=100),
        response_id=f"resp-{number}",
        model_version="fake",
    )


@dataclass
class Setup:
    pane: ConversationPane
    model: ConversationModel
    backend: FakeBackend
    project: ProjectService
    gallery_image: int


def open_service(folder: Path) -> ProjectService:
    return ProjectService.open(folder, create=True, name="Little Orange")


def seed(project: ProjectService) -> int:
    project.save_spec(SPEC)
    project.add_reference(
        ReferenceImage(
            png(ORANGE, (64, 64)), "image/png", ReferenceRole.IDENTITY, ReferenceKind.PERSON, "front.png"
        )
    )
    project.add_reference(
        ReferenceImage(
            png((255, 165, 0), (64, 64)), "image/png", ReferenceRole.ANCHOR, ReferenceKind.PERSON, "a.png"
        )
    )
    recipe = Recipe(
        "gemini-3-pro-image", compose(None, "gallery"), None, None, None, None, (), response_id="r0"
    )
    image = GeneratedImage(png((250, 140, 10), (64, 64)), "image/png")
    return project.save_variant(Variant(0, VariantStatus.DELIVERED, recipe, (image,))).image_ids[0]


@pytest.fixture
def setup(qtbot, tmp_path: Path) -> Iterator[Setup]:
    backend = FakeBackend()
    engine = ImageEngine(lambda: backend, ModelCatalog.load(tmp_path / "learned.json"))
    project = open_service(tmp_path / "proj")
    image_id = seed(project)
    model = ConversationModel(lambda: engine, demo=True)
    pane = ConversationPane(model)
    qtbot.addWidget(pane)
    pane.resize(520, 760)
    pane.show()
    qtbot.waitExposed(pane)
    with qtbot.waitSignal(model.listed, timeout=WAIT):
        model.attach(project)
    state = Setup(pane, model, backend, project, image_id)
    yield state
    model.shutdown()
    engine.close()
    state.project.close()


def type_and_send(qtbot, s: Setup, text: str, *, tries: int = 1) -> None:
    s.pane.tries.setValue(tries)
    s.pane.message.setFocus()
    qtbot.keyClicks(s.pane.message, text)
    with qtbot.waitSignal(s.model.sent, timeout=WAIT):
        qtbot.keyClick(s.pane.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not s.model.busy, timeout=WAIT)


def cards(pane: ConversationPane) -> list[TurnCard]:
    layout = pane.thread_layout
    found = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w for w in found if isinstance(w, TurnCard)]


def switchers(pane: ConversationPane) -> list[BranchSwitcher]:
    layout = pane.thread_layout
    found = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w for w in found if isinstance(w, BranchSwitcher)]


def start(qtbot, s: Setup, **kwargs: object) -> None:
    with qtbot.waitSignal(s.model.opened, timeout=WAIT):
        if "image_id" in kwargs:
            s.pane.start_from_image(int(kwargs["image_id"]))  # type: ignore[arg-type]
        else:
            s.model.start()


def test_a_conversation_from_a_gallery_image_sends_the_character_sheet_and_references(
    qtbot, setup: Setup
) -> None:
    s = setup
    s.backend.push(reply(number=1))
    start(qtbot, s, image_id=s.gallery_image)
    type_and_send(qtbot, s, "make her smile")

    (call,) = s.backend.requests
    (sent,) = call.contents
    images = [base64.urlsafe_b64decode(p["inline_data"]["data"]) for p in sent["parts"] if "inline_data" in p]
    refs = s.project.character().references
    assert images == [r.data for r in refs] + [s.project.image_bytes(s.gallery_image)[0]]
    text = sent["parts"][-1]["text"]
    assert "Character: Little Orange" in text and "#FF8C00" in text
    assert "is the front view (identity)" in text and "the approved anchor image" in text
    assert "Image 3 is the picture to edit." in text and "Change only this: make her smile." in text

    shown = cards(s.pane)
    assert [c.turn.role for c in shown] == ["user", "model"]
    assert shown[1].status.text().startswith("delivered")
    assert "demo, not billed" in shown[1].cost.text()
    qtbot.waitUntil(lambda: cards(s.pane)[1].findChild(QLabel, "turnImage") is not None, timeout=WAIT)
    assert "demo, not billed" in s.pane.total.text()
    assert s.pane.list.count() == 1 and "1 turns" in s.pane.list.item(0).text()


def test_three_turns_then_a_branch_from_the_first_with_a_switcher(qtbot, setup: Setup) -> None:
    s = setup
    for n in range(1, 5):
        s.backend.push(reply(number=n))
    start(qtbot, s)
    for text in ("Little Orange waving", "make her smile", "add a red scarf"):
        type_and_send(qtbot, s, text)
    assert [len(c.contents) for c in s.backend.requests] == [1, 3, 5]
    assert len(cards(s.pane)) == 6 and not switchers(s.pane)

    first_answer = cards(s.pane)[1]
    with qtbot.waitSignal(s.model.opened, timeout=WAIT):
        first_answer.findChild(QToolButton, "continueHere").click()
    type_and_send(qtbot, s, "make her frown")
    assert len(s.backend.requests[-1].contents) == 3  # only the first exchange went back
    shown = cards(s.pane)
    assert [c.turn.text for c in shown if c.turn.role == "user"] == ["Little Orange waving", "make her frown"]
    (switcher,) = switchers(s.pane)
    assert switcher.label.text() == "2 / 2"

    s.pane.message.setFocus()
    with qtbot.waitSignal(s.model.opened, timeout=WAIT):
        qtbot.keyClick(s.pane.message, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert switchers(s.pane)[0].label.text() == "1 / 2"
    assert [c.turn.text for c in cards(s.pane) if c.turn.role == "user"] == [
        "Little Orange waving", "make her smile", "add a red scarf"
    ]  # fmt: skip


def test_a_blocked_turn_shows_its_reason_and_is_never_sent_back(qtbot, setup: Setup) -> None:
    s = setup
    s.backend.push(reply(number=1), blocked_reply("IMAGE_SAFETY"), reply(number=2))
    start(qtbot, s)
    type_and_send(qtbot, s, "Little Orange waving")
    type_and_send(qtbot, s, "make it edgy")
    blocked = cards(s.pane)[-1]
    assert blocked.turn.status == "blocked" and blocked.status.text().startswith("blocked:")
    assert blocked.findChild(QToolButton, "continueHere") is None
    type_and_send(qtbot, s, "add a hat")
    history = s.backend.requests[-1].contents
    assert [c["role"] for c in history] == ["user", "model", "user"]
    assert not any("edgy" in p.get("text", "") for c in history for p in c["parts"])


def test_send_three_tries_makes_three_branches_and_opens_them_to_compare(qtbot, setup: Setup) -> None:
    s = setup
    for n in range(1, 5):
        s.backend.push(reply(number=n))
    start(qtbot, s)
    type_and_send(qtbot, s, "Little Orange waving")
    with qtbot.waitSignal(s.pane.compare_requested, timeout=WAIT) as compared:
        type_and_send(qtbot, s, "make her smile", tries=3)
    ids = compared.args[0]
    assert len(ids) == 3 and len(set(ids)) == 3
    conv = s.model.conversation
    assert conv is not None
    first_answer = next(
        t
        for t in conv.turns.values()
        if t.role == "model" and t.parent_id and not conv.get(t.parent_id).parent_id
    )
    assert len(conv.children(first_answer.id)) == 3
    assert switchers(s.pane)[0].label.text().endswith("/ 3")
    assert len(s.backend.requests) == 4


def test_an_edit_that_drifts_from_the_character_says_so(qtbot, setup: Setup) -> None:
    s = setup
    s.backend.push(reply(ORANGE, 1), reply((20, 60, 220), 2))
    start(qtbot, s)
    type_and_send(qtbot, s, "Little Orange waving")
    assert cards(s.pane)[-1].findChild(QLabel, "driftWarning") is None
    type_and_send(qtbot, s, "make the night sky")
    warning = cards(s.pane)[-1].findChild(QLabel, "driftWarning")
    assert warning is not None and "drifted from the character" in warning.text()
    assert cards(s.pane)[-1].findChild(QLabel, "turnScore") is not None


def test_reopening_the_project_continues_with_the_stored_history_unchanged(
    qtbot, setup: Setup, tmp_path: Path
) -> None:
    s = setup
    s.backend.push(reply(number=1), reply(number=2), reply(number=3))
    start(qtbot, s)
    type_and_send(qtbot, s, "Little Orange waving")
    type_and_send(qtbot, s, "make her smile")
    conv_id = s.model.conversation.id  # type: ignore[union-attr]
    with qtbot.waitSignal(s.model.closed, timeout=WAIT):
        s.model.attach(None)
    s.project.close()

    s.project = open_service(tmp_path / "proj")
    with qtbot.waitSignal(s.model.listed, timeout=WAIT):
        s.model.attach(s.project)
    stored = s.project.load_conversation(conv_id)
    with qtbot.waitSignal(s.model.opened, timeout=WAIT):
        s.pane.list.item(0).setSelected(True)
    assert len(cards(s.pane)) == 4
    type_and_send(qtbot, s, "now wave")
    sent = s.backend.requests[-1].contents
    expected = [t.content for t in stored.path(stored.head)]
    assert list(sent[:-1]) == expected  # the same dicts, signatures and image data byte for byte


def test_up_edits_the_last_message_as_a_new_branch(qtbot, setup: Setup) -> None:
    s = setup
    s.backend.push(reply(number=1), reply(number=2), reply(number=3))
    start(qtbot, s)
    type_and_send(qtbot, s, "Little Orange waving")
    type_and_send(qtbot, s, "make her smile")
    s.pane.message.setFocus()
    qtbot.keyClick(s.pane.message, Qt.Key.Key_Up)
    assert s.pane.editing_box.isVisibleTo(s.pane) and s.pane.message.toPlainText() == "make her smile"
    s.pane.message.clear()
    type_and_send(qtbot, s, "make her laugh")
    assert [c.turn.text for c in cards(s.pane) if c.turn.role == "user"][-1] == "make her laugh"
    assert switchers(s.pane)[0].label.text() == "2 / 2"
    assert len(s.backend.requests[-1].contents) == 3


def test_esc_cancels_the_turn_in_flight_and_records_nothing(qtbot, setup: Setup) -> None:
    s = setup
    start(qtbot, s)
    s.backend.hold()
    s.pane.message.setFocus()
    qtbot.keyClicks(s.pane.message, "Little Orange waving")
    qtbot.keyClick(s.pane.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert s.backend.started.acquire(timeout=5)
    assert s.pane.cancel_button.isEnabled()
    with qtbot.waitSignal(s.model.sent, timeout=WAIT) as done:
        qtbot.keyClick(s.pane.message, Qt.Key.Key_Escape)
    s.backend.release()
    (outcome,) = done.args[0].outcomes
    assert outcome.variant.status is VariantStatus.CANCELLED and outcome.model_turn is None
    assert cards(s.pane) == [] and s.pane.send_button.isEnabled()


def test_vague_words_get_suggestions_with_numbers_one_click_away(qtbot, setup: Setup) -> None:
    s = setup
    start(qtbot, s)
    qtbot.keyClicks(s.pane.message, "make it slightly darker")
    assert s.pane.suggestions.isVisibleTo(s.pane)
    (button,) = [
        w for w in s.pane.suggestions.findChildren(QToolButton.__mro__[1]) if w.objectName() == "suggestion"
    ]
    button.click()
    assert "brightness at 85% of the original" in s.pane.message.toPlainText()
    assert s.pane.keep_same.isChecked() and "exactly the same" in s.pane.keep_same.text()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a popup menu, offscreen
def test_in_the_window_ctrl_enter_sends_the_turn_not_a_generation(qtbot, demo_server, tmp_path: Path) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    try:
        with (
            qtbot.waitSignal(win.conversations.model.listed, timeout=WAIT),
            qtbot.waitSignal(win.session.opened, timeout=WAIT),
        ):
            win.open_project(tmp_path / "proj", create=True, name="Little Orange")
        win.generate_panel.scene.setPlainText("waving")
        pane = win.conversations
        with qtbot.waitSignal(pane.model.opened, timeout=WAIT):
            pane.model.start()
        assert win.results_tabs.indexOf(pane) >= 0
        win.results_tabs.setCurrentWidget(pane)
        pane.message.setFocus()
        qtbot.keyClicks(pane.message, "Little Orange waving")
        with qtbot.waitSignal(pane.model.sent, timeout=30_000) as done:
            qtbot.keyClick(pane.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert done.args[0].delivered
        assert not win.bridge.running and not win.gallery.variants()  # Generate did not run
        posts = [r for r in demo_server.requests if r.path.endswith(":generateContent")]
        assert len(posts) == 1
        image_id = done.args[0].outcomes[0].model_turn.image_ids[0]
        qtbot.waitUntil(lambda: image_id in [r.id for r in win.gallery.records()], timeout=WAIT)
        tile = win.gallery.tiles.index(win.gallery.tiles.row_of(image_id))
        assert tile.data() == f"#{image_id} · chat"
        conv_id = done.args[0].conversation.id
        assert f"Conversation {conv_id}, turn " in tile.data(Qt.ItemDataRole.ToolTipRole)

        # Edit in conversation, from the gallery's context menu, starts a conversation on that image.
        rect = win.gallery.list.visualRect(win.gallery.tiles.index(win.gallery.tiles.row_of(image_id)))

        def choose() -> None:
            menu = QApplication.activePopupWidget()
            assert menu is not None
            (action,) = [a for a in menu.actions() if a.text() == "Edit in conversation"]
            action.trigger()
            menu.close()

        QTimer.singleShot(200, choose)
        with qtbot.waitSignal(pane.model.opened, timeout=WAIT):
            win.gallery._menu(rect.center())
        assert pane.model.conversation is not None and pane.model.conversation.origin["image_id"] == image_id
        assert win.results_tabs.currentWidget() is pane
    finally:
        win.close()


def test_a_conversation_near_its_limits_says_so_and_restarts_from_the_image(qtbot, setup: Setup) -> None:
    s = setup
    s.backend.push(reply(number=1, copies=12))  # 2 references + 12 images back: the next turn sends 14+
    start(qtbot, s)
    with qtbot.waitSignal(s.model.budget_ready, timeout=WAIT):
        type_and_send(qtbot, s, "Little Orange waving")
    qtbot.waitUntil(lambda: s.pane.limit_box.isVisibleTo(s.pane), timeout=WAIT)
    assert "14 of at most 14 input images" in s.pane.limit_text.text()
    answer = cards(s.pane)[-1].turn
    with qtbot.waitSignal(s.model.opened, timeout=WAIT):
        s.pane.restart_button.click()
    fresh = s.model.conversation
    assert fresh is not None and fresh.origin["image_id"] == answer.image_ids[0] and not fresh.turns
    qtbot.waitUntil(lambda: s.pane.list.count() == 2, timeout=WAIT)
    assert not s.pane.limit_box.isVisibleTo(s.pane)


def test_before_after_shows_an_answer_against_the_image_it_edited(qtbot, setup: Setup) -> None:
    s = setup
    s.backend.push(reply(ORANGE, 1), reply((40, 90, 200), 2))
    start(qtbot, s)
    type_and_send(qtbot, s, "Little Orange waving")
    type_and_send(qtbot, s, "make the dress blue")
    first, second = [c for c in cards(s.pane) if c.turn.role == "model"]
    assert first.findChild(QToolButton, "beforeAfter") is None  # nothing before the first picture
    with qtbot.waitSignal(s.model.pair_ready, timeout=WAIT) as paired:
        second.findChild(QToolButton, "beforeAfter").click()
    assert (paired.args[0].before_id, paired.args[0].after_id) == (
        first.turn.image_ids[0],
        second.turn.image_ids[0],
    )
    pair = paired.args[0]
    for path, preview in ((pair.before, pair.before_preview), (pair.after, pair.after_preview)):
        # the view reads each picture's cached preview (the project's, checked against its SHA-256)
        assert preview is not None and preview.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    (dialog,) = s.pane._dialogs
    assert dialog.previews == (pair.before_preview, pair.after_preview)
    qtbot.waitUntil(lambda: dialog.wipe.has_image() and dialog.difference.has_image(), timeout=WAIT)
    assert dialog.before_view.has_image() and dialog.after_view.has_image()
    assert "mean change" in dialog.difference.caption
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Side by side",
        "Wipe",
        "Difference",
    ]
    dialog.close()
    assert not s.pane._dialogs


def test_a_pure_tone_edit_is_done_exactly_in_the_adjustment_pane_without_a_request(
    qtbot, demo_server, tmp_path: Path
) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    try:
        with (
            qtbot.waitSignal(win.conversations.model.listed, timeout=WAIT),
            qtbot.waitSignal(win.session.opened, timeout=WAIT),
        ):
            win.open_project(tmp_path / "proj", create=True, name="Little Orange")
        pane = win.conversations
        win.results_tabs.setCurrentWidget(pane)
        with qtbot.waitSignal(pane.model.opened, timeout=WAIT):
            pane.model.start()
        pane.message.setFocus()
        qtbot.keyClicks(pane.message, "Little Orange waving")
        with qtbot.waitSignal(pane.model.sent, timeout=30_000) as done:
            qtbot.keyClick(pane.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not pane.model.busy, timeout=WAIT)
        turn_image = done.args[0].outcomes[0].model_turn.image_ids[0]

        qtbot.keyClicks(pane.message, "make her smile and slightly darker")
        assert not pane.exact_button.isVisibleTo(pane)  # a drawing change needs the model
        pane.message.clear()
        qtbot.keyClicks(pane.message, "make it slightly darker and a bit warmer")
        assert pane.exact_button.isVisibleTo(pane)
        assert f"#{turn_image}" in pane.exact_button.toolTip()
        qtbot.mouseClick(pane.exact_button, Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: win.adjust.dialog is not None and win.adjust.dialog.isVisible(), timeout=WAIT)
        adjust = win.adjust.dialog.pane
        qtbot.waitUntil(lambda: adjust.source is not None, timeout=WAIT)
        assert adjust.image_id == turn_image
        assert adjust.stack == AdjustmentStack((Brightness(amount=0.85), Warmth(amount=0.10)))
        assert adjust.undo_stack.canUndo()  # one undoable edit, nothing applied yet
        posts = [r for r in demo_server.requests if r.path.endswith(":generateContent")]
        assert len(posts) == 1  # only the first turn: the tone change went nowhere
        assert not pane.model.busy and len(pane.model.path()) == 2
    finally:
        win.close()


def test_edit_in_conversation_from_the_comparator_starts_from_that_image(
    qtbot, demo_server, tmp_path: Path
) -> None:
    folder = tmp_path / "proj"
    project = open_service(folder)
    image_id = seed(project)
    project.close()
    win = make_window(qtbot, demo_server, tmp_path)
    try:
        with (
            qtbot.waitSignal(win.conversations.model.listed, timeout=WAIT),
            qtbot.waitSignal(win.session.opened, timeout=WAIT),
        ):
            win.open_project(folder)
        pane = win.conversations
        win.compare([image_id])
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.comparator, timeout=WAIT)
        comparator = win.comparator
        assert comparator.current_id() == image_id  # beside the anchor
        with qtbot.waitSignal(pane.model.opened, timeout=WAIT):
            qtbot.mouseClick(comparator.conversation_button, Qt.MouseButton.LeftButton)
        assert pane.model.conversation is not None
        assert pane.model.conversation.origin["image_id"] == image_id
        assert win.pages.currentWidget() is win.splitter and win.results_tabs.currentWidget() is pane

        # The anchor, as the references hold it, starts a conversation from the anchor.
        win.compare([image_id])
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.comparator, timeout=WAIT)
        (anchor,) = [item for item in comparator.items() if item.is_anchor]
        assert anchor.image_id <= 0
        qtbot.mouseClick(comparator.pane_for(anchor.image_id), Qt.MouseButton.LeftButton)
        assert comparator.current_id() == anchor.image_id
        with qtbot.waitSignal(pane.model.opened, timeout=WAIT):
            comparator.conversation_button.click()
        assert pane.model.conversation.origin.get("anchor")
        assert pane.model.conversation.origin.get("image_id") is None
        posts = [r for r in demo_server.requests if r.path.endswith(":generateContent")]
        assert posts == []  # starting sends nothing
    finally:
        win.close()


def test_the_status_bar_counts_each_billed_turn_once(qtbot, demo_server, tmp_path: Path) -> None:
    folder = tmp_path / "proj"
    win = make_window(qtbot, demo_server, tmp_path)
    try:
        with (
            qtbot.waitSignal(win.conversations.model.listed, timeout=WAIT),
            qtbot.waitSignal(win.session.opened, timeout=WAIT),
        ):
            win.open_project(folder, create=True, name="Little Orange")
        pane = win.conversations
        win.results_tabs.setCurrentWidget(pane)
        with qtbot.waitSignal(pane.model.opened, timeout=WAIT):
            pane.model.start()
        costs: list[float] = []
        for text, tries in (("Little Orange waving", 2), ("make her smile", 1)):
            pane.tries.setValue(tries)
            pane.message.setFocus()
            qtbot.keyClicks(pane.message, text)
            with qtbot.waitSignal(pane.model.sent, timeout=30_000) as done:
                qtbot.keyClick(pane.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: not pane.model.busy, timeout=WAIT)
            costs += [o.variant.recipe.cost_usd or 0.0 for o in done.args[0].outcomes]
        # Up edits the last message: a new branch, billed once (it reports only when it ends).
        pane.message.setFocus()
        qtbot.keyClick(pane.message, Qt.Key.Key_Up)
        pane.message.clear()
        qtbot.keyClicks(pane.message, "make her laugh")
        with qtbot.waitSignal(pane.model.sent, timeout=30_000) as done:
            qtbot.keyClick(pane.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not pane.model.busy, timeout=WAIT)
        costs += [o.variant.recipe.cost_usd or 0.0 for o in done.args[0].outcomes]

        assert len(costs) == 4 and all(c > 0 for c in costs)
        total = sum(costs)
        assert win.status.project_spend == pytest.approx(total)
        assert win.status.session_spend == pytest.approx(total)
        assert f"Project spend: ${total:.2f}" in win.spend_label.text()
        assert "demo, not billed" in win.spend_label.text()

        # What the ledger holds agrees: reopening shows the same project spend.
        with qtbot.waitSignal(win.session.opened, timeout=WAIT):
            win.open_project(folder)
        assert win.status.project_spend == pytest.approx(total)
    finally:
        win.close()
