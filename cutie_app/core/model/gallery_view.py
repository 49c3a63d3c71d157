"""How a project's gallery is looked at: stacking, order and thumbnail size, kept with the project.

Stored in the project as text settings (`gallery.stack`, ...), so a project opened on another
computer or from a pack looks the same. The values come from a file that may be old, damaged or
from elsewhere: each one that does not read falls back to its default on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cutie_app.core.model.stacks import StackMode

ORDERS = ("time", "rating", "consistency")
#: Any thumbnail size the window could offer; the window keeps it to its own slider's range.
TILE_LIMITS = (32, 1024)
DEFAULT_TILE = 150

_STACK, _ORDER, _TILE = "gallery.stack", "gallery.order", "gallery.tile"


@dataclass(frozen=True)
class GalleryView:
    """Stack by (off, batch, scene), sort order (newest, best rated, most consistent), tile size."""

    stack: StackMode = StackMode.OFF
    order: str = "time"
    tile: int = DEFAULT_TILE

    def to_settings(self) -> dict[str, str]:
        return {_STACK: self.stack.value, _ORDER: self.order, _TILE: str(self.tile)}

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> GalleryView:
        """The view the settings describe; a missing or unreadable value keeps its default."""
        default = cls()
        try:
            stack = StackMode(values.get(_STACK, default.stack.value))
        except ValueError:
            stack = default.stack
        order = values.get(_ORDER, default.order)
        if order not in ORDERS:
            order = default.order
        try:
            tile = int(values.get(_TILE, default.tile))
        except ValueError:
            tile = default.tile
        if not TILE_LIMITS[0] <= tile <= TILE_LIMITS[1]:
            tile = default.tile
        return cls(stack, order, tile)
