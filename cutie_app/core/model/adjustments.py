"""Local, deterministic edits as data: an ordered stack of steps, looks, copy and paste.

Asking the model again for "15 % darker" gives 15 % one time and 50 % the next; a stack of
local steps gives the same pixels every time, for free. This module only describes the edits
(pure values, JSON-ready); `core.imaging.adjust` renders them.

Every step has an `amount` and a neutral value at which it changes nothing. For tone steps the
amount is the setting itself (a brightness factor, exposure in stops); for steps with several
settings (levels, curves, a LUT, colour match) it is a strength from 0 (off) to 1 (full).
That one number is what a look's overall amount scales (`Adjustment.scaled`).

Everything is immutable: editing a stack returns a new stack, so a stack can be handed to a
worker, kept for undo or written into a recipe without copying.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, ClassVar, Self

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text

#: The version written into serialised stacks and looks; `from_dict` reads this and older.
STACK_VERSION = 1


class AdjustmentError(ValueError):
    """Adjustment data that can't be used; `str()` is a sentence for the user."""


class StepKind(StrEnum):
    EXPOSURE = "exposure"
    BRIGHTNESS = "brightness"
    CONTRAST = "contrast"
    SATURATION = "saturation"
    WARMTH = "warmth"
    TINT = "tint"
    LEVELS = "levels"
    CURVES = "curves"
    LUT = "lut"
    COLOUR_MATCH = "colour_match"
    VIGNETTE = "vignette"
    GRAIN = "grain"


class CurveChannel(StrEnum):
    """Which channels a curve bends: all three together, or one of them."""

    RGB = "rgb"
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class PasteMode(StrEnum):
    """How pasted steps meet the steps an image already has.

    APPEND adds them after the existing steps. REPLACE swaps, kind by kind, the existing steps
    of each pasted kind for the pasted ones (in the place of the first of them) and appends
    kinds the image did not have; other steps stay. REPLACE_ALL makes the pasted steps the
    whole stack.
    """

    APPEND = "append"
    REPLACE = "replace"
    REPLACE_ALL = "replace_all"


# -- validation helpers -----------------------------------------------------------------------


_CURVE_X = QT_TRANSLATE_NOOP("core.adjust", "Curves x")
_CURVE_Y = QT_TRANSLATE_NOOP("core.adjust", "Curves y")


def _number(value: Any, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "{what} must be a number, not {value!r}.").format(
                what=what, value=value
            )
        )
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP(
                "core.adjust", "{what} must be between {low:g} and {high:g}, not {value!r}."
            ).format(what=what, low=low, high=high, value=value)
        )
    return number


def _clamp(value: float, low: float, high: float) -> float:
    return min(high, max(low, value))


def _lerp(neutral: float, value: float, t: float) -> float:
    return neutral + t * (value - neutral)


