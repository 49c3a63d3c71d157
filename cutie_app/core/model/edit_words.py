"""Quantified edits: vague degree words in an edit message, and numbers to say instead.

Image models follow "brightness at 85 % of the original" far more faithfully than "slightly
darker", and the prompting guides we follow recommend saying the amount. `suggest` finds the
vague phrases in a message and offers a replacement with numbers for each; the pane shows them
while the user types and one click puts the wording into the message. Pure and deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cutie_app.core.model.adjustments import (
    Adjustment,
    AdjustmentStack,
    Brightness,
    Contrast,
    Grain,
    Saturation,
    Vignette,
    Warmth,
)

#: Degree words and the fraction of a "clear" change (25 %) they usually mean.
_DEGREES: dict[str, float] = {
    "a tiny bit": 0.3,
    "very slightly": 0.3,
    "barely": 0.3,
    "very subtle": 0.3,
    "slightly": 0.6,
    "a little": 0.6,
    "a bit": 0.6,
    "a touch": 0.6,
    "subtle": 0.6,
    "subtly": 0.6,
    "soft": 0.8,
    "gentle": 0.8,
    "somewhat": 0.8,
    "": 1.0,  # "darker" alone
    "more": 1.0,
    "noticeably": 1.0,
    "much": 1.6,
    "a lot": 1.6,
    "way": 1.6,
    "strong": 1.6,
    "heavy": 1.6,
    "very": 1.6,
}

#: (pattern of the quality, what it changes, sign, whether it is a global tone change)
_QUALITIES: tuple[tuple[str, str, int, bool], ...] = (
    (r"darker", "brightness", -1, True),
    (r"brighter|lighter", "brightness", +1, True),
    (r"warmer", "warmth", +1, True),
    (r"cooler|colder", "warmth", -1, True),
    (r"(?:more )?saturated|more colou?rful|more vivid", "saturation", +1, True),
    (r"desaturated|less saturated|more muted|duller", "saturation", -1, True),
    (r"more contrast|contrastier|punchier", "contrast", +1, True),
    (r"less contrast|flatter", "contrast", -1, True),
    (r"grain|film grain|noise", "grain", +1, True),
    (r"vignette", "vignette", +1, True),
    (r"blur|blurrier|softer focus", "blur", +1, False),
    (r"sharper|crisper", "sharpness", +1, False),
    (r"bigger|larger", "size", +1, False),
    (r"smaller", "size", -1, False),
)

_DEGREE_RE = "|".join(re.escape(d) for d in sorted(_DEGREES, key=len, reverse=True) if d)
_PATTERN = re.compile(
    rf"\b(?:(?P<degree>{_DEGREE_RE})\s+)?(?P<quality>{'|'.join(q for q, *_ in _QUALITIES)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EditSuggestion:
    """One vague phrase (`phrase`, at `start`) and the wording with numbers to use instead.

    `global_tone` is True for changes a local adjustment could make exactly (brightness,
    warmth, saturation, contrast, grain, vignette), where no model call is needed at all;
    `step` is then that adjustment, with the same numbers as the wording.
    """

    phrase: str
    start: int
    wording: str
    global_tone: bool
    step: Adjustment | None = None

    def apply(self, message: str) -> str:
        """`message` with the phrase replaced by the wording (unchanged if the phrase moved)."""
        end = self.start + len(self.phrase)
        if message[self.start : end] != self.phrase:
            return message
        return message[: self.start] + self.wording + message[end:]


def _percent(amount: float) -> int:
    """A round percentage: 5 % steps, at least 5."""
    return max(5, round(amount * 100 / 5) * 5)


def _wording(what: str, sign: int, degree: float) -> str:
    step = 0.25 * degree  # a plain "darker" is about a quarter
    if what in ("brightness", "saturation", "contrast"):
        factor = _percent(1 + sign * step)
        rest = {
            "brightness": "contrast and colours unchanged",
            "saturation": "brightness and hue unchanged",
            "contrast": "brightness and colours unchanged",
        }[what]
        return f"{what} at {factor}% of the original, {rest}"
    if what == "warmth":
        tint = "warm orange" if sign > 0 else "cool blue"
        strength = "very subtle" if degree < 0.7 else "subtle" if degree < 1.2 else "clear"
        return f"a {strength} {tint} tint, colour shift about {_percent(step * 0.67)}%"
    if what == "grain":
        return f"fine, even film grain at about {_percent(step * 0.25)}% intensity, no blotches"
    if what == "vignette":
        return f"corners darkened by about {_percent(step * 0.6)}%, centre unchanged"
    if what == "blur":
        return f"blur radius about {max(1, round(degree * 2))} px at 1K, edges kept"
    if what == "sharpness":
        return f"edges sharpened by about {_percent(step)}%, no halos, colours unchanged"
    return f"about {_percent(step)}% {'larger' if sign > 0 else 'smaller'}, position and proportions kept"


def _step(what: str, sign: int, degree: float) -> Adjustment | None:
    """The local adjustment that does what `_wording` says, with its numbers (None: not a tone)."""
    step = 0.25 * degree
    if what in ("brightness", "saturation", "contrast"):
        factor = _percent(1 + sign * step) / 100
        kind = {"brightness": Brightness, "saturation": Saturation, "contrast": Contrast}[what]
        return kind(amount=factor)
    if what == "warmth":
        return Warmth(amount=sign * _percent(step * 0.67) / 100)
    if what == "grain":  # "N % intensity": peaks of about N % of the range (2.5 standard deviations)
        return Grain(amount=min(1.0, _percent(step * 0.25) / 25))
    if what == "vignette":
        return Vignette(amount=_percent(step * 0.6) / 100)
    return None


def suggest(message: str) -> list[EditSuggestion]:
    """Suggestions for every vague degree phrase in `message`, in the order they appear."""
    out: list[EditSuggestion] = []
    for match in _PATTERN.finditer(message):
        quality = match.group("quality")
        degree_word = (match.group("degree") or "").lower()
        for pattern, what, sign, tone in _QUALITIES:
            if re.fullmatch(pattern, quality, re.IGNORECASE):
                degree = _DEGREES[degree_word]
                numbers = _wording(what, sign, degree)
                exact = _step(what, sign, degree) if tone else None
                out.append(
                    EditSuggestion(match.group(0), match.start(), f"{quality} ({numbers})", tone, exact)
                )
                break
    return out


def is_pure_tone_change(message: str) -> bool:
    """True when every clause of `message` is a global tone change (no drawing asked for)."""
    found = suggest(message)
    if not found or not all(s.global_tone for s in found):
        return False
    rest = message
    for s in sorted(found, key=lambda s: s.start, reverse=True):
        rest = rest[: s.start] + rest[s.start + len(s.phrase) :]
    filler = r"\b(make|it|her|him|the|image|picture|and|a|an|add|with|please|overall|little)\b"
    leftover = re.sub(filler, " ", rest, flags=re.IGNORECASE)
    return not re.sub(r"[\s,.;!]+", "", leftover)


def tone_steps(message: str) -> AdjustmentStack | None:
    """The local steps that make a purely tonal edit exactly, in the order written (else None)."""
    if not is_pure_tone_change(message):
        return None
    return AdjustmentStack(tuple(s.step for s in suggest(message) if s.step is not None))
