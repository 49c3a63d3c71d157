"""`.cutiepack` files carry the project's LUTs and looks, and a hostile pack's are refused.

Hostile packs are made from a real project's pack: its database or members are changed and the
pack is re-zipped with a manifest that matches, so only what the test changed is wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.adjustments import AdjustmentStack, Brightness, Look, Lut
from cutie_app.core.store import Project
from cutie_app.core.store.pack import PackError, PackLimits, export_pack, import_pack

CUBE = b'TITLE "Cool"\nLUT_3D_SIZE 2\n' + b"\n".join(
    f"{r * 0.8:.3f} {g:.3f} {b:.3f}".encode() for b in (0, 1) for g in (0, 1) for r in (0, 1)
)
SHA = hashlib.sha256(CUBE).hexdigest()
COOL = Look("Cool evening", AdjustmentStack((Lut(0.7, sha256=SHA, name="Cool"), Brightness(0.9))), 0.8)
LOOK_FILE = "looks/Cool evening.look.json"


@pytest.fixture
def made(tmp_path: Path) -> Path:
    folder = tmp_path / "made" / "Little Orange"
    with Project.create(folder) as project:
        project.add_variant(variant(png(1)))
        assert project.save_lut(CUBE, "Cool") == SHA
        project.save_look(COOL)
        project.save_look(Look("Dusk", AdjustmentStack((Brightness(0.6),)), 0.5))
    return folder


@pytest.fixture
def good_pack(made: Path, tmp_path: Path) -> Path:
    return export_pack(made, tmp_path / "good")


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "imported"
    folder.mkdir()
    return folder


def test_a_pack_round_trip_keeps_the_looks_and_luts(made: Path, good_pack: Path, target: Path) -> None:
    with zipfile.ZipFile(good_pack) as zf:
        names = set(zf.namelist())
    assert {f"luts/{SHA}.cube", LOOK_FILE, "looks/Dusk.look.json"} <= names
    folder = import_pack(good_pack, target)
    assert (folder / "luts" / f"{SHA}.cube").read_bytes() == CUBE
    assert (folder / LOOK_FILE).read_bytes() == (made / LOOK_FILE).read_bytes()
    with Project.open(folder) as project:
        assert project.recovery.clean  # rows came along: nothing to adopt
        assert project.looks() == [COOL, Look("Dusk", AdjustmentStack((Brightness(0.6),)), 0.5)]
        assert project.lut_data(SHA) == CUBE
        report = project.check()
        assert report.ok and (report.luts_checked, report.looks_checked) == (1, 2)


def rezip(
    good: Path,
    out: Path,
    *sql: str,
    members: Callable[[dict[str, bytes]], None] | None = None,
) -> Path:
    """`good` with `sql` run on its database and `members` edited, re-zipped consistently."""
    with zipfile.ZipFile(good) as zf:
        files = {n: zf.read(n) for n in zf.namelist() if n != "manifest.json"}
        manifest = json.loads(zf.read("manifest.json"))
    db = out.with_suffix(".db")
    db.write_bytes(files["project.cutie"])
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        for statement in sql:
            conn.execute(statement)
    files["project.cutie"] = db.read_bytes()
    if members is not None:
        members(files)
    manifest["files"] = [
        {"path": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in files.items()
    ]
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return out


def refused(pack: Path, target: Path, limits: PackLimits | None = None) -> str:
    with pytest.raises(PackError) as caught:
        import_pack(pack, target, limits=limits or PackLimits())
    assert list(target.iterdir()) == []
    assert str(caught.value).endswith("Nothing was written.")
    return caught.value.reason


ESCAPING_ROWS = {
    "look file in another folder": (
        "UPDATE looks SET file = '../images/' || (SELECT file FROM images) WHERE name = 'Dusk'",
        r"looks row \d+ names '../images/.*', and it contains a path separator",
    ),
    "look file outside the project": (
        "UPDATE looks SET file = '/home/someone/.ssh/id_rsa' WHERE name = 'Dusk'",
        "looks row .* names '/home/someone/.ssh/id_rsa', and it is an absolute path",
    ),
    "look file '..'": ("UPDATE looks SET file = '..' WHERE name = 'Dusk'", "'..' name"),
    "LUT file up and out": (
        "UPDATE luts SET file = '../../../etc/passwd'",
        "luts row 1 names '../../../etc/passwd', and it contains a path separator",
    ),
    "LUT file not the one its hash names": (
        f"UPDATE luts SET sha256 = '{'e' * 64}'",
        f"luts row 1 names '{SHA}.cube', not the file its SHA-256 names",
    ),
    "LUT hash that is not a hash": ("UPDATE luts SET sha256 = '../x', file = '../x.cube'", "luts row 1"),
    "look row naming an image": (
        "UPDATE looks SET file = 'Dusk.png' WHERE name = 'Dusk'",
        r"looks row \d+ names looks/Dusk.png, which is not in the pack",
    ),
}


@pytest.mark.parametrize("case", sorted(ESCAPING_ROWS))
def test_look_and_lut_rows_whose_names_escape_are_refused(
    case: str, good_pack: Path, target: Path, tmp_path: Path
) -> None:
    sql, match = ESCAPING_ROWS[case]
    reason = refused(rezip(good_pack, tmp_path / "evil.cutiepack", sql), target)
    assert re.search(match, reason), reason


def test_a_lut_whose_bytes_are_not_its_hash_is_refused(good_pack: Path, target: Path, tmp_path: Path) -> None:
    def swap(files: dict[str, bytes]) -> None:
        files[f"luts/{SHA}.cube"] = CUBE.replace(b"Cool", b"Evil")

    reason = refused(rezip(good_pack, tmp_path / "evil.cutiepack", members=swap), target)
    assert (
        reason
        == f"its project database names files it may not: luts row 1: luts/{SHA}.cube is not the LUT its SHA-256 names"
    )


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"{not json", "is not a look Cutie can read: it is not valid JSON"),
        (json.dumps({"cutie_look": 1, "look": {"name": "Other", "stack": []}}).encode(), "holds 'Other'"),
        (
            json.dumps(
                {
                    "cutie_look": 1,
                    "look": COOL.to_dict(),
                    "luts": {SHA: {"name": "Cool", "data_base64": "RXZpbA=="}},
                }
            ).encode(),
            "does not match its hash",
        ),
    ],
)
def test_a_look_file_that_is_not_its_look_is_refused(
    content: bytes, match: str, good_pack: Path, target: Path, tmp_path: Path
) -> None:
    def replace(files: dict[str, bytes]) -> None:
        files[LOOK_FILE] = content

    reason = refused(rezip(good_pack, tmp_path / "evil.cutiepack", members=replace), target)
    assert match in reason, reason


@pytest.mark.parametrize(
    ("member", "match"),
    [
        ("luts/sub/x.cube", "a folder inside luts/"),
        ("looks/../images/x.look.json", "a '..' component"),
        ("looks/a/b.look.json", "a folder inside looks/"),
    ],
)
def test_members_below_the_lut_and_look_folders_are_refused(
    member: str, match: str, good_pack: Path, target: Path, tmp_path: Path
) -> None:
    def add(files: dict[str, bytes]) -> None:
        files[member] = b"{}"

    assert match in refused(rezip(good_pack, tmp_path / "evil.cutiepack", members=add), target)


def test_lut_and_look_files_are_capped_in_size(
    good_pack: Path, target: Path, made: Path, tmp_path: Path
) -> None:
    small = PackLimits(max_lut_bytes=len(CUBE) - 1)
    assert f"member 'luts/{SHA}.cube' unpacks to" in refused(good_pack, target, small)
    look_size = (made / LOOK_FILE).stat().st_size
    assert "may be at most" in refused(good_pack, target, PackLimits(max_look_bytes=look_size - 1))
    with pytest.raises(PackError, match=r"more than the .* a pack allows in luts/"):
        export_pack(made, tmp_path / "again", limits=small)