# -- the steps --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Adjustment:
    """One step of a stack. Subclasses set `KIND`, `NEUTRAL` and the amount's `LIMITS`.

    Attributes:
        amount: the step's main setting (see each subclass); `NEUTRAL` changes nothing.
        enabled: a muted step stays in the stack but is skipped when rendering.
    """

    KIND: ClassVar[StepKind]
    NEUTRAL: ClassVar[float]
    LIMITS: ClassVar[tuple[float, float]]
    #: What the amount means, for messages and the pane's tooltips.
    LABEL: ClassVar[str]

    amount: float
    enabled: bool = field(default=True, kw_only=True)

    def __post_init__(self) -> None:
        low, high = self.LIMITS
        object.__setattr__(self, "amount", _number(self.amount, self.LABEL, low, high))
        if not isinstance(self.enabled, bool):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "{step}: 'enabled' must be true or false.").format(
                    step=self.KIND.value
                )
            )

    @property
    def is_neutral(self) -> bool:
        """True when rendering this step would change nothing (muted, or at its neutral amount)."""
        return not self.enabled or self.amount == self.NEUTRAL

    def scaled(self, t: float) -> Self:
        """This step with its effect scaled by `t` (0: neutral, 1: unchanged, 2: twice as strong).

        The amount moves along the line from neutral, clamped to the step's limits.
        """
        if t == 1.0:
            return self
        low, high = self.LIMITS
        return replace(self, amount=_clamp(_lerp(self.NEUTRAL, self.amount, t), low, high))

    def reset(self) -> Self:
        """Back to settings that change nothing; what identifies the step (a LUT, a seed, a
        target) stays, so raising the amount again brings it back."""
        return replace(self, amount=self.NEUTRAL, enabled=True)

    def with_enabled(self, enabled: bool) -> Self:
        return replace(self, enabled=enabled)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.KIND.value}
        for f in fields(self):
            data[f.name] = _jsonable(getattr(self, f.name))
        return data

    @classmethod
    def _from_fields(cls, data: Mapping[str, Any]) -> Self:
        """Build from a dict's known fields; missing ones take their defaults, unknown are ignored."""
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "{step}: {error}").format(
                    step=cls.KIND.value, error=user_text(exc)
                )
            ) from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, LabStats):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class Exposure(Adjustment):
    """Exposure in stops: light is multiplied by 2**amount (in linear light, as a camera would)."""

    KIND = StepKind.EXPOSURE
    NEUTRAL = 0.0
    LIMITS = (-5.0, 5.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Exposure (stops)")

    amount: float = 0.0


@dataclass(frozen=True)
class Brightness(Adjustment):
    """Brightness factor: exactly Pillow's `ImageEnhance.Brightness(img).enhance(amount)`."""

    KIND = StepKind.BRIGHTNESS
    NEUTRAL = 1.0
    LIMITS = (0.0, 8.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Brightness factor")

    amount: float = 1.0


@dataclass(frozen=True)
class Contrast(Adjustment):
    """Contrast factor around mid-grey (128): 0 is flat grey, 1 unchanged, 2 twice as steep."""

    KIND = StepKind.CONTRAST
    NEUTRAL = 1.0
    LIMITS = (0.0, 8.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Contrast factor")

    amount: float = 1.0


@dataclass(frozen=True)
class Saturation(Adjustment):
    """Saturation factor: exactly Pillow's `ImageEnhance.Color`; 0 is grey, 1 unchanged."""

    KIND = StepKind.SATURATION
    NEUTRAL = 1.0
    LIMITS = (0.0, 8.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Saturation factor")

    amount: float = 1.0


@dataclass(frozen=True)
class Warmth(Adjustment):
    """White balance along blue-yellow: positive is warmer (more red, less blue), -1 to 1."""

    KIND = StepKind.WARMTH
    NEUTRAL = 0.0
    LIMITS = (-1.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Warmth")

    amount: float = 0.0


@dataclass(frozen=True)
class Tint(Adjustment):
    """White balance along green-magenta: positive is more magenta (less green), -1 to 1."""

    KIND = StepKind.TINT
    NEUTRAL = 0.0
    LIMITS = (-1.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Tint")

    amount: float = 0.0


@dataclass(frozen=True)
class Levels(Adjustment):
    """Input black and white points, midtone gamma and output range, all on a 0-1 scale.

    A value at `black` or below becomes `out_black`, at `white` or above `out_white`; between
    them x = (v - black) / (white - black) is raised to 1 / gamma (gamma > 1 lightens the
    midtones, as in Photoshop). `amount` is the strength.
    """

    KIND = StepKind.LEVELS
    NEUTRAL = 0.0
    LIMITS = (0.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Levels strength")

    amount: float = 1.0
    black: float = 0.0
    white: float = 1.0
    gamma: float = 1.0
    out_black: float = 0.0
    out_white: float = 1.0

    def __post_init__(self) -> None:
        super().__post_init__()
        for name in ("black", "white", "out_black", "out_white"):
            what = QT_TRANSLATE_NOOP("core.adjust", "Levels {setting}").format(setting=name)
            object.__setattr__(self, name, _number(getattr(self, name), what, 0.0, 1.0))
        what = QT_TRANSLATE_NOOP("core.adjust", "Levels {setting}").format(setting="gamma")
        object.__setattr__(self, "gamma", _number(self.gamma, what, 0.1, 10.0))
        if self.white - self.black < 1.0 / 255.0:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "Levels: the white point must be above the black point.")
            )

    @property
    def is_neutral(self) -> bool:
        identity = (self.black, self.white, self.gamma, self.out_black, self.out_white) == (0, 1, 1, 0, 1)
        return super().is_neutral or identity

    def reset(self) -> Self:
        return type(self)(enabled=True)


def _points(value: Any) -> tuple[tuple[float, float], ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "Curves: points must be a list of [x, y] pairs.")
        )
    points: list[tuple[float, float]] = []
    for point in value:
        if isinstance(point, str | bytes) or not isinstance(point, Sequence) or len(point) != 2:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "Curves: {point!r} is not an [x, y] pair.").format(
                    point=point
                )
            )
        points.append((_number(point[0], _CURVE_X, 0.0, 1.0), _number(point[1], _CURVE_Y, 0.0, 1.0)))
    points.sort()
    if len(points) < 2:
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "Curves: a curve needs at least two points."))
    if len({x for x, _ in points}) != len(points):
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "Curves: two points have the same x."))
    return tuple(points)


