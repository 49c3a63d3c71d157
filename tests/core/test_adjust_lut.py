""".cube parsing: valid 1D and 3D files, domains, and a clear error naming the line for bad ones."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from cutie_app.core.imaging.lut import LutError, LutKind, parse_cube, sample_1d, sample_3d


def cube_3d(size: int, fn=lambda r, g, b: (r, g, b), header: str = "") -> str:
    """A 3D .cube text for a colour function on 0-1, red changing fastest (as the format says)."""
    lines = [header, f"LUT_3D_SIZE {size}"]
    axis = [i / (size - 1) for i in range(size)]
    for b in axis:
        for g in axis:
            for r in axis:
                lines.append("{:.6f} {:.6f} {:.6f}".format(*fn(r, g, b)))
    return "\n".join(lines) + "\n"


def test_a_3d_file_with_title_comments_and_blank_lines() -> None:
    text = (
        '# made by hand\nTITLE "Warm #2"\n\n  # indented comment\n'
        + cube_3d(2, lambda r, g, b: (b, g, r))  # swaps red and blue
        + "\n# trailing comment\n"
    )
    data = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")  # BOM and CRLF, as Windows tools write
    lut = parse_cube(data, "warm.cube")
    assert lut.kind is LutKind.THREE_D
    assert lut.size == 2
    assert lut.title == "Warm #2"
    assert lut.unit_domain
    assert lut.sha256 == hashlib.sha256(data).hexdigest()
    # [blue][green][red]: the second line of data is red = 1, which the table maps to blue = 1.
    assert lut.table[0, 0, 1].tolist() == [0.0, 0.0, 1.0]
    assert lut.table[1, 0, 0].tolist() == [1.0, 0.0, 0.0]
    assert not lut.table.flags.writeable
    assert sample_3d(lut, np.array([[0.25, 0.5, 0.75]])) == pytest.approx(np.array([[0.75, 0.5, 0.25]]))


def test_the_largest_3d_size_parses() -> None:
    lut = parse_cube(cube_3d(65).encode(), "big.cube")
    assert lut.table.shape == (65, 65, 65, 3)
    assert lut.table[64, 0, 32].tolist() == pytest.approx([0.5, 0.0, 1.0])


def test_a_1d_file_with_its_domain() -> None:
    text = "LUT_1D_SIZE 3\nDOMAIN_MIN 0 0 0\nDOMAIN_MAX 2 2 2\n0 0 0\n0.5 0.25 1\n1 0.5 1\n"
    lut = parse_cube(text.encode(), "log.cube")
    assert lut.kind is LutKind.ONE_D
    assert lut.table.shape == (3, 3)
    assert lut.domain_max == (2.0, 2.0, 2.0)
    # Input 1.0 sits in the middle of the 0-2 domain: the second entry.
    assert sample_1d(lut, np.array([[1.0, 1.0, 1.0]]))[0].tolist() == pytest.approx([0.5, 0.25, 1.0])
    assert sample_1d(lut, np.array([[0.5, 0.5, 0.5]]))[0].tolist() == pytest.approx([0.25, 0.125, 0.5])


def test_a_3d_domain_and_resolves_input_range() -> None:
    lut = parse_cube(cube_3d(2, header="DOMAIN_MIN -0.5 0 0\nDOMAIN_MAX 1.5 1 2").encode(), "wide.cube")
    assert (lut.domain_min, lut.domain_max) == ((-0.5, 0.0, 0.0), (1.5, 1.0, 2.0))
    assert not lut.unit_domain
    # Input 0.5 on red is the middle of [-0.5, 1.5]; on blue a quarter of [0, 2].
    assert sample_3d(lut, np.array([0.5, 0.5, 0.5])).tolist() == pytest.approx([0.5, 0.5, 0.25])
    resolve = parse_cube(cube_3d(2, header="LUT_3D_INPUT_RANGE 0 4").encode(), "resolve.cube")
    assert resolve.domain_max == (4.0, 4.0, 4.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("TITLE x\n0 0 0\n", "line 2: table data before LUT_1D_SIZE or LUT_3D_SIZE"),
        ("# only a comment\n", "has no LUT_1D_SIZE or LUT_3D_SIZE line"),
        ("LUT_3D_SIZE 66\n", "line 1: LUT_3D_SIZE 66 is out of range (2 to 65)"),
        ("LUT_3D_SIZE 1\n", "line 1: LUT_3D_SIZE 1 is out of range"),
        ("LUT_1D_SIZE 70000\n", "line 1: LUT_1D_SIZE 70000 is out of range (2 to 65536)"),
        ("LUT_3D_SIZE two\n", "line 1: LUT_3D_SIZE needs a whole number, not 'two'"),
        ("LUT_1D_SIZE 2\n0 0 0\n", "has 1 table entries, but its size declares 2"),
        ("LUT_1D_SIZE 2\n0 0 0\n1 1 1\n1 1 1\n", "line 4: more entries than the 2"),
        ("LUT_1D_SIZE 2\n0 0 0\n1 one 1\n", "line 3: expected 3 numbers, found '1 one 1'"),
        ("LUT_1D_SIZE 2\n0 0\n1 1 1\n", "line 2: expected 3 numbers, found 2"),
        ("LUT_1D_SIZE 2\n0 0 0\nnan 1 1\n", "line 3: numbers must be finite"),
        ("LUT_1D_SIZE 2\n0 0 0\n1e999 1 1\n", "line 3: numbers must be finite"),
        ("LUT_1D_SIZE 2\n0 0 0\nTITLE late\n1 1 1\n", "line 3: keyword TITLE after the table data started"),
        ("LUT_1D_SIZE 2\nLUT_1D_SIZE 2\n", "line 2: LUT_1D_SIZE appears twice"),
        ("LUT_1D_SIZE 2\nLUT_3D_SIZE 2\n", "line 2: a file can hold a 1D or a 3D table, not both"),
        ("LUT_IN_VIDEO_RANGE\nLUT_1D_SIZE 2\n", "line 1: unsupported keyword LUT_IN_VIDEO_RANGE"),
        ("DOMAIN_MIN 0 0\nLUT_1D_SIZE 2\n", "line 1: DOMAIN_MIN needs 3 numbers, found 2"),
        ("DOMAIN_MIN 0 0 1\nLUT_1D_SIZE 2\n0 0 0\n1 1 1\n", "the blue domain is empty"),
    ],
)
def test_malformed_files_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(LutError) as caught:
        parse_cube(text.encode(), "grade.cube")
    assert str(caught.value).startswith("grade.cube")
    assert message in str(caught.value)


def test_binary_and_huge_files_are_refused() -> None:
    with pytest.raises(LutError, match=r"not a text \.cube file"):
        parse_cube(b"\x89PNG\r\n\x1a\n\xff\xfe", "photo.cube")
    with pytest.raises(LutError, match="too large"):
        parse_cube(b" " * (33 * 1024 * 1024), "huge.cube")
