"""One look file format: the project's looks/ and the user's look files are the same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import cutie_app
from cutie_app.core.formats.look_file import LOOK_FILE_KEY, parse_look_file
from cutie_app.core.model.adjustments import AdjustmentStack, Brightness, Look, Lut
from cutie_app.core.services.adjust import read_look_file, write_look_file
from cutie_app.core.store import Project

CUBE = b'TITLE "Cool"\nLUT_3D_SIZE 2\n' + b"\n".join(
    f"{r * 0.8:.3f} {g:.3f} {b:.3f}".encode() for b in (0, 1) for g in (0, 1) for r in (0, 1)
)
SHA = hashlib.sha256(CUBE).hexdigest()
COOL = Look("Cool evening", AdjustmentStack((Lut(0.7, sha256=SHA, name="Cool"), Brightness(0.9))), 0.8)


def test_a_projects_look_is_the_file_the_look_library_writes(tmp_path: Path) -> None:
    with Project.create(tmp_path / "Little Orange") as project:
        project.save_lut(CUBE, "Cool")
        project.save_look(COOL)
        in_project = project.folder / "looks" / "Cool evening.look.json"
    alone = tmp_path / "cool.look.json"
    write_look_file(alone, COOL, {SHA: CUBE})
    assert in_project.read_bytes() == alone.read_bytes()
    assert read_look_file(in_project).look == COOL
    assert parse_look_file(alone.read_bytes()).luts[SHA] == ("Cool", CUBE)


def test_the_look_file_format_has_one_owner() -> None:
    """Only core/formats/look_file.py spells the format's marker; the store and services call it."""
    package = Path(cutie_app.__file__).parent
    spelling = [
        path.relative_to(package).as_posix()
        for path in sorted(package.rglob("*.py"))
        if f'"{LOOK_FILE_KEY}"' in path.read_text("utf-8")
    ]
    assert spelling == ["core/formats/look_file.py"]
