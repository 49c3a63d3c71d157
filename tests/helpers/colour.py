"""Colour science for the CMYK tests: a real CMYK ICC profile built here, Lab, and ΔE00.

`cmyk_profile()` writes an ICC v2 output profile ("prtr", CMYK to Lab) whose A2B0 table is
a 6×6×6×6 lut16 sampled from `lab_of_cmyk`, a model of inks that are not ideal (each absorbs
some of the other primaries, and black is not perfectly black). LittleCMS reads it like any
printer profile; at the table's nodes (ink values 0, 51, 102, 153, 204, 255) the profile's
colour is exactly `lab_of_cmyk`, so a conversion can be checked against the truth.
"""

from __future__ import annotations

import itertools
import math
import struct

#: The ICC profile connection space's white (D50), as XYZ.
D50 = (0.9642, 1.0, 0.8249)
GRID = 6
#: Ink values at the profile's table nodes (8-bit): conversions there need no interpolation.
NODES = tuple(round(255 * i / (GRID - 1)) for i in range(GRID))
# Linear sRGB to XYZ, Bradford-adapted to D50 (the matrix LittleCMS's own sRGB profile holds).
_SRGB_TO_XYZ_D50 = (
    (0.4360747, 0.3850649, 0.1430804),
    (0.2225045, 0.7168786, 0.0606169),
    (0.0139322, 0.0971045, 0.7141733),
)


def _xyz_to_lab(xyz: tuple[float, float, float]) -> tuple[float, float, float]:
    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, D50, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _linear_to_lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    x, y, z = (sum(m * c for m, c in zip(row, rgb, strict=True)) for row in _SRGB_TO_XYZ_D50)
    return _xyz_to_lab((x, y, z))


def lab_of_cmyk(c: float, m: float, y: float, k: float) -> tuple[float, float, float]:
    """The colour (Lab, D50) the test profile gives ink amounts 0..1."""
    red = (1 - 0.88 * c - 0.10 * m - 0.02 * y) * (1 - 0.92 * k)
    green = (1 - 0.25 * c - 0.90 * m - 0.08 * y) * (1 - 0.92 * k)
    blue = (1 - 0.10 * c - 0.30 * m - 0.85 * y) * (1 - 0.92 * k)
    linear = tuple(max(0.0, v) ** 1.1 for v in (red, green, blue))
    return _linear_to_lab(linear)  # type: ignore[arg-type]


def srgb_to_lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """An 8-bit sRGB pixel as Lab (D50), as a colour-managed viewer shows it."""

    def linear(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return _linear_to_lab((linear(rgb[0]), linear(rgb[1]), linear(rgb[2])))


def delta_e_2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = (
        -2
        * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2))))
    )
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


# -- the ICC profile ------------------------------------------------------------------------------


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _desc(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\x00"
    # textDescriptionType: ASCII, then empty Unicode and ScriptCode parts (67-byte field)
    return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(8) + bytes(3) + bytes(67)


def _lut16_cmyk_to_lab() -> bytes:
    clut = bytearray()
    for c, m, y, k in itertools.product(range(GRID), repeat=4):
        lab_l, lab_a, lab_b = lab_of_cmyk(*(v / (GRID - 1) for v in (c, m, y, k)))
        # ICC v2 16-bit Lab: L 0..100 -> 0..0xFF00, a/b -128..127.996 -> 0..0xFFFF
        encoded = (lab_l * 65280 / 100, (lab_a + 128) * 256, (lab_b + 128) * 256)
        clut += struct.pack(">3H", *(min(0xFFFF, max(0, round(v))) for v in encoded))
    identity_matrix = b"".join(_s15(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
    linear_curve = struct.pack(">2H", 0, 0xFFFF)
    return (
        b"mft2"
        + bytes(4)
        + bytes((4, 3, GRID, 0))
        + identity_matrix
        + struct.pack(">HH", 2, 2)
        + linear_curve * 4
        + bytes(clut)
        + linear_curve * 3
    )


def cmyk_profile() -> bytes:
    """An ICC v2 CMYK output profile (see the module docstring)."""
    tags = [
        (b"desc", _desc("Cutie test CMYK (uncoated inks)")),
        (b"cprt", b"text" + bytes(4) + b"No copyright, test data\x00"),
        (b"wtpt", b"XYZ " + bytes(4) + b"".join(_s15(v) for v in D50)),
        (b"A2B0", _lut16_cmyk_to_lab()),
    ]
    table = struct.pack(">I", len(tags))
    body = b""
    offset = 128 + 4 + 12 * len(tags)
    for signature, data in tags:
        body += bytes(-(offset + len(body)) % 4)  # tags start on 4-byte boundaries
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = 128 + len(table) + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)  # version 2.1
        + b"prtr"
        + b"CMYK"
        + b"Lab "
        + bytes(12)  # creation date
        + b"acsp"
        + bytes(4 + 4 + 4 + 4 + 8)  # platform, flags, manufacturer, model, attributes
        + struct.pack(">I", 0)  # perceptual intent
        + b"".join(_s15(v) for v in D50)
        + bytes(4 + 16 + 28)  # creator, profile id, reserved
    )
    assert len(header) == 128
    return header + table + body