@dataclass(frozen=True)
class Curves(Adjustment):
    """A tone curve through `points` (x, y on 0-1), smooth and never overshooting.

    The curve is a monotone cubic (Fritsch-Carlson) through the points, flat beyond the first
    and last one. `channel` picks all three channels or one. `amount` is the strength.
    """

    KIND = StepKind.CURVES
    NEUTRAL = 0.0
    LIMITS = (0.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Curve strength")

    amount: float = 1.0
    points: tuple[tuple[float, float], ...] = ((0.0, 0.0), (1.0, 1.0))
    channel: CurveChannel = CurveChannel.RGB

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "points", _points(self.points))
        try:
            object.__setattr__(self, "channel", CurveChannel(self.channel))
        except ValueError:
            choices = ", ".join(c.value for c in CurveChannel)
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "Curves: channel must be one of {choices}.").format(
                    choices=choices
                )
            ) from None

    @property
    def is_neutral(self) -> bool:
        return super().is_neutral or self.points == ((0.0, 0.0), (1.0, 1.0))

    def reset(self) -> Self:
        return type(self)(channel=self.channel)


@dataclass(frozen=True)
class Lut(Adjustment):
    """A .cube lookup table, named by the SHA-256 of the file's bytes; `amount` is the strength.

    The table itself is kept apart (in the project, or embedded in a look file), so a stack
    stays small; renderers are handed the parsed tables by hash.
    """

    KIND = StepKind.LUT
    NEUTRAL = 0.0
    LIMITS = (0.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "LUT strength")

    amount: float = 1.0
    sha256: str = ""
    name: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        digest = self.sha256.lower() if isinstance(self.sha256, str) else ""
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "LUT: {sha256!r} is not the SHA-256 of a .cube file."
                ).format(sha256=self.sha256)
            )
        object.__setattr__(self, "sha256", digest)
        if not isinstance(self.name, str):
            raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "LUT: the name must be text."))


@dataclass(frozen=True)
class LabStats:
    """Mean and standard deviation of an image's colours in CIELAB (L*, a*, b*)."""

    mean: tuple[float, float, float]
    std: tuple[float, float, float]

    def __post_init__(self) -> None:
        for name, low, high in (("mean", -200.0, 200.0), ("std", 0.0, 200.0)):
            values = getattr(self, name)
            if isinstance(values, str | bytes) or not isinstance(values, Sequence) or len(values) != 3:
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP(
                        "core.adjust", "Colour statistics: {name} must be three numbers."
                    ).format(name=name)
                )
            what = QT_TRANSLATE_NOOP("core.adjust", "Colour statistics {setting}").format(setting=name)
            object.__setattr__(self, name, tuple(_number(v, what, low, high) for v in values))

    def to_dict(self) -> dict[str, list[float]]:
        return {"mean": list(self.mean), "std": list(self.std)}

    @classmethod
    def from_dict(cls, data: Any) -> LabStats:
        if isinstance(data, LabStats):
            return data
        if not isinstance(data, Mapping):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "Colour statistics must be an object with 'mean' and 'std'.")
            )
        return cls(mean=data.get("mean", ()), std=data.get("std", ()))


