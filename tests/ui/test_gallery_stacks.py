"""Stacks in the gallery: Stack by batch or scene through the store, the S key and the count badge
(real key and mouse events), the context menu, Compare on a closed stack, and the badge as painted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.builders import variant
from helpers.images import png
from helpers.records import image_record
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from cutie_app.core.model.records import ImageRecord
from cutie_app.core.model.stacks import StackedListing, StackMode, group_stacks
from cutie_app.core.store import Project
from cutie_app.ui.models.gallery_model import STACK_ROLE, GalleryModel, StackPlace
from cutie_app.ui.models.project_session import ProjectSession
from cutie_app.ui.models.thumbs import make_thumb, to_qimage
from cutie_app.ui.panes.gallery import Gallery
from cutie_app.ui.widgets.tile_delegate import CARD, TILE_RANGE, grid_for, picture_rect

WAIT = 10_000


@pytest.fixture
def gallery(qtbot) -> Iterator[Gallery]:
    pane = Gallery()
    qtbot.addWidget(pane)
    pane.resize(700, 560)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane


def batches() -> list[ImageRecord]:
    """Newest first: batch "a" (3 images, #3 rated 4), a lone #4, batch "c" (4 images, #8 picked)."""
    return sorted(
        [
            image_record(1, batch_id="a"),
            image_record(2, batch_id="a"),
            image_record(3, batch_id="a", rating=4),
            image_record(4, batch_id="", parent_image_id=1),  # an adjusted version: stands alone
            image_record(5, batch_id="c"),
            image_record(6, batch_id="c", rating=5),
            image_record(7, batch_id="c"),
            image_record(8, batch_id="c", flag="pick"),
        ],
        key=lambda r: r.id,
        reverse=True,
    )


def stacked(records: list[ImageRecord], chosen: dict[str, int] | None = None) -> StackedListing:
    return group_stacks(records, StackMode.BATCH, chosen or {}, {})


def shown(gallery: Gallery) -> list[int]:
    return [r.id for r in gallery.records()]


def set_stack_mode(gallery: Gallery, mode: StackMode) -> None:
    """Choose Stack by … in the gallery's combo as a user would (without a listing behind it)."""
    gallery.stack.blockSignals(True)
    gallery.stack.setCurrentIndex(gallery.stack.findData(mode.value))
    gallery.stack.blockSignals(False)


def click(qtbot, gallery: Gallery, point: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def cell(gallery: Gallery, image_id: int) -> QRect:
    return gallery.list.visualRect(gallery.tiles.index(gallery.tiles.row_of(image_id)))


def badge(gallery: Gallery, image_id: int) -> QRect:
    stack = gallery.tiles.stack_of(image_id)
    return gallery.delegate.stack_badge(cell(gallery, image_id), stack.count)


# -- through the store -----------------------------------------------------------------------------


def test_stack_by_batch_and_scene_group_what_the_filters_let_through(
    qtbot, gallery: Gallery, tmp_path
) -> None:
    """A real project listed by the session's worker; Stack by chosen with the keyboard."""
    folder = tmp_path / "Stacks"
    with Project.create(folder, "Stacks") as project:
        park, rain = project.add_scene("in the park"), project.add_scene("in the rain")
        first = project.add_variant(
            variant(png(1), png(2), png(3), batch_id="b1", response_id="r1"), scene_id=park.id
        )
        second = project.add_variant(
            variant(png(4), png(5), batch_id="b2", response_id="r2"), scene_id=park.id
        )
        third = project.add_variant(
            variant(png(6), png(7), batch_id="b3", response_id="r3"), scene_id=rain.id
        )
        project.set_rating(first[0].id, 3)
        project.set_rating(first[1].id, 5)
        project.set_flag(second[0].id, "pick")
        project.set_rating(third[0].id, 1)
    b1, b2, b3 = ([r.id for r in batch] for batch in (first, second, third))

    session = ProjectSession()
    asked: list[object] = []
    session.images_listed.connect(lambda _serial, records: gallery.show_records(records))
    gallery.query_changed.connect(asked.append)
    gallery.query_changed.connect(lambda query: session.list_images(len(asked), query))

    def tiles() -> dict[int, int]:
        """Each tile's image id -> the count its badge shows (1: not a stack)."""
        out = {}
        for row in range(gallery.tiles.rowCount()):
            stack = gallery.tiles.index(row).data(STACK_ROLE)
            out[gallery.tiles.record_at(row).id] = stack.count if stack is not None else 1
        return out

    try:
        with qtbot.waitSignal(session.opened, timeout=WAIT):
            session.open(folder)
        session.list_images(0, gallery.query())
        qtbot.waitUntil(lambda: len(gallery.records()) == 7, timeout=WAIT)

        gallery.stack.setFocus()
        qtbot.keyClick(gallery.stack, Qt.Key.Key_Down)  # Stack by batch
        assert gallery.stack.currentText() == "Stack by batch" and asked[-1].stack is StackMode.BATCH
        # b1's top has five stars, b2's is its pick, b3's has the only star; newest stack first.
        qtbot.waitUntil(lambda: tiles() == {b3[0]: 2, b2[0]: 2, b1[1]: 3}, timeout=WAIT)
        assert shown(gallery) == [b3[0], b2[0], b1[1]]
        assert gallery.count_label.text() == "7 images · Stacks: 3"

        gallery.rating.setCurrentIndex(3)  # three stars or more: b1 keeps two, the others go
        qtbot.waitUntil(lambda: tiles() == {b1[1]: 2}, timeout=WAIT)
        gallery.rating.setCurrentIndex(0)
        gallery.flag.setCurrentIndex(gallery.flag.findData("pick"))  # only b2's pick: no stack left
        qtbot.waitUntil(lambda: tiles() == {b2[0]: 1}, timeout=WAIT)
        gallery.flag.setCurrentIndex(0)

        qtbot.keyClick(gallery.stack, Qt.Key.Key_Down)  # Stack by scene: b1 and b2 share the park
        qtbot.waitUntil(lambda: tiles() == {b3[0]: 2, b2[0]: 5}, timeout=WAIT)
        qtbot.keyClick(gallery.stack, Qt.Key.Key_Home)  # No stacks
        qtbot.waitUntil(lambda: len(tiles()) == 7 and not gallery.tiles.stacked, timeout=WAIT)
        assert gallery.count_label.text() == "7 images"
    finally:
        session.shutdown()


# -- opening and closing -----------------------------------------------------------------------------


def test_s_opens_and_closes_the_stack_under_the_cursor(qtbot, gallery: Gallery) -> None:
    set_stack_mode(gallery, StackMode.BATCH)
    gallery.show_records(stacked(batches()))
    assert shown(gallery) == [8, 4, 3]  # c under its pick, the lone version, a under its 4 stars
    gallery.list.setFocus()
    click(qtbot, gallery, cell(gallery, 8).center())
    assert gallery.selected_ids() == [8]

    qtbot.keyClick(gallery.list, Qt.Key.Key_S)
    assert shown(gallery) == [8, 7, 6, 5, 4, 3]  # the members follow their top, in the gallery's order
    places = [gallery.tiles.index(r).data(STACK_ROLE) for r in range(4)]
    assert [p.place for p in places] == [
        StackPlace.TOP,
        StackPlace.MEMBER,
        StackPlace.MEMBER,
        StackPlace.LAST,
    ]
    assert all(p.expanded and p.count == 4 for p in places)
    assert gallery.selected_ids() == [8] and gallery.list.currentIndex().row() == gallery.tiles.row_of(8)

    click(qtbot, gallery, cell(gallery, 6).center())  # a member: S closes its stack, back on the top
    qtbot.keyClick(gallery.list, Qt.Key.Key_S)
    assert shown(gallery) == [8, 4, 3]
    assert gallery.selected_ids() == [8] and gallery.list.currentIndex().row() == gallery.tiles.row_of(8)

    click(qtbot, gallery, cell(gallery, 4).center())  # not in a stack: S does nothing
    qtbot.keyClick(gallery.list, Qt.Key.Key_S)
    assert shown(gallery) == [8, 4, 3] and gallery.selected_ids() == [4]

    gallery.set_stacks_expanded(True)
    assert shown(gallery) == [8, 7, 6, 5, 4, 3, 2, 1] and gallery.selected_ids() == [4]
    gallery.show_records(stacked(batches()))  # listed again: open stacks stay open
    assert shown(gallery) == [8, 7, 6, 5, 4, 3, 2, 1]
    gallery.set_stacks_expanded(False)
    assert shown(gallery) == [8, 4, 3]


def test_a_click_on_the_count_toggles_the_stack_and_leaves_the_selection_alone(
    qtbot, gallery: Gallery
) -> None:
    set_stack_mode(gallery, StackMode.BATCH)
    gallery.show_records(stacked(batches()))
    gallery.select_ids([4])
    compared: list[list[int]] = []
    gallery.compare_requested.connect(compared.append)

    click(qtbot, gallery, badge(gallery, 3).center())
    assert shown(gallery) == [8, 4, 3, 2, 1] and gallery.selected_ids() == [4]
    click(qtbot, gallery, badge(gallery, 3).center())
    assert shown(gallery) == [8, 4, 3] and gallery.selected_ids() == [4]

    # A double click, as a desktop delivers it: press and release, then the second press comes
    # as a double click, then its release.
    viewport, point = gallery.list.viewport(), badge(gallery, 8).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert shown(gallery) == [8, 4, 3]  # two clicks, two toggles
    assert compared == []  # and never a double-click's Compare
    assert gallery.selected_ids() == [4]

    click(qtbot, gallery, cell(gallery, 8).center() - QPoint(0, 20))  # the picture: selects as ever
    assert gallery.selected_ids() == [8]


def test_the_menu_compares_opens_and_chooses_the_top_and_culling_acts_on_what_is_seen(
    qtbot, gallery: Gallery
) -> None:
    set_stack_mode(gallery, StackMode.BATCH)
    gallery.show_records(stacked(batches(), {"batch:a": 2}))
    assert shown(gallery) == [8, 4, 2]  # the chosen top of a
    requests: list[tuple[str, object]] = []
    gallery.stack_top_requested.connect(lambda key, image_id: requests.append((key, image_id)))

    entries, args = choose(
        qtbot, gallery, gallery.tiles.row_of(8), "Compare stack (4 images)", gallery.compare_requested
    )
    assert entries[:3] == ["Compare", "Compare stack (4 images)", "Expand stack (S)"]
    assert {
        "Set as top of stack",
        "Expand all stacks",
        "Collapse all stacks",
        "Move stack to Trash (4 images)…",
    } <= set(entries)
    assert "Put the best image on top" not in entries  # c's top is the best, nobody chose it
    assert args == [[8, 6, 7, 5]]  # the top, then the best first: pick, 5 stars, then the newest
    assert requests == []

    entries, args = choose(
        qtbot, gallery, gallery.tiles.row_of(2), "Put the best image on top", gallery.stack_top_requested
    )
    assert "Set as top of stack" not in entries  # it is the chosen top already
    assert args == ["batch:a", None]
    choose(qtbot, gallery, gallery.tiles.row_of(2), "Expand stack (S)")
    assert shown(gallery) == [8, 4, 2, 3, 1]
    _, args = choose(
        qtbot, gallery, gallery.tiles.row_of(3), "Set as top of stack", gallery.stack_top_requested
    )
    assert args == ["batch:a", 3]
    choose(qtbot, gallery, gallery.tiles.row_of(4), "Expand all stacks")
    assert shown(gallery) == [8, 7, 6, 5, 4, 2, 3, 1]
    choose(qtbot, gallery, None, "Collapse all stacks")  # the empty space after the tiles
    assert shown(gallery) == [8, 4, 2]
    _, args = choose(
        qtbot, gallery, gallery.tiles.row_of(8), "Move stack to Trash (4 images)…", gallery.delete_requested
    )
    assert args == [[8, 7, 6, 5]]

    # A closed stack's tile is its top for culling and Delete; Compare opens its members.
    culled: list[tuple[list[int], object]] = []
    gallery.flag_requested.connect(lambda ids, flag: culled.append((ids, flag)))
    gallery.rating_requested.connect(lambda ids, stars: culled.append((ids, stars)))
    gallery.list.setFocus()
    click(qtbot, gallery, cell(gallery, 8).center())
    click(qtbot, gallery, cell(gallery, 4).center(), Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_X, Qt.Key.Key_3):
        qtbot.keyClick(gallery.list, key)
    assert culled == [([8, 4], "reject"), ([8, 4], 3)]
    with qtbot.waitSignal(gallery.delete_requested) as deleted:
        qtbot.keyClick(gallery.list, Qt.Key.Key_Delete)
    assert deleted.args == [[8, 4]]
    with qtbot.waitSignal(gallery.compare_requested) as compared:
        qtbot.mouseClick(gallery.compare_button, Qt.MouseButton.LeftButton)
    assert compared.args == [[8, 6, 7, 5, 4]]


def choose(qtbot, gallery: Gallery, row: int | None, text: str, signal=None) -> tuple[list[str], list]:
    """Right-click the tile at `row` (None: the empty space) and trigger the entry called `text`.

    Returns the menu's entries and what `signal` (if given) carried when the entry was chosen.
    """
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no context menu opened"
        actions = [a for a in menu.actions() if not a.isSeparator()]
        seen.extend(a.text() for a in actions)
        menu.close()
        next(a for a in actions if a.text() == text).trigger()

    if row is None:
        point = gallery.list.viewport().rect().bottomRight() - QPoint(10, 10)
        assert not gallery.list.indexAt(point).isValid()
    else:
        point = gallery.list.visualRect(gallery.tiles.index(row)).center()
    QTimer.singleShot(0, pick)
    if signal is None:
        gallery.list.customContextMenuRequested.emit(point)
        return seen, []
    with qtbot.waitSignal(signal) as blocker:
        gallery.list.customContextMenuRequested.emit(point)
    return seen, blocker.args


def test_new_images_of_a_new_batch_stay_in_view_until_listed_again_then_open(gallery: Gallery) -> None:
    set_stack_mode(gallery, StackMode.BATCH)
    gallery.show_records(stacked(batches()))
    fresh = [image_record(9, batch_id="d"), image_record(10, batch_id="d")]
    gallery.add_records(fresh[::-1])
    assert shown(gallery) == [10, 9, 8, 4, 3]
    assert gallery.count_label.text().startswith("10 images")
    gallery.show_records(stacked([*fresh[::-1], *batches()]))  # the next listing groups them, open
    assert shown(gallery) == [10, 9, 8, 4, 3]
    assert gallery.tiles.index(0).data(STACK_ROLE).expanded


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_model_stays_valid_and_tells_the_views_exactly_what_stacking_changed(qtmodeltester) -> None:
    model = GalleryModel()
    model.set_listing(stacked(batches()))  # rows: 8 4 3
    model.add_pending("batch", 2, "S")  # b0 b1 | 8 4 3
    qtmodeltester.check(model, force_py=True)
    events: list[tuple[object, ...]] = []
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.rowsInserted.connect(lambda _parent, first, last: events.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: events.append(("removed", first, last)))

    model.expand("batch:c")  # b0 b1 | 8 7 6 5 4 3
    model.expand("batch:a")  # b0 b1 | 8 7 6 5 4 3 2 1
    model.collapse("batch:c")  # b0 b1 | 8 4 3 2 1
    model.update_record(image_record(7, batch_id="c", rating=2))  # hidden in the closed stack
    model.expand("batch:c")
    assert model.record_at(model.row_of(7)).rating == 2  # the change shows once the stack opens
    assert not model.expand("batch:c") and not model.collapse("batch:x")  # nothing to do: nothing said
    model.update_record(image_record(4, batch_id="", rating=5))  # a single, shown
    model.set_all_expanded(False)
    model.set_all_expanded(False)  # already closed: no reset
    assert model.record_at(model.row_of(4)).rating == 5  # laid out again, with its change
    model.insert_records([image_record(20, batch_id="new")])
    model.set_records([image_record(1)])
    assert events == [
        ("inserted", 3, 5),
        ("inserted", 8, 9),
        ("removed", 3, 5),
        ("inserted", 3, 5),
        ("reset",),
        ("inserted", 2, 2),
        ("reset",),
    ]
    assert not model.stacked and model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)  # the first check's tester watched every change


# -- painted ---------------------------------------------------------------------------------------------


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f22"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    else:
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
    return palette


def _render(gallery: Gallery, image_id: int, palette: QPalette, tile: int) -> tuple[QImage, QRect]:
    gallery.set_tile_size(tile)
    cell_rect = QRect(QPoint(0, 0), grid_for(tile))
    option = QStyleOptionViewItem()
    option.rect = cell_rect
    option.palette = palette
    image = QImage(cell_rect.size(), QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setFont(gallery.list.font())
    gallery.delegate.paint(painter, option, gallery.tiles.index(gallery.tiles.row_of(image_id)))
    painter.end()
    return image, cell_rect


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_count_badge_and_the_cards_are_painted_at_every_thumbnail_size(
    gallery: Gallery, dark: bool
) -> None:
    set_stack_mode(gallery, StackMode.BATCH)
    gallery.show_records(stacked(batches()))
    thumb = to_qimage(make_thumb(png((40, 90, 220), size=(200, 200))))
    gallery.set_thumbs({8: thumb, 4: thumb})
    palette = _palette(dark)
    base = palette.color(QPalette.ColorRole.Base)
    for tile in (TILE_RANGE[0], 150, TILE_RANGE[1]):
        image, cell_rect = _render(gallery, 8, palette, tile)
        count = gallery.delegate.stack_badge(cell_rect, 4)
        assert cell_rect.contains(count), f"the badge leaves its tile at {tile} px"
        inside = [
            image.pixelColor(x, y)
            for y in range(count.top() + 3, count.bottom() - 2)
            for x in range(count.left() + 4, count.right() - 3)
        ]
        pill = max(set(c.rgb() for c in inside), key=lambda rgb: sum(c.rgb() == rgb for c in inside))
        ink = [c for c in inside if abs(c.lightness() - QColor(pill).lightness()) > 100]
        assert abs(QColor(pill).lightness() - base.lightness()) > 120, "the badge does not stand out"
        assert len(ink) > 12, f"no number or arrow drawn in the badge at {tile} px"
        # The cards: above the picture's top edge, between it and the cell's padding.
        box = picture_rect(cell_rect, tile)
        above = [
            image.pixelColor(x, box.top() + CARD)
            for x in range(box.left() + 3 * CARD, box.right() - 2 * CARD)
        ]
        assert sum(c.rgb() != base.rgb() for c in above) > len(above) // 2, f"no stacked cards at {tile} px"

        plain, _ = _render(gallery, 4, palette, tile)  # the lone version: no badge, no cards
        assert all(
            plain.pixelColor(x, y).rgb() == base.rgb()
            for y in range(count.top(), count.bottom())
            for x in range(count.left(), count.right())
        )


def test_in_a_narrow_row_the_count_stays_inside_its_tile_and_no_neighbour_paints_over_it(
    qtbot, gallery: Gallery
) -> None:
    gallery.resize(470, 560)  # three columns a little narrower than a 150 px tile wants
    qtbot.waitUntil(lambda: gallery.list.gridSize().width() < grid_for(150).width(), timeout=WAIT)
    set_stack_mode(gallery, StackMode.BATCH)
    gallery.show_records(stacked(batches()))
    gallery.set_thumbs({8: to_qimage(make_thumb(png((40, 90, 220), size=(200, 200))))})
    QApplication.processEvents()
    tile, grid = cell(gallery, 8), gallery.list.gridSize()
    assert tile.size() == grid  # a tile is its cell: the picture shrinks instead of overflowing
    count = badge(gallery, 8)
    assert tile.contains(count)

    gallery.list.viewport().repaint()
    shot = gallery.list.viewport().grab().toImage()
    base = gallery.list.palette().color(QPalette.ColorRole.Base)
    row = count.center().y()
    inked = [shot.pixelColor(x, row) for x in range(count.left() + 2, count.right() - 1)]
    assert all(abs(c.lightness() - base.lightness()) > 60 for c in inked[:3] + inked[-3:]), (
        "the badge's ends are not drawn"
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_an_open_stack_stands_on_one_band_and_a_reject_dims_only_its_picture(
    gallery: Gallery, dark: bool
) -> None:
    set_stack_mode(gallery, StackMode.BATCH)
    records = [image_record(7, batch_id="c", flag="reject") if r.id == 7 else r for r in batches()]
    gallery.show_records(stacked(records))
    gallery.set_stacks_expanded(True)
    portrait = to_qimage(make_thumb(png((40, 90, 220), size=(100, 200))))
    gallery.set_thumbs({7: portrait, 4: portrait})
    palette = _palette(dark)
    base = palette.color(QPalette.ColorRole.Base).rgb()

    image, cell_rect = _render(gallery, 7, palette, 150)
    box = picture_rect(cell_rect, 150)
    band = image.pixelColor(cell_rect.center().x(), cell_rect.top() + 3).rgb()
    assert band != base  # the member stands on the stack's band
    beside = image.pixelColor(box.left() + 3, box.center().y()).rgb()  # in the square, beside the picture
    assert beside == band, "the reject's dimming spills over the band"

    single, _ = _render(gallery, 4, palette, 150)  # not in a stack: no band
    assert single.pixelColor(cell_rect.center().x(), cell_rect.top() + 3).rgb() == base
