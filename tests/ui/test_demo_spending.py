"""Demo spending reads as what it is: "demo, not billed", wherever the window shows money."""

from __future__ import annotations

import pytest
from helpers.windows import make_window

from cutie_app.core.model.records import LedgerEntry

NOT_BILLED = "demo, not billed"


def entry(entry_id: int) -> LedgerEntry:
    return LedgerEntry(
        id=entry_id,
        created_at="2026-03-01T10:00:00.000+00:00",
        model="gemini-3-pro-image",
        image_size="1K",
        prompt_tokens=300,
        output_tokens=1290,
        thoughts_tokens=0,
        images=1,
        estimated_usd=0.134,
        actual_usd=None,
        outcome="image",
        batch_id="b1",
        scene_id=None,
        conversation_id=None,
        response_id=f"resp-{entry_id}",
    )


@pytest.mark.parametrize("demo", [True, False])
def test_costs_and_spend_say_whether_they_are_billed(qtbot, demo_server, tmp_path, demo):
    win = make_window(qtbot, demo_server, tmp_path, demo=demo)
    panel, series = win.generate_panel, win.generate_panel.series
    series.set_scenes([(1, "waving")])
    series.set_progress(2, 4, 0.268)
    win.ledger_view.show_ledger([entry(1), entry(2)], {})
    texts = [panel.cost.text(), series.preflight.text(), series.progress.text(), win.ledger_view.total.text()]
    assert all("$" in text for text in texts)
    assert all((NOT_BILLED in text) == demo for text in texts), texts
    win.close()


def test_trying_the_demo_relabels_what_is_already_shown(qtbot, demo_server, tmp_path):
    win = make_window(qtbot, demo_server, tmp_path, demo=False)
    win.ledger_view.show_ledger([entry(1)], {})
    assert NOT_BILLED not in win.ledger_view.total.text()
    win.demo = True  # what "Try the demo" does, then it shows the key state again
    win.show_key_state(True)
    assert NOT_BILLED in win.ledger_view.total.text() and NOT_BILLED in win.generate_panel.cost.text()
    win.close()
