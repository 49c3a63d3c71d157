"""How big the next conversation turn's request is, against what the model and the API accept.

A conversation sends its whole history with every turn, so each turn's request is larger than
the last: the character sheet's reference images, every model image kept on the branch, and
the new message. The API refuses a request over 100 MB, and each model accepts a fixed number
of input images. The size is measured with the request rules of `validation` (the engine's own
check), so the pane can warn before the limit is hit, and offer a restart, not after a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.references import ReferenceImage
from cutie_app.core.model.validation import MAX_REQUEST_BYTES, json_size, request_size

#: Warn when the next turn would take the request above this share of a limit.
WARN_SHARE = 0.8


def input_images(contents: Sequence[Mapping[str, Any]]) -> int:
    """Non-thought inline images in `contents`: what the model counts as input images."""
    return sum(
        1
        for content in contents
        for part in content.get("parts") or ()
        if part.get("inline_data") and not part.get("thought")
    )


@dataclass(frozen=True)
class TurnBudget:
    """The next request measured against both limits.

    `images`/`max_images` count input images; `bytes`/`max_bytes` the request body. `over` is
    True when sending would be refused; `near` when it is close enough to say so.
    """

    images: int
    max_images: int
    bytes: int
    max_bytes: int = MAX_REQUEST_BYTES

    @property
    def over(self) -> bool:
        return self.images > self.max_images or self.bytes > self.max_bytes

    @property
    def near(self) -> bool:
        return not self.over and (
            self.images >= self.max_images * WARN_SHARE or self.bytes >= self.max_bytes * WARN_SHARE
        )

    def describe(self) -> str:
        """One plain sentence about the request's size against its limits."""
        megabytes = self.bytes / 1e6
        limit_mb = self.max_bytes / 1e6
        return QT_TRANSLATE_NOOP(
            "core.conversation",
            "The next turn sends {images} of at most {max_images} input images and "
            "{size:.1f} MB of at most {limit:.0f} MB.",
        ).format(images=self.images, max_images=self.max_images, size=megabytes, limit=limit_mb)


def measure(
    history: Sequence[Mapping[str, Any]], text: str, references: Sequence[ReferenceImage], max_images: int
) -> TurnBudget:
    """The budget of sending `text` and `references` after `history` (stored content dicts)."""
    size = request_size(text, references, json_size(list(history)))
    return TurnBudget(input_images(history) + len(references), max_images, size)