@dataclass(frozen=True)
class ColourMatch(Adjustment):
    """Move the image's colour statistics toward `target` (the anchor's), with `amount` as strength.

    The target travels with the step, so the stack renders the same later even if the anchor
    changes; `anchor_sha256` records which image it was measured from.
    """

    KIND = StepKind.COLOUR_MATCH
    NEUTRAL = 0.0
    LIMITS = (0.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Colour match strength")

    amount: float = 1.0
    target: LabStats = field(default_factory=lambda: LabStats((50.0, 0.0, 0.0), (20.0, 10.0, 10.0)))
    anchor_sha256: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "target", LabStats.from_dict(self.target))
        if not isinstance(self.anchor_sha256, str):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "Colour match: anchor_sha256 must be text.")
            )


@dataclass(frozen=True)
class Vignette(Adjustment):
    """Darken (positive amount) or lighten (negative) toward the corners, -1 to 1.

    Nothing changes inside `midpoint` (0: the centre, 1: the corners, on an ellipse fitted to
    the frame); beyond it the effect rises smoothly to full strength at the corners.
    """

    KIND = StepKind.VIGNETTE
    NEUTRAL = 0.0
    LIMITS = (-1.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Vignette")

    amount: float = 0.0
    midpoint: float = 0.5

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(
            self,
            "midpoint",
            _number(self.midpoint, QT_TRANSLATE_NOOP("core.adjust", "Vignette midpoint"), 0.0, 0.95),
        )


#: Seeds are stored in JSON; keep them exact in every JSON reader (53 bits).
MAX_SEED = 2**53 - 1


@dataclass(frozen=True)
class Grain(Adjustment):
    """Film grain: the same noise for the same seed and image size, on every run and machine.

    `amount` 0-1 sets the noise's standard deviation to amount × 25.5 levels (of 255); the same
    noise is added to every colour channel (luminance grain), never to transparency.
    """

    KIND = StepKind.GRAIN
    NEUTRAL = 0.0
    LIMITS = (0.0, 1.0)
    LABEL = QT_TRANSLATE_NOOP("AdjustSteps", "Grain amount")

    amount: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not 0 <= self.seed <= MAX_SEED:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "Grain: the seed must be a whole number from 0 to {limit}."
                ).format(limit=MAX_SEED)
            )


STEP_TYPES: dict[StepKind, type[Adjustment]] = {
    cls.KIND: cls
    for cls in (
        Exposure,
        Brightness,
        Contrast,
        Saturation,
        Warmth,
        Tint,
        Levels,
        Curves,
        Lut,
        ColourMatch,
        Vignette,
        Grain,
    )
}


def step_from_dict(data: Mapping[str, Any]) -> Adjustment:
    """One step from its dict; unknown fields are ignored, missing ones take their defaults.

    Raises:
        AdjustmentError: an unknown kind (made by a newer Cutie) or a value out of range.
    """
    if not isinstance(data, Mapping):
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "An adjustment step must be an object, not {data!r}.").format(
                data=data
            )
        )
    kind = data.get("kind")
    if not isinstance(kind, str):
        raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "An adjustment step has no 'kind'."))
    try:
        cls = STEP_TYPES[StepKind(kind)]
    except ValueError:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP(
                "core.adjust",
                "Unknown adjustment {kind!r}: it was probably made by a newer version of Cutie.",
            ).format(kind=kind)
        ) from None
    return cls._from_fields(data)


