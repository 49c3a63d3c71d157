"""The prompt composer: spec + scene + references + edit -> the exact text sent to the model.

Composition is a pure function so that the same inputs always give the same bytes: the text
is shown to the user as they edit, recorded in each image's recipe, and re-run later. The
text is sectioned plain text (a heading line, then the section) because both the model and
the illustrator read it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, Outfit

#: Section keys in the order they are rendered.
SECTION_ORDER: tuple[str, ...] = ("identity", "palette", "references", "scene", "edit", "constraints")

SECTION_TITLES: dict[str, str] = {
    "identity": "Character sheet",
    "palette": "Palette",
    "references": "Reference images",
    "scene": "Scene",
    "edit": "Edit",
    "constraints": "Constraints",
}

#: What each reference role is, and what the model should take from it.
ROLE_INSTRUCTIONS: dict[ReferenceRole, tuple[str, str]] = {
    ReferenceRole.IDENTITY: ("the front view (identity)", "keep face, hair and proportions"),
    ReferenceRole.FACE: ("a face close-up", "keep the face shape, eyes and facial features exactly"),
    ReferenceRole.SIDE: ("the side view", "keep the profile, hair shape and proportions"),
    ReferenceRole.BACK: ("the back view", "keep the hair and silhouette as seen from behind"),
    ReferenceRole.EXPRESSION: (
        "an expression reference",
        "use this facial expression on the character's own face",
    ),
    ReferenceRole.OUTFIT: (
        "an outfit reference",
        "dress the character in this outfit, matching its cut and details",
    ),
    ReferenceRole.POSE: ("a pose reference", "copy only the pose and body position, not the look"),
    ReferenceRole.STYLE: ("a style reference", "match its rendering, line work and shading, not its content"),
    ReferenceRole.PALETTE: ("a colour reference", "take the colours from it, not its content"),
    ReferenceRole.BACKGROUND: ("the background", "place the character in this setting"),
    ReferenceRole.PROP: ("a prop", "include this object as shown"),
    ReferenceRole.ANCHOR: ("the approved anchor image", "match this character exactly"),
}

#: Added when a reference's kind differs from what its role implies, so the model knows
#: what it is looking at (an outfit shown on a person, a pose taken from a figurine).
_KIND_NOTES: dict[ReferenceKind, str] = {
    ReferenceKind.OBJECT: ", showing an object",
    ReferenceKind.PERSON: ", showing a person",
}

PALETTE_INSTRUCTION = (
    "Use exactly these colours for the character, matching each hex value; do not substitute similar shades:"
)
EDIT_KEEP = "Keep everything else exactly the same: identity, outfit, palette, framing and style."
OUTFIT_NOTE = (
    "Where a reference image shows a different outfit, use the {outfit} outfit from the character sheet."
)
CONSISTENCY_LINE = (
    "Keep the character consistent with the character sheet and any reference images: "
    "same face, hair, proportions, outfit and colours."
)


def tidy(text: str) -> str:
    """Normalise whitespace: unix newlines, no trailing spaces, at most one blank line, no
    leading or trailing blank lines. An already tidy plain prompt passes through unchanged."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def one_line(text: str) -> str:
    """Collapse all whitespace to single spaces, so each sheet field stays one line."""
    return " ".join(text.split())


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class PromptSection:
    """One titled block of the prompt; ``key`` is one of :data:`SECTION_ORDER`."""

    key: str
    title: str
    text: str


