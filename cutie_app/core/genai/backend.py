"""The small interface every generation goes through, and the plain values it returns.

Contents travel as JSON dicts in the SDK's own serialised form (`Content.model_dump(mode="json")`):
that form round-trips model turns, thought signatures included, byte-exact, and it lets the core
store and rebuild conversations without importing the SDK.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from cutie_app.core.catalog import ListedModel
from cutie_app.core.generation import GeneratedImage, Usage
from cutie_app.core.references import ReferenceImage

ContentDict = dict[str, Any]


@dataclass(frozen=True)
class CallConfig:
    """What goes into generationConfig: only values the catalogue allowed."""

    aspect_ratio: str | None = None
    image_size: str | None = None
    seed: int | None = None
    response_modalities: tuple[str, ...] = ("TEXT", "IMAGE")


@dataclass(frozen=True)
class ModelReply:
    """One HTTP 200 answer reduced to what Cutie uses.

    `images` and `text` hold only non-thought parts: thinking can include interim images that
    must never be shown as results. `content` is candidate 0's content, kept whole for history.
    """

    images: tuple[GeneratedImage, ...]
    text: str
    content: ContentDict | None
    finish_reason: str | None
    finish_message: str | None
    block_reason: str | None
    usage: Usage
    response_id: str
    model_version: str
    headers: Mapping[str, str] = field(default_factory=dict)


class ImageBackend(Protocol):
    """The seam tests fake for UI work; the real one is `gemini.GeminiBackend`."""

    async def generate(self, model: str, contents: Sequence[ContentDict], config: CallConfig) -> ModelReply:
        """Send one generateContent call; raise ServiceError or NetworkError on failure."""
        ...

    async def list_models(self) -> list[ListedModel]:
        """The models the service offers to this key."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


def _b64(data: bytes) -> str:
    # The SDK serialises bytes as URL-safe base64; matching it keeps dumps comparable.
    return base64.urlsafe_b64encode(data).decode("ascii")


def user_content(text: str, references: Sequence[ReferenceImage] = ()) -> ContentDict:
    """A user turn: reference images first (numbered in this order by the prompt), then the text."""
    parts: list[dict[str, Any]] = [
        {"inline_data": {"data": _b64(ref.data), "mime_type": ref.mime_type}} for ref in references
    ]
    if text:
        parts.append({"text": text})
    return {"role": "user", "parts": parts}


def count_images(contents: Sequence[ContentDict]) -> int:
    """Input images already in a history (they count against the model's input limit)."""
    return sum(
        1
        for content in contents
        for part in content.get("parts") or ()
        if part.get("inline_data") and not part.get("thought")
    )
