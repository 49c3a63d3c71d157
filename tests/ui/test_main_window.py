"""The app window as real Qt widgets (offscreen), driven like a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.drops import send_file_drop
from helpers.windows import make_window
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.references import ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, PaletteColor
from cutie_app.core.services.projects import sample_spec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow


def png_file(path: Path, color=(255, 140, 0), size=(60, 80)) -> Path:
    Image.new("RGB", size, color).save(path)
    return path


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=15000):  # Cutie generates only into a project
        win.open_project(tmp_path / "proj", create=True, name="Test character")
    yield win
    win.close()


def test_typing_in_the_spec_updates_the_prompt_preview(qtbot, window):
    qtbot.keyClicks(window.findChild(type(window.spec_editor._lines["name"]), "spec_name"), "Little Orange")
    window.spec_editor._texts["hair"].setPlainText("orange pigtails")
    qtbot.waitUntil(
        lambda: "Character: Little Orange" in window.prompt_preview.view.toPlainText(), timeout=2000
    )
    assert "Hair: orange pigtails" in window.prompt_preview.view.toPlainText()
    window.generate_panel.scene.setPlainText("waving at the viewer")
    qtbot.waitUntil(lambda: "waving at the viewer" in window.prompt_preview.view.toPlainText(), timeout=2000)


def test_palette_editor_round_trips_hex(qtbot, window):
    spec = CharacterSpec(name="A", palette=(PaletteColor("deep orange", "#ff8c00"),))
    window.spec_editor.set_spec(spec)
    assert window.spec_editor.spec().palette == (PaletteColor("deep orange", "#FF8C00"),)
    row = window.spec_editor.palette_editor._rows[0]
    row.hex_edit.setText("#zz")
    assert window.spec_editor.spec().palette == ()  # an invalid colour is never sent


def test_a_loaded_spec_shows_the_start_of_long_one_line_fields(qtbot, window):
    gender = "girl, though often mistaken for her older brother in the early sketches of the series"
    window.spec_editor.set_spec(CharacterSpec(name="Little Orange", gender_presentation=gender))
    field = window.spec_editor._lines["gender_presentation"]
    assert field.text() == gender
    assert field.cursorPosition() == 0  # Qt leaves it at the end, scrolling the start out of view


def test_the_sample_spec_is_not_clipped_at_the_default_width(qtbot, window):
    window.spec_editor.set_spec(sample_spec())
    QApplication.processEvents()
    art = window.spec_editor._texts["art_style"]
    assert art.toPlainText() == sample_spec().art_style
    assert art.verticalScrollBar().maximum() == 0  # the whole style shows, wrapped
    assert art.horizontalScrollBar().maximum() == 0
    assert window.spec_editor.spec().art_style == sample_spec().art_style
    rows = window.spec_editor.palette_editor._rows
    assert [r.name_edit.text() for r in rows] == [c.name for c in sample_spec().palette]
    for row in rows:
        edit = row.name_edit
        needed = edit.fontMetrics().horizontalAdvance(edit.text()) + 8  # text margins and frame
        assert edit.width() >= needed, (edit.text(), edit.width(), needed)
        assert row.hex_edit.width() >= row.hex_edit.fontMetrics().horizontalAdvance(row.hex_edit.text()) + 8


def test_dropped_files_fill_the_slots_and_the_budget_warns(qtbot, window, tmp_path):
    slots = window.references
    files = [png_file(tmp_path / f"ref{i}.png", (i * 40, 100, 50)) for i in range(6)]
    assert send_file_drop(slots.list, files)
    qtbot.waitUntil(lambda: slots.list.count() == 6, timeout=5000)
    refs = slots.references()
    assert [r.label for r in refs] == [f"ref{i}.png" for i in range(6)]  # drop order kept
    assert all(r.role is ReferenceRole.IDENTITY and r.kind is ReferenceKind.PERSON for r in refs)
    # Pro keeps at most 5 character images consistent.
    assert slots.over_budget() and "people 6 / 5" in slots.budget.text()
    slots.list.setCurrentRow(5)
    slots.role.setCurrentIndex(slots.role.findData(ReferenceRole.PROP))
    assert slots.references()[5].kind is ReferenceKind.OBJECT
    assert not slots.over_budget() and "objects 1 / 6" in slots.budget.text()


def test_a_bad_file_shows_a_message_and_changes_nothing(qtbot, window, tmp_path):
    slots = window.references
    assert send_file_drop(slots.list, [png_file(tmp_path / "ok.png")])
    qtbot.waitUntil(lambda: slots.list.count() == 1, timeout=5000)
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    assert send_file_drop(slots.list, [bad])
    qtbot.waitUntil(lambda: slots.banner.isVisible(), timeout=5000)
    assert "broken.png" in slots.banner.label.text() and "Not added" in slots.banner.label.text()
    assert slots.list.count() == 1 and slots.references()[0].label == "ok.png"


def test_demo_generation_fills_tiles_and_reports_cost(qtbot, window):
    window.spec_editor.set_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    window.generate_panel.variants.setValue(3)
    assert window.generate_panel.cost.text() == "3 × $0.134 = $0.40 · demo, not billed"  # a demo window
    window.generate()
    qtbot.waitUntil(lambda: len(window.gallery.records()) == 3, timeout=15000)  # saved into the project
    qtbot.waitUntil(lambda: window.generate_panel.generate_button.isEnabled(), timeout=5000)
    assert window.gallery.variants() == []  # each tile became its saved image
    assert "$0.4" in window.spend_label.text()


def test_blocked_variants_show_why(qtbot, window):
    window.generate_panel.scene.setPlainText("[demo:image-safety] a girl")
    window.generate_panel.variants.setValue(1)
    with qtbot.waitSignal(window.session.variant_saved, timeout=15000):  # the ledger has the call
        window.generate()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert "safety filter" in window.banner.label.text()
    (variant,) = window.gallery.variants()  # the tile stays after the ledger row is saved
    assert not variant.delivered and "safety" in window.gallery.list.item(0).toolTip()


def test_invalid_settings_are_refused_inline(qtbot, window, tmp_path):
    slots = window.references
    files = [png_file(tmp_path / f"p{i}.png") for i in range(7)]
    send_file_drop(slots.list, files)
    qtbot.waitUntil(lambda: slots.list.count() == 7, timeout=5000)
    window.generate_panel.scene.setPlainText("x")
    window.generate()
    assert window.banner.isVisible() and "character images" in window.banner.label.text()
    assert window.gallery.list.count() == 0


def test_layout_is_restored_on_the_next_start(qtbot, demo_server, tmp_path):
    catalog = ModelCatalog.load()
    state = str(tmp_path / "window.ini")

    def make() -> MainWindow:
        win = MainWindow(catalog, lambda: ImageEngine(lambda: None, catalog), demo=True, state_file=state)  # type: ignore[arg-type,return-value]
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    first = make()
    first.resize(780, 560)
    first.splitter.setSizes([200, 400, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = make()
    assert (second.width(), second.height()) == (first.width(), first.height())
    assert second.splitter.sizes() == sizes
    second.close()


def test_every_interactive_widget_is_named(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

    missing = [
        w
        for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window)
        and not (w.objectName() and w.accessibleName())
        and not w.objectName().startswith("qt_")
    ]
    assert missing == [], [type(w).__name__ for w in missing]


def test_grab_renders_text(window, tmp_path):
    image = window.grab().toImage()
    colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colors) > 50  # fonts and widgets actually drew (not a blank window)


def test_without_a_key_the_welcome_panel_offers_the_demo(qtbot, tmp_path):
    catalog = ModelCatalog.load()
    win = MainWindow(
        catalog, lambda: ImageEngine(lambda: None, catalog), has_key=False, state_file=str(tmp_path / "w.ini")
    )  # type: ignore[arg-type,return-value]
    qtbot.addWidget(win)
    win.show()
    assert win.welcome.isVisible() and win.key_label.text() == "No API key"
    win.generate_panel.scene.setPlainText("waving")
    win.generate()
    assert "No Gemini API key" in win.banner.label.text() and win.gallery.list.count() == 0
    demo_button = win.findChild(QAbstractButton, "welcomeDemo")
    with qtbot.waitSignal(win.demo_requested, timeout=1000):
        qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    win.close()


def test_the_reference_budget_line_wraps_under_the_title_without_a_gap(qtbot, window):
    """Beside the title the budget line had a sliver to wrap in, and grew a tall band above the slots."""
    slots = window.references
    QApplication.processEvents()
    budget = slots.budget
    assert budget.isVisible() and budget.text()
    assert budget.width() >= slots.list.width() - 2  # the column's width, not a sliver
    gap = slots.list.geometry().top() - (budget.geometry().bottom())
    assert 0 <= gap <= 12, gap
    assert budget.height() <= 3 * budget.fontMetrics().lineSpacing()
