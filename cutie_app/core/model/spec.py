"""The character spec: everything the illustrator decides about one character, as plain data.

A spec is edited in the UI, saved as JSON next to the project, composed into prompts and
recorded (by version) in every image's recipe. It is a frozen dataclass so it can cross
threads and be compared; construction validates and normalises, so an invalid spec can't
exist, and every error is a :class:`SpecError` whose message a user can act on.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar


class SpecError(ValueError):
    """A spec that can't be read or built; the message is meant for the user."""


_HEX_RE = re.compile(r"#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def normalise_hex(value: str) -> str:
    """Return ``value`` as ``#RRGGBB`` upper-case, so equal colours compare and diff equal.

    Raises:
        SpecError: naming the value when it isn't a 3- or 6-digit hex colour.
    """
    if not isinstance(value, str):
        raise SpecError(f"{value!r} is not a hex colour like #FF8C00")
    text = value.strip()
    if not _HEX_RE.fullmatch(text):
        raise SpecError(f"{value!r} is not a hex colour like #FF8C00")
    digits = text.lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.upper()


def _type_name(value: Any) -> str:
    """Describe a value in JSON terms, since users see the file, not Python."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def _text(value: Any, where: str) -> str:
    """Validate a text value; ``None`` (JSON null) counts as empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SpecError(f"{where} must be text, not {_type_name(value)}")
    return value.strip()


def _items(value: Any, where: str) -> tuple[Any, ...]:
    """Validate a list; sets are refused because their order isn't stable."""
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise SpecError(f"{where} must be a list, not {_type_name(value)}")
    return tuple(value)


@dataclass(frozen=True)
class PaletteColor:
    """One named colour of the character's palette.

    Attributes:
        name: what the illustrator calls it ("deep orange"); may be empty.
        hex: normalised on construction to ``#RRGGBB`` upper-case.
    """

    name: str
    hex: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "Colour name"))
        object.__setattr__(self, "hex", normalise_hex(self.hex))


@dataclass(frozen=True)
class Outfit:
    """A named outfit; the spec's first outfit is the default."""

    name: str
    description: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "Outfit name"))
        object.__setattr__(self, "description", _text(self.description, "Outfit description"))


#: Labels for the UI and for diffs, in field order.
FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "art_style": "Art style",
    "age": "Age",
    "gender_presentation": "Gender presentation",
    "face": "Face",
    "eyes": "Eyes",
    "hair": "Hair",
    "skin": "Skin",
    "body": "Body",
    "outfits": "Outfits",
    "accessories": "Accessories",
    "marks": "Distinguishing marks",
    "palette": "Palette",
    "style_keywords": "Style keywords",
    "always": "Always",
    "never": "Never",
    "notes": "Notes",
}

_TEXT_LIST_FIELDS = frozenset({"accessories", "marks", "style_keywords", "always", "never"})


def _outfit(value: Any, where: str) -> Outfit:
    if isinstance(value, Outfit):
        return value
    if not isinstance(value, Mapping):
        raise SpecError(f"{where} must be an object with a name and a description, not {_type_name(value)}")
    return Outfit(
        name=_text(value.get("name"), f"{where}.name"),
        description=_text(value.get("description"), f"{where}.description"),
    )


def _palette_color(value: Any, where: str) -> PaletteColor:
    if isinstance(value, PaletteColor):
        return value
    if not isinstance(value, Mapping):
        raise SpecError(f"{where} must be an object with a name and a hex value, not {_type_name(value)}")
    if value.get("hex") is None:
        raise SpecError(f"{where} has no hex value")
    try:
        return PaletteColor(name=_text(value.get("name"), f"{where}.name"), hex=value["hex"])
    except SpecError as exc:
        raise SpecError(f"{where}: {exc}") from None


def _coerce(field: str, value: Any) -> Any:
    """Validate and normalise one field; lists become tuples, empty items are dropped."""
    label = f'"{field}"'  # the JSON key: wrong types only come from hand-edited files
    if field == "outfits":
        outfits = (_outfit(item, f"{label} item {i}") for i, item in enumerate(_items(value, label), 1))
        return tuple(o for o in outfits if o.name or o.description)
    if field == "palette":
        return tuple(
            _palette_color(item, f"{label} item {i}") for i, item in enumerate(_items(value, label), 1)
        )
    if field in _TEXT_LIST_FIELDS:
        texts = (_text(item, f"{label} item {i}") for i, item in enumerate(_items(value, label), 1))
        return tuple(t for t in texts if t)
    return _text(value, label)


