"""The consistency score as a value: cheap to import (no numpy), so the store and the UI can
read cached scores without loading the maths in `consistency`, which computes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP

SCORE_VERSION = 1


class ConsistencyError(ValueError):
    """An image or palette can't be scored; str() is a sentence for the user."""


class UnreadableImageError(ConsistencyError):
    """The bytes are not an image Cutie can decode (or declare an enormous one)."""


@dataclass(frozen=True)
class ConsistencyScore:
    """A variant's consistency score (a heuristic; see the module docstring for the formula).

    Attributes:
        palette: palette adherence in [0, 1]; None when the spec has no palette.
        similarity: similarity to the anchor and references in [0, 1]; None when there are none.
        overall: the combination of what is available, in [0, 1]: what the badge shows.
        version: the formula's version (`SCORE_VERSION` when computed by this Cutie).
    """

    palette: float | None
    similarity: float | None
    overall: float
    version: int = SCORE_VERSION

    def __post_init__(self) -> None:
        for name in ("palette", "similarity", "overall"):
            value = getattr(self, name)
            if value is None and name != "overall":
                continue
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise ConsistencyError(
                    QT_TRANSLATE_NOOP(
                        "core.generate",
                        "A consistency score's {name} must be a number from 0 to 1, not {value!r}",
                    ).format(name=name, value=value)
                )
            object.__setattr__(self, name, float(value))
        if isinstance(self.version, bool) or not isinstance(self.version, int) or self.version < 1:
            raise ConsistencyError(
                QT_TRANSLATE_NOOP(
                    "core.generate", "A consistency score's version must be a whole number, not {version!r}"
                ).format(version=self.version)
            )

    @property
    def current(self) -> bool:
        """False when the score was computed by an older formula and should be recomputed."""
        return self.version == SCORE_VERSION

    @property
    def percent(self) -> int:
        """`overall` as a whole percentage, for the badge."""
        return round(self.overall * 100)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "palette": self.palette,
            "similarity": self.similarity,
            "overall": self.overall,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConsistencyScore:
        """The score `to_dict` wrote; raises ConsistencyError for anything else."""
        if not isinstance(data, Mapping):
            raise ConsistencyError(
                QT_TRANSLATE_NOOP(
                    "core.generate", "A consistency score must be a JSON object, not {data!r}"
                ).format(data=data)
            )
        try:
            return cls(
                palette=data.get("palette"),
                similarity=data.get("similarity"),
                overall=data["overall"],
                version=data.get("version", 1),
            )
        except KeyError:
            raise ConsistencyError(
                QT_TRANSLATE_NOOP("core.generate", "A consistency score needs an 'overall' value")
            ) from None
