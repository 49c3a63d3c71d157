"""Image rows as the store hands them out, for tests of what is built on them (grouping, tiles)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from cutie_app.core.model.records import ImageRecord

START = datetime(2026, 11, 1, 10, tzinfo=UTC)


def image_record(image_id: int, **changes: Any) -> ImageRecord:
    """Image #`image_id` of batch "b<id // 8>", no scene, unflagged and unrated; override any field.

    A higher id is a newer image (its `created_at` is later), as the store numbers them.
    """
    values: dict[str, Any] = {
        "id": image_id,
        "file": f"image-{image_id}.png",
        "sha256": hashlib.sha256(b"image %d" % image_id).hexdigest(),
        "mime_type": "image/png",
        "width": 320,
        "height": 320,
        "created_at": (START + timedelta(seconds=image_id)).isoformat(timespec="milliseconds"),
        "batch_id": f"b{image_id // 8}",
        "variant_index": image_id % 8,
        "image_index": 0,
        "scene_id": None,
        "model": "gemini-3-pro-image",
        "spec_version": 1,
        "status": "delivered",
        "flag": "none",
        "rating": 0,
        "recipe_json": "{}",
        "parent_image_id": None,
        "conversation_id": None,
        "turn_id": None,
    }
    values.update(changes)
    return ImageRecord(**values)