#: Migrations from an older schema version to the next: ``version -> fn(dict) -> dict``.
#: Each step takes a dict written at ``version`` and returns one valid at ``version + 1``.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass(frozen=True)
class CharacterSpec:
    """Everything that defines one character; immutable, validated, JSON round-trippable.

    List-valued fields are tuples (hashable, thread-safe). ``outfits[0]`` is the default
    outfit. ``notes`` are the illustrator's own and are never sent to the model.
    """

    SCHEMA_VERSION: ClassVar[int] = 1

    name: str = ""
    art_style: str = ""
    age: str = ""
    gender_presentation: str = ""
    face: str = ""
    eyes: str = ""
    hair: str = ""
    skin: str = ""
    body: str = ""
    outfits: tuple[Outfit, ...] = ()
    accessories: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    palette: tuple[PaletteColor, ...] = ()
    style_keywords: tuple[str, ...] = ()
    always: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            object.__setattr__(self, f.name, _coerce(f.name, getattr(self, f.name)))

    # -- dict / JSON ------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``schema_version`` first, then every field in declaration order."""
        data: dict[str, Any] = {"schema_version": self.SCHEMA_VERSION}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "outfits":
                data[f.name] = [{"name": o.name, "description": o.description} for o in value]
            elif f.name == "palette":
                data[f.name] = [{"name": c.name, "hex": c.hex} for c in value]
            elif isinstance(value, tuple):
                data[f.name] = list(value)
            else:
                data[f.name] = value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CharacterSpec:
        """Build a spec from parsed JSON, migrating older schemas and refusing newer ones.

        Unknown keys are ignored so that files from a newer minor edit still open; a newer
        ``schema_version`` is refused, because silently dropping its data would lose work.
        """
        if not isinstance(data, Mapping):
            raise SpecError(f"A character spec must be a JSON object, not {_type_name(data)}")
        version = data.get("schema_version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise SpecError(f"schema_version must be a whole number of 1 or more, not {version!r}")
        if version > cls.SCHEMA_VERSION:
            raise SpecError(
                f"This character spec was written by a newer version of Cutie (schema version "
                f"{version}; this version reads up to {cls.SCHEMA_VERSION}). Update Cutie to open it."
            )
        migrated: dict[str, Any] = dict(data)
        while version < cls.SCHEMA_VERSION:
            migrate = _MIGRATIONS.get(version)
            if migrate is None:
                raise SpecError(f"Can't read character specs with schema version {version}")
            migrated = migrate(migrated)
            version += 1
        names = [f.name for f in dataclasses.fields(cls)]
        return cls(**{name: migrated[name] for name in names if name in migrated})

    def to_json(self) -> str:
        """Pretty JSON with a trailing newline; the same spec always gives the same bytes."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> CharacterSpec:
        """Parse a spec from JSON text; syntax errors name the line and column."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"Not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: Path) -> CharacterSpec:
        """Read a spec file; every failure is a SpecError that names the file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SpecError(f"{path}: not a UTF-8 text file") from None
        except OSError as exc:
            raise SpecError(f"Can't read {path}: {exc.strerror or exc}") from None
        try:
            return cls.from_json(text)
        except SpecError as exc:
            raise SpecError(f"{path}: {exc}") from None

    # -- queries and edits --------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when nothing at all was entered (notes count, so they are never discarded)."""
        return self == CharacterSpec()

    def with_changes(self, **changes: Any) -> CharacterSpec:
        """A copy with ``changes`` applied and validated like a fresh spec."""
        unknown = sorted(set(changes) - set(FIELD_LABELS))
        if unknown:
            raise SpecError(f"Unknown character spec field: {', '.join(unknown)}")
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class FieldChange:
    """One changed field between two spec versions, rendered for people.

    ``before``/``after`` are empty strings when the field was empty; the UI decides how to
    show that.
    """

    field: str
    label: str
    before: str
    after: str


def render_field(spec: CharacterSpec, field: str) -> str:
    """A field's value as one human-readable string (lists joined with "; ")."""
    value = getattr(spec, field)
    if field == "outfits":
        return "; ".join(": ".join(p for p in (o.name, o.description) if p) for o in value)
    if field == "palette":
        return "; ".join(" ".join(p for p in (c.name, c.hex) if p) for c in value)
    if isinstance(value, tuple):
        return "; ".join(value)
    return str(value)


def diff_specs(old: CharacterSpec, new: CharacterSpec) -> list[FieldChange]:
    """The fields that differ between two spec versions, in field order."""
    changes: list[FieldChange] = []
    for field, label in FIELD_LABELS.items():
        if getattr(old, field) != getattr(new, field):
            changes.append(FieldChange(field, label, render_field(old, field), render_field(new, field)))
    return changes
