"""The core's words reach the window translatable: `core.i18n` messages, and the rule that keeps them so.

No Qt here: a dictionary stands in for Qt's translator, so these run where PySide6 is not installed.
"""

from __future__ import annotations

import ast
import json
import pickle
import string
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import cutie_app
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, Message, joined, render, user_text
from cutie_app.core.model.adjustments import AdjustmentError, Levels
from cutie_app.core.model.errors import CutieError, ErrorKind, NetworkError, UserMessage, network_message
from cutie_app.core.store.pack import PackError, import_pack

CORE = Path(cutie_app.__file__).parent / "core"

SPANISH = {
    ("core.pack", "Cannot import {subject}: {reason}. Nothing was written."): (
        "No se puede importar {subject}: {reason}. No se escribió nada."
    ),
    ("core.pack", "it is not a zip file, or it is damaged or incomplete ({error})"): (
        "no es un archivo zip, o está dañado o incompleto ({error})"
    ),
    ("core.errors", "{title}."): "{title}.",
    ("core.errors", "Cannot reach Google"): "No se puede contactar con Google",
    ("test", "{a} and {b}"): "{b} y {a}",
    ("test", "broken {name}"): "roto {nombre}",
}


def spanish(context: str, source: str) -> str:
    return SPANISH.get((context, source), source)


def test_a_message_is_its_english_text_and_remembers_how_to_translate_it() -> None:
    message = QT_TRANSLATE_NOOP("test", "{a} and {b}").format(a="red", b=2)
    assert message == "red and 2" and str(message) == "red and 2" and type(str(message)) is str
    assert (message.context, message.source, dict(message.args)) == (
        "test",
        "{a} and {b}",
        {"a": "red", "b": 2},
    )
    assert message.render(spanish) == "2 y red"  # translators may reorder named fields
    assert render(message) == "red and 2" and render(42) == "42"


def test_arguments_that_are_messages_are_translated_with_their_sentence(tmp_path: Path) -> None:
    pack = tmp_path / "broken.cutiepack"
    pack.write_bytes(b"this is not a zip file")
    with pytest.raises(PackError) as caught:
        import_pack(pack, tmp_path)
    text = user_text(caught.value)
    assert str(caught.value) == text  # the CLI and the log keep the English sentence
    assert text.startswith("Cannot import broken.cutiepack: it is not a zip file")
    assert render(text, spanish).startswith("No se puede importar broken.cutiepack: no es un archivo zip")
    assert render(text, spanish).endswith("No se escribió nada.")


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    message = QT_TRANSLATE_NOOP("test", "broken {name}").format(name="x")
    assert message.render(spanish) == "broken x"


