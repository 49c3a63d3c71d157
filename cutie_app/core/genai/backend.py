"""The small interface every generation goes through, and the plain values it returns.

Contents travel as JSON dicts in the SDK's own serialised form (`Content.model_dump(mode="json")`):
that form round-trips model turns, thought signatures included, byte-exact, and it lets the core
store and rebuild conversations without importing the SDK.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from cutie_app.core.model.catalog import ListedModel
from cutie_app.core.model.generation import GeneratedImage, Usage
from cutie_app.core.model.references import ReferenceImage

ContentDict = dict[str, Any]


@dataclass(frozen=True)
class CallConfig:
    """What goes into generationConfig: only values the catalogue allowed.

    Image calls use the first four fields. A structured text call (e.g. the spec check) sets
    `response_mime_type="application/json"` and a JSON Schema, sent as `responseJsonSchema`;
    an empty `response_modalities` leaves the field out, so the model's default (text) applies.
    """

    aspect_ratio: str | None = None
    image_size: str | None = None
    seed: int | None = None
    response_modalities: tuple[str, ...] = ("TEXT", "IMAGE")
    response_mime_type: str | None = None
    response_json_schema: Mapping[str, Any] | None = field(default=None, hash=False)  # dicts don't hash

    @classmethod
    def json_answer(cls, schema: Mapping[str, Any]) -> CallConfig:
        """A text call whose answer must be JSON matching `schema`."""
        return cls(response_modalities=(), response_mime_type="application/json", response_json_schema=schema)


@dataclass(frozen=True)
class ModelReply:
    """One HTTP 200 answer reduced to what Cutie uses.

    `images` and `text` hold only non-thought parts: thinking can include interim images that
    must never be shown as results. `content` is candidate 0's content, kept whole for history;
    it is serialised on first use, because base64-encoding a 4K image again costs the network
    loop ~15 ms per answer and a batch (unlike a conversation turn) never needs it.
    """

    images: tuple[GeneratedImage, ...]
    text: str
    dump_content: Callable[[], ContentDict | None] = field(repr=False, compare=False)
    finish_reason: str | None
    finish_message: str | None
    block_reason: str | None
    usage: Usage
    response_id: str
    model_version: str
    headers: Mapping[str, str] = field(default_factory=dict)
    #: Earlier attempts of this call that reached Google and whose answer never arrived (cut off,
    #: closed or timed out, then retried): each may have been billed.
    unknown_outcomes: int = 0

    @cached_property
    def content(self) -> ContentDict | None:
        return self.dump_content()


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


def inline_image(data: bytes, mime_type: str) -> dict[str, Any]:
    """One image part, in the SDK's serialised form."""
    return {"inline_data": {"data": _b64(data), "mime_type": mime_type}}


def user_content(text: str, references: Sequence[ReferenceImage] = ()) -> ContentDict:
    """A user turn: reference images first (numbered in this order by the prompt), then the text."""
    parts: list[dict[str, Any]] = [inline_image(ref.data, ref.mime_type) for ref in references]
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
