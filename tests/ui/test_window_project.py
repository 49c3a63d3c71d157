"""The window over a real project folder: autosave, reopen, undo, drops, culling, promote, series."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.drops import send_mime_drop
from PIL import Image
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QTableWidget

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store import Project
from cutie_app.core.system.settings import load_settings
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow

WAIT = 20000


def png_bytes(color=(255, 140, 0), size=(64, 80)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def make_window(qtbot, server: DemoServer, tmp_path: Path, *, demo: bool = True) -> MainWindow:
    """A window on the demo server; `demo=False` makes it behave as with a key in the keyring (the default)."""
    catalog = ModelCatalog.load(tmp_path / "learned.json")
    settings = ClientSettings(api_key="demo-key", base_url=server.base_url, retry_attempts=1)
    win = MainWindow(
        catalog,
        lambda: ImageEngine(lambda: GeminiBackend(settings), catalog),
        demo=demo,
        state_file=str(tmp_path / "window.ini"),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_project(qtbot, win: MainWindow, folder: Path, **kwargs) -> None:
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(folder, **kwargs)


def close_window(qtbot, win: MainWindow) -> None:
    win.close()


@pytest.fixture
def project_window(qtbot, demo_server, tmp_path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    open_project(qtbot, win, tmp_path / "proj", create=True, name="Test character")
    yield win
    win.close()


def type_name(qtbot, win: MainWindow, name: str) -> None:
    field = win.spec_editor._lines["name"]
    field.clear()
    qtbot.keyClicks(field, name)
    win.spec_editor.flush()


def generate(qtbot, win: MainWindow, count: int, scene: str = "waving") -> None:
    win.generate_panel.scene.setPlainText(scene)
    win.generate_panel.variants.setValue(count)
    before = len(win.gallery.records())
    win.generate()
    qtbot.waitUntil(lambda: len(win.gallery.records()) >= before + count, timeout=WAIT)


# -- reopen restores everything ----------------------------------------------------------------------


def test_closing_and_reopening_restores_spec_slots_and_layout(qtbot, demo_server, tmp_path):
    folder = tmp_path / "proj"
    first = make_window(qtbot, demo_server, tmp_path)
    open_project(qtbot, first, folder, create=True, name="Little Orange")
    type_name(qtbot, first, "Little Orange")
    first.spec_editor._texts["hair"].setPlainText("orange pigtails")
    first.spec_editor.flush()
    front, side = tmp_path / "front.png", tmp_path / "side.png"
    front.write_bytes(png_bytes((250, 120, 0)))
    side.write_bytes(png_bytes((0, 120, 250)))
    first.references.add_files([str(front), str(side)])
    qtbot.waitUntil(lambda: first.references.list.count() == 2, timeout=WAIT)
    first.references.list.setCurrentRow(1)
    first.references.role.setCurrentIndex(first.references.role.findData(ReferenceRole.SIDE))
    first.resize(first.minimumSizeHint().width(), 560)  # the offscreen screen is small
    first.splitter.setSizes([360, 300, 300])
    sizes, size = first.splitter.sizes(), first.size()
    first.close()  # flushes the pending autosave and waits for queued writes

    with Project.open(folder) as project:
        assert project.spec()[1].hair == "orange pigtails"
        assert [s.role for s in project.references()] == [ReferenceRole.IDENTITY, ReferenceRole.SIDE]

    second = make_window(qtbot, demo_server, tmp_path)
    open_project(qtbot, second, folder)
    assert second.spec_editor.spec().name == "Little Orange"
    assert second.spec_editor.spec().hair == "orange pigtails"
    refs = second.references.references()
    assert [r.role for r in refs] == [ReferenceRole.IDENTITY, ReferenceRole.SIDE]
    assert [r.label for r in refs] == ["front.png", "side.png"]
    assert Image.open(io.BytesIO(refs[0].data)).convert("RGB").getpixel((5, 5)) == (250, 120, 0)
    assert second.size() == size and second.splitter.sizes() == sizes
    assert "Little Orange" in second.windowTitle()
    assert str(folder) in [str(Path(p)) for p in load_settings().recent_projects]
    second.close()


def test_spec_edits_autosave_as_versions(qtbot, project_window):
    win = project_window
    type_name(qtbot, win, "Ann")
    qtbot.waitUntil(lambda: not win.editing.autosave.isActive(), timeout=WAIT)
    type_name(qtbot, win, "Bea")
    win.editing.save_spec_now()
    with qtbot.waitSignal(win.session.result_ready, timeout=WAIT) as blocker:
        win.session.run("probe", lambda p: [p.spec(v)[1].name for v, _ in p.spec_versions()])
    assert blocker.args[1][-2:] == ["Ann", "Bea"]


# -- undo / redo --------------------------------------------------------------------------------------


def test_undo_and_redo_spec_edits_and_slot_removal(qtbot, project_window, tmp_path):
    win = project_window
    type_name(qtbot, win, "Ann")
    type_name(qtbot, win, "Bea")
    assert win.action_undo.isEnabled()
    win.action_undo.trigger()
    assert win.spec_editor.spec().name == "Ann"
    win.action_redo.trigger()
    assert win.spec_editor.spec().name == "Bea"

    path = tmp_path / "ref.png"
    path.write_bytes(png_bytes())
    win.references.add_files([str(path)])
    qtbot.waitUntil(lambda: win.references.list.count() == 1, timeout=WAIT)
    win.references.list.setCurrentRow(0)
    win.references.remove_selected()
    assert win.references.list.count() == 0
    win.action_undo.trigger()
    assert win.references.list.count() == 1
    win.close()
    with Project.open(tmp_path / "proj") as project:
        assert len(project.references()) == 1  # the undone removal reached the project too
        assert project.spec()[1].name == "Bea"


def test_reorder_by_drag_model_move_is_saved(qtbot, project_window, tmp_path):
    win = project_window
    paths = []
    for n, color in enumerate(((255, 0, 0), (0, 255, 0), (0, 0, 255))):
        p = tmp_path / f"r{n}.png"
        p.write_bytes(png_bytes(color))
        paths.append(str(p))
    win.references.add_files(paths)
    qtbot.waitUntil(lambda: win.references.list.count() == 3, timeout=WAIT)
    labels = [r.label for r in win.references.references()]
    # the same row move an internal drag performs
    model = win.references.list.model()
    assert model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)
    moved = [r.label for r in win.references.references()]
    assert moved == [labels[2], labels[0], labels[1]]
    assert win.references.list.item(0).text().startswith("1 ·")
    win.close()
    with Project.open(tmp_path / "proj") as project:
        assert [s.label for s in project.references()] == moved


# -- drops from a browser and the clipboard ----------------------------------------------------------


def test_browser_image_data_drop_adds_a_slot(qtbot, project_window):
    mime = QMimeData()
    mime.setData("image/png", png_bytes((10, 200, 10)))
    assert send_mime_drop(project_window.references.list, mime)
    qtbot.waitUntil(lambda: project_window.references.list.count() == 1, timeout=WAIT)


class _ImageHandler(http.server.BaseHTTPRequestHandler):
    payload = b""

    def do_GET(self) -> None:
        if self.path.endswith("missing.png"):
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def image_site() -> Iterator[str]:
    _ImageHandler.payload = png_bytes((200, 10, 200))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ImageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_browser_url_drop_downloads_the_image_and_a_404_explains(qtbot, project_window, image_site):
    from PySide6.QtCore import QUrl

    slots = project_window.references
    mime = QMimeData()
    mime.setUrls([QUrl(f"{image_site}/art/pose.png")])
    assert send_mime_drop(slots.list, mime)
    qtbot.waitUntil(lambda: slots.list.count() == 1, timeout=WAIT)
    assert slots.references()[0].label == "pose.png"

    bad = QMimeData()
    bad.setUrls([QUrl(f"{image_site}/missing.png")])
    assert send_mime_drop(slots.list, bad)
    qtbot.waitUntil(lambda: slots.banner.isVisible(), timeout=WAIT)
    assert "HTTP 404" in slots.banner.label.text() and slots.list.count() == 1


def test_paste_from_the_clipboard_adds_a_slot(qtbot, project_window):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0xFF3366CC)
    QGuiApplication.clipboard().setImage(image)
    project_window.references.paste()
    qtbot.waitUntil(lambda: project_window.references.list.count() == 1, timeout=WAIT)
    ref = project_window.references.references()[0]
    assert Image.open(io.BytesIO(ref.data)).size == (40, 30)


# -- generation into the project ------------------------------------------------------------------


def test_generated_variants_are_saved_and_culling_keys_write_flags_and_stars(qtbot, project_window, tmp_path):
    win = project_window
    type_name(qtbot, win, "Little Orange")
    generate(qtbot, win, 3)
    ids = sorted(r.id for r in win.gallery.records())
    assert len(ids) == 3
    win.gallery.select_ids([ids[0]])
    win.gallery.list.setFocus()
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_P)
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: win.gallery.tile_state(ids[0]).rating == 4, timeout=WAIT)
    assert win.gallery.tile_state(ids[0]).flag == "pick"
    win.gallery.select_ids([ids[1]])
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: win.gallery.tile_state(ids[1]).flag == "reject", timeout=WAIT)
    win.close()
    with Project.open(tmp_path / "proj") as project:
        by_id = {r.id: r for r in project.images()}
        assert (by_id[ids[0]].flag, by_id[ids[0]].rating) == ("pick", 4)
        assert by_id[ids[1]].flag == "reject"
        assert by_id[ids[0]].spec_version is not None
        assert project.spec(by_id[ids[0]].spec_version)[1].name == "Little Orange"
        assert [s.text for s in project.scenes()] == ["waving"]


def test_the_gallery_lists_the_project_with_filters(qtbot, project_window):
    win = project_window
    generate(qtbot, win, 2, scene="in the rain")
    generate(qtbot, win, 1, scene="at the beach")
    scene_combo = win.gallery.scene
    qtbot.waitUntil(lambda: scene_combo.count() == 3, timeout=WAIT)
    beach = scene_combo.findText("at the beach")
    scene_combo.setCurrentIndex(beach)
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 1, timeout=WAIT)
    scene_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 3, timeout=WAIT)
    qtbot.waitUntil(lambda: not win.gallery.missing_thumbs(), timeout=WAIT)


def test_promote_to_anchor_adds_the_anchor_slot_with_its_lineage(qtbot, project_window, tmp_path):
    win = project_window
    generate(qtbot, win, 1)
    (record,) = win.gallery.records()
    win.gallery.promote_requested.emit(record.id, ReferenceRole.ANCHOR)
    qtbot.waitUntil(lambda: win.references.list.count() == 1, timeout=WAIT)
    assert win.references.references()[0].role is ReferenceRole.ANCHOR
    win.close()
    with Project.open(tmp_path / "proj") as project:
        (anchor,) = project.references()
        assert anchor.is_anchor and anchor.source_image_id == record.id


def test_a_cancelled_variant_is_not_a_failure_but_its_tile_can_run_it_again(
    qtbot, project_window, demo_server
):
    win = project_window
    win.generate_panel.scene.setPlainText("[demo:slow=3] waving")
    win.generate_panel.variants.setValue(2)
    win.generate()
    key = next(iter(win.jobs.jobs))
    win.gallery.cancel_requested.emit(key, 0)
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Cancelled" in win.gallery.pending_item(key, 0).text(), timeout=WAIT)
    qtbot.waitUntil(lambda: win.generate_panel.generate_button.isEnabled(), timeout=WAIT)
    assert win.gallery.failed_tiles() == []  # the user's choice, not "Retry 1 failed"
    assert not win.generate_panel.retry_button.isVisibleTo(win)
    menu = win.gallery.menu_for(win.gallery.tiles.index(win.gallery.tiles.session_row((key, 0))))
    next(a for a in menu.actions() if a.text() == "Retry").trigger()
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 2, timeout=WAIT)


def test_budget_cap_refuses_an_expensive_batch(qtbot, project_window, demo_server):
    win = project_window
    win.generate_panel.variants.setValue(8)
    win.generate_panel.budget.setValue(0.5)
    win.generate_panel.scene.setPlainText("waving")
    before = demo_server.generate_count
    win.generate()
    assert "budget cap" in win.banner.label.text().lower()
    assert demo_server.generate_count == before and not win.jobs.jobs


def test_seed_field_only_for_models_that_may_take_one(qtbot, project_window):
    from cutie_app.core.model.catalog import SeedSupport

    panel = project_window.generate_panel
    assert not panel.seed.isVisibleTo(panel)  # the default, Nano Banana Pro, takes no seed
    panel.model.setCurrentIndex(panel.model.findData("gemini-2.5-flash-image"))  # may take one
    info = panel.model_info()
    assert panel.seed.isVisibleTo(panel)
    panel.seed.setText("not a number")
    panel.scene.setPlainText("waving")
    project_window.generate()
    assert "whole number" in project_window.banner.label.text()
    panel.catalog.remember_seed(info.id, SeedSupport.NO)
    panel.refresh_model()
    assert not panel.seed.isVisibleTo(panel) and panel.seed_value() is None


@pytest.mark.parametrize("demo", [True, False])
def test_a_seed_refused_by_the_demo_server_is_never_saved_for_the_real_models(
    qtbot, demo_server, tmp_path, demo
):
    from cutie_app.core.model.catalog import SeedSupport

    win = make_window(qtbot, demo_server, tmp_path, demo=demo)
    open_project(qtbot, win, tmp_path / "proj", create=True, name="Test character")
    panel = win.generate_panel
    panel.model.setCurrentIndex(panel.model.findData("gemini-2.5-flash-image"))  # seed unknown; demo refuses
    model = panel.model_info().id
    win.generate_panel.seed.setText("42")
    generate(qtbot, win, 1)
    qtbot.waitUntil(lambda: not win.bridge.running, timeout=WAIT)
    assert win.catalog.find(model).seed is SeedSupport.NO  # this session knows, and hides the field
    saved = ModelCatalog.load(tmp_path / "learned.json").find(model).seed
    assert saved is (SeedSupport.UNKNOWN if demo else SeedSupport.NO)
    win.close()


def test_a_series_runs_every_scene_and_groups_results(qtbot, project_window):
    win = project_window
    series = win.generate_panel.series
    series.paste_lines("in the rain\nat the beach")
    series.variants.setValue(2)
    qtbot.waitUntil(lambda: all(i is not None for i, _ in series.scenes()), timeout=WAIT)
    win.run_series()
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 4, timeout=WAIT)
    qtbot.waitUntil(lambda: "4 / 4" in series.progress.text(), timeout=WAIT)
    scenes = {r.scene_id for r in win.gallery.records()}
    assert len(scenes) == 2 and None not in scenes


def test_close_project_then_reopen_from_recent(qtbot, project_window, tmp_path):
    win = project_window
    with qtbot.waitSignal(win.session.closed, timeout=WAIT):
        win.close_project()
    assert win.pages.currentWidget() is win.no_project and not win.action_close.isEnabled()
    win.projects.fill_recent(win.recent_menu)
    actions = [a for a in win.recent_menu.actions() if a.isEnabled()]
    assert actions and "proj" in actions[0].text()
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        actions[0].trigger()
    assert win.pages.currentWidget() is win.splitter


def test_save_as_copies_the_project_and_opens_the_copy(qtbot, project_window, tmp_path):
    win = project_window
    type_name(qtbot, win, "Copied")
    generate(qtbot, win, 1)
    win.editing.flush()
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.session.save_as(tmp_path / "copy")
    assert win.session.folder == tmp_path / "copy"
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 1, timeout=WAIT)
    win.close()
    with Project.open(tmp_path / "copy") as copy:
        assert copy.spec()[1].name == "Copied" and len(copy.images()) == 1


def test_opening_a_folder_that_is_not_a_project_explains(qtbot, project_window, tmp_path):
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "notes.txt").write_text("hello")
    with qtbot.waitSignal(project_window.session.open_failed, timeout=WAIT):
        project_window.open_project(stray)
    assert project_window.banner.isVisible()
    assert project_window.session.folder == tmp_path / "proj"  # the open project stays


def test_empty_spec_for_a_new_project(qtbot, project_window):
    assert project_window.spec_editor.spec() == CharacterSpec()


def test_compare_from_the_gallery_and_cull_with_the_keyboard(qtbot, project_window, tmp_path):
    win = project_window
    generate(qtbot, win, 3)
    ids = [r.id for r in win.gallery.records()]
    win.gallery.promote_requested.emit(ids[-1], ReferenceRole.ANCHOR)
    qtbot.waitUntil(lambda: win.references.list.count() == 1, timeout=WAIT)
    win.editing.save_slots()
    win.gallery.select_ids([ids[0]])
    win.gallery.list.setFocus()
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.comparator, timeout=WAIT)
    comparator = win.comparator
    assert comparator.mode() == "compare"
    assert any(item.is_anchor for item in comparator.items())
    assert comparator.current_id() == ids[0]
    comparator.setFocus()
    qtbot.keyClick(comparator, Qt.Key.Key_P)
    qtbot.keyClick(comparator, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: win.gallery.tile_state(ids[0]).rating == 5, timeout=WAIT)
    qtbot.keyClick(comparator, Qt.Key.Key_Escape)
    assert win.pages.currentWidget() is win.splitter
    win.close()
    with Project.open(tmp_path / "proj") as project:
        record = project.image(ids[0])
        assert (record.flag, record.rating) == ("pick", 5)


def test_check_against_spec_shows_a_checklist_beside_the_image(qtbot, project_window):
    win = project_window
    win.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails", eyes="dark brown"))
    generate(qtbot, win, 1)
    (record,) = win.gallery.records()
    win.check_against_spec(record.id)
    qtbot.waitUntil(lambda: getattr(win, "spec_check_dialog", None) is not None, timeout=WAIT)
    verdicts = win.spec_check_dialog.verdicts()
    assert set(verdicts) >= {"Hair", "Eyes"}, verdicts
    assert all(v.split()[0] in "✓✗?" for v in verdicts.values())
    win.spec_check_dialog.close()


def test_the_spending_tab_lists_the_calls(qtbot, project_window):
    win = project_window
    generate(qtbot, win, 2)
    win.results_tabs.setCurrentWidget(win.ledger_view)
    qtbot.waitUntil(
        lambda: win.ledger_view.findChild(QTableWidget, "ledgerCalls").rowCount() == 2, timeout=WAIT
    )


# -- the model list ------------------------------------------------------------------------------------


def test_new_models_in_the_api_list_join_the_model_menu_after_a_batch(qtbot, demo_server, tmp_path):
    win = make_window(qtbot, demo_server, tmp_path, demo=False)
    open_project(qtbot, win, tmp_path / "proj", create=True, name="Test character")
    panel = win.generate_panel

    def ids() -> list[str]:
        return [panel.model.itemData(i) for i in range(panel.model.count())]

    def list_calls() -> int:
        return sum(1 for r in demo_server.requests if r.method == "GET" and r.path.endswith("/models"))

    assert "gemini-4-flash-image-exp" not in ids() and list_calls() == 0
    chosen = panel.model.currentData()
    generate(qtbot, win, 1)
    qtbot.waitUntil(lambda: "gemini-4-flash-image-exp" in ids(), timeout=WAIT)
    assert panel.model.currentData() == chosen  # the illustrator's choice stays
    assert "Gemini 4 Flash Image (experimental)" in win.banner.label.text() and win.banner.isVisible()
    assert list_calls() == 1

    generate(qtbot, win, 1)  # the list is a day fresh now: not asked again
    qtbot.waitUntil(lambda: not win.bridge.running, timeout=WAIT)
    assert not win.bridge.list_models_if_stale() and list_calls() == 1
    assert "gemini-4-flash-image-exp" in [
        m.id for m in ModelCatalog.load(tmp_path / "learned.json").selectable()
    ]
    win.close()


def test_demo_mode_never_lists_models_into_the_real_catalogue(qtbot, project_window, demo_server, tmp_path):
    generate(qtbot, project_window, 1)
    qtbot.waitUntil(lambda: not project_window.bridge.running, timeout=WAIT)
    assert not any(r.method == "GET" and r.path.endswith("/models") for r in demo_server.requests)
    assert ModelCatalog.load(tmp_path / "learned.json").find("gemini-4-flash-image-exp") is None