def test_arguments_are_named_and_anything_but_text_and_numbers_is_shown_as_text(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("test", "{0}").format("positional")
    message = QT_TRANSLATE_NOOP("test", "in {folder} at {size:.1f} MB").format(folder=tmp_path, size=1.25)
    assert message == f"in {tmp_path} at 1.2 MB" and dict(message.args)["folder"] == str(tmp_path)


def test_joined_lines_translate_line_by_line() -> None:
    lines = joined([QT_TRANSLATE_NOOP("core.errors", "Cannot reach Google"), "  images/a.png"])
    assert lines == "Cannot reach Google\n  images/a.png"
    assert lines.render(spanish) == "No se puede contactar con Google\n  images/a.png"


def test_messages_survive_json_pickle_and_a_process_pool() -> None:
    message = QT_TRANSLATE_NOOP("test", "{a} and {b}").format(
        a=QT_TRANSLATE_NOOP("core.errors", "Cannot reach Google"), b=1.5
    )
    for copy in (
        Message.from_dict(json.loads(json.dumps(message.to_dict()))),
        pickle.loads(pickle.dumps(message)),
    ):
        assert copy == message and copy.render(spanish) == "1.5 y No se puede contactar con Google"
    with ProcessPoolExecutor(max_workers=1) as pool:  # batch adjustments raise in worker processes
        error = pool.submit(_levels_error).result()
    assert isinstance(error, AdjustmentError) and isinstance(user_text(error), Message)
    assert user_text(error).source == "Levels: the white point must be above the black point."


def _levels_error() -> AdjustmentError:
    try:
        Levels(black=0.5, white=0.5)
    except AdjustmentError as exc:
        return exc
    raise AssertionError("Levels accepted a white point on the black point")


def test_a_saved_user_message_is_read_back_translatable() -> None:
    message = network_message(NetworkError(False, "connection refused"))
    data = json.loads(json.dumps(message.to_dict()))
    assert data["title"] == "Cannot reach Google" and data["technical"] == "connection refused"
    again = UserMessage.from_dict(data)
    assert again == message and again.kind is ErrorKind.OFFLINE
    assert again.render(spanish).startswith("No se puede contactar con Google. Cutie could not connect")
    old = {k: v for k, v in data.items() if k != "texts"}  # saved before messages were translatable
    assert UserMessage.from_dict(old).render(spanish).startswith("Cannot reach Google.")


# -- the rule that keeps the route from eroding ------------------------------------------------------

#: Errors whose words a user reads in the window: they must be raised with a marked message.
USER_FACING_ERRORS = frozenset(
    {
        "AdjustBatchError",
        "AdjustImageError",
        "AdjustmentError",
        "ColourMatchError",
        "ConsistencyError",
        "ConversationError",
        "DiskFullError",
        "ImageImportError",
        "KeyringUnavailableError",
        "LutError",
        "MissingLutError",
        "PackError",
        "ProjectDamagedError",
        "ProjectError",
        "ProjectLockedError",
        "ProjectReadOnlyError",
        "ProjectTooNewError",
        "ReferenceLoadError",
        "UnreadableImageError",
        "UnsafePathError",
        "_CopyError",
        "_ImageError",
        "_LineError",
        "_RefusedError",
    }
)
#: Calls whose text arguments a user reads: (positions, keywords) that must not be plain literals.
USER_TEXT_CALLS = {
    "UserMessage": ((1, 2, 3), {"title", "detail", "action"}),
    **{name: ((0, 1, 2), {"title", "detail", "action"}) for name in USER_FACING_ERRORS},
}


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_plain_text(node: ast.expr) -> bool:
    """A literal with words in it (or an f-string), which no translator will ever see."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" + b
        return _is_plain_text(node.left) or _is_plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_plain_text(node.body) or _is_plain_text(node.orelse)
    return False


def unmarked_texts(source: str, filename: str = "<source>") -> list[str]:
    """Plain sentences given to a user-facing error or a `UserMessage` (line: call)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _call_name(node) not in USER_TEXT_CALLS:
            continue
        positions, keywords = USER_TEXT_CALLS[_call_name(node)]
        args = [a for i, a in enumerate(node.args) if i in positions]
        args += [k.value for k in node.keywords if k.arg in keywords]
        found += [f"{filename}:{node.lineno}: {_call_name(node)}" for a in args if _is_plain_text(a)]
    return found


def bad_markers(source: str, filename: str = "<source>") -> list[str]:
    """QT_TRANSLATE_NOOP calls lupdate would skip or misread, and `.format` calls that miss a field."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        if _call_name(node) == "QT_TRANSLATE_NOOP" and not isinstance(node.func, ast.Attribute):
            literal = len(node.args) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            )
            if not literal or node.keywords:
                found.append(f"{filename}:{node.lineno}: QT_TRANSLATE_NOOP needs two string literals")
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "format" and isinstance(func.value, ast.Call):
            marker = func.value
            if _call_name(marker) == "QT_TRANSLATE_NOOP" and len(marker.args) == 2:
                text = marker.args[1]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    fields = {f for _, f, _, _ in string.Formatter().parse(text.value) if f}
                    names = {k.arg for k in node.keywords}
                    if node.args or fields != names:
                        found.append(
                            f"{filename}:{node.lineno}: fields {sorted(fields)} given {sorted(names)}"
                        )
    return found


def _core_sources() -> list[Path]:
    files = sorted(p for p in CORE.rglob("*.py") if p.name != "i18n.py")
    assert len(files) > 50, "the core's sources were not found"
    return files


def test_user_facing_errors_in_the_core_are_raised_with_marked_messages() -> None:
    found = [hit for path in _core_sources() for hit in unmarked_texts(path.read_text("utf-8"), str(path))]
    assert found == [], "wrap the text in QT_TRANSLATE_NOOP(context, text).format(...)"


def test_every_marker_in_the_core_is_one_lupdate_reads_and_fills_every_field() -> None:
    found = [hit for path in _core_sources() for hit in bad_markers(path.read_text("utf-8"), str(path))]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        'raise PackError(f"Cannot import {name}")',
        'raise AdjustmentError("Levels: the white point must be above the black point.")',
        'raise ProjectError("The disk is full", detail)',
        'UserMessage(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP("c", "Title"), "Plain detail.")',
        'raise ConversationError("No turn " + turn)',
    ],
)
def test_the_rule_catches_a_plain_sentence(source: str) -> None:
    assert unmarked_texts(source) != []


@pytest.mark.parametrize(
    "source",
    [
        'QT_TRANSLATE_NOOP("c", f"Cannot import {name}")',
        'QT_TRANSLATE_NOOP("c", "Cannot import {name}", name=name)',
        'QT_TRANSLATE_NOOP(CONTEXT, "Cannot import")',
        'QT_TRANSLATE_NOOP("c", "Cannot import {name}").format(nmae=name)',
    ],
)
def test_the_rule_catches_a_marker_lupdate_would_miss(source: str) -> None:
    assert bad_markers(source) != []


def test_the_rule_lets_marked_messages_and_technical_details_through() -> None:
    source = (
        'raise PackError(QT_TRANSLATE_NOOP("core.pack", "Cannot import {name}").format(name=n))\n'
        'raise ProjectError(QT_TRANSLATE_NOOP("c", "T"), QT_TRANSLATE_NOOP("c", "D"), "", f"{exc}")\n'
        'UserMessage(ErrorKind.UNKNOWN, title, detail, technical=f"HTTP {code}")\n'
    )
    assert unmarked_texts(source) == [] and bad_markers(source) == []


def test_a_cutie_error_gives_its_whole_message_translatable() -> None:
    error = CutieError(network_message(NetworkError(False, "refused")))
    assert user_text(error) == str(error)
    assert render(user_text(error), spanish).startswith("No se puede contactar con Google. Cutie could not")
