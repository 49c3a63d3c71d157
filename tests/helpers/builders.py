"""Recipes and variants as the engine would hand them over, for store, service and UI tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from helpers.images import png


def recipe(**changes: Any) -> Recipe:
    """A complete recipe of a billed Nano Banana Pro call; override any field."""
    values: dict[str, Any] = {
        "model": "gemini-3-pro-image",
        "prompt": PromptParts((PromptSection("scene", "Scene", "Little Orange waves hello"),)),
        "aspect_ratio": "1:1",
        "image_size": "1K",
        "seed_requested": None,
        "seed_sent": None,
        "references": (),
        "spec_version": None,
        "scene": "",
        "batch_id": "b1",
        "response_id": "resp-1",
        "usage": Usage(prompt_tokens=100, output_tokens=1290, thoughts_tokens=40, total_tokens=1430),
        "cost_usd": 0.134,
        "started_at": "2026-01-01T10:00:00.000+00:00",
        "finished_at": "2026-01-01T10:00:20.000+00:00",
        "prompt_text": "Little Orange waves hello",
    }
    values.update(changes)
    return Recipe(**values)


def variant(
    *images: bytes,
    index: int = 0,
    status: VariantStatus = VariantStatus.DELIVERED,
    mime: str = "image/png",
    **recipe_changes: Any,
) -> Variant:
    """A variant holding `images` (one distinct PNG when none are given for a delivered one)."""
    if not images and status is VariantStatus.DELIVERED:
        images = (png(index + 1),)
    error = None
    if status is VariantStatus.BLOCKED:
        error = UserMessage(ErrorKind.SAFETY_BLOCKED, "Blocked", "The image was blocked.")
    elif status is VariantStatus.FAILED:
        error = UserMessage(ErrorKind.SERVER, "Server error", "The service failed.")
    return Variant(
        index,
        status,
        recipe(variant_index=index, **recipe_changes),
        images=tuple(GeneratedImage(data, mime) for data in images),
        finish_reason="STOP" if status is VariantStatus.DELIVERED else None,
        error=error,
    )


def unbilled(source: Recipe) -> Recipe:
    """The recipe of a local version of an image, as the adjust service makes it: nothing billed."""
    return replace(source, response_id="", usage=Usage(), cost_usd=None)
