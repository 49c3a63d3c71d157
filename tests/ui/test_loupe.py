"""The full-screen loupe: stepping keeps zoom and place; the filmstrip follows; keys cull."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt

from cutie_app.ui.compare.comparator import CompareItem
from cutie_app.ui.compare.loupe import Loupe, open_loupe


def picture(path: Path, colour, size=(1200, 900)) -> Path:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).ellipse((300, 200, 500, 400), fill=(0, 0, 0))
    image.save(path)
    return path


@pytest.fixture
def items(tmp_path) -> list[CompareItem]:
    colours = ((255, 140, 0), (0, 160, 255), (40, 200, 80))
    return [CompareItem(n + 1, picture(tmp_path / f"{n}.png", c), f"#{n + 1}") for n, c in enumerate(colours)]


@pytest.fixture
def loupe(qtbot, items):
    widget = open_loupe(None, items, start_id=2)  # deletes itself when closed
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.canvas.has_image, timeout=10000)
    yield widget
    if shiboken6.isValid(widget):
        widget.close()


def test_it_opens_full_screen_on_the_chosen_image(loupe):
    assert loupe.isFullScreen()
    assert loupe.current_id() == 2 and loupe.strip.currentRow() == 1
    assert loupe.canvas.image_size() == (1200, 900)
    assert loupe.strip.count() == 3


def test_stepping_keeps_the_zoom_and_the_place(qtbot, loupe):
    loupe.sync.set_zoom(2.0, (0.33, 0.25))  # looking closely at the dark eye
    before = loupe.canvas.image_rect()
    qtbot.keyClick(loupe, Qt.Key.Key_Right)
    assert loupe.current_id() == 3 and loupe.strip.currentRow() == 2
    qtbot.waitUntil(loupe.canvas.has_image, timeout=10000)
    assert not loupe.sync.fit and loupe.sync.zoom == 2.0
    assert (loupe.sync.cx, loupe.sync.cy) == (0.33, 0.25)
    assert loupe.canvas.image_rect() == before  # the same spot of the next picture, same place
    qtbot.keyClick(loupe, Qt.Key.Key_Right)  # already the last: stays
    assert loupe.current_id() == 3
    qtbot.keyClick(loupe, Qt.Key.Key_Left)
    qtbot.keyClick(loupe, Qt.Key.Key_Left)
    assert loupe.current_id() == 1 and loupe.sync.zoom == 2.0


def test_the_filmstrip_jumps_and_gets_thumbnails(qtbot, loupe):
    qtbot.waitUntil(lambda: all(not loupe.strip.item(r).icon().isNull() for r in range(3)), timeout=10000)
    rect = loupe.strip.visualItemRect(loupe.strip.item(0))
    qtbot.mouseClick(loupe.strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert loupe.current_id() == 1


def test_keys_flag_rate_zoom_and_close(qtbot, loupe):
    with qtbot.waitSignal(loupe.flag_changed) as flagged:
        qtbot.keyClick(loupe, Qt.Key.Key_P)
    assert flagged.args == [2, "pick"]
    with qtbot.waitSignal(loupe.rating_changed) as rated:
        qtbot.keyClick(loupe, Qt.Key.Key_4)
    assert rated.args == [2, 4]
    qtbot.keyClick(loupe, Qt.Key.Key_Z)
    assert not loupe.sync.fit and loupe.sync.zoom == 1.0
    qtbot.keyClick(loupe, Qt.Key.Key_Z)
    assert loupe.sync.fit
    with qtbot.waitSignal(loupe.closed):
        qtbot.keyClick(loupe, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(loupe))  # closed and deleted, workers stopped


def test_a_missing_file_says_so(qtbot, tmp_path):
    loupe = Loupe([CompareItem(1, tmp_path / "gone.png", "#1")])
    qtbot.addWidget(loupe)
    loupe.show()
    qtbot.waitUntil(lambda: loupe.canvas.message_is_error, timeout=10000)
    assert "gone.png" in loupe.canvas.message
    loupe.shutdown()
