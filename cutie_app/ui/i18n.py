"""The window's language: Cutie's own translations and Qt's, chosen by the Language preference.

Translations are Qt Linguist files, `resources/i18n/cutie_<code>.ts`, compiled to `.qm` by
`python packaging/i18n.py compile` (the `.qm` files are committed and shipped). Qt's own strings
(standard buttons, file dialogs, context menus) come from the `qtbase_<code>.qm` files that
PySide6 ships, when it has one for the language.

The language is chosen once, before the window is built: a new choice in Preferences takes
effect the next time Cutie starts (widgets keep the text they were built with).

The Qt-free core marks its own sentences (errors, refusals, notes, reports) with
`cutie_app.core.i18n.QT_TRANSLATE_NOOP`; they reach the window in English, as `Message`s that
remember their source text. Whatever the window shows of the core goes through `show_text`,
which translates them here, at display time.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cutie_app.core.i18n import render, user_text
from cutie_app.core.model.errors import CutieError, UserMessage
from cutie_app.core.system.app_resources import resource_path

log = logging.getLogger("cutie.ui")

__all__ = [
    "LANGUAGE_NAMES",
    "TRANSLATIONS",
    "InstalledLanguage",
    "current_language",
    "install_language",
    "pick_language",
    "qt_translate",
    "qt_translations_dir",
    "show_text",
    "show_title",
    "translation_file",
]

#: The translated languages, each named in its own language (the Preferences list shows these).
TRANSLATIONS: dict[str, str] = {
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "es": "Español",
    "id": "Bahasa Indonesia",
}
#: Every language the window can speak; English is the source text.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", **TRANSLATIONS}
_TRADITIONAL_REGIONS = frozenset({"TW", "HK", "MO"})
#: Qt's own names for the standard buttons the window uses, as Qt asks for them (the generic
#: theme, and GNOME's with mnemonics). Marked so that they land in Cutie's `.ts` files: PySide6
#: ships no Qt translation for Indonesian, so without these OK, Save and Cancel stayed English
#: there. Qt's own file is installed after Cutie's and wins where it exists.
QT_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
)


def pick_language(setting: str, ui_languages: Sequence[str]) -> str | None:
    """The translation to load: the preference, else the first of the system's languages we have.

    `setting` is the Language preference ("" follows the system); `ui_languages` is the system's
    list, most wanted first (`QLocale.system().uiLanguages()`, such as "zh-Hant-TW"). None means
    English, also when the system prefers English before any language Cutie is translated into.
    """
    for code in [setting] if setting else list(ui_languages):
        parts = code.replace("-", "_").split("_")
        lang = parts[0].lower()
        rest = {p.upper() if len(p) == 2 else p.title() for p in parts[1:]}
        if lang == "en":
            return None
        if lang == "zh":
            traditional = "Hant" in rest or bool(rest & _TRADITIONAL_REGIONS)
            return "zh_TW" if traditional else "zh_CN"
        if lang == "in":  # the old ISO code for Indonesian, still sent by some systems
            lang = "id"
        if lang in TRANSLATIONS:
            return lang
    return None


def translation_file(language: str) -> Path | None:
    """Cutie's compiled translation for `language`, if shipped."""
    return resource_path("i18n", f"cutie_{language}.qm")


def qt_translations_dir() -> Path | None:
    """Where Qt's own `.qm` files are (PySide6's `Qt/translations`, also inside a bundle)."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if reported.is_dir():
        return reported
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    return folder if folder.is_dir() else None


@dataclass
class InstalledLanguage:
    """The translators in use (Qt forgets a translator that Python lets go of)."""

    language: str | None
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        global _current
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if _current is self:
            _current = None


#: The language whose translation the window uses now (None: English, nothing installed).
_current: InstalledLanguage | None = None


def current_language() -> str | None:
    """The language the window speaks: the code of the installed translation, or None (English).

    For what Cutie shows beside the translated strings, such as the user guide's language.
    """
    return _current.language if _current is not None and _current.translators else None


def _load(path: Path | None) -> QTranslator | None:
    if path is None or not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("could not load the translation %s", path.name)
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def install_language(language: str | None) -> InstalledLanguage:
    """Install Cutie's and Qt's translators for `language` (None: English, nothing to install).

    Call before building widgets. Numbers and dates follow the language too.
    """
    global _current
    installed = InstalledLanguage(language)
    if language is None:
        return installed
    ours = _load(translation_file(language))
    if ours is None:
        log.warning("no translation for %s is installed; the window stays in English", language)
        return installed
    installed.translators.append(ours)
    _current = installed
    qt_dir = qt_translations_dir()
    theirs = _load(qt_dir / f"qtbase_{language}.qm" if qt_dir else None)
    if theirs is not None:  # Qt has no Indonesian: QT_BUTTON_TEXTS in ours name its buttons there
        installed.translators.append(theirs)
    QLocale.setDefault(QLocale(language))
    return installed


def qt_translate(context: str, source: str) -> str:
    """The core's `Translate`: Qt's translation of `source` in `context`, or `source` itself."""
    return QCoreApplication.translate(context, source)


def show_text(text: object) -> str:
    """Core text in the window's language: a message, a `UserMessage`, an error, or plain text.

    An error says what its `user_message` says (a `CutieError` its `UserMessage`), never its
    traceback; anything the core did not mark for translation is shown as it is.
    """
    if isinstance(text, CutieError):
        text = text.message
    elif isinstance(text, BaseException):
        text = user_text(text)
    if isinstance(text, UserMessage):
        return text.render(qt_translate)
    return render(text, qt_translate)


def show_title(message: UserMessage) -> str:
    """A `UserMessage`'s title as a heading (with its full stop, as each language writes it)."""
    return render(message.title_sentence(), qt_translate)
