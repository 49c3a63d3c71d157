"""The demo server's model table: what each fake model accepts and how it answers.

Kept separate from the server so tests and the app's demo mode can reason about the same
limits the server enforces (ratios, sizes, seed handling, thinking) without starting it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

R10: tuple[str, ...] = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")
R14: tuple[str, ...] = (*R10, "1:4", "4:1", "1:8", "8:1")

SIZE_EDGE: dict[str, int] = {"512": 512, "1K": 1024, "2K": 2048, "4K": 4096}
"""Side length S of the square with the same area as the nominal image (area ~ S^2)."""

# Published Gemini 3 image sizes at 1K; other sizes scale these, unknown ratios use the area formula.
_NOMINAL_1K: dict[str, tuple[int, int]] = {
    "1:1": (1024, 1024),
    "2:3": (848, 1264),
    "3:2": (1264, 848),
    "3:4": (896, 1200),
    "4:3": (1200, 896),
    "4:5": (928, 1152),
    "5:4": (1152, 928),
    "9:16": (768, 1376),
    "16:9": (1376, 768),
    "21:9": (1584, 672),
    "1:4": (512, 2048),
    "4:1": (2048, 512),
    "1:8": (384, 3072),
    "8:1": (3072, 384),
}

SHUT_DOWN_MODELS: frozenset[str] = frozenset(
    {
        "gemini-3-pro-image-preview",
        "gemini-3.1-flash-image-preview",
        "imagen-4.0-generate-001",
        "imagen-4.0-ultra-generate-001",
        "imagen-4.0-fast-generate-001",
    }
)

_FLASH_TOKENS: dict[str, int] = {"512": 747, "1K": 1290, "2K": 1680, "4K": 2520}
_PRO_TOKENS: dict[str, int] = {"1K": 1120, "2K": 1120, "4K": 2000}


@dataclass(frozen=True)
class DemoModel:
    """One fake model. `image_sizes == ()` means imageSize must be absent (Nano Banana)."""

    id: str
    display_name: str
    description: str
    kind: Literal["image", "text", "embedding"] = "image"
    ratios: tuple[str, ...] = R14
    image_sizes: tuple[str, ...] = ("512", "1K", "2K", "4K")
    accepts_seed: bool = True
    thinking: bool = True
    version: str = "001"
    input_token_limit: int = 131072
    output_token_limit: int = 32768
    output_tokens: dict[str, int] = field(default_factory=lambda: dict(_FLASH_TOKENS))
    methods: tuple[str, ...] = ("generateContent", "countTokens")

    @property
    def produces(self) -> frozenset[str]:
        """The response modalities this model can answer with."""
        return frozenset({"TEXT", "IMAGE"}) if self.kind == "image" else frozenset({"TEXT"})

    @property
    def resource_name(self) -> str:
        """The REST resource name, as the real service spells it."""
        return f"models/{self.id}"

    def image_tokens(self, image_size: str) -> int:
        """Output tokens billed for one image of this size (the table from the pricing pages)."""
        return self.output_tokens.get(image_size, self.output_tokens.get("1K", 1290))

    def to_json(self) -> dict[str, object]:
        """The `Model` resource returned by `models.get` / `models.list`."""
        data: dict[str, object] = {
            "name": self.resource_name,
            "version": self.version,
            "displayName": self.display_name,
            "description": self.description,
            "inputTokenLimit": self.input_token_limit,
            "outputTokenLimit": self.output_token_limit,
            "supportedGenerationMethods": list(self.methods),
            "temperature": 1.0,
            "topP": 0.95,
            "maxTemperature": 2.0,
        }
        if self.thinking:
            data["thinking"] = True
        return data


MODELS: dict[str, DemoModel] = {
    m.id: m
    for m in (
        DemoModel(
            id="gemini-3-pro-image",
            display_name="Nano Banana Pro",
            description="Demo stand-in for Gemini 3 Pro Image: image generation and editing with thinking, "
            "1K/2K/4K.",
            ratios=R10,
            image_sizes=("1K", "2K", "4K"),
            accepts_seed=False,
            version="3.0",
            input_token_limit=65536,
            output_tokens=dict(_PRO_TOKENS),
        ),
        DemoModel(
            id="gemini-nano-banana-2.1",
            display_name="Nano Banana 2.1",
            description="Demo stand-in for Nano Banana 2.1, the updated Nano Banana 2: 14 ratios, 1K/2K/4K.",
            image_sizes=("1K", "2K", "4K"),
            accepts_seed=False,
            version="2.1",
        ),
        DemoModel(
            id="gemini-3.1-flash-image",
            display_name="Nano Banana 2",
            description="Demo stand-in for Gemini 3.1 Flash Image: image generation, 14 ratios, 512 to 4K.",
            accepts_seed=False,
            version="3.1",
        ),
        DemoModel(
            id="gemini-3.1-flash-lite-image",
            display_name="Nano Banana 2 Lite",
            description="Demo stand-in for Gemini 3.1 Flash Lite Image: fast image generation at a fixed "
            "1K, no thinking.",
            image_sizes=("1K",),
            thinking=False,
            version="3.1",
            input_token_limit=65536,
        ),
        DemoModel(
            id="gemini-2.5-flash-image",
            display_name="Nano Banana",
            description="Demo stand-in for Gemini 2.5 Flash Image: image generation at a fixed ~1K, "
            "10 ratios.",
            ratios=R10,
            image_sizes=(),
            accepts_seed=False,
            thinking=False,
            version="2.0",
            input_token_limit=32768,
            output_tokens={"1K": 1290},
        ),
        DemoModel(
            id="gemini-4-flash-image-exp",
            display_name="Gemini 4 Flash Image (experimental)",
            description="Demo-only experimental image model that Cutie's catalogue does not know; "
            "generates images up to 4K.",
            version="4.0-exp",
        ),
        DemoModel(
            id="gemini-3-flash",
            display_name="Gemini 3 Flash",
            description="Demo stand-in for Gemini 3 Flash: fast multimodal understanding that answers in "
            "text; it reads images but does not make them.",
            kind="text",
            ratios=(),
            image_sizes=(),
            thinking=False,
            version="3.0",
            input_token_limit=1048576,
            output_token_limit=65536,
            output_tokens={},
        ),
        DemoModel(
            id="gemini-embedding-001",
            display_name="Gemini Embedding 001",
            description="Demo stand-in for an embedding model: vectors for text and images, "
            "no generateContent.",
            kind="embedding",
            ratios=(),
            image_sizes=(),
            thinking=False,
            version="001",
            input_token_limit=2048,
            output_token_limit=1,
            output_tokens={},
            methods=("embedContent", "countTextTokens"),
        ),
    )
}


def lookup(model_id: str) -> DemoModel | None:
    """The live model for an id (with or without the `models/` prefix); None if unknown or shut down."""
    model_id = model_id.removeprefix("models/")
    if model_id in SHUT_DOWN_MODELS:
        return None
    return MODELS.get(model_id)


def _round16(value: float) -> int:
    return max(16, int(value / 16 + 0.5) * 16)


def nominal_size(
    ratio: str | None, image_size: str | None, *, input_wh: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Nominal (width, height) the real service would return for a ratio and size.

    Known ratios follow Google's published 1K table scaled to the size; an input image's own ratio
    (used when the request names none) follows the area formula area ~ S^2, sides rounded to 16 px.
    """
    edge = SIZE_EDGE.get(image_size or "1K", 1024)
    if ratio is None and input_wh is not None and input_wh[0] > 0 and input_wh[1] > 0:
        aspect = input_wh[0] / input_wh[1]
        return _round16(edge * math.sqrt(aspect)), _round16(edge / math.sqrt(aspect))
    base = _NOMINAL_1K.get(ratio or "1:1")
    if base is None:
        num, _, den = (ratio or "1:1").partition(":")
        aspect = float(num) / float(den)
        return _round16(edge * math.sqrt(aspect)), _round16(edge / math.sqrt(aspect))
    scale = edge / 1024
    return _round16(base[0] * scale), _round16(base[1] * scale)
