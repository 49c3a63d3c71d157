"""Words the core says to a user, marked for translation without Qt.

The core cannot import Qt, yet its errors, refusals, notes and reports are read in the window, in
the window's language. So the core marks each sentence with `QT_TRANSLATE_NOOP(context, source)`,
which Qt's `lupdate` finds in Python sources (it must be called with two string literals: no
f-string, no keyword argument, or lupdate skips it), and fills it in with `.format(name=value)`:

    raise PackError(QT_TRANSLATE_NOOP("core.pack", "{name} is not a zip file.").format(name=pack.name))

What comes back is a `Message`: a `str` whose value is the English sentence (so logs, the CLI,
`str(exc)` and every comparison see plain English, as before) that also remembers its context,
source text and arguments. The window translates it at display time with `render(translate)`,
where `translate(context, source)` is Qt's `QCoreApplication.translate`; arguments that are
themselves messages are translated too. Like markupsafe's `Markup`, a `Message` is a `str`
subclass: concatenating or slicing it gives a plain `str` (English only), so build sentences with
`.format` and `joined`, never `+` or f-strings.

An error whose words reach the user is raised with such a message (`str(exc)` stays English);
`user_text(exc)` gives it back, or the error's `user_message` when it has one (a `CutieError`'s
whole title, detail and action).

Placeholders are `str.format` fields with names (`{count}`, `{size:.1f}`), the style the window's
own strings use. Counts are phrased so that no plural form is needed ("Images: {count}"), since
lupdate marks plurals only in `self.tr(..., n)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Message",
    "Translate",
    "english",
    "joined",
    "render",
    "user_text",
]

#: `translate(context, source) -> text`: Qt's `QCoreApplication.translate`, or `english`.
Translate = Callable[[str, str], str]
Arg = str | int | float


def english(context: str, source: str) -> str:
    """The translator that keeps the source text: English, for logs and the CLI."""
    del context
    return source


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for translation in `context`; Qt translates it when the window shows it."""
    return Message(context, source)


class Message(str):
    """An English sentence that knows how to say itself in the window's language.

    `context` and `source` are what lupdate extracted; `args` the named values `.format` filled
    in (a value that is a `Message` is translated with its sentence). Pickles (a process pool's
    errors cross processes) and copies keep all of it.
    """

    context: str
    source: str
    args: tuple[tuple[str, Arg], ...]
    separator: str | None  # set for `joined` lists: `args` are the items, joined by it

    def __new__(cls, context: str, source: str) -> Message:
        return cls._make(context, source, (), source)

    @classmethod
    def _make(
        cls,
        context: str,
        source: str,
        args: tuple[tuple[str, Arg], ...],
        text: str,
        separator: str | None = None,
    ) -> Message:
        made = str.__new__(cls, text)
        made.context, made.source, made.args, made.separator = context, source, args, separator
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message._make, (self.context, self.source, self.args, str(self), self.separator))

    def format(self, *args: object, **kwargs: object) -> Message:
        """This sentence with its `{name}` fields filled in; the English text is the `str` value."""
        if args:
            raise TypeError("name every argument of a translatable message (translators reorder them)")
        # Text and numbers are kept (numbers for their format specs, messages to be translated);
        # anything else (a path, an enum) is shown as str() shows it, as in an f-string.
        values = {name: v if isinstance(v, str | int | float) else str(v) for name, v in kwargs.items()}
        merged = {**dict(self.args), **values}
        return Message._make(self.context, self.source, tuple(merged.items()), self.source.format(**merged))

    def render(self, translate: Translate = english) -> str:
        """The sentence in the language of `translate`; English when a translation is broken."""
        if self.separator is not None:
            return render(self.separator, translate).join(render(v, translate) for _, v in self.args)
        text = translate(self.context, self.source) if self.context else self.source
        if not self.args:
            return text
        values = {
            name: render(value, translate) if isinstance(value, str) else value for name, value in self.args
        }
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost or mangled a field
            return self.source.format(**values)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form that keeps the translation (for errors saved in a project)."""
        data: dict[str, Any] = {
            "context": self.context,
            "source": self.source,
            "args": [[name, _arg_to_json(value)] for name, value in self.args],
        }
        if self.separator is not None:
            data["separator"] = _arg_to_json(self.separator)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        """The message `to_dict` wrote; raises ValueError when it is not one."""
        context, source, raw_args = data.get("context"), data.get("source"), data.get("args", [])
        if not isinstance(context, str) or not isinstance(source, str) or not isinstance(raw_args, list):
            raise ValueError("not a saved message")
        pairs: list[tuple[str, Arg]] = []
        for pair in raw_args:
            if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
                raise ValueError("not a saved message argument")
            pairs.append((pair[0], _arg_from_json(pair[1])))
        if "separator" in data:
            separator = _arg_from_json(data["separator"])
            if not isinstance(separator, str):
                raise ValueError("not a saved separator")
            return joined((v for _, v in pairs), separator)
        message = cls(context, source)
        return message.format(**dict(pairs)) if pairs else message


def joined(items: Iterable[Arg], separator: str = "\n") -> Message:
    """Items (messages or plain text) joined by `separator`, each translated on its own."""
    values = tuple((str(i), item) for i, item in enumerate(items))
    text = str(separator).join(str(v) for _, v in values)
    return Message._make("", "", values, text, separator)


def render(text: object, translate: Translate = english) -> str:
    """Any text in the language of `translate`: a `Message` is translated, anything else is str()."""
    if isinstance(text, Message):
        return text.render(translate)
    return str(text)


def user_text(exc: BaseException) -> str:
    """What an error says to a user: its `user_message` (translatable) when it has one, else str()."""
    message = getattr(exc, "user_message", None)
    if isinstance(message, str):
        return message
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def _arg_to_json(value: Arg) -> Any:
    return value.to_dict() if isinstance(value, Message) else value


def _arg_from_json(value: Any) -> Arg:
    if isinstance(value, dict):
        return Message.from_dict(value)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError("not a saved message argument")
    return value
