"""The gallery as a model/view: a valid Qt model, thumbnails decoded only for what is on screen
and kept under a byte bound, session tiles that survive filter changes, culling keys and
selection, and a selection frame that never changes the picture's pixels."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from cutie_app.core.model.adjustments import AdjustmentRecord, AdjustmentStack, Brightness
from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.generation import Recipe, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.model.references import ReferenceRole
from cutie_app.ui.models.gallery_model import KIND_ROLE, GalleryModel, TileKind
from cutie_app.ui.models.thumbs import ThumbCache, make_thumb, to_qimage
from cutie_app.ui.panes.gallery import Gallery
from cutie_app.ui.widgets.tile_delegate import FRAME, fitted, picture_rect
from cutie_app.ui.workers import Jobs

WAIT = 10000


def picture(seed: int, size: tuple[int, int] = (320, 320)) -> bytes:
    """A real PNG with detail (coloured discs on a coloured ground), different per seed."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(8):
        x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randrange(10, size[0] // 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def record(image_id: int, data: bytes | None = None, *, flag: str = "none", rating: int = 0) -> ImageRecord:
    sha = hashlib.sha256(data if data is not None else b"image %d" % image_id).hexdigest()
    return ImageRecord(
        id=image_id,
        file=f"image-{image_id}.png",
        sha256=sha,
        mime_type="image/png",
        width=320,
        height=320,
        created_at=f"2026-11-01T10:{image_id // 60 % 60:02d}:{image_id % 60:02d}",
        batch_id=f"b{image_id // 8}",
        variant_index=image_id % 8,
        image_index=0,
        scene_id=None,
        model="gemini-3-pro-image",
        spec_version=1,
        status="delivered",
        flag=flag,
        rating=rating,
        recipe_json='{"scene": "waving hello"}',
        parent_image_id=None,
        conversation_id=None,
        turn_id=None,
    )


def variant(index: int, status: VariantStatus = VariantStatus.DELIVERED) -> Variant:
    recipe = Recipe("gemini-3-pro-image", compose(None, "waving"), None, "1K", None, None, (), cost_usd=0.134)
    error = None
    if status is VariantStatus.BLOCKED:
        error = UserMessage(ErrorKind.UNKNOWN, "Blocked by the safety filter", "finish reason SAFETY")
    return Variant(index, status, recipe, error=error)


class Decoder:
    """The window's part, done for real: read the image files and decode them on worker threads."""

    def __init__(self, gallery: Gallery, folder: Path) -> None:
        self.asked: list[list[int]] = []
        self.folder = folder
        self.gallery = gallery
        self.jobs = Jobs(workers=2, name="test-thumbs")
        self.jobs.finished.connect(self._decoded)
        gallery.thumbs_wanted.connect(self.load)

    def load(self, records: list[ImageRecord]) -> None:
        self.asked.append([r.id for r in records])
        for start in range(0, len(records), 24):
            chunk = [(r.id, self.folder / r.file) for r in records[start : start + 24]]
            self.jobs.submit("thumbs", _decode, chunk)

    def _decoded(self, _tag: object, thumbs: list[tuple[int, object]]) -> None:
        self.gallery.set_thumbs({image_id: to_qimage(thumb) for image_id, thumb in thumbs})  # type: ignore[arg-type]

    @property
    def decoded(self) -> set[int]:
        return {image_id for batch in self.asked for image_id in batch}


def _decode(chunk: list[tuple[int, Path]]) -> list[tuple[int, object]]:
    return [(image_id, make_thumb(path.read_bytes()) if path.is_file() else None) for image_id, path in chunk]


def project_files(folder: Path, count: int, distinct: int = 12) -> list[ImageRecord]:
    """`count` records over real PNG files; pictures repeat every `distinct` images, but each
    record has its own SHA-256 (the cache key), as different images would."""
    folder.mkdir(parents=True, exist_ok=True)
    pictures = [picture(seed) for seed in range(distinct)]
    records = []
    for image_id in range(count, 0, -1):  # newest first, as the store lists them
        (folder / f"image-{image_id}.png").write_bytes(pictures[image_id % distinct])
        records.append(record(image_id))
    return records


@pytest.fixture
def gallery(qtbot) -> Iterator[Gallery]:
    pane = Gallery()
    qtbot.addWidget(pane)
    pane.resize(700, 560)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane


@pytest.fixture
def decoder(gallery: Gallery, tmp_path: Path) -> Iterator[Decoder]:
    worker = Decoder(gallery, tmp_path / "images")
    yield worker
    worker.jobs.shutdown()


# -- the model ----------------------------------------------------------------------------------------


@pytest.mark.qt_log_level_fail("WARNING")  # Qt's own tester reports through warnings
@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_the_model_is_a_valid_qt_model_through_every_change(qtmodeltester, force_py: bool) -> None:
    model = GalleryModel(ThumbCache(2 * 1024 * 1024))
    records = [record(i, flag=("pick", "reject", "none")[i % 3], rating=i % 6) for i in range(40, 0, -1)]
    model.set_records(records)
    model.add_pending("batch", 3, "S1")
    model.show_variant("batch", variant(0), to_qimage(make_thumb(picture(1))))
    model.show_variant("batch", variant(1, VariantStatus.BLOCKED), QImage())
    qtmodeltester.check(model, force_py=force_py)

    model.set_thumbs({r.id: to_qimage(make_thumb(picture(r.id))) for r in records[:10]})
    model.set_thumbs({records[10].id: QImage()})  # could not be made
    model.set_scores({r.id: r.id / 40 for r in records})
    model.update_record(record(5, flag="pick", rating=5))
    model.insert_records([record(41), record(42)], to_qimage(make_thumb(picture(2))))
    model.take_session_tile(("batch", 0))
    model.mark_not_run("batch")
    model.set_order("consistency")
    model.set_records(records[::2])
    model.add_pending("another", 2, "")
    model.set_records([])
    qtmodeltester.check(model, force_py=force_py)

    assert model.rowCount() == 4  # the session tiles outlived every list change
    assert [model.index(r).data(KIND_ROLE) for r in range(4)] == [
        TileKind.FAILED,
        TileKind.NOT_RUN,
        TileKind.GENERATING,
        TileKind.GENERATING,
    ]


def test_every_change_tells_the_views_exactly_what_changed() -> None:
    model = GalleryModel()
    events: list[tuple[object, ...]] = []
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.rowsInserted.connect(lambda _parent, first, last: events.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: events.append(("removed", first, last)))
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): events.append(("changed", top.row(), bottom.row()))
    )

    model.set_records([record(3), record(2), record(1)])  # rows: 3 2 1
    model.add_pending("b", 2, "S")  # b0 b1 | 3 2 1
    model.insert_records([record(4), record(3)])  # b0 b1 | 4 3 2 1 (3 is listed already)
    model.update_record(record(2, rating=3))
    model.update_record(record(9))  # not listed: nothing to tell
    model.set_thumbs({1: to_qimage(make_thumb(picture(1)))})
    model.show_variant("b", variant(1), QImage())
    model.take_session_tile(("b", 0))  # b1 | 4 3 2 1
    model.set_scores({1: 0.5})
    model.add_pending("c", 1, "")  # b1 c0 | 4 3 2 1
    model.mark_not_run("c")
    model.mark_not_run("c")  # already says so

    assert events == [
        ("reset",),
        ("inserted", 0, 1),
        ("inserted", 2, 2),
        ("changed", 4, 4),
        ("changed", 5, 5),
        ("changed", 1, 1),
        ("removed", 0, 0),
        ("changed", 1, 4),
        ("inserted", 1, 1),
        ("changed", 1, 1),
    ]
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "S #2 · No picture",
        "#1 · not run",
        "#4",
        "#3",
        "#2",
        "#1",
    ]


