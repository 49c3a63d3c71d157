"""The prompt preview: "Send my own text instead" opens the composed prompt for editing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from cutie_app.core.model.prompt import compose
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.ui.panes.spec_editor import PromptPreview


def click_box(qtbot, preview: PromptPreview) -> None:
    box = preview.use_override
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box


def test_the_override_starts_from_the_composed_prompt(qtbot):
    preview = PromptPreview()
    qtbot.addWidget(preview)
    preview.resize(500, 500)
    preview.show()
    qtbot.waitExposed(preview)
    composed = compose(CharacterSpec(name="Little Orange", hair="orange pigtails"), "waving", ())
    preview.show_parts(composed)
    assert preview.override_text() is None

    click_box(qtbot, preview)
    assert preview.override.isVisible()
    assert preview.override.toPlainText() == composed.composed_text
    assert preview.override_text() == composed.composed_text.strip()

    preview.override.moveCursor(preview.override.textCursor().MoveOperation.End)
    qtbot.keyClicks(preview.override, " Smiling.")
    click_box(qtbot, preview)  # off: the composed prompt is sent
    assert preview.override_text() is None
    click_box(qtbot, preview)  # on again: the edit is kept
    assert preview.override_text() == composed.composed_text.strip() + " Smiling."
