"""The look file: a named adjustment stack as JSON, with the .cube files it uses embedded.

    {"cutie_look": 1, "look": {...}, "luts": {"<sha256>": {"name": "Cool", "data_base64": "..."}}}

One format for the user's look library, the looks a project keeps in `looks/`, and the files
`cutie adjust --save-look` writes, so a look copied from one place to another just works. A
bare look object (no `cutie_look` key) is read too. Embedded LUTs are filed under the SHA-256
of their bytes, which is what a LUT step names; a LUT whose bytes do not match is refused.

This module turns looks into bytes and back; where the files live, and what their LUTs become
(parsed tables, project files), is the caller's business.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from cutie_app.core.formats.look_limits import LOOK_FILE_SUFFIX, MAX_LOOK_FILE_BYTES, MAX_LUT_FILE_BYTES
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.adjustments import AdjustmentError, Look, Lut

__all__ = [
    "LOOK_FILE_KEY",
    "LOOK_FILE_SUFFIX",
    "LOOK_FILE_VERSION",
    "MAX_LOOK_FILE_BYTES",
    "MAX_LUT_FILE_BYTES",
    "EmbeddedLut",
    "LookFileContent",
    "look_file_bytes",
    "parse_look_file",
]

#: The key and version that mark a look file.
LOOK_FILE_KEY = "cutie_look"
LOOK_FILE_VERSION = 1
#: Longest LUT name kept from a file.
_MAX_NAME = 200

_SHA256 = re.compile(r"[0-9a-f]{64}")


class EmbeddedLut(NamedTuple):
    """A .cube file carried inside a look file: its name and its exact bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class LookFileContent:
    """A look file read back: the look, and the LUTs embedded in it (checked by hash)."""

    look: Look
    luts: Mapping[str, EmbeddedLut]  # by SHA-256 of the bytes


def look_file_bytes(look: Look, luts: Mapping[str, bytes], names: Mapping[str, str] | None = None) -> bytes:
    """A look file: the look and, embedded, the bytes of every LUT its steps use (by SHA-256).

    `names` may name a LUT better than its step does (a project's own name for it).

    Raises:
        AdjustmentError: a LUT the look uses is not in `luts`.
    """
    step_names = {s.sha256: s.name for s in look.stack.steps if isinstance(s, Lut)}
    embedded: dict[str, dict[str, str]] = {}
    for sha in sorted(step_names):
        data = luts.get(sha)
        if data is None:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "The look uses the LUT “{name}”, which is not available."
                ).format(name=step_names[sha] or sha[:12])
            )
        embedded[sha] = {
            "name": (names or {}).get(sha) or step_names[sha],
            "data_base64": base64.b64encode(data).decode("ascii"),
        }
    payload = {LOOK_FILE_KEY: LOOK_FILE_VERSION, "look": look.to_dict(), "luts": embedded}
    return (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def parse_look_file(data: bytes) -> LookFileContent:
    """Read a look file's bytes; every embedded LUT must match the hash it is filed under.

    Raises:
        AdjustmentError: not a look file, one from a newer Cutie, or an embedded LUT is damaged
            (the message says what, as "it is not valid JSON", for the caller to name the file).
    """
    if len(data) > MAX_LOOK_FILE_BYTES:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "it is {size} bytes; a look file may be at most {limit}").format(
                size=len(data), limit=MAX_LOOK_FILE_BYTES
            )
        )
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "it is not valid JSON")) from None
    if not isinstance(payload, dict):
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "it is not a look file (not a JSON object)"))
    version = payload.get(LOOK_FILE_KEY)
    if isinstance(version, int) and version > LOOK_FILE_VERSION:
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "it was saved by a newer version of Cutie"))
    look = Look.from_dict(payload.get("look", payload) if LOOK_FILE_KEY in payload else payload)
    embedded = payload.get("luts") or {}
    if not isinstance(embedded, dict):
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "its 'luts' is not an object"))
    luts: dict[str, EmbeddedLut] = {}
    for sha, entry in embedded.items():
        if not isinstance(entry, dict) or not _SHA256.fullmatch(str(sha)):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "its embedded LUT {sha!r} is not filed under a SHA-256"
                ).format(sha=str(sha)[:16])
            )
        try:
            raw = base64.b64decode(str(entry.get("data_base64", "")), validate=True)
        except (binascii.Error, ValueError):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "its embedded LUT {sha} is not valid base64").format(
                    sha=sha[:12]
                )
            ) from None
        if len(raw) > MAX_LUT_FILE_BYTES or hashlib.sha256(raw).hexdigest() != sha:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "its embedded LUT {sha} does not match its hash").format(
                    sha=sha[:12]
                )
            )
        luts[sha] = EmbeddedLut(str(entry.get("name", ""))[:_MAX_NAME], raw)
    return LookFileContent(look, luts)