def test_consistency_order_sorts_by_score_and_keeps_newest_first_on_ties() -> None:
    model = GalleryModel()
    model.set_order("consistency")
    model.set_scores({1: 0.5, 2: 0.9, 3: 0.5})
    model.set_records([record(4), record(3), record(2), record(1)])
    assert [r.id for r in model.records()] == [2, 3, 1, 4]


# -- lazy decoding --------------------------------------------------------------------------------------


def test_only_the_tiles_on_screen_are_decoded(qtbot, gallery: Gallery, decoder: Decoder) -> None:
    records = project_files(decoder.folder, 2000)
    gallery.show_records(records)
    qtbot.waitUntil(lambda: bool(decoder.asked) and not gallery.missing_thumbs(), timeout=WAIT)

    on_screen = {gallery.tiles.record_at(row).id for row in gallery.list.visible_rows()}
    assert 4 <= len(on_screen) <= 40
    assert decoder.decoded == on_screen  # nothing off screen was decoded
    assert all(not gallery.thumb(i).isNull() for i in on_screen)
    assert gallery.thumb(records[-1].id).isNull()  # the oldest image, far below: not decoded
    assert gallery.missing_thumbs() == []


def test_scrolling_a_big_project_decodes_what_comes_into_view_and_the_cache_stays_bounded(
    qtbot, gallery: Gallery, decoder: Decoder
) -> None:
    gallery.tiles.cache.max_bytes = 3 * 1024 * 1024  # a dozen 256 px thumbnails: fewer than a screen
    records = project_files(decoder.folder, 2000)
    gallery.show_records(records)
    bar = gallery.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and not gallery.missing_thumbs(), timeout=WAIT)
    peak = gallery.tiles.cache.bytes
    most_on_screen = len(gallery.list.visible_rows())
    stops = [bar.maximum() * k // 8 for k in range(1, 9)]
    for value in stops:
        bar.setValue(value)
        qtbot.waitUntil(lambda: not gallery.missing_thumbs(), timeout=WAIT)
        peak = max(peak, gallery.tiles.cache.bytes)
        most_on_screen = max(most_on_screen, len(gallery.list.visible_rows()))
        assert gallery.tiles.cache.bytes <= gallery.tiles.cache.max_bytes
    assert bar.value() == bar.maximum()
    assert not gallery.thumb(records[-1].id).isNull()  # the last image, now on screen
    assert len(decoder.decoded) < 200  # 9 screens of tiles, not 2,000 images
    assert gallery.tiles.cache.max_bytes == 2 * most_on_screen * 256 * 256 * 4  # two screens, no more
    assert peak <= gallery.tiles.cache.max_bytes

    bar.setValue(0)  # back to the top: evicted thumbnails are asked for again
    qtbot.waitUntil(lambda: not gallery.missing_thumbs(), timeout=WAIT)
    assert not gallery.thumb(records[0].id).isNull()
    assert sum(batch.count(records[0].id) for batch in decoder.asked) == 2


def test_a_fast_drag_asks_only_for_where_it_stops(qtbot, gallery: Gallery, decoder: Decoder) -> None:
    records = project_files(decoder.folder, 2000)
    gallery.show_records(records)
    bar = gallery.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and not gallery.missing_thumbs(), timeout=WAIT)
    top = set(decoder.decoded)
    for step in range(1, 41):  # the scroll bar dragged to the bottom faster than the gallery looks
        bar.setValue(bar.maximum() * step // 40)
        gallery.list.viewport().repaint()
        QApplication.processEvents()  # the gallery gets to look at every step, as in a real drag
    qtbot.waitUntil(lambda: not gallery.missing_thumbs(), timeout=WAIT)
    bottom = {gallery.tiles.record_at(row).id for row in gallery.list.visible_rows()}
    passed_by = decoder.decoded - top - bottom
    assert passed_by == set(), f"{len(passed_by)} thumbnails decoded for tiles only seen in passing"
    assert not gallery.thumb(records[-1].id).isNull()


def test_a_thumbnail_that_cannot_be_made_is_asked_for_once_and_says_so(
    qtbot, gallery: Gallery, decoder: Decoder
) -> None:
    records = project_files(decoder.folder, 6)
    (decoder.folder / records[0].file).write_bytes(b"not an image")
    gallery.show_records(records)
    qtbot.waitUntil(lambda: bool(decoder.asked) and not gallery.missing_thumbs(), timeout=WAIT)
    gallery.list.viewport().repaint()
    qtbot.wait(100)  # time for another request, if one were made
    assert sum(batch.count(records[0].id) for batch in decoder.asked) == 1
    assert gallery.thumb(records[0].id).isNull()
    tile = gallery.tiles.index(gallery.tiles.row_of(records[0].id))
    assert tile.data(KIND_ROLE) is TileKind.UNREADABLE
    assert "No preview" in tile.data(Qt.ItemDataRole.ToolTipRole)


def test_the_cache_lets_the_least_recently_used_go_first() -> None:
    def image(side: int) -> QImage:
        picture = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(QColor("orange"))
        return picture

    cache = ThumbCache(max_bytes=3 * 100 * 100 * 4)
    for key in "abc":
        assert cache.put(key, image(100)) == []
    assert cache.get("a") is not None  # "a" is now the most recent
    assert cache.put("d", image(100)) == ["b"]
    assert set("acd") == {k for k in "abcd" if k in cache} and cache.bytes == 3 * 40000
    assert cache.put("e", image(110)) == ["c", "a"]  # 48,400 bytes need two to go, oldest first
    assert cache.bytes <= cache.max_bytes
    with pytest.raises(ValueError, match="at least one"):
        ThumbCache(0)


# -- session tiles, culling, selection ---------------------------------------------------------------


def test_filter_changes_keep_the_session_tiles(qtbot, gallery: Gallery) -> None:
    records = [record(i, rating=i % 6) for i in range(30, 0, -1)]
    gallery.show_records(records)
    gallery.add_pending("b1", 3, "S1")
    gallery.show_variant("b1", variant(0), to_qimage(make_thumb(picture(7))))
    gallery.show_variant("b1", variant(1, VariantStatus.BLOCKED), QImage())
    before = [gallery.list.item(row).text() for row in range(3)]

    with qtbot.waitSignal(gallery.query_changed) as changed:
        gallery.rating.setCurrentIndex(3)  # three stars or more
    assert changed.args[0].min_rating == 3
    gallery.show_records([r for r in records if r.rating >= 3])  # what the window lists next

    assert gallery.list.count() == 3 + 15
    assert [gallery.list.item(row).text() for row in range(3)] == before
    assert before[0].startswith("S1 #1 · $0.134") and "Blocked" in before[1]
    assert gallery.failed_tiles() == [("b1", 1)]
    assert "safety" in gallery.pending_item("b1", 1).toolTip()
    assert len(gallery.variants()) == 2
    assert gallery.records()[0].rating >= 3

    gallery.variant_saved("b1", 0, [record(31)])  # saved: the session tile becomes a saved tile
    assert gallery.list.count() == 2 + 16 and gallery.records()[0].id == 31
    assert not gallery.thumb(31).isNull()  # the picture that arrived, no decode needed
    gallery.clear_pending("b1")
    assert "not run" in gallery.pending_item("b1", 2).text()
    gallery.drop_session_tile("b1", 1)
    assert gallery.failed_tiles() == [] and gallery.list.count() == 1 + 16


def test_culling_keys_act_on_the_selection(qtbot, gallery: Gallery) -> None:
    records = [record(i) for i in range(12, 0, -1)]
    gallery.show_records(records)
    gallery.add_pending("b1", 1, "")  # a session tile is never culled
    gallery.list.setFocus()

    first = gallery.list.visualRect(gallery.tiles.index(gallery.tiles.row_of(12)))
    third = gallery.list.visualRect(gallery.tiles.index(gallery.tiles.row_of(10)))
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    qtbot.mouseClick(
        gallery.list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        third.center(),
    )
    assert gallery.selected_ids() == [12, 10]
    assert "2 selected" in gallery.count_label.text() and gallery.compare_button.isEnabled()

    seen: list[tuple[list[int], object]] = []
    gallery.flag_requested.connect(lambda ids, flag: seen.append((ids, flag)))
    gallery.rating_requested.connect(lambda ids, stars: seen.append((ids, stars)))
    for key in (Qt.Key.Key_P, Qt.Key.Key_X, Qt.Key.Key_U, Qt.Key.Key_4, Qt.Key.Key_0):
        qtbot.keyClick(gallery.list, key)
    assert seen == [
        ([12, 10], "pick"),
        ([12, 10], "reject"),
        ([12, 10], "none"),
        ([12, 10], 4),
        ([12, 10], 0),
    ]

    qtbot.keyClick(gallery.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert gallery.selected_ids() == [r.id for r in records]  # select all: images only, in order


def test_the_selection_and_current_tile_survive_a_new_order(gallery: Gallery) -> None:
    records = [record(i) for i in range(2000, 0, -1)]
    gallery.show_records(records)
    gallery.select_ids([1990, 5, 1500])
    assert gallery.selected_ids() == [1990, 1500, 5]
    gallery.show_records(records[::-1])  # e.g. scores arrived under "Most consistent"
    assert gallery.selected_ids() == [5, 1500, 1990]
    gallery.show_records([r for r in records if r.id != 1500])  # a filter leaves one out
    assert gallery.selected_ids() == [1990, 5]
    gallery.select_ids([r.id for r in gallery.records()[:1000]])  # big selections are ranges, not rows
    assert len(gallery.list.selectionModel().selection()) == 1
    assert len(gallery.selected_ids()) == 1000


def test_updates_show_flag_rating_and_score(gallery: Gallery) -> None:
    gallery.show_records([record(2), record(1)])
    gallery.update_record(record(1, flag="pick", rating=4))
    gallery.set_scores({1: 0.82})
    state = gallery.tile_state(1)
    assert (state.flag, state.rating, state.score) == ("pick", 4, 0.82)
    assert gallery.tile_state(3) is None
    described = gallery.tiles.index(gallery.tiles.row_of(1)).data(Qt.ItemDataRole.AccessibleTextRole)
    assert described == "Image #1, picked, 4 stars, 82% consistent"


# -- selection is a frame, not a tint --------------------------------------------------------------------


def _pattern() -> QImage:
    """A TILE-sized picture (drawn 1:1, so pixels compare exactly) with colours a tint would move."""
    image = Image.new("RGB", (150, 150), (40, 90, 220))  # a blue sketch
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 74, 74), fill=(255, 140, 0))
    draw.ellipse((80, 80, 140, 140), fill=(255, 255, 255))
    draw.line((0, 149, 149, 0), fill=(10, 10, 10), width=3)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return to_qimage(make_thumb(buf.getvalue()))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_selected_tile_shows_its_picture_unchanged_inside_a_frame(
    qtbot, gallery: Gallery, theme: str
) -> None:
    if theme == "dark":
        palette = QPalette(gallery.palette())
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#e07b00"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f22"))
        gallery.list.setPalette(palette)
    source = _pattern()
    gallery.show_records([record(2), record(1)])
    gallery.set_thumbs({1: source, 2: source})
    gallery.select_ids([1])
    gallery.list.setFocus()
    QApplication.processEvents()

    shot = gallery.list.viewport().grab().toImage()
    highlight = gallery.list.palette().color(QPalette.ColorRole.Highlight)
    for image_id, selected in ((1, True), (2, False)):
        cell = gallery.list.visualRect(gallery.tiles.index(gallery.tiles.row_of(image_id)))
        box = fitted(source, picture_rect(cell))
        assert box.size() == source.size()
        changed = [
            (x, y)
            for y in range(source.height())
            for x in range(source.width())
            if shot.pixelColor(box.x() + x, box.y() + y).rgb() != source.pixelColor(x, y).rgb()
        ]
        assert changed == [], f"{len(changed)} pixels of the picture changed (tile #{image_id})"
        band = [
            QPoint(box.center().x(), box.top() - 1 - FRAME + 1),
            QPoint(box.left() - 1 - FRAME + 1, box.center().y()),
        ]
        framed = [shot.pixelColor(p).rgb() == highlight.rgb() for p in band]
        assert framed == [selected, selected]


