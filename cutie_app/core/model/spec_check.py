"""Check an image against the character spec: one verdict per trait, from a text model.

The spec's filled fields become a numbered list of traits, each with a stable key. The model is
asked for JSON that matches a schema (`build_check`), and its answer is parsed strictly
(`parse_check`): a reply that is not JSON, has the wrong shape, or skips or invents traits is a
`CutieError` with a plain message, so a bad answer is never shown as a half-right checklist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.errors import CutieError, ErrorKind, InvalidRequestError, UserMessage
from cutie_app.core.model.spec import CharacterSpec

#: The line format of the trait list in the prompt; the demo server parses the same lines.
TRAIT_LINE = "- {key}: {label} = {expected}"
TRAITS_HEADER = "TRAITS"


class Verdict(StrEnum):
    MATCH = "match"
    MISMATCH = "mismatch"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Trait:
    """One thing to look for: `key` is stable for a given spec, `expected` is what the spec says."""

    key: str
    label: str
    expected: str


@dataclass(frozen=True)
class TraitCheck:
    trait: str
    label: str
    verdict: Verdict
    note: str


@dataclass(frozen=True)
class SpecCheck:
    """The model's checklist, in the spec's trait order."""

    items: tuple[TraitCheck, ...]
    summary: str
    model: str
    response_id: str
    cost_usd: float | None = None

    def with_verdict(self, verdict: Verdict) -> tuple[TraitCheck, ...]:
        return tuple(item for item in self.items if item.verdict is verdict)


@dataclass(frozen=True)
class CheckRequest:
    """Everything sent for one check: the traits, the prompt and the answer's JSON Schema."""

    traits: tuple[Trait, ...]
    prompt: str
    schema: dict[str, Any]

    def trait(self, key: str) -> Trait | None:
        return next((t for t in self.traits if t.key == key), None)


def _one_line(text: str) -> str:
    # One trait per line: the prompt's list (and the demo server) must never see a line break.
    return " ".join(text.split())


def spec_traits(spec: CharacterSpec) -> tuple[Trait, ...]:
    """The visible traits of a filled spec, in spec order; name and notes are not visible traits."""
    traits: list[Trait] = []

    def add(key: str, label: str, expected: str) -> None:
        expected = _one_line(expected)
        if expected:
            traits.append(Trait(key, label, expected))

    style = ", ".join(p for p in (spec.art_style, *spec.style_keywords) if p)
    add("art_style", "Art style", style)
    add("age", "Age", spec.age)
    add("gender_presentation", "Gender presentation", spec.gender_presentation)
    add("face", "Face", spec.face)
    add("eyes", "Eyes", spec.eyes)
    add("hair", "Hair", spec.hair)
    add("skin", "Skin", spec.skin)
    add("body", "Body", spec.body)
    if spec.outfits:
        outfit = spec.outfits[0]  # the default outfit; other outfits are for other scenes
        label = f"Outfit ({outfit.name})" if outfit.name else "Outfit"
        add("outfit", label, outfit.description or outfit.name)
    for n, item in enumerate(spec.accessories, 1):
        add(f"accessory_{n}", f"Accessory {n}", item)
    for n, item in enumerate(spec.marks, 1):
        add(f"mark_{n}", f"Distinguishing mark {n}", item)
    for n, colour in enumerate(spec.palette, 1):
        add(f"palette_{n}", f"Palette colour {n}", f"{colour.name} {colour.hex}".strip())
    for n, item in enumerate(spec.always, 1):
        add(f"always_{n}", f"Always {n}", item)
    for n, item in enumerate(spec.never, 1):
        add(f"never_{n}", f"Never {n}", f"does not show: {item}")
    return tuple(traits)


def answer_schema(keys: tuple[str, ...]) -> dict[str, Any]:
    """JSON Schema of the answer; trait keys are an enum so the model cannot invent new ones."""
    item = {
        "type": "object",
        "properties": {
            "trait": {"type": "string", "enum": list(keys)},
            "verdict": {"type": "string", "enum": [v.value for v in Verdict]},
            "note": {"type": "string", "description": "What the image shows for this trait, briefly."},
        },
        "required": ["trait", "verdict", "note"],
    }
    return {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": item, "minItems": len(keys), "maxItems": len(keys)},
            "summary": {"type": "string"},
        },
        "required": ["items", "summary"],
    }


