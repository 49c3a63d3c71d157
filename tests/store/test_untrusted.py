"""A project database is untrusted: hostile packs are refused, and edited rows never lead outside.

Every hostile pack here is built in the test from a real project's pack: its database is edited
with plain sqlite3 and the pack is re-zipped with a manifest that matches, so only the rows or
the schema are wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.model.references import ReferenceImage, ReferenceRole
from cutie_app.core.services.export import export_images
from cutie_app.core.store import Project, UnsafePathError
from cutie_app.core.store.pack import PackError, export_pack, import_pack


def png(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)).save(buf, "PNG")
    return buf.getvalue()


def variant(data: bytes, index: int) -> Variant:
    recipe = Recipe(
        model="gemini-3-pro-image",
        prompt=PromptParts((PromptSection("scene", "Scene", "waving"),)),
        aspect_ratio="1:1",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        variant_index=index,
        batch_id="b1",
        response_id=f"resp-{index}",
        cost_usd=0.134,
    )
    return Variant(index, VariantStatus.DELIVERED, recipe, (GeneratedImage(data, "image/png"),))


def make_project(folder: Path) -> Path:
    with Project.create(folder) as project:
        project.add_variant(variant(png(1), 0))
        project.add_variant(variant(png(2), 1))
        project.add_reference(
            ReferenceImage(png(3), "image/png", ReferenceRole.IDENTITY, "person", "front.png")
        )
    return folder


@pytest.fixture
def good_pack(tmp_path: Path) -> Path:
    return export_pack(make_project(tmp_path / "made" / "Little Orange"), tmp_path / "good")


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "imported"
    folder.mkdir()
    return folder


def hostile(good: Path, out: Path, *sql: str, extra: dict[str, bytes] | None = None) -> Path:
    """`good` with `sql` run on its database (and `extra` members added), re-zipped consistently."""
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist() if n != "manifest.json"}
        manifest = json.loads(zf.read("manifest.json"))
    db = out.with_suffix(".db")
    db.write_bytes(members["project.cutie"])
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # everything back in the one file
        for statement in sql:
            conn.execute(statement)
    members["project.cutie"] = db.read_bytes()
    members.update(extra or {})
    manifest["files"] = [
        {"path": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in members.items()
    ]
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return out


def refused(pack: Path, target: Path) -> str:
    """Import must fail and leave `target` empty; returns the reason."""
    with pytest.raises(PackError) as caught:
        import_pack(pack, target)
    assert list(target.iterdir()) == []
    assert str(caught.value).endswith("Nothing was written.")
    return caught.value.reason


def test_the_untouched_pack_imports_and_opens(good_pack: Path, target: Path) -> None:
    folder = import_pack(good_pack, target)
    with Project.open(folder) as project:
        assert len(project.images()) == 2 and len(project.references()) == 1
        assert project.check().ok


HOSTILE_ROWS = {
    "absolute image path": (
        "UPDATE images SET file = '/etc/passwd' WHERE id = 1",
        "names '/etc/passwd', and it is an absolute path",
    ),
    "parent-folder escape": (
        "UPDATE images SET file = '../../../etc/passwd' WHERE id = 1",
        "names '../../../etc/passwd', and it contains a path separator",
    ),
    "bare '..'": ("UPDATE images SET file = '..' WHERE id = 2", "'..' name"),
    "absolute reference path": (
        "UPDATE reference_slots SET file = '/home/someone/.ssh/id_rsa'",
        "reference_slots row 1 names '/home/someone/.ssh/id_rsa', and it is an absolute path",
    ),
    "separator into another folder": (
        "UPDATE reference_slots SET file = '../images/' || (SELECT file FROM images WHERE id = 1)",
        "reference_slots row 1 .* contains a path separator",
    ),
    "backslash separator": (
        "UPDATE images SET file = '..\\..\\secret.png' WHERE id = 1",
        "contains a path separator",
    ),
    "NUL in the name": (
        "UPDATE images SET file = CAST(X'612E706E6700' || X'2E2E2F78' AS TEXT) WHERE id = 1",
        "NUL character",
    ),
    "a name that is not text": ("UPDATE images SET file = X'2E2E2F78' WHERE id = 1", "it is not text"),
    "a file the pack lacks": (
        "UPDATE images SET file = 'ghost-0123abcd.png' WHERE id = 1",
        "images/ghost-0123abcd.png, which is not in the pack",
    ),
    "a hash that names a path": (
        "UPDATE images SET sha256 = '../../../../tmp/x' WHERE id = 1",
        "SHA-256 of '../../../../tmp/x'",
    ),
    "an unknown reference role": ("UPDATE reference_slots SET role = 'evil'", "unknown role 'evil'"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_ROWS))
def test_a_pack_whose_rows_name_files_badly_is_refused(
    case: str, good_pack: Path, target: Path, tmp_path: Path
) -> None:
    sql, expected = HOSTILE_ROWS[case]
    reason = refused(hostile(good_pack, tmp_path / "hostile.cutiepack", sql), target)
    assert "names files it may not" in reason or "SHA-256" in reason or "role" in reason
    assert re.search(expected, reason), reason


def test_a_row_naming_a_symlink_member_is_refused(good_pack: Path, target: Path, tmp_path: Path) -> None:
    """The zip carries a symbolic link (to /etc/passwd) under the name a row uses."""
    pack = hostile(good_pack, tmp_path / "base.cutiepack", "UPDATE images SET file = 'link.png' WHERE id = 1")
    with zipfile.ZipFile(pack) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    link = zipfile.ZipInfo("images/link.png")
    link.external_attr = (0o120777) << 16
    target_bytes = b"/etc/passwd"
    manifest["files"].append(
        {
            "path": "images/link.png",
            "size": len(target_bytes),
            "sha256": hashlib.sha256(target_bytes).hexdigest(),
        }
    )
    out = tmp_path / "symlink.cutiepack"
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(link, target_bytes)
        zf.writestr("manifest.json", json.dumps(manifest))
    assert "symbolic link" in refused(out, target)


HOSTILE_SCHEMA = {
    "a trigger": (
        "CREATE TRIGGER eat AFTER INSERT ON images BEGIN DELETE FROM images; END",
        "a trigger 'eat' on 'images' that Cutie does not create",
    ),
    "a view": (
        "CREATE VIEW everything AS SELECT * FROM images",
        "a view 'everything' that Cutie does not create",
    ),
    "an extra table": ("CREATE TABLE notes (x TEXT)", "a table 'notes' that Cutie does not create"),
    "an extra index": (
        "CREATE INDEX images_by_sha ON images (sha256)",
        "an index 'images_by_sha' on 'images' that Cutie does not create",
    ),
    "a dropped index": ("DROP INDEX images_by_time", "index 'images_by_time' is missing"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_SCHEMA))
def test_a_pack_with_schema_cutie_did_not_create_is_refused(
    case: str, good_pack: Path, target: Path, tmp_path: Path
) -> None:
    sql, expected = HOSTILE_SCHEMA[case]
    reason = refused(hostile(good_pack, tmp_path / "hostile.cutiepack", sql), target)
    assert "not laid out as Cutie's" in reason
    assert re.search(expected, reason), reason


def test_a_changed_table_definition_is_refused(good_pack: Path, target: Path, tmp_path: Path) -> None:
    """Same name, different table: a column added to scenes."""
    pack = hostile(
        good_pack,
        tmp_path / "hostile.cutiepack",
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE scenes ADD COLUMN payload TEXT",
    )
    assert "the table 'scenes' differs from the one Cutie creates" in refused(pack, target)


# -- a project whose database was edited after it was made ---------------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Files outside the project that an edited row will point at; none may be read or deleted."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.png").write_bytes(png(9))  # a real image, so nothing refuses it for its bytes
    (folder / "victim.png").write_bytes(png(8))
    return folder


def edit(folder: Path, *sql: str) -> None:
    with contextlib.closing(sqlite3.connect(folder / "project.cutie", isolation_level=None)) as conn:
        for statement in sql:
            conn.execute(statement)


@contextlib.contextmanager
def edited(folder: Path, outside: Path) -> Iterator[Project]:
    """The project, with image 1 pointing at a relative escape and the reference at an absolute path."""
    relative = os.path.relpath(outside / "secret.png", folder / "images")
    edit(
        folder,
        f"UPDATE images SET file = '{relative}' WHERE id = 1",
        f"UPDATE reference_slots SET file = '{outside / 'victim.png'}'",
    )
    with Project.open(folder) as project:
        yield project


@pytest.mark.expected_log("cutie.store")
def test_an_edited_database_cannot_read_outside(tmp_path: Path, outside: Path) -> None:
    folder = make_project(tmp_path / "p")
    for thumb in (folder / ".cache" / "thumbs").iterdir():
        thumb.unlink()  # so a thumbnail would have to be made from the file the row names
    with edited(folder, outside) as project:
        record = project.image(1)
        with pytest.raises(UnsafePathError, match="outside its folder"):
            project.image_path(record)
        with pytest.raises(UnsafePathError):
            project.thumbnail_path(record)
        with pytest.raises(UnsafePathError):
            project.reference_images()  # what `generate --project` would send to Google
        with pytest.raises(UnsafePathError):
            project.reference_path(project.references()[0])
        with pytest.raises(UnsafePathError):
            project.set_anchor(1)
        assert project.thumbnail_path(project.image(2)).is_file()  # the honest image still works
        report = project.check()
        assert not report.ok
        assert len(report.unsafe_paths) == 2 and report.hash_mismatches == ()
        assert "outside the project" in report.text()
    assert sorted(p.name for p in outside.iterdir()) == ["secret.png", "victim.png"]


@pytest.mark.expected_log("cutie.store")
def test_an_edited_database_cannot_export_outside_files(tmp_path: Path, outside: Path) -> None:
    folder = make_project(tmp_path / "p")
    out = tmp_path / "export"
    with edited(folder, outside) as project, pytest.raises(UnsafePathError):
        export_images(project, out, image_ids=[1])
    copied = [p.read_bytes() for p in out.rglob("*") if p.is_file()] if out.exists() else []
    assert png(9) not in copied


@pytest.mark.expected_log("cutie.store")
def test_an_edited_database_cannot_delete_outside(tmp_path: Path, outside: Path) -> None:
    folder = make_project(tmp_path / "p")
    with edited(folder, outside) as project:
        slot = project.references()[0]
        with pytest.raises(UnsafePathError):
            project.remove_reference(slot.id)
        assert project.references() == [slot]  # refused: the row stays too
        project.update_reference(slot.id, label="still editable")
    assert (outside / "victim.png").read_bytes() == png(8)


@pytest.mark.expected_log("cutie.store")
def test_an_edited_anchor_row_cannot_delete_outside_when_replaced(tmp_path: Path, outside: Path) -> None:
    folder = make_project(tmp_path / "p")
    with Project.open(folder) as project:
        project.set_anchor(2)
    edit(folder, f"UPDATE reference_slots SET file = '{outside / 'victim.png'}' WHERE is_anchor = 1")
    with Project.open(folder) as project:
        before = project.references()
        with pytest.raises(UnsafePathError):
            project.set_anchor(1)
        with pytest.raises(UnsafePathError):
            project.add_reference(
                ReferenceImage(png(4), "image/png", ReferenceRole.ANCHOR, "person", "new.png")
            )
        assert project.references() == before
        assert len(list(project.references_dir.iterdir())) == 2  # no new file was left behind either
    assert (outside / "victim.png").read_bytes() == png(8)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need POSIX here")
@pytest.mark.expected_log("cutie.store")
def test_a_symlink_inside_the_project_is_not_followed_outside(tmp_path: Path, outside: Path) -> None:
    folder = make_project(tmp_path / "p")
    with Project.open(folder) as project:
        record = project.image(1)
    path = folder / "images" / record.file
    path.unlink()
    path.symlink_to(outside / "secret.png")
    stray = folder / "images" / "stray-0123abcd.png"
    stray.symlink_to(outside / "victim.png")  # a link without a row: recovery must not adopt it
    with Project.open(folder) as project:
        assert project.recovery.recovered == ()
        with pytest.raises(UnsafePathError, match="symbolic link"):
            project.image_path(record)
        report = project.check()
        assert any("symbolic link" in p for p in report.unsafe_paths)
        assert "images/stray-0123abcd.png" in report.orphan_files
        assert project.score_images([record.id]) == {}  # left out, not read


def test_an_edited_hash_cannot_name_a_thumbnail_elsewhere(tmp_path: Path, outside: Path) -> None:
    folder = make_project(tmp_path / "p")
    edit(folder, "UPDATE images SET sha256 = '../../../outside/secret' WHERE id = 1")
    with Project.open(folder) as project, pytest.raises(UnsafePathError, match="SHA-256"):
        project.thumbnail_path(project.image(1))


def test_check_reports_schema_objects_added_later(tmp_path: Path) -> None:
    folder = make_project(tmp_path / "p")
    edit(folder, "CREATE TRIGGER eat AFTER INSERT ON images BEGIN DELETE FROM images; END")
    with Project.open(folder) as project:
        report = project.check()
    assert not report.ok
    assert report.foreign_schema == ("it has a trigger 'eat' on 'images' that Cutie does not create",)