# -- with the real project session: the wiring the window makes ---------------------------------------


def test_a_real_project_through_the_session_decodes_only_what_is_shown(
    qtbot, gallery: Gallery, tmp_path
) -> None:
    from cutie_app.core.model.generation import GeneratedImage
    from cutie_app.core.store import Project
    from cutie_app.ui.models.project_session import ImageQuery, ProjectSession

    folder = tmp_path / "Sixty"
    recipe = Recipe("gemini-3-pro-image", compose(None, "waving"), None, "1K", None, None, (), cost_usd=0.134)
    with Project.create(folder, "Sixty") as project:
        for n in range(60):
            project.add_variant(
                Variant(n % 8, VariantStatus.DELIVERED, recipe, (GeneratedImage(picture(n), "image/png"),))
            )
    gallery.resize(420, 330)
    session = ProjectSession()
    decoded: list[int] = []
    session.images_listed.connect(lambda _serial, records: gallery.show_records(records))
    gallery.thumbs_wanted.connect(session.load_thumbs)
    session.thumbs_ready.connect(lambda thumbs: decoded.extend(i for i, _ in thumbs))
    session.thumbs_ready.connect(lambda thumbs: gallery.set_thumbs({i: to_qimage(t) for i, t in thumbs}))
    try:
        with qtbot.waitSignal(session.opened, timeout=WAIT):
            session.open(folder)
        session.list_images(1, ImageQuery())
        qtbot.waitUntil(lambda: len(gallery.records()) == 60 and bool(decoded), timeout=WAIT)
        qtbot.waitUntil(lambda: not gallery.missing_thumbs(), timeout=WAIT)
        first_screen = len(decoded)
        assert first_screen == len(gallery.list.visible_rows()) < 60

        bar = gallery.list.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: not gallery.missing_thumbs(), timeout=WAIT)
        oldest = gallery.records()[-1]
        assert not gallery.thumb(oldest.id).isNull()
        assert len(decoded) == len(set(decoded)) < 60  # each shown once, the middle never
    finally:
        session.shutdown()


