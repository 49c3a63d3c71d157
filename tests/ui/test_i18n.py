"""The window in Simplified and Traditional Chinese, Spanish and Indonesian.

The translations are checked as files (every string translated, placeholders, mnemonics and
markup kept, the .ts current with the code and the .qm with the .ts) and in use (the window
built in each language shows translated menus, labels, roles and placeholders, and the Qt-free
core's errors in the same language).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import FIELD_LABELS
from cutie_app.core.store import Project
from cutie_app.demo.server import DemoServer
from cutie_app.ui import i18n
from cutie_app.ui.launch import PackImporter
from cutie_app.ui.panes.spec_editor import FIELD_LABEL_SOURCES

ROOT = Path(__file__).parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = tuple(i18n.TRANSLATIONS)
PLACEHOLDER = re.compile(r"%n|%\d|%[-+#0]*\d*(?:\.\d+)?[sdifgxXr]|\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")
#: What the window must say in each language: the File menu, a spec label, a role, a placeholder.
EXPECTED = {
    "zh_CN": ("文件(&F)", "名字", "正面 / 身份", "例如：小橙子"),
    "zh_TW": ("檔案(&F)", "名字", "正面 / 身分", "例如：小橘子"),
    "es": ("&Archivo", "Nombre", "Frente / identidad", "p. ej. Naranjita"),
    "id": ("&Berkas", "Nama", "Depan / identitas", "mis. Si Oranye"),
}


def messages(language: str) -> Iterator[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations (one per plural form), translation element) of a .ts file."""
    root = ET.parse(I18N / f"cutie_{language}.ts").getroot()
    assert root.get("language") == language
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, source, forms, translation


