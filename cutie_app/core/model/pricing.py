"""What a batch will cost before it starts: catalogue prices only, nothing to import but the catalogue.

Kept apart from the engine so the window can show the preflight without loading asyncio and
the network layer at start-up.
"""

from __future__ import annotations

from cutie_app.core.model.catalog import ModelInfo


def preflight_cost(info: ModelInfo, image_size: str | None, variants: int) -> float | None:
    """The cost of a batch before it starts, assuming every variant delivers one image."""
    per_image = info.price_for(image_size)
    return None if per_image is None else round(per_image * variants, 6)
