"""`.cube` lookup tables: parsing (1D and 3D, Adobe Cube LUT 1.0) and sampling helpers.

A .cube file is text: keywords (`TITLE`, `LUT_1D_SIZE` or `LUT_3D_SIZE`, `DOMAIN_MIN`,
`DOMAIN_MAX`), `#` comments and blank lines, then one line of three numbers per table entry,
red changing fastest. Resolve's `LUT_1D_INPUT_RANGE` / `LUT_3D_INPUT_RANGE lo hi` are read as
the same domain on all three channels. Everything else is refused with the line that broke,
because a table read wrongly would silently grade every image wrongly.

3D tables are limited to 65 per side (the largest Pillow's trilinear filter takes, and more
than any grading tool exports by default); 1D tables to 65,536 entries (the format's limit).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text

MAX_3D_SIZE = 65
MAX_1D_SIZE = 65536
#: A 65³ table is about 8 MB of text; anything far larger is not a .cube file.
MAX_FILE_BYTES = 32 * 1024 * 1024


class LutError(ValueError):
    """A .cube file that can't be used; `str()` names the file and the line."""


class LutKind(StrEnum):
    ONE_D = "1d"
    THREE_D = "3d"


@dataclass(frozen=True, eq=False)
class CubeLut:
    """A parsed .cube table.

    Attributes:
        sha256: of the file's bytes; what an adjustment stack refers to.
        table: float64, read-only; shape (size, 3) for 1D, (size, size, size, 3) for 3D indexed
            [blue][green][red] (the file's order: red changes fastest).
        domain_min / domain_max: the input range per channel (0-1 unless the file says otherwise).
    """

    sha256: str
    title: str
    kind: LutKind
    size: int
    domain_min: tuple[float, float, float]
    domain_max: tuple[float, float, float]
    table: np.ndarray

    @property
    def unit_domain(self) -> bool:
        return self.domain_min == (0.0, 0.0, 0.0) and self.domain_max == (1.0, 1.0, 1.0)


_DOMAIN_KEYWORDS = ("DOMAIN_MIN", "DOMAIN_MAX")
_RANGE_KEYWORDS = ("LUT_1D_INPUT_RANGE", "LUT_3D_INPUT_RANGE")


