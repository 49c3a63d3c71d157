"""The spec history dialog: versions read in a worker, a word-level diff, and Restore."""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cutie_app.core.model.spec import CharacterSpec, Outfit, PaletteColor
from cutie_app.ui.dialogs.spec_history import SpecHistoryDialog, word_diff
from cutie_app.ui.theme import apply_theme

V1 = CharacterSpec(
    name="Little Orange",
    art_style="flat illustration",
    hair="orange pigtails with a fruit hair clip",
    eyes="round brown eyes",
    outfits=(Outfit("school", "yellow raincoat"),),
    palette=(PaletteColor("orange", "#FF8C00"), PaletteColor("white", "#FFFFFF")),
)
V2 = V1.with_changes(hair="red pigtails with a fruit hair clip")
V3 = V2.with_changes(
    hair="red pigtails with a star hair clip",
    palette=(PaletteColor("orange", "#FF8C00"), PaletteColor("cream", "#FFE4B5")),
    never=("glasses",),
)
SPECS = {1: V1, 2: V2, 3: V3}
VERSIONS = [
    (1, "2025-03-01T09:00:00.000+00:00"),
    (2, "2025-03-02T10:30:00.000+00:00"),
    (3, "2025-03-03T18:45:12.500+00:00"),
]


class RecordingLoad:
    """`load` over a dict that records which thread read which version."""

    def __init__(self, specs: dict[int, CharacterSpec]) -> None:
        self.specs = specs
        self.calls: list[tuple[int, str]] = []

    def __call__(self, version: int) -> CharacterSpec:
        self.calls.append((version, threading.current_thread().name))
        if version not in self.specs:
            raise LookupError(f"no version {version}")
        return self.specs[version]


@pytest.fixture
def open_history(qtbot) -> Iterator[Callable[..., SpecHistoryDialog]]:
    opened: list[SpecHistoryDialog] = []

    def make(versions=VERSIONS, load: Callable[[int], CharacterSpec] | None = None) -> SpecHistoryDialog:
        dialog = SpecHistoryDialog(versions, load or RecordingLoad(SPECS))
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        qtbot.waitUntil(lambda d=dialog: not d.busy(), timeout=5000)
        dialog.done(0)
    opened.clear()
    gc.collect()  # Qt wrappers in cycles are freed here, on the GUI thread, not in a worker


def loaded(dialog: SpecHistoryDialog) -> bool:
    return dialog.changes() is not None


def test_previous_and_latest_are_compared_by_default(qtbot, open_history):
    load = RecordingLoad(SPECS)
    dialog = open_history(load=load)
    assert dialog.selected_versions() == (2, 3)
    assert dialog.diff_view.toPlainText() == "Loading…"
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    assert [c.field for c in dialog.changes()] == ["hair", "palette", "never"]
    assert sorted(v for v, _ in load.calls) == [2, 3]
    assert all(thread != threading.main_thread().name for _, thread in load.calls)
    text = dialog.diff_view.toPlainText()
    for label in ("Hair", "Palette", "Never", "glasses", "cream #FFE4B5"):
        assert label in text
    for unchanged in ("Eyes", "Art style", "Outfits", "round brown eyes"):
        assert unchanged not in text


def test_removed_words_are_struck_red_and_added_words_green(qtbot, open_history):
    dialog = open_history()
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    page = dialog.diff_view.toHtml()
    struck = re.findall(r"line-through; color:#b3261e;[^>]*>([^<]*)<", page)
    green = re.findall(r"color:#1b5e20;[^>]*>([^<]*)<", page)
    assert [w.strip() for w in struck] == ["fruit", "white", "#FFFFFF"]
    assert [w.strip() for w in green] == ["star", "cream", "#FFE4B5", "glasses"]
    hair = next(c for c in dialog.changes() if c.field == "hair")
    assert (hair.before, hair.after) == (V2.hair, V3.hair)


def test_word_diff_marks_whole_words():
    left, right = word_diff("orange pigtails with clip", "red pigtails with a clip")
    assert [t for k, t in left if k == "removed"] == ["orange"]
    assert [t for k, t in right if k == "added"] == ["red", "a "]
    assert "".join(t for _, t in left) == "orange pigtails with clip"
    assert "".join(t for _, t in right) == "red pigtails with a clip"


def test_choosing_other_versions_updates_the_diff(qtbot, open_history):
    load = RecordingLoad(SPECS)
    dialog = open_history(load=load)
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    dialog.version_a.setCurrentIndex(dialog.version_a.findData(1))
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    assert [c.field for c in dialog.changes()] == ["hair", "palette", "never"]
    assert "Version 1" in dialog.diff_view.toPlainText()
    dialog.version_b.setCurrentIndex(dialog.version_b.findData(2))
    assert [c.field for c in dialog.changes()] == ["hair"]  # both read already: no new load
    assert sorted(v for v, _ in load.calls) == [1, 2, 3]


def test_the_same_version_twice_shows_no_differences(qtbot, open_history):
    dialog = open_history()
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    dialog.version_a.setCurrentIndex(dialog.version_a.findData(3))
    assert dialog.changes() == []
    assert dialog.diff_view.toPlainText().strip() == "No differences"
    assert not dialog.restore_button.isEnabled()  # version 3 is the current one


def test_restore_emits_the_chosen_spec(qtbot, open_history):
    dialog = open_history()
    dialog.version_a.setCurrentIndex(dialog.version_a.findData(1))
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    assert dialog.restore_button.text() == "Restore version 1"
    with qtbot.waitSignal(dialog.restore_requested, timeout=1000) as blocker:
        dialog.restore_button.click()
    assert blocker.args == [V1]
    assert dialog.result() == SpecHistoryDialog.DialogCode.Accepted


def test_a_version_that_cannot_be_read_is_reported(qtbot, open_history):
    dialog = open_history(load=RecordingLoad({1: V1, 2: V2}))  # version 3 is missing
    qtbot.waitUntil(lambda: "could not be read" in dialog.diff_view.toPlainText(), timeout=5000)
    assert "Version 3 could not be read" in dialog.diff_view.toPlainText()
    assert dialog.changes() is None
    assert not dialog.restore_button.isEnabled()


def test_a_single_version_compares_with_itself(qtbot, open_history):
    dialog = open_history(versions=VERSIONS[:1])
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    assert dialog.selected_versions() == (1, 1)
    assert dialog.changes() == []


def test_no_versions_at_all(qtbot, open_history):
    dialog = open_history(versions=[])
    assert dialog.selected_versions() == (None, None)
    assert not dialog.restore_button.isEnabled()
    assert "no saved versions" in dialog.diff_view.toPlainText()


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp: QApplication) -> Iterator[str]:
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_screenshot(qtbot, open_history, themed: str, tmp_path: Path):
    dialog = open_history()
    dialog.version_a.setCurrentIndex(dialog.version_a.findData(1))
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    image = dialog.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / f"spec-history-{themed}.png"))
