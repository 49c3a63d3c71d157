"""Stacks: the gallery's images grouped by batch or by scene, each group shown under its best image.

Pure values and rules, so the grouping of 20,000 images runs on a worker and the window only
lays out the result. A stack's **top** is the image the user chose for it, when that image is
listed; otherwise the best one listed: a pick before an unflagged image before a reject, then
more stars, then a higher consistency score (an image without a score comes after one with),
then the newest. Only the images the gallery's filters let through are grouped, so a stack
counts what is visible and its top is the best visible one. A group of one is not a stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cutie_app.core.model.records import ImageRecord

__all__ = [
    "FLAG_RANK",
    "Stack",
    "StackMode",
    "StackedListing",
    "best_first",
    "group_stacks",
    "stack_key",
]


class StackMode(StrEnum):
    """What the gallery groups images by ("off": every image is its own tile)."""

    OFF = "off"
    BATCH = "batch"
    SCENE = "scene"


#: How a flag ranks an image for the top of its stack: picks first, rejects last.
FLAG_RANK: Mapping[str, int] = {"pick": 2, "none": 1, "reject": 0}


def stack_key(record: ImageRecord, mode: StackMode) -> str | None:
    """The group an image belongs to under `mode`, or None when it stands alone.

    An image made outside a batch (an adjusted version, a recovered file) has no batch to
    join, and one saved without a scene has no scene to join.
    """
    if mode is StackMode.BATCH:
        return f"batch:{record.batch_id}" if record.batch_id else None
    if mode is StackMode.SCENE:
        return f"scene:{record.scene_id}" if record.scene_id is not None else None
    return None


def _rank(record: ImageRecord, scores: Mapping[int, float]) -> tuple[int, int, float, str, int]:
    score = scores.get(record.id)
    return (
        FLAG_RANK.get(record.flag, 1),
        record.rating,
        -1.0 if score is None else score,
        record.created_at,
        record.id,
    )


def best_first(records: Iterable[ImageRecord], scores: Mapping[int, float]) -> list[ImageRecord]:
    """The records ordered as candidates for a stack's top, the best first."""
    return sorted(records, key=lambda r: _rank(r, scores), reverse=True)


@dataclass(frozen=True, slots=True)
class Stack:
    """Two or more listed images of one batch or scene.

    Attributes:
        key: "batch:<id>" or "scene:<id>"; what a chosen top is remembered under.
        members: the top first, then the other members in the gallery's order.
        ranked: the members' ids, the best first (the top first): what Compare stack opens.
        chosen: the top is the one the user chose (not just the best).
    """

    key: str
    members: tuple[ImageRecord, ...]
    ranked: tuple[int, ...]
    chosen: bool = False

    @property
    def top(self) -> ImageRecord:
        return self.members[0]

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def last(self) -> ImageRecord:
        return self.members[-1]


@dataclass(frozen=True)
class StackedListing:
    """The gallery's images grouped: singles and stacks in the gallery's order.

    A stack sits where the first of its members would in that order (under "Newest", where its
    newest image would). `stack_of` finds the stack of any image in one, `by_key` a stack by
    its key; `records` are the images as they were listed, before grouping (what another
    Stack by groups again without asking the store).
    """

    mode: StackMode
    entries: tuple[ImageRecord | Stack, ...]
    stack_of: Mapping[int, Stack]
    by_key: Mapping[str, Stack]
    records: tuple[ImageRecord, ...]

    @property
    def images(self) -> int:
        """Every image listed, the members of every stack included."""
        return len(self.records)

    @property
    def stacks(self) -> int:
        return len(self.by_key)


def group_stacks(
    records: Sequence[ImageRecord],
    mode: StackMode,
    chosen: Mapping[str, int],
    scores: Mapping[int, float],
) -> StackedListing:
    """Group `records` (already filtered and in the gallery's order) into stacks under `mode`.

    `chosen` maps a stack's key to the image the user set as its top; a choice whose image is
    not among the records (filtered out, or gone) is ignored. `scores` are the cached
    consistency scores by image id.
    """
    from cutie_app.core.model.records import ImageRecord  # records names StackMode: no import cycle

    if mode is StackMode.OFF:
        listed = tuple(records)
        return StackedListing(mode, listed, {}, {}, listed)
    groups: dict[str, list[ImageRecord]] = {}
    slots: list[ImageRecord | str] = []  # a single image, or the key of a group, at its first member
    for record in records:
        key = stack_key(record, mode)
        if key is None:
            slots.append(record)
            continue
        members = groups.get(key)
        if members is None:
            groups[key] = [record]
            slots.append(key)
        else:
            members.append(record)
    stacks: dict[str, Stack] = {}
    stack_of: dict[int, Stack] = {}
    for key, members in groups.items():
        if len(members) < 2:
            continue
        ranked = best_first(members, scores)
        wanted = chosen.get(key)
        top = next((r for r in members if r.id == wanted), None) if wanted is not None else None
        first = top if top is not None else ranked[0]
        stack = Stack(
            key=key,
            members=(first, *(r for r in members if r is not first)),
            ranked=(first.id, *(r.id for r in ranked if r is not first)),
            chosen=top is not None,
        )
        stacks[key] = stack
        for member in members:
            stack_of[member.id] = stack
    entries = tuple(
        slot if isinstance(slot, ImageRecord) else stacks.get(slot) or groups[slot][0] for slot in slots
    )
    return StackedListing(mode, entries, stack_of, stacks, tuple(records))