@dataclass(frozen=True)
class PromptParts:
    """The composed prompt, kept in sections so the UI can show them and recipes can diff them.

    Attributes:
        sections: the non-empty sections in render order.
        override: user-written final text replacing the composed text; blank counts as none,
            so the app never sends an empty prompt by accident.
    """

    sections: tuple[PromptSection, ...]
    override: str | None = None

    @property
    def composed_text(self) -> str:
        """The sections rendered as "TITLE" lines and text; a lone section is sent bare, so a
        plain prompt with no character passes through unchanged."""
        if len(self.sections) == 1:
            return tidy(self.sections[0].text)
        blocks = [f"{s.title.upper()}\n{tidy(s.text)}" for s in self.sections]
        return tidy("\n\n".join(blocks))

    @property
    def text(self) -> str:
        """The text to send: the override if there is one, else the composed text."""
        if self.override is not None and self.override.strip():
            return tidy(self.override)
        return self.composed_text

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; ``text`` records the exact text sent (rendering rules may change later)."""
        return {
            "sections": [{"key": s.key, "title": s.title, "text": s.text} for s in self.sections],
            "override": self.override,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PromptParts:
        """Rebuild from :meth:`to_dict`; ``text`` is derived, so it is not read back.

        Raises:
            ValueError: when the data isn't shaped like :meth:`to_dict` output.
        """
        if not isinstance(data, Mapping):
            raise ValueError("prompt parts must be an object")
        raw_sections = data.get("sections", [])
        if not isinstance(raw_sections, list | tuple):
            raise ValueError("prompt parts: 'sections' must be a list")
        sections: list[PromptSection] = []
        for i, item in enumerate(raw_sections, 1):
            if not isinstance(item, Mapping) or not all(
                isinstance(item.get(k), str) for k in ("key", "title", "text")
            ):
                raise ValueError(f"prompt parts: section {i} needs text 'key', 'title' and 'text'")
            sections.append(PromptSection(key=item["key"], title=item["title"], text=item["text"]))
        override = data.get("override")
        if override is not None and not isinstance(override, str):
            raise ValueError("prompt parts: 'override' must be text or null")
        return cls(sections=tuple(sections), override=override)


def _select_outfit(spec: CharacterSpec, outfit: str | None) -> Outfit | None:
    """The outfit named ``outfit`` (case-insensitive), else the default (first) one."""
    if not spec.outfits:
        return None
    if outfit is not None:
        wanted = outfit.strip().casefold()
        for candidate in spec.outfits:
            if candidate.name.casefold() == wanted:
                return candidate
    return spec.outfits[0]


def _identity_text(spec: CharacterSpec, outfit: str | None) -> str:
    lines: list[tuple[str, str]] = [
        ("Character", spec.name),
        ("Art style", spec.art_style),
        ("Age", spec.age),
        ("Gender presentation", spec.gender_presentation),
        ("Face", spec.face),
        ("Eyes", spec.eyes),
        ("Hair", spec.hair),
        ("Skin", spec.skin),
        ("Body", spec.body),
    ]
    chosen = _select_outfit(spec, outfit)
    if chosen is not None:
        if chosen.name and chosen.description:
            lines.append((f"Outfit ({chosen.name})", chosen.description))
        else:
            lines.append(("Outfit", chosen.name or chosen.description))
    lines += [
        ("Accessories", "; ".join(spec.accessories)),
        ("Distinguishing marks", "; ".join(spec.marks)),
        ("Style keywords", ", ".join(spec.style_keywords)),
    ]
    return "\n".join(f"{label}: {one_line(value)}" for label, value in lines if value)


def _palette_text(spec: CharacterSpec) -> str:
    if not spec.palette:
        return ""
    rows = [f"- {_capitalise(one_line(c.name))} {c.hex}" if c.name else f"- {c.hex}" for c in spec.palette]
    return "\n".join([PALETTE_INSTRUCTION, *rows])


def _reference_line(number: int, ref: ReferenceImage) -> str:
    role = ReferenceRole(ref.role)
    what, instruction = ROLE_INSTRUCTIONS[role]
    label = one_line(ref.label).replace('"', "'")
    named = f'Image {number} ("{label}")' if label else f"Image {number}"
    kind = ReferenceKind(ref.kind)
    note = _KIND_NOTES[kind] if kind != DEFAULT_KIND[role] else ""
    return f"{named} is {what}{note}: {instruction}."


def _references_text(references: Sequence[ReferenceImage], outfit_note: str) -> str:
    lines = [_reference_line(i, ref) for i, ref in enumerate(references, 1)]
    if lines and outfit_note and all(ReferenceRole(r.role) != ReferenceRole.OUTFIT for r in references):
        lines.append(outfit_note)
    return "\n".join(lines)


def _edit_text(edit: str) -> str:
    change = tidy(edit)
    if not change:
        return ""
    if change[-1] not in ".!?":
        change += "."
    return f"Change only this: {change}\n{EDIT_KEEP}"


def _constraints_text(spec: CharacterSpec, has_character: bool) -> str:
    lines: list[str] = []
    if spec.always:
        lines.append("Always: " + "; ".join(one_line(t) for t in spec.always))
    if spec.never:
        lines.append("Never: " + "; ".join(one_line(t) for t in spec.never))
    if has_character or lines:
        lines.append(CONSISTENCY_LINE)
    return "\n".join(lines)


def compose(
    spec: CharacterSpec | None = None,
    scene: str = "",
    references: Sequence[ReferenceImage] = (),
    edit: str = "",
    *,
    outfit: str | None = None,
    override: str | None = None,
) -> PromptParts:
    """Compose the prompt; pure and deterministic (same inputs, same bytes).

    Args:
        spec: the character; ``None`` or an empty spec adds no character sections.
        scene: what to draw this time.
        references: the images sent with the request, numbered in this order.
        edit: a multi-turn change request ("make her smile").
        outfit: an outfit name (case-insensitive); unknown or ``None`` means the default.
        override: user-written final text; blank means none.

    Returns:
        The non-empty sections in the order identity, palette, references, scene, edit,
        constraints.
    """
    texts: dict[str, str] = dict.fromkeys(SECTION_ORDER, "")
    outfit_note = ""
    if spec is not None and not spec.is_empty():
        texts["identity"] = _identity_text(spec, outfit)
        texts["palette"] = _palette_text(spec)
        has_character = bool(texts["identity"] or texts["palette"])
        texts["constraints"] = _constraints_text(spec, has_character)
        chosen = _select_outfit(spec, outfit)
        if chosen is not None and chosen.name and chosen != spec.outfits[0]:
            # References usually show the default outfit; say which one wins.
            outfit_note = OUTFIT_NOTE.format(outfit=one_line(chosen.name))
    texts["references"] = _references_text(tuple(references), outfit_note)
    texts["scene"] = tidy(scene)
    texts["edit"] = _edit_text(edit)
    sections = tuple(
        PromptSection(key=key, title=SECTION_TITLES[key], text=texts[key])
        for key in SECTION_ORDER
        if texts[key]
    )
    if override is not None and not override.strip():
        override = None
    return PromptParts(sections=sections, override=override)
