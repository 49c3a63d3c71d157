"""The last scene text and variant count come back after a restart (through the settings file)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.system.settings import load_settings
from cutie_app.ui.panes.generate_memory import GenerateMemory
from cutie_app.ui.panes.generate_panel import GeneratePanel


def open_panel(qtbot, tmp_path) -> tuple[GeneratePanel, GenerateMemory]:
    panel = GeneratePanel(ModelCatalog.load(tmp_path / "learned.json"))
    qtbot.addWidget(panel)
    memory = GenerateMemory(panel, load_settings())
    panel.show()
    qtbot.waitExposed(panel)
    return panel, memory


def test_scene_and_variants_survive_a_restart(qtbot, tmp_path, isolated_user_dirs):
    panel, memory = open_panel(qtbot, tmp_path)
    assert (panel.scene_text(), panel.variants.value()) == ("", 4)  # the defaults on a first start
    qtbot.keyClicks(panel.scene, "waving from a swing")
    panel.variants.setFocus()
    panel.variants.selectAll()
    qtbot.keyClicks(panel.variants, "7")
    qtbot.waitUntil(lambda: not memory.busy(), timeout=5000)
    saved = load_settings()
    assert (saved.last_scene, saved.last_variants) == ("waving from a swing", 7)
    qtbot.keyClick(panel.scene, Qt.Key.Key_Exclam)
    memory.flush()  # closing: the pending edit is written now, not a second later
    assert load_settings().last_scene == "waving from a swing!"

    again, _ = open_panel(qtbot, tmp_path)
    assert (again.scene_text(), again.variants.value()) == ("waving from a swing!", 7)


def test_remembering_keeps_the_other_settings(qtbot, tmp_path, isolated_user_dirs):
    from dataclasses import replace

    from cutie_app.core.system.settings import save_settings

    save_settings(replace(load_settings(), theme="dark", concurrency=2))
    panel, memory = open_panel(qtbot, tmp_path)
    panel.variants.setValue(2)
    memory.flush()
    saved = load_settings()
    assert (saved.theme, saved.concurrency, saved.last_variants) == ("dark", 2, 2)
