"""Values that travel between the engine, the store and the UI: requests, variants, recipes.

All frozen: workers hand them across threads, and a recipe must not change after the image it
describes was made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from cutie_app import __version__
from cutie_app.core.model.errors import UserMessage
from cutie_app.core.model.prompt import PromptParts
from cutie_app.core.model.references import MetadataPrivacy, ReferenceImage

if TYPE_CHECKING:
    from cutie_app.core.model.adjustments import AdjustmentRecord

_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif"}


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _adjustment_record(data: Mapping[str, Any]) -> AdjustmentRecord:
    """The adjustment steps an adjusted image's recipe holds (their model loads only for those)."""
    from cutie_app.core.model.adjustments import AdjustmentRecord

    return AdjustmentRecord.from_dict(data)


@dataclass(frozen=True)
class GenerationRequest:
    """One image request as the user asked for it (before the catalogue checks it)."""

    model: str
    prompt: PromptParts
    references: tuple[ReferenceImage, ...] = ()
    aspect_ratio: str | None = None
    image_size: str | None = None
    seed: int | None = None
    spec_version: int | None = None
    scene: str = ""


@dataclass(frozen=True)
class Usage:
    """Token counts as the service reported them (zero when absent)."""

    prompt_tokens: int = 0
    output_tokens: int = 0
    thoughts_tokens: int = 0
    total_tokens: int = 0
    image_output_tokens: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "output_tokens": self.output_tokens,
            "thoughts_tokens": self.thoughts_tokens,
            "total_tokens": self.total_tokens,
            "image_output_tokens": self.image_output_tokens,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Usage:
        return cls(**{k: int(data.get(k, 0) or 0) for k in cls().to_dict()})


@dataclass(frozen=True)
class GeneratedImage:
    """Image bytes exactly as the service sent them, with their real MIME type."""

    data: bytes
    mime_type: str

    @property
    def sha256(self) -> str:
        import hashlib  # loads OpenSSL: with the first hash, not with the window

        return hashlib.sha256(self.data).hexdigest()

    @property
    def extension(self) -> str:
        return _EXTENSIONS.get(self.mime_type, ".bin")


@dataclass(frozen=True)
class ReferenceRecord:
    """What a recipe keeps of a reference: enough to find and verify it, never the bytes.

    `private_metadata` says whether its location and camera data were removed before it was
    sent; None (no such key in the JSON, as in every recipe from before it was recorded) means
    unknown, never "nothing was removed".
    """

    sha256: str
    role: str
    kind: str
    mime_type: str
    label: str = ""
    private_metadata: MetadataPrivacy | None = None

    @classmethod
    def of(cls, ref: ReferenceImage) -> ReferenceRecord:
        return cls(ref.sha256, ref.role.value, ref.kind.value, ref.mime_type, ref.label, ref.privacy)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sha256": self.sha256,
            "role": self.role,
            "kind": self.kind,
            "mime_type": self.mime_type,
            "label": self.label,
        }
        if self.private_metadata is not None:  # unknown stays absent, as in older recipes
            data["private_metadata"] = self.private_metadata.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReferenceRecord:
        return cls(
            sha256=str(data["sha256"]),
            role=str(data["role"]),
            kind=str(data["kind"]),
            mime_type=str(data["mime_type"]),
            label=str(data.get("label", "")),
            private_metadata=MetadataPrivacy.from_dict(data.get("private_metadata")),
        )


