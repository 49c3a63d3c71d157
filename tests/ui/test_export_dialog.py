"""The Export dialog over a real project: choices made with clicks and keys, files on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from cutie_app.core.formats.provenance import read_recipe
from cutie_app.core.services.projects import ProjectService
from cutie_app.ui.dialogs.export_dialog import ExportDialog, open_export_dialog
from cutie_app.ui.models.project_session import ProjectSession

WAIT = 15000


@pytest.fixture
def ids(tmp_path) -> list[int]:
    """Four images: plain, a pick with 4 stars, 2 stars, a reject; made before the window opens it."""
    out = []
    with_flags = (("none", 0), ("pick", 4), ("none", 2), ("reject", 5))
    service = ProjectService.open(tmp_path / "proj", create=True, name="Little Orange")
    try:
        for index, (flag, stars) in enumerate(with_flags):
            (image_id,) = service.save_variant(variant(png(index + 1, (600, 400)), index=index)).image_ids
            if flag != "none":
                service.set_flag(image_id, flag)
            if stars:
                service.set_rating(image_id, stars)
            out.append(image_id)
    finally:
        service.close()
    return out


@pytest.fixture
def session(qtbot, tmp_path, ids) -> Iterator[ProjectSession]:
    session = ProjectSession()
    with qtbot.waitSignal(session.opened, timeout=WAIT):
        session.open(tmp_path / "proj")
    yield session
    session.shutdown()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def run_export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_the_selection_as_small_jpegs_named_by_pattern(qtbot, session, ids, tmp_path):
    dialog = open_export_dialog(None, session, [ids[2], ids[3], ids[0]])
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.scope_buttons["selected"].isChecked()  # a selection is what gets exported
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)  # PNG -> JPEG
    assert dialog.quality.isEnabled()
    dialog.quality.setValue(70)
    dialog.long_edge.setFocus()
    dialog.long_edge.lineEdit().selectAll()
    qtbot.keyClicks(dialog.long_edge.lineEdit(), "300")
    dialog.pattern.selectAll()
    qtbot.keyClicks(dialog.pattern, "{project} {n} ({rating} stars)")
    assert dialog.example.text() == "For example: Little Orange 01 (4 stars).jpg"

    report = run_export(qtbot, dialog)
    assert [p.name for p in report.written] == [
        "Little Orange 01 (2 stars).jpg",
        "Little Orange 02 (0 stars).jpg",
    ]
    assert report.skipped_rejects == 1  # the selected reject stays home
    for path in report.written:
        with Image.open(path) as image:
            assert image.format == "JPEG" and image.size == (300, 200)
        assert read_recipe(path.read_bytes()) is not None
    assert (
        ": 2." in dialog.report_label.text().splitlines()[0]
        and "Rejected images left out: 1." in dialog.report_label.text()
    )
    assert dialog.export_button.isEnabled() and not dialog.busy()
    dialog.close()


def test_picks_as_a_client_copy(qtbot, session, ids, tmp_path):
    dialog = ExportDialog(session, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.scope_buttons["selected"].isEnabled() and dialog.scope_buttons["all"].isChecked()
    click(qtbot, dialog.scope_buttons["picks"])
    click(qtbot, dialog.client_button)
    dialog.folder.setText(str(tmp_path / "client"))
    report = run_export(qtbot, dialog)
    (path,) = report.written
    data = path.read_bytes()
    assert read_recipe(data) is None and b"trainedAlgorithmicMedia" in data
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no sidecars for a client
    dialog.close()


def test_rated_and_rejects_when_asked(qtbot, session, ids, tmp_path):
    dialog = ExportDialog(session, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.scope_buttons["rated"])
    dialog.min_rating.setValue(2)
    dialog.folder.setText(str(tmp_path / "rated"))
    report = run_export(qtbot, dialog)
    assert len(report.written) == 2 and report.skipped_rejects == 1
    click(qtbot, dialog.include_rejects)
    dialog.folder.setText(str(tmp_path / "rated-and-rejects"))
    report = run_export(qtbot, dialog)
    assert len(report.written) == 3
    dialog.close()


def test_a_bad_pattern_or_size_is_explained_and_nothing_runs(qtbot, session, tmp_path):
    dialog = ExportDialog(session, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(tmp_path / "never"))
    dialog.pattern.setText("{project}")
    assert "needs {n}, {id} or {name}" in dialog.example.text()
    with qtbot.assertNotEmitted(dialog.exported, wait=200):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "needs {n}" in dialog.error.text()
    dialog.pattern.setText("{n}")
    dialog.long_edge.setEditText("tiny")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "long edge in pixels" in dialog.error.text()
    QApplication.processEvents()
    assert not Path(tmp_path / "never").exists()
    dialog.close()


def test_every_label_with_a_mnemonic_has_a_buddy_and_alt_o_goes_to_the_folder(qtbot, session):
    dialog = ExportDialog(session, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    unbound = [
        label.text() for label in dialog.findChildren(QLabel) if "&" in label.text() and not label.buddy()
    ]
    assert unbound == []  # a label without a buddy shows its & as is
    dialog.pattern.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert dialog.folder.hasFocus()
    dialog.close()


def test_the_name_fields_are_explained_in_the_windows_language(qtbot, session):
    from cutie_app.core.services.export_copies import NAME_FIELDS
    from cutie_app.ui import i18n

    installed = i18n.install_language("es")
    try:
        dialog = open_export_dialog(None, session, [])
        qtbot.addWidget(dialog)
        tip = dialog.pattern.toolTip().splitlines()
    finally:
        installed.remove()
    assert [line.split(":")[0] for line in tip] == ["{" + name + "}" for name in NAME_FIELDS]
    assert "{project}: el nombre del proyecto" in tip
    assert "{rating}: sus estrellas, de 0 a 5" in tip
    assert not {f"{{{name}}}: {meaning}" for name, meaning in NAME_FIELDS.items()} & set(tip)
    dialog.close()
