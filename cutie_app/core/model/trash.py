"""Images taken out of a project (to the system trash or the project's .trash/) and put back.

Values only: the store fills them, the window keeps them on its undo stack, and `restore`
takes them back. A `TrashedImage` carries everything needed to undo its removal (the row as
it was, its cached score, what pointed at it, where the file went), so nothing about it has to
be read back from a database row: a trash location is a path outside the project, and no path
outside the project is ever taken from a row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cutie_app.core.model.records import ImageRecord

#: Moves the file at its argument out of the project and returns where it went (None when that
#: is not known); raises OSError when it could not be moved. The window passes Qt's
#: `QFile.moveToTrash`; headless callers pass `project_trash_mover`.
MoveFn = Callable[[Path], Path | None]


@dataclass(frozen=True)
class TrashedImage:
    """One image taken out of the project, with what it takes to put it back.

    Attributes:
        record: the row as it was (id, flag, rating, recipe...).
        location: where its file went; None when the file stayed (another image row names the
            same bytes) or the mover did not say.
        score: the cached consistency score row (column -> value), or None.
        children: images whose parent it was (adjusted versions, conversation turns).
        slots: reference slots made from it (the anchor's source, say).
        tops: the stacks it was chosen as the top of (their keys).
    """

    record: ImageRecord
    location: Path | None
    score: dict[str, object] | None = None
    children: tuple[int, ...] = ()
    slots: tuple[int, ...] = ()
    tops: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrashOutcome:
    """What a removal did: the images taken out, and those left in with the reason."""

    trashed: tuple[TrashedImage, ...] = ()
    failed: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did: the rows put back (maybe under new ids), and what could not be."""

    restored: tuple[ImageRecord, ...] = ()
    failed: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class TrashDependents:
    """What depends on images about to be removed; none of it stops the removal.

    The anchor and reference slots keep their own copies in references/; adjusted versions and
    conversation turns stay in the project, no longer linked to their source.
    """

    images: int = 0
    anchor_source: bool = False
    references: int = 0
    adjusted: int = 0
    turns: int = 0
    missing: tuple[int, ...] = field(default_factory=tuple)

    @property
    def anything(self) -> bool:
        return self.anchor_source or bool(self.references or self.adjusted or self.turns)
