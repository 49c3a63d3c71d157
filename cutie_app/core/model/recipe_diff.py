"""What differs between two image recipes, field by field, with a word diff for long text.

Illustrators compare variants to learn *why* one kept the character and another did not, so
the comparator shows which inputs changed (model, size, scene, references, prompt wording).
Recipes are plain mappings (``Recipe.to_dict()``); nested dicts are flattened to dotted keys.

Normalisations (so the list says what a person would call a change):

- ``references`` are keyed by role (``references.identity``, ``references.side#2`` for a
  second reference with the same role) and shown as a short hash plus kind and label, so a
  swapped sketch reads as one change instead of a shifted list. What became of a reference's
  location and camera data is its own key (``references.identity.private_metadata``, a
  :class:`MetadataPrivacy` or None when the recipe does not say), compared only between
  references both recipes have; when one recipe does not say (it predates the record), the
  difference is a run detail, not an input that changed.
- ``prompt.text`` and ``prompt.sections`` are skipped: they repeat ``prompt_text``, the exact
  text sent, which is diffed word by word instead.
- Run details that differ between any two runs (:data:`INCIDENTAL_KEYS`: timestamps, response
  id, batch, variant index, token usage) are kept but marked ``incidental`` and listed last.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cutie_app.core.model.references import MetadataPrivacy

#: Keys (or key prefixes ending in ".") that describe the run rather than its inputs.
INCIDENTAL_KEYS: tuple[str, ...] = (
    "started_at",
    "finished_at",
    "response_id",
    "batch_id",
    "variant_index",
    "usage.",
    "app_version",
    "schema_version",
)

#: Keys left out because another key carries the same information more exactly.
DERIVED_KEYS: tuple[str, ...] = ("prompt.text", "prompt.sections")

#: Strings with a line break or longer than this get a word diff.
TEXT_DIFF_MIN_CHARS = 40
HASH_PREFIX = 10
#: The key under a reference's own that says what became of its location and camera data.
PRIVACY_SUFFIX = ".private_metadata"
LINE_BREAK_MARK = "⏎"

_TOKENS = re.compile(r"\n|[^\S\n]+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class TextPiece:
    """One run of a word diff: ``op`` is "equal", "delete" (only in A) or "insert" (only in B)."""

    op: str
    text: str


@dataclass(frozen=True)
class RecipeChange:
    """One field that differs. ``kind`` is "changed", "added" (only in B) or "removed" (only in A);
    the missing side is None. ``text_diff`` is set for long text fields."""

    key: str
    kind: str
    before: Any
    after: Any
    incidental: bool = False
    text_diff: tuple[TextPiece, ...] = ()


def _is_under(key: str, prefixes: Sequence[str]) -> bool:
    return any(key == p.rstrip(".") or key.startswith(p if p.endswith(".") else p + ".") for p in prefixes)


def is_incidental(key: str) -> bool:
    return _is_under(key, INCIDENTAL_KEYS)


def reference_summary(ref: Mapping[str, Any]) -> str:
    """ "1a2b3c4d5e (person) front.png": short enough to read, long enough to tell apart."""
    text = str(ref.get("sha256", ""))[:HASH_PREFIX] or "?"
    kind = ref.get("kind")
    if kind:
        text += f" ({kind})"
    label = ref.get("label")
    if label:
        text += f" {label}"
    return text


def _flatten_references(refs: Sequence[Any], out: dict[str, Any]) -> None:
    seen: dict[str, int] = {}
    for ref in refs:
        if not isinstance(ref, Mapping):
            continue
        role = str(ref.get("role") or "reference")
        seen[role] = seen.get(role, 0) + 1
        key = f"references.{role}" + (f"#{seen[role]}" if seen[role] > 1 else "")
        out[key] = reference_summary(ref)
        out[key + PRIVACY_SUFFIX] = MetadataPrivacy.from_dict(ref.get("private_metadata"))


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested mappings to dotted keys, in the recipe's own order.

    Lists of scalars stay one value (a tuple); lists of mappings get an index (``key.0.sub``),
    except the recipe's top-level ``references`` (keyed by role, see the module docstring).
    """
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = f"{prefix}{raw_key}"
        if _is_under(key, DERIVED_KEYS):
            continue
        if key == "references" and isinstance(value, list | tuple):
            _flatten_references(value, out)
        elif isinstance(value, Mapping):
            out.update(flatten(value, key + "."))
        elif isinstance(value, list | tuple) and value and all(isinstance(v, Mapping) for v in value):
            for i, item in enumerate(value):
                out.update(flatten(item, f"{key}.{i}."))
        elif isinstance(value, list | tuple):
            out[key] = tuple(value)
        else:
            out[key] = value
    return out