# -- the stack --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdjustmentStack:
    """Steps applied in order, first to last. Every edit returns a new stack."""

    steps: tuple[Adjustment, ...] = ()

    def __post_init__(self) -> None:
        steps = tuple(self.steps)
        for step in steps:
            if not isinstance(step, Adjustment):
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP("core.adjust", "{step!r} is not an adjustment step.").format(step=step)
                )
        object.__setattr__(self, "steps", steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, index: int) -> Adjustment:
        return self.steps[index]

    @property
    def active(self) -> tuple[Adjustment, ...]:
        """The steps a renderer must apply: enabled and not neutral."""
        return tuple(s for s in self.steps if not s.is_neutral)

    @property
    def is_identity(self) -> bool:
        return not self.active

    @property
    def lut_hashes(self) -> frozenset[str]:
        """The LUTs a renderer needs for the active steps."""
        return frozenset(s.sha256 for s in self.active if isinstance(s, Lut))

    def _index(self, index: int) -> int:
        if not -len(self.steps) <= index < len(self.steps):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "There is no step {index} in a stack of {count}.").format(
                    index=index, count=len(self.steps)
                )
            )
        return index % len(self.steps)

    def add(self, step: Adjustment) -> AdjustmentStack:
        return AdjustmentStack((*self.steps, step))

    def insert(self, index: int, step: Adjustment) -> AdjustmentStack:
        steps = list(self.steps)
        steps.insert(index, step)
        return AdjustmentStack(tuple(steps))

    def remove(self, index: int) -> AdjustmentStack:
        i = self._index(index)
        return AdjustmentStack(self.steps[:i] + self.steps[i + 1 :])

    def replace(self, index: int, step: Adjustment) -> AdjustmentStack:
        i = self._index(index)
        return AdjustmentStack((*self.steps[:i], step, *self.steps[i + 1 :]))

    def move(self, index: int, to: int) -> AdjustmentStack:
        """Move one step so that it ends up at position `to` (clamped to the stack)."""
        steps = list(self.steps)
        step = steps.pop(self._index(index))
        steps.insert(max(0, min(to, len(steps))), step)
        return AdjustmentStack(tuple(steps))

    def set_enabled(self, index: int, enabled: bool) -> AdjustmentStack:
        """Mute (False) or unmute one step."""
        i = self._index(index)
        return self.replace(i, self.steps[i].with_enabled(enabled))

    def reset_step(self, index: int) -> AdjustmentStack:
        i = self._index(index)
        return self.replace(i, self.steps[i].reset())

    def reset(self) -> AdjustmentStack:
        """Every step back to neutral (the steps stay, so the pane keeps its rows)."""
        return AdjustmentStack(tuple(s.reset() for s in self.steps))

    def scaled(self, t: float) -> AdjustmentStack:
        """Every step's effect scaled by `t` (a look's overall amount)."""
        amount = _number(t, QT_TRANSLATE_NOOP("core.adjust", "The amount"), 0.0, 2.0)
        return AdjustmentStack(tuple(s.scaled(amount) for s in self.steps))

    # -- copy and paste ----------------------------------------------------------------------

    def select(
        self, *, kinds: Iterable[StepKind] | None = None, indices: Iterable[int] | None = None
    ) -> AdjustmentStack:
        """The steps chosen for copying, in stack order: by kind, by position, or all."""
        chosen = set(range(len(self.steps))) if indices is None else {self._index(i) for i in indices}
        wanted = None if kinds is None else {StepKind(k) for k in kinds}
        return AdjustmentStack(
            tuple(s for i, s in enumerate(self.steps) if i in chosen and (wanted is None or s.KIND in wanted))
        )

    def paste(self, copied: AdjustmentStack, mode: PasteMode = PasteMode.REPLACE) -> AdjustmentStack:
        """This stack with `copied` pasted in (see `PasteMode`)."""
        mode = PasteMode(mode)
        if mode is PasteMode.APPEND:
            return AdjustmentStack(self.steps + copied.steps)
        if mode is PasteMode.REPLACE_ALL:
            return copied
        by_kind: dict[StepKind, list[Adjustment]] = {}
        for step in copied.steps:
            by_kind.setdefault(step.KIND, []).append(step)
        result: list[Adjustment] = []
        placed: set[StepKind] = set()
        for step in self.steps:
            if step.KIND not in by_kind:
                result.append(step)
            elif step.KIND not in placed:
                result.extend(by_kind[step.KIND])
                placed.add(step.KIND)
        result.extend(s for s in copied.steps if s.KIND not in placed)
        return AdjustmentStack(tuple(result))

    # -- JSON --------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {"version": STACK_VERSION, "steps": [s.to_dict() for s in self.steps]}

    @classmethod
    def from_dict(cls, data: Any) -> AdjustmentStack:
        """Read a stack written by this or an older version (a bare list of steps counts as one).

        Raises:
            AdjustmentError: malformed data, a newer version, or a step out of range (the message
                names the step).
        """
        if isinstance(data, list):  # the earliest form: just the steps
            data = {"version": 1, "steps": data}
        if not isinstance(data, Mapping):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "An adjustment stack must be an object with a list of steps."
                )
            )
        _check_version(data.get("version", 1), QT_TRANSLATE_NOOP("core.adjust", "adjustment stack"))
        raw = data.get("steps", [])
        if not isinstance(raw, list):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "An adjustment stack's 'steps' must be a list.")
            )
        steps: list[Adjustment] = []
        for number, item in enumerate(raw, start=1):
            try:
                steps.append(step_from_dict(item))
            except AdjustmentError as exc:
                raise AdjustmentError(
                    QT_TRANSLATE_NOOP("core.adjust", "Step {number}: {error}").format(
                        number=number, error=user_text(exc)
                    )
                ) from None
        return cls(tuple(steps))


