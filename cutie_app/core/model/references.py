"""Reference images: the pictures sent with a request so the model keeps the character.

A reference has a role (what it shows) and a kind (a person/character or an object), because
the models count people and objects against separate limits and the prompt composer tells the
model what each numbered image is for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any


class ReferenceRole(StrEnum):
    """What a reference image shows; the composer turns it into an instruction."""

    IDENTITY = "identity"
    FACE = "face"
    SIDE = "side"
    BACK = "back"
    EXPRESSION = "expression"
    OUTFIT = "outfit"
    POSE = "pose"
    STYLE = "style"
    PALETTE = "palette"
    BACKGROUND = "background"
    PROP = "prop"
    ANCHOR = "anchor"


class ReferenceKind(StrEnum):
    """Models limit character images and object images separately."""

    PERSON = "person"
    OBJECT = "object"


#: The kind a role implies unless the user says otherwise.
DEFAULT_KIND: dict[ReferenceRole, ReferenceKind] = {
    ReferenceRole.IDENTITY: ReferenceKind.PERSON,
    ReferenceRole.FACE: ReferenceKind.PERSON,
    ReferenceRole.SIDE: ReferenceKind.PERSON,
    ReferenceRole.BACK: ReferenceKind.PERSON,
    ReferenceRole.EXPRESSION: ReferenceKind.PERSON,
    ReferenceRole.OUTFIT: ReferenceKind.OBJECT,
    ReferenceRole.POSE: ReferenceKind.PERSON,
    ReferenceRole.STYLE: ReferenceKind.OBJECT,
    ReferenceRole.PALETTE: ReferenceKind.OBJECT,
    ReferenceRole.BACKGROUND: ReferenceKind.OBJECT,
    ReferenceRole.PROP: ReferenceKind.OBJECT,
    ReferenceRole.ANCHOR: ReferenceKind.PERSON,
}

#: The private facts a photo's metadata can tell, which Cutie removes before sending (a setting).
PRIVATE_KINDS: tuple[str, ...] = ("location", "camera")


def _kinds(values: Iterable[object]) -> tuple[str, ...]:
    """The known private kinds among `values`, once each, in `PRIVATE_KINDS` order."""
    wanted = {str(v) for v in values}
    return tuple(k for k in PRIVATE_KINDS if k in wanted)


@dataclass(frozen=True)
class MetadataPrivacy:
    """What became of a reference's location and camera data (EXIF, XMP, IPTC) before sending.

    `removed`: the kinds the picture carried and Cutie took out (the privacy setting, or a
    conversion that copies no metadata). `sent`: the kinds its bytes still carry, so Google got
    them (only when the setting was off). Both empty: the picture held neither. A reference
    without this record (None where one is expected) was imported before Cutie noted it: unknown.
    """

    removed: tuple[str, ...] = ()
    sent: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A kind both removed and sent counts as sent: the record never under-states what left.
        object.__setattr__(self, "sent", _kinds(self.sent))
        object.__setattr__(self, "removed", _kinds(k for k in self.removed if k not in self.sent))

    def to_dict(self) -> dict[str, list[str]]:
        return {"removed": list(self.removed), "sent": list(self.sent)}

    @classmethod
    def from_dict(cls, data: Any) -> MetadataPrivacy | None:
        """The record from `to_dict`'s shape; None (unknown) for anything else, never an error:
        it comes from files other programs may have written."""
        if not isinstance(data, dict):
            return None
        removed, sent = data.get("removed", ()), data.get("sent", ())
        if not isinstance(removed, list | tuple) or not isinstance(sent, list | tuple):
            return None
        return cls(_kinds(removed), _kinds(sent))

    def converted(self) -> MetadataPrivacy:
        """After re-encoding (to fit a size), which copies no metadata: nothing private is sent."""
        return MetadataPrivacy((*self.removed, *self.sent), ())


_MIME_BY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff_mime(data: bytes) -> str | None:
    """The MIME type from the file's first bytes; names and extensions lie."""
    for magic, mime in _MIME_BY_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
        return "image/heic"
    return None


@dataclass(frozen=True)
class ReferenceImage:
    """One input image with its role; bytes are sent unchanged, so the hash names them."""

    data: bytes
    mime_type: str
    role: ReferenceRole = ReferenceRole.IDENTITY
    kind: ReferenceKind = ReferenceKind.PERSON
    label: str = ""
    #: What became of its location and camera data on import; None: not known (older projects).
    privacy: MetadataPrivacy | None = None

    @property
    def sha256(self) -> str:
        import hashlib  # loads OpenSSL: with the first hash, not with the window

        return hashlib.sha256(self.data).hexdigest()

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        role: ReferenceRole = ReferenceRole.IDENTITY,
        kind: ReferenceKind | None = None,
        label: str = "",
    ) -> ReferenceImage:
        """Build a reference, detecting the MIME type; raises ValueError for non-images."""
        mime = sniff_mime(data)
        if mime is None:
            raise ValueError("not a PNG, JPEG, WebP, GIF or HEIC image")
        return cls(data=data, mime_type=mime, role=role, kind=kind or DEFAULT_KIND[role], label=label)

    @classmethod
    def from_path(
        cls, path: Path, role: ReferenceRole = ReferenceRole.IDENTITY, kind: ReferenceKind | None = None
    ) -> ReferenceImage:
        """Read a reference from disk; raises OSError or ValueError with the file named."""
        data = Path(path).read_bytes()
        try:
            return cls.from_bytes(data, role, kind, label=Path(path).name)
        except ValueError as exc:
            raise ValueError(f"{Path(path).name}: {exc}") from exc
