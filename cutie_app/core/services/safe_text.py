"""Text that always survives UTF-8: file names and labels that are not valid UTF-8 never break a save.

Python hands undecodable file-name bytes over as lone surrogates ("\\udcff"). They print, compare
and join like any text, and then fail far away: writing a recipe, binding an SQLite value, or
printing a JSON line. These helpers make such text safe where it enters or leaves Cutie.
"""

from __future__ import annotations

import json
from typing import Any


def is_utf8_safe(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def safe_text(text: str) -> str:
    """`text` with what is not valid UTF-8 replaced by U+FFFD; unchanged when already valid.

    Surrogate-escaped bytes become their original bytes again, decoded with one U+FFFD per bad
    byte; any other lone surrogate becomes one U+FFFD.
    """
    if is_utf8_safe(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def json_line(payload: Any) -> str:
    """One line of JSON, readable UTF-8 where possible.

    Text that is not valid UTF-8 is written as `\\udcxx` escapes instead: still valid JSON, and a
    JSON reader gets the same (surrogate-escaped) path back, so nothing is lost.
    """
    text = json.dumps(payload, ensure_ascii=False)
    return text if is_utf8_safe(text) else json.dumps(payload, ensure_ascii=True)
