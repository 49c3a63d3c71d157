"""The theme: Fusion and a palette, no application-wide style sheet, titles with their own fonts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.windows import make_window
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from cutie_app.ui.theme import PANE_TITLE_PX, PRIMARY_BUTTON_STYLE, apply_theme


@pytest.fixture(params=["light", "dark", "system"])
def themed(request, qapp: QApplication) -> Iterator[str]:
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_no_style_sheet_for_the_whole_application(themed, qapp: QApplication):
    """One would send every widget through Qt's style sheet engine (the window took 3× as long)."""
    assert qapp.styleSheet() == ""
    assert qapp.style().name().lower() == "fusion"


def test_titles_and_the_generate_button_keep_their_look(themed, qtbot, demo_server, tmp_path):
    win = make_window(qtbot, demo_server, tmp_path)
    panes = win.findChildren(QLabel, "paneTitle")
    sections = win.findChildren(QLabel, "sectionTitle")
    assert [p.text() for p in panes] == ["Character"]
    assert {s.text() for s in sections} >= {"Reference images", "Prompt sent to the model"}
    for label in panes:
        assert label.font().pixelSize() == PANE_TITLE_PX
        assert label.font().weight() == QFont.Weight.DemiBold
    for label in sections:
        assert label.font().weight() == QFont.Weight.DemiBold
        assert label.font().pointSizeF() == win.font().pointSizeF()  # only bolder, not larger
    button = win.findChild(QPushButton, "generateButton")
    assert button is win.generate_panel.generate_button
    assert button.styleSheet() == PRIMARY_BUTTON_STYLE
    plain = win.generate_panel.cancel_button
    assert button.sizeHint().height() > plain.sizeHint().height()  # the padding is applied
    win.close()
