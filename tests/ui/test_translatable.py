"""Every user-visible string in the UI goes through tr()/translate(), so it can be translated.

An AST scan of `cutie_app/ui/**/*.py`: a plain string literal that contains letters, passed
straight to a Qt text API (setText, QLabel(...), addRow's label, QMessageBox texts, ...), is a
violation. Strings built from tr() pieces (`self.tr("{n} images").format(n=n)`, `f"{a}: {b}"`)
and strings of digits and symbols only ("✕", "1:1", "…") are fine.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import cutie_app

UI = Path(cutie_app.__file__).parent / "ui"

#: Methods whose argument at this position is text a user reads (or hears, for accessible names).
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setWindowTitle": (0,),
    "setTitle": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setPlainText": (0,),
    "setHtml": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "showMessage": (0,),
    "addMenu": (0,),
    "addAction": (0,),
    "addRow": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
}
#: Widgets whose first argument (or `text=`/`title=`) is their visible text.
TEXT_CONSTRUCTORS = frozenset(
    {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QMenu", "QDockWidget"}
)
#: QMessageBox static helpers: (parent, title, text, ...).
MESSAGE_BOX_FUNCTIONS = frozenset({"information", "warning", "critical", "question", "about"})
TEXT_KEYWORDS = frozenset({"text", "title"})


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) — wrap the text in self.tr(...)"


_MARKUP = re.compile(r"<[^>]*>|&[#\w]+;|\{[^{}]*\}|%(\([^)]*\))?[-+ #0]*\d*(\.\d+)?[sdifgexXr%]")


def _has_letters(text: str) -> bool:
    """Letters a reader would see: HTML tags, entities and format placeholders don't count."""
    return any(ch.isalpha() for ch in _MARKUP.sub("", text))


def untranslated_literal(node: ast.expr) -> str | None:
    """The literal text with letters that reaches the call unchanged, or None when there is none.

    Calls (tr, translate, any function) are trusted: their result is not a literal. A literal's
    `.format(...)` and `%` still show the literal, and so do `+`, f-strings and `a if c else b`.
    """
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) and _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        return "".join(parts) if _has_letters("".join(parts)) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return untranslated_literal(node.left) or (
            untranslated_literal(node.right) if isinstance(node.op, ast.Add) else None
        )
    if isinstance(node, ast.IfExp):
        return untranslated_literal(node.body) or untranslated_literal(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return untranslated_literal(node.func.value)
    return None


def _call_name(func: ast.expr) -> tuple[str, str]:
    """(owner, name): `QMessageBox.warning` → ("QMessageBox", "warning"), `QLabel` → ("", "QLabel")."""
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    return "", ""


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    owner, name = _call_name(call.func)
    if owner == "QMessageBox" and name in MESSAGE_BOX_FUNCTIONS:
        return list(call.args[1:3])
    if owner == "" and name == "QMessageBox":
        return [a for a in call.args[1:3]] + [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if owner == "" and name in TEXT_CONSTRUCTORS:
        return call.args[:1] + [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if isinstance(call.func, ast.Attribute) and name in TEXT_METHODS:
        return [call.args[i] for i in TEXT_METHODS[name] if i < len(call.args)]
    return []


def find_violations(source: str, path: str = "<string>") -> list[Violation]:
    tree = ast.parse(source, path)
    found: list[Violation] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in _text_arguments(node):
            text = untranslated_literal(argument)
            if text is not None:
                owner, name = _call_name(node.func)
                call = f"{owner}.{name}" if owner == "QMessageBox" else name
                found.append(Violation(path, argument.lineno, call, text))
    return found


def ui_violations() -> list[Violation]:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 5, "the ui sources were not found"
    found: list[Violation] = []
    for file in files:
        rel = file.relative_to(UI.parent.parent).as_posix()
        found += find_violations(file.read_text("utf-8"), rel)
    return found


# -- the rule itself --------------------------------------------------------------------------------


def test_the_checker_flags_plain_literals():
    source = """
label = QLabel("Hello")
button.setText('Save')
self.setWindowTitle("Cutie" + (" — demo" if demo else ""))
menu = self.menuBar().addMenu("&File")
form.addRow("Name", field)
QMessageBox.warning(self, "Oops", "Something broke")
status.showMessage(f"Saved {count} images")
box.setToolTip("{} items".format(n))
w.setAccessibleName("Model")
group = QGroupBox(title="Advanced")
act = QAction("&Quit", self)
"""
    found = find_violations(source)
    assert [(v.line, v.call, v.text) for v in found] == [
        (2, "QLabel", "Hello"),
        (3, "setText", "Save"),
        (4, "setWindowTitle", "Cutie"),
        (5, "addMenu", "&File"),
        (6, "addRow", "Name"),
        (7, "QMessageBox.warning", "Oops"),
        (7, "QMessageBox.warning", "Something broke"),
        (8, "showMessage", "Saved  images"),
        (9, "setToolTip", "{} items"),
        (10, "setAccessibleName", "Model"),
        (11, "QGroupBox", "Advanced"),
        (12, "QAction", "&Quit"),
    ]


def test_the_checker_allows_translated_text_and_symbols():
    source = """
label = QLabel(self.tr("Hello"))
button.setText(QCoreApplication.translate("Panel", "Save"))
close.setText("✕")
ratio.setText("16:9")
self.setWindowTitle(self.tr("Cutie — demo") if demo else self.tr("Cutie"))
status.showMessage(self.tr("Saved {n} images").format(n=count))
spend.setText(self.tr("Spent: $%.2f") % spent)
line.setText(f"{self.tr('Model')}: {name}")
form.addRow("", note)
label.setText(name)
title.setText(f"<b>{name}</b>")
view.setHtml("<p>{}</p>".format(self.tr("No differences")))
count.setText("%d / %d" % (done, total))
label.setText(self.tr("A") + " — " + self.tr("B"))
clipboard.setText(details)
"""
    assert find_violations(source) == []


# -- the UI code ----------------------------------------------------------------------------------------


def test_ui_strings_are_translatable():
    violations = ui_violations()
    assert not violations, "untranslated UI text:\n" + "\n".join(map(str, violations))