def word_diff(a: str, b: str) -> tuple[TextPiece, ...]:
    """A word-level diff (whitespace and punctuation are tokens too), merged into runs."""
    old, new = _TOKENS.findall(a), _TOKENS.findall(b)
    pieces: list[TextPiece] = []

    def add(op: str, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1].op == op:
            pieces[-1] = TextPiece(op, pieces[-1].text + text)
        else:
            pieces.append(TextPiece(op, text))

    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", old[i1:i2])
        else:
            add("delete", old[i1:i2])
            add("insert", new[j1:j2])
    return tuple(pieces)


def diff_lines(pieces: Sequence[TextPiece], context: int = 1) -> list[list[TextPiece] | None]:
    """Split a word diff into lines and keep only changed lines plus ``context`` lines around
    them; None marks skipped unchanged lines. Long prompts then show just what moved."""
    lines: list[list[TextPiece]] = [[]]
    for piece in pieces:
        for n, part in enumerate(piece.text.split("\n")):
            if n:
                if piece.op != "equal":  # an added or removed line break stays visible
                    lines[-1].append(TextPiece(piece.op, LINE_BREAK_MARK))
                lines.append([])
            if part:
                lines[-1].append(TextPiece(piece.op, part))
    changed = [i for i, line in enumerate(lines) if any(p.op != "equal" for p in line)]
    keep = {j for i in changed for j in range(i - context, i + context + 1) if 0 <= j < len(lines)}
    out: list[list[TextPiece] | None] = []
    for i, line in enumerate(lines):
        if i in keep:
            out.append(line)
        elif out and out[-1] is None:
            continue
        else:
            out.append(None)
    return out


def _wants_text_diff(a: Any, b: Any) -> bool:
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    return "\n" in a or "\n" in b or max(len(a), len(b)) >= TEXT_DIFF_MIN_CHARS


def diff_recipes(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[RecipeChange]:
    """Every flattened field whose value differs between A and B.

    Input fields come first in recipe order (A's keys, then keys only B has), incidental run
    details last. Numbers compare by value (1 == 1.0).
    """
    flat_a, flat_b = flatten(a), flatten(b)
    keys = list(flat_a) + [k for k in flat_b if k not in flat_a]
    changes: list[RecipeChange] = []
    for key in keys:
        in_a, in_b = key in flat_a, key in flat_b
        before, after = flat_a.get(key), flat_b.get(key)
        if in_a and in_b and before == after:
            continue
        incidental = is_incidental(key)
        if key.endswith(PRIVACY_SUFFIX):
            if not (in_a and in_b):  # a reference only one recipe has: its own line says so
                continue
            incidental = before is None or after is None  # one recipe does not say
        kind = "changed" if in_a and in_b else ("removed" if in_a else "added")
        text: tuple[TextPiece, ...] = ()
        if kind == "changed" and isinstance(before, str) and isinstance(after, str):
            text = word_diff(before, after) if _wants_text_diff(before, after) else ()
        changes.append(RecipeChange(key, kind, before, after, incidental, text))
    changes.sort(key=lambda c: c.incidental)  # stable: recipe order within each group
    return changes
