"""The window's text fits in every language: nothing squeezed to nothing, no dialog past the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.images import png
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QStyle, QStyleOptionComboBox

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.ui import i18n
from cutie_app.ui.panes.reference_slots import ReferenceSlots
from cutie_app.ui.window.layout import never_widens


@pytest.fixture(params=["en", *i18n.TRANSLATIONS])
def language(qapp, request: pytest.FixtureRequest) -> Iterator[str]:  # translators need the app
    locale = QLocale()
    installed = i18n.install_language(None if request.param == "en" else request.param)
    yield request.param
    installed.remove()
    QLocale.setDefault(locale)


def test_the_reference_budget_shows_on_one_line_beside_its_title(qtbot, language, tmp_path: Path):
    catalog = ModelCatalog.load(tmp_path / "learned.json")
    model = catalog.find("gemini-3-pro-image")
    assert model is not None and model.max_person_images is not None
    pane = ReferenceSlots()
    qtbot.addWidget(pane)
    never_widens(pane.budget)  # as the window sets it: a long line wraps rather than widen the column
    pane.set_model(model)
    role = ReferenceRole.IDENTITY
    thumb = QImage(60, 60, QImage.Format.Format_RGB32)
    thumb.fill(Qt.GlobalColor.darkCyan)
    pane.add_reference(ReferenceImage(png(1), "image/png", role, DEFAULT_KIND[role], "front"), thumb)
    pane.resize(400, 300)  # the middle column's width on a 1366x768 screen
    pane.show()
    qtbot.waitExposed(pane)
    budget = pane.budget
    assert "/" in budget.text()
    metrics = budget.fontMetrics()
    assert budget.width() >= metrics.horizontalAdvance(budget.text())
    assert budget.height() < 2 * metrics.lineSpacing()
    pane.shutdown()


def test_the_adjust_panel_never_cuts_a_button(qtbot, language, tmp_path: Path):
    from cutie_app.core.services.adjust import LookLibrary
    from cutie_app.core.services.adjust_editor import AdjustEditor
    from cutie_app.core.services.adjust_project import ProjectAdjustStore
    from cutie_app.core.store import Project
    from cutie_app.ui.panes.adjust_pane import AdjustPane

    with Project.create(tmp_path / "Little Orange") as project:
        pane = AdjustPane(AdjustEditor(ProjectAdjustStore(project), LookLibrary(tmp_path / "looks")))
        qtbot.addWidget(pane)
        pane.resize(1100, 700)
        pane.show()
        qtbot.waitExposed(pane)
        cut = [
            button.text()
            for button in pane.findChildren(QAbstractButton)
            if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
        ]
        assert cut == []
        pane.shutdown()


def test_the_gallery_filters_show_their_first_choice_whole_in_a_1366_px_window(qtbot, language):
    from cutie_app.ui.panes.gallery import Gallery

    gallery = Gallery()
    qtbot.addWidget(gallery)
    gallery.resize(500, 400)  # the results column on a 1366x768 screen
    gallery.show()
    qtbot.waitExposed(gallery)
    style = gallery.style()
    for combo in (
        gallery.scene,
        gallery.source,
        gallery.model,
        gallery.stack,
        gallery.flag,
        gallery.rating,
        gallery.sort,
    ):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)), combo.itemText(0)


def test_every_steps_amount_is_named_in_the_windows_language(qtbot, language):
    from cutie_app.core.model import adjustments
    from cutie_app.core.model.adjustments import StepKind
    from cutie_app.ui.panes.adjust_steps import amount_label, step_title

    steps = [
        c
        for c in vars(adjustments).values()
        if isinstance(c, type) and isinstance(getattr(c, "LABEL", None), str)
    ]
    assert {c.KIND for c in steps} == set(StepKind)
    for step in steps:
        label = amount_label(step.KIND)
        assert step_title(step.KIND)
        if language == "en":
            assert label == step.LABEL  # the table follows the core's own wording
        else:  # shown in the window's language (test_i18n checks every extracted string has one)
            assert label != step.LABEL, label


def test_preferences_and_the_key_dialog_fit_a_1366x768_screen(
    qtbot, language, tmp_path: Path, memory_keyring
):
    from cutie_app.core.system.settings import Settings
    from cutie_app.ui.dialogs.key_dialog import KeyDialog
    from cutie_app.ui.dialogs.preferences import PreferencesDialog

    preferences = PreferencesDialog(Settings(), ModelCatalog.load(tmp_path / "learned.json"))
    key = KeyDialog()
    for dialog in (preferences, key):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # What opens, and the least it can shrink to, within the screen less a panel (about 40 px).
        least = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
        assert least.width() <= 1366 and least.height() <= 728, (type(dialog).__name__, least)
        assert dialog.width() <= 1366 and dialog.height() <= 728, (type(dialog).__name__, dialog.size())
        cut = [
            b.text()
            for b in dialog.findChildren(QAbstractButton)
            if b.isVisible() and b.width() < b.sizeHint().width()
        ]
        assert cut == [], type(dialog).__name__
    qtbot.waitUntil(lambda: not preferences.busy(), timeout=5000)
    preferences.reject()
    key.reject()


def test_standard_buttons_speak_indonesian_though_qt_has_no_indonesian(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    locale = QLocale()
    installed = i18n.install_language("id")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"OK", "Simpan", "Batal", "Tutup"}
    finally:
        installed.remove()
        QLocale.setDefault(locale)


def test_no_translated_string_hides_inside_an_f_string():
    """lupdate skips tr() calls written inside f-strings: those strings stay English in every language."""
    import ast

    hidden = []
    for path in sorted((Path(__file__).parents[2] / "cutie_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in ("tr", "translate")
                    and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in inner.args)
                ):
                    hidden.append(f"{path.name}:{inner.lineno}")
    assert hidden == []


def test_the_spec_check_names_each_verdict_in_the_windows_language(qtbot, language):
    from cutie_app.core.model.spec_check import SpecCheck, TraitCheck, Verdict
    from cutie_app.ui.dialogs.spec_check_view import SpecCheckDialog

    check = SpecCheck(
        items=(
            TraitCheck("hair", "Hair", Verdict.MATCH, "two pigtails"),
            TraitCheck("eyes", "Eyes", Verdict.MISMATCH, "green, not brown"),
            TraitCheck("outfit", "Outfit", Verdict.UNCLEAR, "hidden"),
        ),
        summary="",
        model="demo",
        response_id="r1",
    )
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.white)
    dialog = SpecCheckDialog("#1", picture, check)
    qtbot.addWidget(dialog)
    words = [dialog.table.item(row, 1).text().split(" ", 1)[1] for row in range(3)]
    expected = {
        "en": ["match", "mismatch", "unclear"],
        "zh_CN": ["符合", "不符", "不确定"],
        "zh_TW": ["符合", "不符", "不確定"],
        "es": ["coincide", "no coincide", "dudoso"],
        "id": ["cocok", "tidak cocok", "tidak jelas"],
    }
    assert words == expected[language]


def test_the_recipe_panel_names_reference_roles_as_the_slots_do(language):
    from cutie_app.ui.compare.recipe_panel import role_label

    expected = {
        "en": "Front / identity",
        "zh_CN": "正面 / 身份",
        "zh_TW": "正面 / 身分",
        "es": "Frente / identidad",
        "id": "Depan / identitas",
    }
    assert role_label("identity") == expected[language]
    assert role_label("from-a-newer-version") == "from-a-newer-version"
