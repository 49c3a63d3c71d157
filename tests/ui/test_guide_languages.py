"""The user guide in every language of the window: the same sections as the English one, the menu
and button names the translated window shows, and Help opening the one in the window's language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from cutie_app.core.system import paths
from cutie_app.core.system.app_resources import resource_path
from cutie_app.demo.server import DemoServer
from cutie_app.ui import i18n
from cutie_app.ui.help import FOLDERS_MARK, SHORTCUTS_MARK, guide_dialog, guide_file, menu_text

ROOT = Path(__file__).parents[2]
LANGUAGES = tuple(i18n.TRANSLATIONS)
#: What the guide names, as the window names it: a menu path or a button, by (context, source).
NAMED_IN_THE_GUIDE: tuple[tuple[tuple[str, str], ...], ...] = (
    (("MainWindow", "&Edit"), ("MainWindow", "Character &Versions…")),
    (("GeneratePanel", "Generate"),),
    (("GeneratePanel", "Series"),),
    (("MainWindow", "Images"),),
    (("Gallery", "Set as anchor"),),
    (("Gallery", "Edit in conversation"),),
    (("AdjustEntry", "&Image"), ("AdjustEntry", "&Adjust…")),
    (("MainWindow", "&File"), ("MainWindow", "&Export Images…")),
    (("WelcomePanel", "Try the demo"),),
    (("MainWindow", "&File"), ("MainWindow", "Save Project &As…")),
    (("Gallery", "Check against spec"),),
    (("PreferencesDialog", "Remove location and camera data from references"),),
    (("MainWindow", "&Edit"), ("MainWindow", "&Preferences…")),
    (("MainWindow", "&View"), ("MainWindow", "&Spending")),
)
VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})


class Outline(HTMLParser):
    """A guide read as a checker would: balanced tags, anchors, links, comments and its text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.anchors: list[str] = []
        self.links: list[str] = []
        self.comments: list[str] = []
        self.words: list[str] = []
        self.bold: list[str] = []
        self.h1 = ""
        self.feed(text)
        self.close()
        if self.open:
            self.problems.append(f"never closed: {self.open}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("name"):
            self.anchors.append(str(found["name"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "b":
            self.bold.append("")
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'} at line {self.getpos()[0]}")
            return
        self.open.pop()

    def handle_comment(self, data: str) -> None:
        self.comments.append(f"<!--{data}-->")

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "h1":
            self.h1 += data
        if "b" in self.open:
            self.bold[-1] += data
        self.words.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.words))

    @property
    def names(self) -> set[str]:
        """What the guide sets in bold: the names of menus, buttons and options, whole."""
        return {re.sub(r"\s+", " ", b).strip() for b in self.bold}


def outline(language: str | None) -> Outline:
    path = guide_file(language)
    assert path is not None
    return Outline(path.read_text("utf-8"))


def translations(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the language's .ts file."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"cutie_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.findtext("translation")
        or ""
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_well_formed_guide_with_the_english_sections(language: str) -> None:
    assert resource_path("help", f"guide.{language}.html") == guide_file(language)
    english, guide = outline(None), outline(language)
    assert english.problems == [] and guide.problems == []
    assert guide.anchors == english.anchors == ["day", "keys", "files", "privacy"]
    assert guide.links == english.links
    assert guide.comments == english.comments == [SHORTCUTS_MARK, FOLDERS_MARK]
    # Its title is the guide window's title in that language, and its text is not the English one.
    assert guide.h1 == translations(language)[("Help", "Cutie user guide")]
    assert "A day with Cutie" not in guide.text and "Where your files live" not in guide.text


@pytest.mark.parametrize("language", (None, *LANGUAGES))
def test_the_guide_names_menus_and_buttons_as_the_window_shows_them(language: str | None) -> None:
    shown = translations(language) if language else {}
    named = outline(language).names
    missing = []
    for path in NAMED_IN_THE_GUIDE:
        words = [menu_text(shown[key] if language else key[1]) for key in path]
        assert all(words), (language, path)
        if " › ".join(words) not in named:
            missing.append(" › ".join(words))
    assert missing == [], f"the {language or 'English'} guide does not name these as the window does"


def test_menu_names_lose_their_mnemonics_in_every_writing() -> None:
    assert menu_text("Character &Versions…") == "Character Versions"
    assert menu_text("角色版本(&V)…") == "角色版本"
    assert menu_text("文件(&F)") == "文件"
    assert menu_text("B&uat") == "Buat"
    assert menu_text("Save && Close") == "Save & Close"


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_file("pt_BR") == guide_file(None) == resource_path("help", "guide.html")


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[str]:
    installed = i18n.install_language(request.param)
    assert i18n.current_language() == request.param
    yield request.param
    installed.remove()
    assert i18n.current_language() is None


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_help_opens_the_guide_in_the_windows_language(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, in_language: str
) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    action = win.findChild(QAction, "actionGuide")
    assert action is not None
    action.trigger()
    dialog = guide_dialog(win)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert outline(in_language).h1 in text
    shown = translations(in_language)
    export = " › ".join(
        menu_text(shown[k]) for k in (("MainWindow", "&File"), ("MainWindow", "&Export Images…"))
    )
    assert export in text
    assert menu_text(shown[("MainWindow", "&Generate Variants")]) in text  # the shortcut table, translated
    assert str(paths.logs_dir()) in text and "<!--" not in dialog.browser.toHtml()
    dialog.close()
