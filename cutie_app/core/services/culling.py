"""Culling: rate and flag images, one rule for the gallery, the comparator and `cutie rate/flag`.

Each image is changed on its own: an id the project does not have is reported, never stops
the others, and the images that were changed stay changed. Ids come as numbers, lists and
ranges, the way a script or a person types them ("12 14,15 20-24").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cutie_app.core.model.errors import CutieError
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.services.projects import ProjectService

MAX_STARS = 5
#: A range longer than this is a typing mistake, not a selection.
MAX_RANGE = 100_000


class Flag(StrEnum):
    PICK = "pick"
    REJECT = "reject"
    NONE = "none"


@dataclass(frozen=True)
class CullResult:
    """One image after a change: its flag and stars, or why it could not be changed."""

    image_id: int
    flag: str = ""
    rating: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    def row(self) -> dict[str, object]:
        """The JSON line `cutie rate` and `cutie flag` print."""
        if self.error:
            return {"image_id": self.image_id, "error": self.error}
        return {"image_id": self.image_id, "flag": self.flag, "rating": self.rating}


def parse_ids(items: Iterable[str]) -> list[int]:
    """Image ids from "12", "14,15", "20-24" (in order, each once).

    Raises:
        ValueError: something that is not an id, a list or a range of ids.
    """
    ids: list[int] = []
    for item in items:
        for part in item.replace(" ", ",").split(","):
            if not part:
                continue
            first, dash, last = part.partition("-")
            if not first.isdigit() or (dash and not last.isdigit()):
                raise ValueError(f"{part!r} is not an image id or a range of ids such as 20-24")
            start, end = int(first), int(last) if dash else int(first)
            if end < start or end - start >= MAX_RANGE:
                raise ValueError(f"{part!r} is not a range of ids (the first must not be after the last)")
            ids.extend(range(start, end + 1))
    if not ids:
        raise ValueError("name at least one image id")
    return list(dict.fromkeys(ids))


def rate_images(project: ProjectService, image_ids: Sequence[int], stars: int) -> list[CullResult]:
    """Give each image `stars` (0 clears the rating)."""
    if isinstance(stars, bool) or not 0 <= stars <= MAX_STARS:
        raise ValueError(f"stars must be a whole number from 0 to {MAX_STARS}")
    return [_change(project, i, lambda image_id: project.set_rating(image_id, stars)) for i in image_ids]


def flag_images(project: ProjectService, image_ids: Sequence[int], flag: Flag | str) -> list[CullResult]:
    """Pick, reject or clear the flag of each image."""
    value = Flag(flag).value
    return [_change(project, i, lambda image_id: project.set_flag(image_id, value)) for i in image_ids]


def _change(project: ProjectService, image_id: int, apply: Callable[[int], ImageRecord]) -> CullResult:
    try:
        record = apply(image_id)
    except CutieError as exc:  # no such image, or the project cannot be written
        return CullResult(image_id, error=exc.message.title)
    return CullResult(image_id, record.flag, record.rating)