def _choose_from_menu(qtbot, gallery: Gallery, row: int, text: str) -> list[str]:
    """Right-click the tile at `row`, read the menu, trigger the entry called `text`."""
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no context menu opened"
        actions = [a for a in menu.actions() if not a.isSeparator()]
        seen.extend(a.text() for a in actions)
        menu.close()
        next(a for a in actions if a.text() == text).trigger()

    rect = gallery.list.visualRect(gallery.tiles.index(row))
    QTimer.singleShot(0, choose)
    gallery.list.customContextMenuRequested.emit(rect.center())
    return seen


def test_the_context_menu_acts_on_the_tile_or_the_selection(qtbot, gallery: Gallery) -> None:
    gallery.show_records([record(3), record(2), record(1)])
    gallery.add_pending("b1", 2, "")
    gallery.show_variant("b1", variant(1, VariantStatus.BLOCKED), QImage())
    gallery.select_ids([3, 1])

    with qtbot.waitSignal(gallery.flag_requested) as picked:
        entries = _choose_from_menu(qtbot, gallery, gallery.tiles.row_of(1), "Pick (P)")
    assert picked.args == [[3, 1], "pick"]
    assert {"Compare", "Set as anchor", "Add to references", "Check against spec", "Export…"} <= set(entries)
    with qtbot.waitSignal(gallery.promote_requested) as promoted:
        _choose_from_menu(qtbot, gallery, gallery.tiles.row_of(2), "Set as anchor")
    assert promoted.args == [2, ReferenceRole.ANCHOR]

    with qtbot.waitSignal(gallery.cancel_requested) as cancelled:
        assert _choose_from_menu(qtbot, gallery, 0, "Cancel this variant") == ["Cancel this variant"]
    assert cancelled.args == ["b1", 0]
    with qtbot.waitSignal(gallery.retry_requested) as retried:
        assert _choose_from_menu(qtbot, gallery, 1, "Retry") == ["Retry", "Dismiss"]
    assert retried.args == ["b1", 1]
    _choose_from_menu(qtbot, gallery, 1, "Dismiss")
    assert gallery.failed_tiles() == [] and gallery.list.count() == 4