@dataclass(frozen=True)
class Recipe:
    """Everything needed to trace an image and run it again. Never holds an API key."""

    model: str
    prompt: PromptParts
    aspect_ratio: str | None
    image_size: str | None
    seed_requested: int | None
    seed_sent: int | None
    references: tuple[ReferenceRecord, ...]
    spec_version: int | None = None
    scene: str = ""
    variant_index: int = 0
    batch_id: str = ""
    conversation_path: tuple[str, ...] = ()
    model_version: str = ""
    response_id: str = ""
    usage: Usage = field(default_factory=Usage)
    cost_usd: float | None = None
    started_at: str = ""
    finished_at: str = ""
    app_version: str = __version__
    #: The exact text sent. Kept apart from `prompt`, whose rendering rules may change later.
    prompt_text: str = ""
    #: The conversation a turn's image belongs to ("" outside conversations); with
    #: `conversation_path` (the turn ids from its root) it locates the image in the tree.
    conversation_id: str = ""
    #: Set on an image made by local adjustments: its source and the exact stack rendered.
    adjustments: AdjustmentRecord | None = None

    SCHEMA_VERSION = 1

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": self.SCHEMA_VERSION,
            "app_version": self.app_version,
            "model": self.model,
            "model_version": self.model_version,
            "prompt_text": self.prompt_text or self.prompt.text,
            "prompt": self.prompt.to_dict(),
            "config": {
                "aspect_ratio": self.aspect_ratio,
                "image_size": self.image_size,
                "seed_requested": self.seed_requested,
                "seed_sent": self.seed_sent,
            },
            "references": [r.to_dict() for r in self.references],
            "spec_version": self.spec_version,
            "scene": self.scene,
            "variant_index": self.variant_index,
            "batch_id": self.batch_id,
            "conversation_path": list(self.conversation_path),
            **({"conversation_id": self.conversation_id} if self.conversation_id else {}),
            "response_id": self.response_id,
            "usage": self.usage.to_dict(),
            "cost_usd": self.cost_usd,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
        }
        if self.adjustments is not None:  # only on adjusted images, so other recipes stay as they were
            data["adjustments"] = self.adjustments.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Recipe:
        config = data.get("config", {})
        adjustments = data.get("adjustments")
        return cls(
            model=str(data["model"]),
            prompt=PromptParts.from_dict(data["prompt"]),
            aspect_ratio=config.get("aspect_ratio"),
            image_size=config.get("image_size"),
            seed_requested=config.get("seed_requested"),
            seed_sent=config.get("seed_sent"),
            references=tuple(ReferenceRecord.from_dict(r) for r in data.get("references", [])),
            spec_version=data.get("spec_version"),
            scene=str(data.get("scene", "")),
            variant_index=int(data.get("variant_index", 0)),
            batch_id=str(data.get("batch_id", "")),
            conversation_path=tuple(data.get("conversation_path", ())),
            model_version=str(data.get("model_version", "")),
            response_id=str(data.get("response_id", "")),
            usage=Usage.from_dict(data.get("usage", {})),
            cost_usd=data.get("cost_usd"),
            started_at=str(data.get("started_at", "")),
            finished_at=str(data.get("finished_at", "")),
            app_version=str(data.get("app_version", "")),
            prompt_text=str(data.get("prompt_text", "")),
            conversation_id=str(data.get("conversation_id", "")),
            adjustments=_adjustment_record(adjustments) if adjustments else None,
        )


class VariantStatus(StrEnum):
    DELIVERED = "delivered"
    BLOCKED = "blocked"
    TEXT_ONLY = "text_only"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Variant:
    """The outcome of one request: images and recipe, or the reason there are none."""

    index: int
    status: VariantStatus
    recipe: Recipe
    images: tuple[GeneratedImage, ...] = ()
    text: str = ""
    finish_reason: str | None = None
    error: UserMessage | None = None
    #: Calls made for this variant that reached Google and whose answer never (fully) arrived:
    #: cut off, closed or timed out. Each may have been billed ("outcome unknown"): a failed
    #: variant counts its last call here, a delivered one the attempts before its answer.
    unknown_outcomes: int = 0
    #: Worst-case price of those calls (one image each at this size); None when prices are unknown.
    unknown_cost_usd: float | None = None

    @property
    def delivered(self) -> bool:
        return self.status is VariantStatus.DELIVERED


@dataclass(frozen=True)
class BatchResult:
    """All variants of one batch, in index order, plus notices to show once."""

    batch_id: str
    variants: tuple[Variant, ...]
    notices: tuple[UserMessage, ...] = ()

    @property
    def delivered(self) -> tuple[Variant, ...]:
        return tuple(v for v in self.variants if v.delivered)

    @property
    def total_cost_usd(self) -> float:
        return sum(v.recipe.cost_usd or 0.0 for v in self.variants)


def reference_records(refs: Sequence[ReferenceImage]) -> tuple[ReferenceRecord, ...]:
    return tuple(ReferenceRecord.of(r) for r in refs)
