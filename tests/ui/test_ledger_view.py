"""The ledger view as a real widget: totals, spend per scene, and calls billed without an image."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from cutie_app.core.model.records import LedgerEntry
from cutie_app.ui.panes.ledger_view import WARNING_BACKGROUND, LedgerView


def entry(
    entry_id: int,
    *,
    scene: int | None = None,
    images: int = 1,
    estimated: float = 0.134,
    actual: float | None = None,
    outcome: str = "image",
    prompt_tokens: int = 300,
    minute: int = 0,
    detail: str = "",
) -> LedgerEntry:
    return LedgerEntry(
        id=entry_id,
        created_at=f"2026-03-01T10:{minute:02d}:00.000+00:00",
        model="gemini-3-pro-image-preview",
        image_size="1K",
        prompt_tokens=prompt_tokens,
        output_tokens=1290 if images else 0,
        thoughts_tokens=0,
        images=images,
        estimated_usd=estimated,
        actual_usd=actual,
        outcome=outcome,
        batch_id="b1",
        scene_id=scene,
        conversation_id=None,
        response_id=f"resp-{entry_id}",
        detail=detail,
    )


def table_text(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def make_view(qtbot) -> LedgerView:
    view = LedgerView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    return view


def test_total_uses_actual_cost_where_known_and_marks_estimates(qtbot):
    view = make_view(qtbot)
    view.show_ledger([entry(1, actual=0.2), entry(2, actual=0.1)], {})
    assert view.total.text() == "Project total: $0.30"  # every figure reported: no ≈

    view.show_ledger([entry(1, actual=0.2), entry(2, estimated=0.134)], {})
    assert view.total.text() == "Project total: ≈ $0.33"
    assert "2 calls" in view.summary.text() and "2 images" in view.summary.text()

    view.show_ledger([], {})
    assert view.total.text() == "Nothing spent yet"
    assert view.scenes.rowCount() == 0 and view.calls.rowCount() == 0


def test_spend_is_grouped_per_scene_with_names_for_missing_and_removed_scenes(qtbot):
    view = make_view(qtbot)
    entries = [
        entry(1, scene=7, minute=1),
        entry(2, scene=7, minute=2, images=2, estimated=0.268),
        entry(3, scene=None, minute=3),
        entry(4, scene=9, minute=4, images=0, estimated=0.002, outcome="blocked"),
        entry(5, scene=8, minute=5, actual=0.5),
    ]
    view.show_ledger(entries, {7: "waving at the train", 8: "in the\nrain"})

    assert table_text(view.scenes) == [
        ["waving at the train", "2", "3", "≈ $0.40"],
        ["No scene", "1", "1", "≈ $0.13"],
        ["Removed scene #9", "1", "0", "< $0.01"],
        ["in the rain", "1", "1", "$0.50"],
    ]
    assert view.scenes.objectName() == "ledgerScenes" and view.scenes.accessibleName()
    assert view.calls.objectName() == "ledgerCalls" and view.calls.accessibleName()


def test_calls_billed_without_an_image_are_marked_with_colour_and_an_explanation(qtbot):
    view = make_view(qtbot)
    view.show_ledger(
        [
            entry(1, minute=1),
            entry(2, minute=2, images=0, estimated=0.0011, outcome="blocked"),
            entry(3, minute=3, images=0, estimated=0.0, prompt_tokens=0, outcome="error"),
            entry(4, minute=4, images=0, estimated=0.0008, outcome="text_only"),
        ],
        {},
    )
    rows = table_text(view.calls)
    assert [r[3] for r in rows] == [
        "⚠ words only — billed",
        "error",
        "⚠ blocked — billed",
        "image",
    ]  # newest first
    assert rows[2][5] == "≈ $0.001" and rows[2][2] == "1K"
    blocked = view.calls.item(2, 3)
    assert blocked.background().color() == QColor(WARNING_BACKGROUND)
    assert "charges for the input tokens" in blocked.toolTip()
    unbilled_error = view.calls.item(1, 3)
    assert unbilled_error.background().color() != QColor(WARNING_BACKGROUND)
    assert "charges" not in unbilled_error.toolTip()
    assert "2 billed without an image" in view.summary.text()


def test_screenshot_at_800x500_is_not_cramped(qtbot, tmp_path):
    view = make_view(qtbot)
    entries = [entry(i, scene=(i % 3) or None, minute=i) for i in range(1, 12)]
    entries.append(entry(12, scene=1, images=0, estimated=0.0012, outcome="blocked", minute=30))
    view.show_ledger(entries, {1: "full-body turnaround, front side and back", 2: "waving at the train"})
    view.show()
    qtbot.waitExposed(view)
    path = tmp_path / "ledger.png"
    assert view.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 500)
    # every column of the calls table fits in the viewport: nothing is cut off on the right
    calls = view.calls
    assert calls.horizontalHeader().length() <= calls.viewport().width()
    assert calls.viewport().height() > 4 * calls.rowHeight(0)


def test_a_billed_call_whose_image_was_not_saved_says_so_and_why(qtbot):
    view = make_view(qtbot)
    view.show_ledger([entry(1, outcome="unsaved", detail="The disk is full.")], {})
    outcome = view.calls.item(0, 3)
    assert outcome.text() == "⚠ not saved"
    assert "could not be saved: The disk is full." in outcome.toolTip()
    assert outcome.background().color() == QColor(WARNING_BACKGROUND)
