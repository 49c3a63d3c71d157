"""Reference slots: reordering by a real drag between two slots, the slot menu, Alt+arrows; and
dropped photos losing their location and camera data as the privacy setting says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.drops import send_file_drop, send_mime_drop
from helpers.images import phone_photo, png
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from cutie_app.core.model.references import DEFAULT_KIND, MetadataPrivacy, ReferenceImage, ReferenceRole
from cutie_app.core.system.settings import Settings, save_settings
from cutie_app.ui.panes.reference_slots import ReferenceSlots


@pytest.fixture
def slots(qtbot) -> Iterator[ReferenceSlots]:
    pane = ReferenceSlots()
    qtbot.addWidget(pane)
    pane.resize(640, 400)
    role = ReferenceRole.IDENTITY
    for n in range(4):
        thumb = QImage(60, 60, QImage.Format.Format_RGB32)
        thumb.fill(Qt.GlobalColor.darkCyan)
        pane.add_reference(ReferenceImage(png(n + 1), "image/png", role, DEFAULT_KIND[role], f"r{n}"), thumb)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.shutdown()


def labels(pane: ReferenceSlots) -> list[str]:
    return [r.label for r in pane.references()]


def drag_mime(pane: ReferenceSlots, row: int):
    """The mime data Qt's own drag carries for this slot (the list's mimeData over its model)."""
    model = pane.list.model()
    return model.mimeData([model.index(row, 0)])


def gap_between(pane: ReferenceSlots, left: int, right: int) -> QPointF:
    a = pane.list.visualItemRect(pane.list.item(left))
    b = pane.list.visualItemRect(pane.list.item(right))
    assert a.top() == b.top(), "the two slots should sit on one line at this width"
    return QPointF((a.right() + b.left()) / 2, a.center().y())


def test_a_slot_dropped_between_two_slots_lands_there(qtbot, slots):
    assert labels(slots) == ["r0", "r1", "r2", "r3"]
    with qtbot.waitSignal(slots.slots_edited):
        assert send_mime_drop(slots.list, drag_mime(slots, 0), gap_between(slots, 2, 3))
    assert labels(slots) == ["r1", "r2", "r0", "r3"]
    assert slots.list.currentRow() == 2 and slots.list.item(2).text().startswith("3 ·")

    with qtbot.waitSignal(slots.slots_edited):
        assert send_mime_drop(slots.list, drag_mime(slots, 3), gap_between(slots, 0, 1))
    assert labels(slots) == ["r1", "r3", "r2", "r0"]


def test_a_drop_on_a_slot_goes_before_or_after_it_by_the_half_it_lands_on(qtbot, slots):
    rect = slots.list.visualItemRect(slots.list.item(1))
    left_half = QPointF(rect.left() + rect.width() * 0.25, rect.center().y())
    assert send_mime_drop(slots.list, drag_mime(slots, 3), left_half)
    assert labels(slots) == ["r0", "r3", "r1", "r2"]
    rect = slots.list.visualItemRect(slots.list.item(2))
    right_half = QPointF(rect.left() + rect.width() * 0.75, rect.center().y())
    assert send_mime_drop(slots.list, drag_mime(slots, 0), right_half)
    assert labels(slots) == ["r3", "r1", "r0", "r2"]
    with qtbot.assertNotEmitted(slots.slots_edited):  # dropped where it already is
        assert send_mime_drop(slots.list, drag_mime(slots, 0), gap_between(slots, 0, 1))
    assert slots.list.count() == 4


def test_alt_arrows_move_the_current_slot(qtbot, slots):
    slots.list.setFocus()
    slots.list.setCurrentRow(1)
    with qtbot.waitSignal(slots.slots_edited):
        qtbot.keyClick(slots.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert labels(slots) == ["r0", "r2", "r1", "r3"] and slots.list.currentRow() == 2
    qtbot.keyClick(slots.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    with qtbot.assertNotEmitted(slots.slots_edited):  # already last
        qtbot.keyClick(slots.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert labels(slots) == ["r0", "r2", "r3", "r1"]
    with qtbot.waitSignal(slots.slots_edited):
        qtbot.keyClick(slots.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert labels(slots) == ["r0", "r2", "r1", "r3"]


def test_the_slot_menu_moves_up_and_down(qtbot, slots):
    menu = slots.slot_menu(0)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Move up"].isEnabled() and actions["Move down"].isEnabled()
    assert actions["Move down"].shortcut().toString() == "Alt+Down"
    with qtbot.waitSignal(slots.slots_edited):
        actions["Move down"].trigger()
    assert labels(slots) == ["r1", "r0", "r2", "r3"]
    menu = slots.slot_menu(3)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert actions["Move up"].isEnabled() and not actions["Move down"].isEnabled()
    actions["Move up"].trigger()
    assert labels(slots) == ["r1", "r0", "r3", "r2"]
    assert [a.text() for a in slots.slot_menu(None).actions()] == ["Paste image"]


def test_a_selected_slot_shows_its_picture_untinted(qtbot, slots):
    """The selection may mark the label, never tint the picture whose colours the model must match."""
    view = slots.list
    view.setCurrentRow(1)
    view.item(1).setSelected(True)
    assert view.item(1).isSelected()
    view.repaint()
    shot = view.viewport().grab().toImage()
    rect = view.visualItemRect(view.item(1))
    icon_size = view.iconSize()
    centre_x = rect.center().x()
    centre_y = rect.top() + icon_size.height() // 2  # inside the picture, above the label
    pixel = shot.pixelColor(int(centre_x * shot.devicePixelRatio()), int(centre_y * shot.devicePixelRatio()))
    expected = QImage(1, 1, QImage.Format.Format_RGB32)
    expected.fill(Qt.GlobalColor.darkCyan)
    assert pixel.rgb() == expected.pixelColor(0, 0).rgb(), pixel.name()


def test_dropped_photos_follow_the_privacy_setting_and_say_what_became_of_their_data(qtbot, slots, tmp_path):
    assert send_file_drop(slots.list, [phone_photo(tmp_path / "phone.jpg")])
    qtbot.waitUntil(lambda: slots.list.count() == 5, timeout=10000)
    removed = slots.references()[-1]
    assert b"PhoneMaker" not in removed.data
    assert removed.privacy == MetadataPrivacy(removed=("location", "camera"))

    save_settings(Settings(remove_reference_metadata=False))  # Preferences › Privacy, unticked
    assert send_file_drop(slots.list, [phone_photo(tmp_path / "kept.jpg")])
    qtbot.waitUntil(lambda: slots.list.count() == 6, timeout=10000)
    kept = slots.references()[-1]
    assert b"PhoneMaker" in kept.data
    assert kept.privacy == MetadataPrivacy(sent=("location", "camera"))