def parse_cube(data: bytes, name: str = "LUT") -> CubeLut:
    """Parse a .cube file's bytes.

    Raises:
        LutError: naming `name` and the offending line: unknown keywords, a size out of range,
            numbers that don't parse, too few or too many entries, a domain that is empty.
    """
    if len(data) > MAX_FILE_BYTES:
        raise LutError(
            QT_TRANSLATE_NOOP("core.adjust", "{name} is {size:.0f} MB, too large to be a .cube file.").format(
                name=name, size=len(data) / 1e6
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LutError(
            QT_TRANSLATE_NOOP(
                "core.adjust", "{name} is not a text .cube file (byte {byte} is not UTF-8)."
            ).format(name=name, byte=exc.start)
        ) from None

    title = ""
    kind: LutKind | None = None
    size = 0
    domain_min = [0.0, 0.0, 0.0]
    domain_max = [1.0, 1.0, 1.0]
    seen: set[str] = set()
    values: list[float] = []
    expected = 0

    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        try:
            if not line or line.startswith("#"):
                continue
            head = line.split(None, 1)[0]
            if _is_number(head):
                if kind is None:
                    raise _LineError(
                        QT_TRANSLATE_NOOP("core.adjust", "table data before LUT_1D_SIZE or LUT_3D_SIZE")
                    )
                if len(values) >= 3 * expected:
                    raise _LineError(
                        QT_TRANSLATE_NOOP(
                            "core.adjust", "more entries than the {expected} that the size declares"
                        ).format(expected=expected)
                    )
                values.extend(_numbers(line.split("#", 1)[0], 3))
                continue
            if values:
                raise _LineError(
                    QT_TRANSLATE_NOOP("core.adjust", "keyword {head} after the table data started").format(
                        head=head
                    )
                )
            keyword = head.upper()
            rest = line[len(head) :].strip()
            if keyword in seen:
                raise _LineError(
                    QT_TRANSLATE_NOOP("core.adjust", "{keyword} appears twice").format(keyword=keyword)
                )
            seen.add(keyword)
            if keyword == "TITLE":  # the title may hold a '#', so comments are not cut here
                title = rest[1:-1] if len(rest) >= 2 and rest[0] == rest[-1] == '"' else rest
                continue
            rest = rest.split("#", 1)[0].strip()
            if keyword in ("LUT_1D_SIZE", "LUT_3D_SIZE"):
                if kind is not None:
                    raise _LineError(
                        QT_TRANSLATE_NOOP("core.adjust", "a file can hold a 1D or a 3D table, not both")
                    )
                kind = LutKind.ONE_D if keyword == "LUT_1D_SIZE" else LutKind.THREE_D
                limit = MAX_1D_SIZE if kind is LutKind.ONE_D else MAX_3D_SIZE
                try:
                    size = int(rest)
                except ValueError:
                    raise _LineError(
                        QT_TRANSLATE_NOOP(
                            "core.adjust", "{keyword} needs a whole number, not {rest!r}"
                        ).format(keyword=keyword, rest=rest)
                    ) from None
                if not 2 <= size <= limit:
                    raise _LineError(
                        QT_TRANSLATE_NOOP(
                            "core.adjust", "{keyword} {size} is out of range (2 to {limit})"
                        ).format(keyword=keyword, size=size, limit=limit)
                    )
                expected = size if kind is LutKind.ONE_D else size**3
            elif keyword in _DOMAIN_KEYWORDS:
                (domain_min if keyword == "DOMAIN_MIN" else domain_max)[:] = _numbers(rest, 3, keyword)
            elif keyword in _RANGE_KEYWORDS:
                low, high = _numbers(rest, 2, keyword)
                domain_min[:] = [low] * 3
                domain_max[:] = [high] * 3
            else:
                raise _LineError(
                    QT_TRANSLATE_NOOP("core.adjust", "unsupported keyword {head}").format(head=head)
                )
        except _LineError as exc:
            raise LutError(
                QT_TRANSLATE_NOOP("core.adjust", "{name}, line {line}: {error}").format(
                    name=name, line=line_no, error=user_text(exc)
                )
            ) from None

    if kind is None:
        raise LutError(
            QT_TRANSLATE_NOOP(
                "core.adjust", "{name} has no LUT_1D_SIZE or LUT_3D_SIZE line; is it a .cube file?"
            ).format(name=name)
        )
    found = len(values) // 3
    if found != expected:
        raise LutError(
            QT_TRANSLATE_NOOP(
                "core.adjust", "{name} has {found} table entries, but its size declares {expected}."
            ).format(name=name, found=found, expected=expected)
        )
    for channel, colour in enumerate(("red", "green", "blue")):
        if not domain_max[channel] > domain_min[channel]:
            raise LutError(
                QT_TRANSLATE_NOOP(
                    "core.adjust",
                    "{name}: the {colour} domain is empty (DOMAIN_MIN {domain_min:g} is "
                    "not below DOMAIN_MAX {domain_max:g}).",
                ).format(
                    name=name, colour=colour, domain_min=domain_min[channel], domain_max=domain_max[channel]
                )
            )

    table = np.array(values, dtype=np.float64)
    table = table.reshape((size, 3) if kind is LutKind.ONE_D else (size, size, size, 3))
    table.setflags(write=False)
    return CubeLut(
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        kind=kind,
        size=size,
        domain_min=(domain_min[0], domain_min[1], domain_min[2]),
        domain_max=(domain_max[0], domain_max[1], domain_max[2]),
        table=table,
    )


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True


class _LineError(Exception):
    """What is wrong with one line; `parse_cube` adds the file name and line number."""


def _numbers(text: str, count: int, keyword: str = "") -> list[float]:
    if keyword:
        needs = QT_TRANSLATE_NOOP("core.adjust", "{keyword} needs {count} numbers").format(
            keyword=keyword, count=count
        )
    else:
        needs = QT_TRANSLATE_NOOP("core.adjust", "expected {count} numbers").format(count=count)
    parts = text.split()
    if len(parts) != count:
        raise _LineError(
            QT_TRANSLATE_NOOP("core.adjust", "{needs}, found {found} ({text!r})").format(
                needs=needs, found=len(parts), text=text.strip()
            )
        )
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise _LineError(
            QT_TRANSLATE_NOOP("core.adjust", "{needs}, found {text!r}").format(needs=needs, text=text.strip())
        ) from None
    if not all(math.isfinite(n) for n in numbers):
        raise _LineError(
            QT_TRANSLATE_NOOP("core.adjust", "numbers must be finite, found {text!r}").format(
                text=text.strip()
            )
        )
    return numbers


def domain_position(lut: CubeLut, values: np.ndarray) -> np.ndarray:
    """Inputs (..., 3) on 0-1 as positions in the table's domain, 0-1 and clipped."""
    low = np.asarray(lut.domain_min)
    high = np.asarray(lut.domain_max)
    position: np.ndarray = np.clip((values - low) / (high - low), 0.0, 1.0)
    return position


def sample_1d(lut: CubeLut, values: np.ndarray) -> np.ndarray:
    """The 1D table at inputs (..., 3) on 0-1, linearly interpolated per channel."""
    position = domain_position(lut, values) * (lut.size - 1)
    out = np.empty(position.shape, dtype=np.float64)
    grid = np.arange(lut.size, dtype=np.float64)
    for channel in range(3):
        out[..., channel] = np.interp(position[..., channel], grid, lut.table[:, channel])
    return out


def sample_3d(lut: CubeLut, values: np.ndarray) -> np.ndarray:
    """The 3D table at inputs (..., 3) on 0-1, trilinearly interpolated (float64, the reference).

    Fine for thousands of points (resampling a table, tests); images go through Pillow's filter.
    """
    n = lut.size
    position = domain_position(lut, np.asarray(values, dtype=np.float64)) * (n - 1)
    low = np.minimum(np.floor(position).astype(np.intp), n - 2)
    frac = position - low
    out = np.zeros(position.shape, dtype=np.float64)
    for dr in (0, 1):
        wr = frac[..., 0] if dr else 1.0 - frac[..., 0]
        for dg in (0, 1):
            wg = frac[..., 1] if dg else 1.0 - frac[..., 1]
            for db in (0, 1):
                wb = frac[..., 2] if db else 1.0 - frac[..., 2]
                corner = lut.table[low[..., 2] + db, low[..., 1] + dg, low[..., 0] + dr]
                out += (wr * wg * wb)[..., None] * corner
    return out


def identity_grid(size: int) -> np.ndarray:
    """The identity 3D table of a size, shape (size, size, size, 3), indexed [b][g][r]."""
    axis = np.linspace(0.0, 1.0, size)
    blue, green, red = np.meshgrid(axis, axis, axis, indexing="ij")
    return np.stack([red, green, blue], axis=-1)