def test_the_source_filter_lists_conversation_images_through_the_store(
    qtbot, gallery: Gallery, tmp_path
) -> None:
    """Generated, conversation and adjusted images in a real project; the Source combo, chosen
    with the keyboard, narrows the list in the store's query (the session's worker), not here."""
    from cutie_app.core.model.generation import GeneratedImage
    from cutie_app.core.store import Project
    from cutie_app.ui.models.project_session import ProjectSession

    folder = tmp_path / "Sources"
    recipe = Recipe("gemini-3-pro-image", compose(None, "waving"), None, "1K", None, None, (), cost_usd=0.134)
    with Project.create(folder, "Sources") as project:
        made = [
            project.add_variant(
                Variant(n, VariantStatus.DELIVERED, recipe, (GeneratedImage(picture(n), "image/png"),))
            )
            for n in range(3)
        ]
        chat = [
            project.add_variant(
                Variant(0, VariantStatus.DELIVERED, recipe, (GeneratedImage(picture(10 + n), "image/png"),)),
                conversation_id="c0ffee",
                turn_id=f"t{n}",
            )
            for n in range(2)
        ]
        source = made[0][0]
        adjusted = AdjustmentRecord(AdjustmentStack((Brightness(amount=0.85),)), source.sha256, source.id)
        version = project.add_derived_image(
            source.id, picture(20), "image/png", dataclasses.replace(recipe, adjustments=adjusted)
        )
    generated_ids = {r[0].id for r in made}
    chat_ids = {r[0].id for r in chat}

    session = ProjectSession()
    asked: list[object] = []
    session.images_listed.connect(lambda _serial, records: gallery.show_records(records))
    gallery.query_changed.connect(asked.append)
    gallery.query_changed.connect(lambda query: session.list_images(len(asked), query))
    shown = lambda: {r.id for r in gallery.records()}  # noqa: E731
    try:
        with qtbot.waitSignal(session.opened, timeout=WAIT):
            session.open(folder)
        session.list_images(0, gallery.query())
        qtbot.waitUntil(lambda: len(gallery.records()) == 6, timeout=WAIT)

        combo = gallery.source
        assert combo.isVisibleTo(gallery)
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Generated
        qtbot.waitUntil(lambda: shown() == generated_ids, timeout=WAIT)
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # From conversations
        assert combo.currentText() == "From conversations" and asked[-1].source == "conversation"
        qtbot.waitUntil(lambda: shown() == chat_ids, timeout=WAIT)
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Adjusted versions
        qtbot.waitUntil(lambda: shown() == {version.id}, timeout=WAIT)

        gallery.rating.setCurrentIndex(1)  # one star or more: the filters combine
        qtbot.waitUntil(lambda: asked[-1].min_rating == 1 and asked[-1].source == "adjusted", timeout=WAIT)
        qtbot.waitUntil(lambda: not gallery.records(), timeout=WAIT)
    finally:
        session.shutdown()


def _placeholder_pixels(gallery: Gallery) -> int:
    """Pixels of the list that are not its plain background (the hint's text, or tiles)."""
    gallery.list.viewport().repaint()
    shot = gallery.list.viewport().grab().toImage()
    base = gallery.list.viewport().palette().color(QPalette.ColorRole.Base).rgb()
    return sum(
        shot.pixelColor(x, y).rgb() != base
        for y in range(0, shot.height(), 2)
        for x in range(0, shot.width(), 2)
    )


def test_an_empty_gallery_says_what_to_do_and_why_nothing_matches(qtbot, gallery: Gallery) -> None:
    gallery.show_records([])
    assert "Generate" in gallery.list.empty_text
    assert _placeholder_pixels(gallery) > 0  # the hint is drawn, not only set

    gallery.flag.setCurrentIndex(1)
    gallery.show_records([])
    assert gallery.list.empty_text == "No images match these filters."

    text_drawn = _placeholder_pixels(gallery)
    gallery.list.empty_text = ""
    assert _placeholder_pixels(gallery) == 0 < text_drawn  # the same empty list without a hint is blank