def test_the_preference_or_the_system_language_picks_the_translation() -> None:
    assert i18n.pick_language("", ["zh-Hant-TW", "en-US"]) == "zh_TW"
    assert i18n.pick_language("", ["zh-HK"]) == "zh_TW"
    assert i18n.pick_language("", ["zh-Hans-CN"]) == "zh_CN"
    assert i18n.pick_language("", ["zh"]) == "zh_CN"
    assert i18n.pick_language("", ["fr-FR", "es-MX", "en"]) == "es"  # first language we have
    assert i18n.pick_language("", ["en-GB", "es-ES"]) is None  # English preferred first
    assert i18n.pick_language("", ["in-ID"]) == "id"  # the old code for Indonesian
    assert i18n.pick_language("", []) is None
    assert i18n.pick_language("id", ["zh-CN"]) == "id"  # the preference beats the system
    assert i18n.pick_language("en", ["zh-CN"]) is None
    assert i18n.pick_language("pt_BR", ["zh-CN"]) is None  # chosen but not translated: English


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    untranslated = [
        f"{context}: {source!r}"
        for context, source, forms, element in messages(language)
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_markup(language: str) -> None:
    problems = []
    for context, source, forms, _ in messages(language):
        for form in forms:
            if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: mnemonic (&) differs")
            if Counter(TAG.findall(form)) != Counter(TAG.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: markup differs")
    assert problems == []


def test_the_placeholder_check_catches_a_dropped_or_renamed_placeholder() -> None:
    assert Counter(PLACEHOLDER.findall("Version {number}")) != Counter(
        PLACEHOLDER.findall("Versión {numero}")
    )
    assert Counter(PLACEHOLDER.findall("%n more")) != Counter(PLACEHOLDER.findall("más"))
    assert Counter(PLACEHOLDER.findall("%d of %d")) != Counter(PLACEHOLDER.findall("%d de"))


def test_the_ts_files_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """A new tr() string without translations, or a stale one, fails until `i18n.py update` runs."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    # The window's strings, and the core's messages it shows (marked with core.i18n.QT_TRANSLATE_NOOP).
    sources = sorted(str(p) for folder in ("ui", "core") for p in (ROOT / "cutie_app" / folder).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    root = ET.parse(fresh).getroot()
    in_code = {
        (c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
    }
    for language in LANGUAGES:
        assert {(c, s) for c, s, _, _ in messages(language)} == in_code, language


def test_the_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "i18n.py"), "compile", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for language in LANGUAGES:
        name = f"cutie_{language}.qm"
        assert (I18N / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"run packaging/i18n.py compile: {name}"
        )


def test_the_spec_labels_marked_for_translation_are_the_cores() -> None:
    assert sorted(FIELD_LABEL_SOURCES) == sorted(FIELD_LABELS.values())


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[i18n.InstalledLanguage]:
    installed = i18n.install_language(request.param)
    yield installed
    installed.remove()


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_the_window_speaks_the_language(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, in_language: i18n.InstalledLanguage
) -> None:
    language = in_language.language
    assert language is not None
    file_menu, name_label, front_role, name_placeholder = EXPECTED[language]
    win = make_window(qtbot, demo_server, tmp_path)
    assert win.menuBar().actions()[0].text() == file_menu
    name_edit = win.findChild(QLineEdit, "spec_name")
    assert name_edit.accessibleName() == name_label
    assert name_edit.placeholderText() == name_placeholder
    roles = win.findChild(QComboBox, "referenceRole")
    assert roles.itemText(roles.findData(ReferenceRole.IDENTITY)) == front_role
    english = {"&File", "&Edit", "&Generate", "&View", "&Help"}
    assert not english & {a.text() for a in win.menuBar().actions()}
    if language != "id":  # Qt ships no Indonesian: its own buttons stay English there
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_an_unknown_or_missing_language_leaves_english(qtbot: QtBot) -> None:
    installed = i18n.install_language(None)
    assert installed.translators == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# -- the core's messages --------------------------------------------------------------------------

#: A refusal of the core (a pack that is not a zip file) as each language says it.
PACK_REFUSAL = {
    "es": ("No se puede importar broken.cutiepack: no es un archivo zip", "No se escribió nada."),
    "zh_CN": ("无法导入 broken.cutiepack：它不是 zip 文件", "没有写入任何内容。"),
}


def test_lupdate_finds_the_messages_the_core_marks(tmp_path: Path) -> None:
    """The Qt-free core's own QT_TRANSLATE_NOOP is read by PySide6's lupdate like Qt's."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    source = ROOT / "cutie_app" / "core" / "store" / "pack.py"
    found = tmp_path / "pack.ts"
    subprocess.run([str(lupdate), "-silent", str(source), "-ts", str(found)], check=True, capture_output=True)
    root = ET.parse(found).getroot()
    extracted = {
        (c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
    }
    wanted = ("core.pack", "Cannot import {subject}: {reason}. Nothing was written.")
    assert wanted in extracted
    assert ("core.pack", "it is not a zip file, or it is damaged or incomplete ({error})") in extracted
    for language in LANGUAGES:  # and every language says it
        said = {(c, s): forms for c, s, forms, _ in messages(language)}
        assert said[wanted][0] and said[wanted][0] != wanted[1], language


@pytest.mark.parametrize("in_language", sorted(PACK_REFUSAL), indirect=True)
def test_the_window_says_why_a_hostile_pack_is_refused_in_its_language(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, in_language: i18n.InstalledLanguage
) -> None:
    start, end = PACK_REFUSAL[str(in_language.language)]
    pack = tmp_path / "broken.cutiepack"
    pack.write_bytes(b"this is not a zip file")
    into = tmp_path / "into"
    into.mkdir()
    win = make_window(qtbot, demo_server, tmp_path)
    importer = PackImporter(win, choose=lambda _parent, _pack: into)
    assert importer.start(pack)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "launchProblem") is not None, timeout=10_000)
    importer.shutdown()
    box = win.findChild(QMessageBox, "launchProblem")
    assert box.text().startswith(start) and box.text().endswith(end), box.text()
    assert "Cannot" not in box.text() and "Nothing was written" not in box.text()
    assert list(into.iterdir()) == []
    box.close()


@pytest.mark.parametrize("in_language", ["es"], indirect=True)
def test_a_project_held_by_another_cutie_is_explained_in_the_window_language(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, in_language: i18n.InstalledLanguage
) -> None:
    folder = tmp_path / "shared"
    win = make_window(qtbot, demo_server, tmp_path)
    with Project.create(folder, "Little Orange"):  # holds the lock, as another Cutie would
        with qtbot.waitSignal(win.session.opened, timeout=20_000):
            win.open_project(folder)
        text = win.banner.label.text()
        assert "Este proyecto está abierto en Cutie (proceso" in text, text
        assert "This project is open" not in text and "Only one Cutie" not in text
        assert "This project is open in Cutie" in win.banner.details()  # the copied details stay English
    win.close()


ERROR_NAMES = frozenset({"exc", "error", "err", "problem", "reason", "message"})


def _shown_raw(node: ast.AST) -> bool:
    """`str(exc)`, `"..." % exc` (or a tuple holding it) or `.format(x=exc)`: an error as its English."""
    if not isinstance(node, ast.Call | ast.BinOp):
        return False
    if isinstance(node, ast.BinOp):
        values = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        return isinstance(node.op, ast.Mod) and any(
            isinstance(v, ast.Name) and v.id in ERROR_NAMES for v in values
        )
    func = node.func
    if isinstance(func, ast.Name) and func.id == "str":
        return len(node.args) == 1 and isinstance(node.args[0], ast.Name) and node.args[0].id in ERROR_NAMES
    if isinstance(func, ast.Attribute) and func.attr == "format":
        return any(isinstance(k.value, ast.Name) and k.value.id in ERROR_NAMES for k in node.keywords)
    return False


def test_the_window_shows_core_errors_through_show_text() -> None:
    """`str(exc)` would show a core error in English whatever the window's language."""
    allowed = {
        # Qt's own decoding errors of a picture, kept as technical detail of the window's own error.
        ("compare/image_view.py", 'raise PictureLoadError(path, "missing", str(exc)) from exc'),
        ("compare/image_view.py", 'raise PictureLoadError(path, "unreadable", str(exc)) from exc'),
        # The English text the banner's Copy details puts on the clipboard, for a bug report.
        (
            "widgets/error_banner.py",
            'self._details = "\\n".join(p for p in (str(message), message.technical) if p)',
        ),
        ("widgets/error_banner.py", "text, self._details = show_text(message), str(message)"),
        # Words already in the window's language (a saved error through show_text), or a code
        # word of the window's own image loader.
        (
            "panes/conversation_widgets.py",
            'return self.tr("blocked: %s") % reason if reason else self.tr("blocked")',
        ),
        ("compare/loupe.py", 'self._errors[path] = self.tr("{name} can\'t be shown ({reason}).").format('),
        # Something that is not an exception, wrapped into one for the same message path.
        (
            "models/conversation_model.py",
            "self.failed.emit(_message(exc if isinstance(exc, BaseException) else Exception(str(exc))))",
        ),
    }
    found = []
    for path in sorted((ROOT / "cutie_app" / "ui").rglob("*.py")):
        source = path.read_text("utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if _shown_raw(node):
                line = node.lineno  # type: ignore[attr-defined]
                where = (path.relative_to(ROOT / "cutie_app" / "ui").as_posix(), lines[line - 1].strip())
                if where not in allowed:
                    found.append(f"{where[0]}:{line}: {where[1]}")
    assert found == [], "show a core error with ui.i18n.show_text(exc), never str(exc)"


@pytest.mark.parametrize(
    "source",
    [
        "label.setText(str(exc))",
        'self.tr("Failed: %s") % exc',
        'self.tr("(%s) %s") % (name, error)',
        'self.tr("Failed: {why}").format(why=error)',
    ],
)
def test_the_rule_catches_an_error_shown_raw(source: str) -> None:
    assert any(_shown_raw(node) for node in ast.walk(ast.parse(source)))