def build_check(spec: CharacterSpec) -> CheckRequest:
    """The prompt and schema for checking one image against `spec`.

    Raises:
        InvalidRequestError: the spec has no visible traits to check.
    """
    traits = spec_traits(spec)
    if not traits:
        raise InvalidRequestError(
            UserMessage(
                ErrorKind.INVALID_REQUEST,
                QT_TRANSLATE_NOOP("core.generate", "Nothing to check"),
                QT_TRANSLATE_NOOP(
                    "core.generate",
                    "The character spec has no traits yet (hair, eyes, outfit, palette, ...).",
                ),
                QT_TRANSLATE_NOOP("core.generate", "Fill in the spec, then check the image again."),
            )
        )
    who = f'the character "{_one_line(spec.name)}"' if spec.name else "the character"
    lines = [
        f"Check the attached image of {who} against the character spec below.",
        "For every trait listed under TRAITS decide one verdict:",
        '"match" if the image clearly shows what the trait expects,',
        '"mismatch" if the image clearly contradicts it,',
        '"unclear" if it cannot be judged (not visible, cropped, too small or ambiguous).',
        'A trait that expects "does not show: X" matches when X is absent.',
        "Answer in JSON only: exactly one item per trait, with the trait key exactly as given and a",
        "short note on what the image shows; then a summary of one or two sentences.",
        "",
        f"{TRAITS_HEADER} (key: label = expected)",
        *(TRAIT_LINE.format(key=t.key, label=t.label, expected=t.expected) for t in traits),
    ]
    return CheckRequest(traits, "\n".join(lines), answer_schema(tuple(t.key for t in traits)))


def malformed_message(detail: str, technical: str = "") -> UserMessage:
    return UserMessage(
        ErrorKind.UNKNOWN,
        QT_TRANSLATE_NOOP("core.generate", "The check came back unreadable"),
        QT_TRANSLATE_NOOP(
            "core.generate", "The model's answer could not be used as a checklist: {detail}"
        ).format(detail=detail),
        QT_TRANSLATE_NOOP("core.generate", "Check again; if it keeps happening, try another check model."),
        technical,
        retryable=True,
    )


def _shorten(text: str, limit: int = 200) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_check(
    request: CheckRequest, text: str, *, model: str, response_id: str = "", cost_usd: float | None = None
) -> SpecCheck:
    """The model's JSON answer as a `SpecCheck`; unknown verdicts become "unclear".

    Raises:
        CutieError: not JSON, the wrong shape, or traits missing, repeated or unknown.
    """
    technical = f"reply: {_shorten(text)}" if text.strip() else "reply: (empty)"

    def fail(detail: str) -> CutieError:
        return CutieError(malformed_message(detail, technical))

    if not text.strip():
        raise fail(QT_TRANSLATE_NOOP("core.generate", "it was empty."))
    try:
        data = json.loads(text)
    except ValueError:
        raise fail(QT_TRANSLATE_NOOP("core.generate", "it is not valid JSON.")) from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise fail(QT_TRANSLATE_NOOP("core.generate", 'it has no list of "items".'))
    summary = data.get("summary", "")
    if not isinstance(summary, str):
        raise fail(QT_TRANSLATE_NOOP("core.generate", 'its "summary" is not text.'))
    found: dict[str, TraitCheck] = {}
    for raw in data["items"]:
        if not isinstance(raw, dict):
            raise fail(QT_TRANSLATE_NOOP("core.generate", "an item is not an object."))
        key, verdict, note = raw.get("trait"), raw.get("verdict"), raw.get("note", "")
        if not isinstance(key, str) or not isinstance(verdict, str) or not isinstance(note, str):
            raise fail(QT_TRANSLATE_NOOP("core.generate", 'an item lacks a text "trait" or "verdict".'))
        trait = request.trait(key)
        if trait is None:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "core.generate", 'it names a trait that was not asked about ("{key}").'
                ).format(key=_shorten(key, 40))
            )
        if key in found:
            raise fail(
                QT_TRANSLATE_NOOP("core.generate", 'it judges "{name}" twice.').format(name=trait.label)
            )
        try:
            parsed = Verdict(verdict.strip().lower())
        except ValueError:
            parsed = Verdict.UNCLEAR
        found[key] = TraitCheck(key, trait.label, parsed, note.strip())
    missing = [t.label for t in request.traits if t.key not in found]
    if missing:
        raise fail(
            QT_TRANSLATE_NOOP("core.generate", "it skipped {missing}.").format(missing=", ".join(missing))
        )
    items = tuple(found[t.key] for t in request.traits)
    return SpecCheck(items, summary.strip(), model, response_id, cost_usd)