def _check_version(version: Any, what: str) -> None:
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP("core.adjust", "This {what} has an unreadable version ({version!r}).").format(
                what=what, version=version
            )
        )
    if version > STACK_VERSION:
        raise AdjustmentError(
            QT_TRANSLATE_NOOP(
                "core.adjust",
                "This {what} was saved by a newer version of Cutie (format {version}); "
                "update Cutie to open it.",
            ).format(what=what, version=version)
        )


# -- looks ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    """A named stack with an overall amount (0-2): a preset to apply to many images."""

    name: str
    stack: AdjustmentStack
    amount: float = 1.0

    def __post_init__(self) -> None:
        name = self.name.strip() if isinstance(self.name, str) else ""
        if not name:
            raise AdjustmentError(QT_TRANSLATE_NOOP("core.adjust", "A look needs a name."))
        if len(name) > 120:
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "A look's name can be at most 120 characters long.")
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(
            self,
            "amount",
            _number(self.amount, QT_TRANSLATE_NOOP("core.adjust", "A look's amount"), 0.0, 2.0),
        )

    def applied(self) -> AdjustmentStack:
        """The stack to render: every step scaled by the look's amount."""
        return self.stack.scaled(self.amount)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STACK_VERSION,
            "name": self.name,
            "amount": self.amount,
            "stack": self.stack.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Look:
        if not isinstance(data, Mapping):
            raise AdjustmentError(
                QT_TRANSLATE_NOOP("core.adjust", "A look must be an object with a name and a stack.")
            )
        _check_version(data.get("version", 1), QT_TRANSLATE_NOOP("core.adjust", "look"))
        return cls(
            name=data.get("name", ""),
            stack=AdjustmentStack.from_dict(data.get("stack", [])),
            amount=data.get("amount", 1.0),
        )


# -- provenance -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdjustmentRecord:
    """What a recipe keeps about an adjusted image: which image it came from and the exact stack.

    `stack` is what was rendered (a look's amount already applied); `look` and `look_amount`
    only say where it came from.
    """

    stack: AdjustmentStack
    source_sha256: str
    source_image_id: int | None = None
    look: str = ""
    look_amount: float | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": {"sha256": self.source_sha256, "image_id": self.source_image_id},
            "stack": self.stack.to_dict(),
        }
        if self.look:
            data["look"] = {"name": self.look, "amount": self.look_amount}
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentRecord:
        source = data.get("source") or {}
        look = data.get("look") or {}
        image_id = source.get("image_id")
        return cls(
            stack=AdjustmentStack.from_dict(data.get("stack", [])),
            source_sha256=str(source.get("sha256", "")),
            source_image_id=int(image_id) if isinstance(image_id, int) else None,
            look=str(look.get("name", "")),
            look_amount=look.get("amount"),
        )


#: Factories the pane and the CLI use to add a step of a kind with neutral settings.
NEW_STEP: dict[StepKind, Callable[[], Adjustment]] = {
    StepKind.EXPOSURE: Exposure,
    StepKind.BRIGHTNESS: Brightness,
    StepKind.CONTRAST: Contrast,
    StepKind.SATURATION: Saturation,
    StepKind.WARMTH: Warmth,
    StepKind.TINT: Tint,
    StepKind.LEVELS: Levels,
    StepKind.CURVES: Curves,
    StepKind.VIGNETTE: Vignette,
    StepKind.GRAIN: Grain,
}
