"""`.cutiepack` export/import: a faithful round trip, and hostile packs that change nothing."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import sqlite3
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest
from PIL import Image

import cutie_app
from cutie_app.core.store import Project
from cutie_app.core.store import migrations as mig
from cutie_app.core.store import pack as pack_mod
from cutie_app.core.store.migrations import APPLICATION_ID
from cutie_app.core.store.pack import (
    PackError,
    PackLimits,
    export_pack,
    import_pack,
    inspect_pack,
)

NAME = "Little Orange"
ROWS = [(i, f"variant {i}") for i in range(1, 41)]


# --------------------------------------------------------------------------- helpers


def make_db(
    path: Path, *, version: int = 1, rows: list[tuple[int, str]] = ROWS, app_id: int = APPLICATION_ID
) -> None:
    """A database with Cutie's own schema at `version` (its migrations) and `rows` as scenes."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        mig.migrate(conn, target=version)
        conn.execute(f"PRAGMA application_id = {app_id}")
        if version >= 1:
            conn.executemany(
                "INSERT INTO scenes (id, text, position, created_at) VALUES (?, ?, ?, '2026-01-01')",
                [(i, text, i) for i, text in rows],
            )


def db_rows(path: Path) -> list[tuple[int, str]]:
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        return conn.execute("SELECT id, text FROM scenes ORDER BY id").fetchall()


def png_bytes(color: str, size: int = 24) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), color).save(out, format="PNG")
    return out.getvalue()


def listing(root: Path) -> list[tuple[str, int]]:
    """Every path under root with its size (-1 for folders): the 'nothing changed' witness."""
    return sorted(
        (p.relative_to(root).as_posix(), -1 if p.is_dir() else p.stat().st_size) for p in root.rglob("*")
    )


def packed_files(project: Path) -> dict[str, bytes]:
    """The files a pack must carry (images/ and references/), by relative path."""
    return {
        p.relative_to(project).as_posix(): p.read_bytes()
        for folder in ("images", "references")
        for p in sorted((project / folder).rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small real project folder, with the clutter a pack must leave behind."""
    root = tmp_path / "projects" / NAME
    (root / "images" / "scene-1").mkdir(parents=True)
    (root / "references").mkdir()
    (root / ".cache" / "thumbs").mkdir(parents=True)
    make_db(root / "project.cutie")
    (root / "images" / "turnaround-1a2b3c.png").write_bytes(png_bytes("orange"))
    (root / "images" / "turnaround-1a2b3c.recipe.json").write_text('{"model": "m"}', "utf-8")
    (root / "images" / "scene-1" / "park-4d5e6f.png").write_bytes(png_bytes("green", 32))
    (root / "images" / ".turnaround-9z.png.1234.tmp").write_bytes(b"half-written")
    (root / "references" / "front.png").write_bytes(png_bytes("white"))
    (root / "references" / "side.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    (root / ".cache" / "thumbs" / "turnaround-1a2b3c.png").write_bytes(png_bytes("grey", 8))
    (root / ".x.tmp").write_bytes(b"stray")
    return root


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """An import destination that already holds another project."""
    root = tmp_path / "imported"
    (root / "Other Project").mkdir(parents=True)
    (root / "Other Project" / "keep.txt").write_text("keep me", "utf-8")
    return root


@pytest.fixture
def db_blob(tmp_path: Path) -> bytes:
    """The bytes of a valid version-1 project database, for hand-made packs."""
    path = tmp_path / "blob" / "project.cutie"
    path.parent.mkdir()
    make_db(path)
    return path.read_bytes()


def manifest_for(members: dict[str, bytes], **overrides: object) -> dict[str, object]:
    manifest: dict[str, object] = {
        "format": "cutiepack",
        "format_version": 1,
        "app_version": cutie_app.__version__,
        "schema_version": 1,
        "created_at": "2026-01-01T00:00:00+00:00",
        "project_name": "Evil",
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        ],
    }
    manifest.update(overrides)
    return manifest


def write_pack(
    path: Path,
    members: list[tuple[str | zipfile.ZipInfo, bytes]],
    manifest: dict[str, object] | bytes | None = None,
    *,
    auto_manifest: bool = True,
) -> Path:
    """A zip with exactly these members; the manifest describes them unless given or disabled."""
    if manifest is None and auto_manifest:
        named = {(m.filename if isinstance(m, zipfile.ZipInfo) else m): d for m, d in members}
        manifest = manifest_for(named)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members:
            zf.writestr(member, data)
        if manifest is not None:
            raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
            zf.writestr("manifest.json", raw)
    return path


def assert_refused(
    pack: Path, target: Path, match: str, *, name: str | None = None, limits: PackLimits | None = None
) -> PackError:
    """Import must fail with `match` and leave everything under the test's folder as it was."""
    root = target.parent
    before = listing(root)
    with pytest.raises(PackError) as caught:
        import_pack(pack, target, name=name, limits=limits or PackLimits())
    assert re.search(match, caught.value.reason), caught.value.reason  # not the pack's file name
    assert listing(root) == before
    message = str(caught.value)
    assert message.startswith(f"Cannot import {pack.name}: ")
    assert message.endswith("Nothing was written.")
    return caught.value


# --------------------------------------------------------------------------- round trip


def test_round_trip_is_faithful(project: Path, target: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pack = export_pack(project, out / "backup")

    assert pack == out / "backup.cutiepack"
    assert sorted(p.name for p in out.iterdir()) == ["backup.cutiepack"]  # no temp files left
    with zipfile.ZipFile(pack) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        stored = {i.filename: i.compress_type for i in zf.infolist()}
    expected = packed_files(project)
    assert sorted(names) == sorted([*expected, "project.cutie", "manifest.json"])
    assert not any(".cache" in n or n.endswith(".tmp") or n.endswith(("-wal", "-shm")) for n in names)
    assert stored["images/turnaround-1a2b3c.png"] == zipfile.ZIP_STORED
    assert stored["project.cutie"] == zipfile.ZIP_DEFLATED
    assert set(manifest) == {
        "format",
        "format_version",
        "app_version",
        "schema_version",
        "created_at",
        "project_name",
        "files",
    }
    assert manifest["format"] == "cutiepack"
    assert manifest["format_version"] == 1
    assert manifest["app_version"] == cutie_app.__version__
    assert manifest["schema_version"] == 1
    assert manifest["project_name"] == NAME
    by_path = {f["path"]: f for f in manifest["files"]}
    assert (
        by_path["images/turnaround-1a2b3c.png"]["sha256"]
        == hashlib.sha256(expected["images/turnaround-1a2b3c.png"]).hexdigest()
    )

    info = inspect_pack(pack)
    assert info.project_name == NAME
    assert info.schema_version == 1
    assert [f.path for f in info.files] == [f["path"] for f in manifest["files"]]
    assert info.total_bytes == sum(f.size for f in info.files)

    before = listing(target)
    imported = import_pack(pack, target)

    assert imported == target / NAME
    assert packed_files(imported) == expected  # byte-identical
    assert db_rows(imported / "project.cutie") == ROWS
    assert not (imported / ".cache").exists()
    assert not any(p.name.endswith(".tmp") for p in imported.rglob("*"))
    assert sorted(p.name for p in imported.iterdir()) == ["images", "project.cutie", "references"]
    assert listing(target) == sorted(
        before + [(f"{NAME}/{rel}", size) for rel, size in listing(imported)] + [(NAME, -1)]
    )


def test_import_under_another_name_and_refuse_an_existing_one(project: Path, target: Path) -> None:
    pack = export_pack(project, target.parent / "p.cutiepack")

    assert import_pack(pack, target, name="Copy") == target / "Copy"
    error = assert_refused(pack, target, "already exists", name="Copy")
    assert "'Copy'" in str(error)
    assert_refused(pack, target, "already exists", name="Other Project")
    assert (target / "Other Project" / "keep.txt").read_text("utf-8") == "keep me"
    assert_refused(pack, target, "cannot be a project folder name", name="../Escape")
    assert_refused(pack, target, "cannot be a project folder name", name=".hidden")


def test_a_real_open_project_round_trips(target: Path, tmp_path: Path) -> None:
    """Made and kept open by the store itself, then reopened by it after import."""
    with Project.create(tmp_path / "made" / NAME) as project:
        (project.folder / "references" / "front.png").write_bytes(png_bytes("orange"))
        pack = export_pack(project.folder, tmp_path / "made.cutiepack")
    imported = import_pack(pack, target)
    with Project.open(imported) as reopened:
        assert reopened.name == NAME
    assert (imported / "references" / "front.png").read_bytes() == png_bytes("orange")


def test_export_into_a_folder_names_the_pack_after_the_project(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert export_pack(project, out) == out / f"{NAME}.cutiepack"
    again = export_pack(project, out / f"{NAME}.cutiepack")  # replaces, atomically
    assert sorted(p.name for p in out.iterdir()) == [f"{NAME}.cutiepack"]
    assert inspect_pack(again).project_name == NAME


def test_export_while_the_app_holds_a_write_transaction(project: Path, target: Path) -> None:
    db = project / "project.cutie"
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")  # committed rows stay in the -wal file
        writer.execute("INSERT INTO scenes VALUES (100, 'committed', 100, 'x')")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO scenes VALUES (101, 'uncommitted', 101, 'x')")
        writer.execute("DELETE FROM scenes WHERE id < 10")
        assert (project / "project.cutie-wal").exists()
        pack = export_pack(project, target.parent / "live")
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    with zipfile.ZipFile(pack) as zf:
        assert not any(n.endswith(("-wal", "-shm")) for n in zf.namelist())
    imported = import_pack(pack, target)
    assert db_rows(imported / "project.cutie") == [*ROWS, (100, "committed")]


def test_export_refuses_what_could_not_be_imported(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (project / "images" / "Turnaround-1A2B3C.png").write_bytes(b"twin")
    with pytest.raises(PackError, match="differ only in letter case") as caught:
        export_pack(project, out / "x")
    assert str(caught.value).endswith("Nothing was written.")
    (project / "images" / "Turnaround-1A2B3C.png").unlink()

    (project / "images" / "odd\\name.png").write_bytes(b"x")
    with pytest.raises(PackError, match="backslash"):
        export_pack(project, out / "x")
    (project / "images" / "odd\\name.png").unlink()

    with pytest.raises(PackError, match="per file"):
        export_pack(project, out / "x", limits=PackLimits(max_file_bytes=100))
    with pytest.raises(PackError, match="inside the project folder"):
        export_pack(project, project / "images" / "self")
    with pytest.raises(PackError, match="not a Cutie project"):
        export_pack(out, out / "x")
    assert list(out.iterdir()) == []


def test_export_refuses_a_damaged_database(project: Path, tmp_path: Path) -> None:
    (project / "project.cutie").write_bytes(b"this is not a database" * 100)
    with pytest.raises(PackError, match="project database"):
        export_pack(project, tmp_path / "x")
    assert not (tmp_path / "x.cutiepack").exists()
    assert not any(p.name.startswith(".cutie-export-") for p in tmp_path.iterdir())


# --------------------------------------------------------------------------- hostile names


@pytest.mark.parametrize(
    ("member", "match"),
    [
        ("../evil.txt", "'..'"),
        ("/abs/path", "absolute path"),
        ("images/../../x", "'..'"),
        ("C:\\x", "backslash"),
        ("C:/x", "drive letter"),
        ("images\\..\\..\\evil.png", "backslash"),
        ("images/a:stream.png", "Windows does not allow"),
        ("images/CON.png", "Windows reserves"),
        ("images//x.png", "empty or '.'"),
        ("notes.txt", "outside manifest.json"),
        (".cache/thumb.png", "outside manifest.json"),
        ("project.cutie-wal", "outside manifest.json"),
        ("images/", "folder entry"),
    ],
)
def test_unsafe_member_names_are_refused(
    member: str, match: str, db_blob: bytes, target: Path, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "evil.cutiepack", [("project.cutie", db_blob), (member, b"pwned")])
    assert_refused(pack, target, match)
    with pytest.raises(PackError, match=match):
        inspect_pack(pack)


def test_nul_in_a_member_name_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "nul.cutiepack", [("project.cutie", db_blob), ("images/aQ.png", b"x")])
    pack.write_bytes(pack.read_bytes().replace(b"images/aQ.png", b"images/a\x00.png"))
    assert_refused(pack, target, "NUL")


def test_symlink_member_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("images/link.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    pack = write_pack(tmp_path / "link.cutiepack", [("project.cutie", db_blob), (link, b"/etc/passwd")])
    assert_refused(pack, target, "symbolic link")


def test_special_file_member_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    fifo = zipfile.ZipInfo("images/pipe.png")
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    pack = write_pack(tmp_path / "fifo.cutiepack", [("project.cutie", db_blob), (fifo, b"")])
    assert_refused(pack, target, "special file")


def test_duplicate_names_are_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        pack = write_pack(
            tmp_path / "dup.cutiepack",
            [("project.cutie", db_blob), ("images/a.png", b"one"), ("images/a.png", b"two")],
        )
    assert_refused(pack, target, "appears more than once")


@pytest.mark.parametrize(
    ("first", "second", "match"),
    [
        ("images/a.png", "images/A.PNG", "differ only in letter case"),
        ("images/caf\u00e9.png", "images/cafe\u0301.png", "differ only in letter case"),
        ("images/a", "images/a/b.png", "both a file and a folder"),
    ],
)
def test_names_that_collide_on_other_systems_are_refused(
    first: str, second: str, match: str, db_blob: bytes, target: Path, tmp_path: Path
) -> None:
    pack = write_pack(
        tmp_path / "twins.cutiepack", [("project.cutie", db_blob), (first, b"1"), (second, b"2")]
    )
    assert_refused(pack, target, match)


# --------------------------------------------------------------------------- sizes and bombs


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """50 MB of zeros deflated to ~50 KB, in an otherwise well-formed pack."""
    folder = tmp_path_factory.mktemp("bomb")
    make_db(folder / "db")
    db = (folder / "db").read_bytes()
    size = 50 * 1024 * 1024
    zeros_sha = hashlib.sha256(bytes(size)).hexdigest()
    path = folder / "bomb.cutiepack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.cutie", db)
        with zf.open("images/zeros.png", "w") as out:
            chunk = bytes(1024 * 1024)
            for _ in range(50):
                out.write(chunk)
        manifest = manifest_for({"project.cutie": db})
        manifest["files"].append({"path": "images/zeros.png", "size": size, "sha256": zeros_sha})  # type: ignore[union-attr]
        zf.writestr("manifest.json", json.dumps(manifest))
    return path


def test_zip_bomb_is_refused_by_ratio(bomb: Path, tmp_path: Path) -> None:
    target = tmp_path / "t"
    target.mkdir()
    assert_refused(bomb, target, "zip bomb")


def test_zip_bomb_is_refused_by_size_limits(bomb: Path, tmp_path: Path) -> None:
    target = tmp_path / "t"
    target.mkdir()
    relaxed = PackLimits(max_ratio=1e9)
    assert_refused(bomb, target, "limit per file", limits=PackLimits(max_ratio=1e9, max_file_bytes=1024**2))
    assert_refused(bomb, target, "unpacks to", limits=PackLimits(max_ratio=1e9, max_total_bytes=1024**2))
    assert inspect_pack(bomb, relaxed).total_bytes > 50 * 1024 * 1024  # the limits were the reason


def test_too_many_files_are_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    members: list[tuple[str | zipfile.ZipInfo, bytes]] = [("project.cutie", db_blob)]
    members += [(f"images/{i}.png", b"x") for i in range(6)]
    pack = write_pack(tmp_path / "many.cutiepack", members)
    assert_refused(pack, target, "too many files", limits=PackLimits(max_files=5))
    assert len(inspect_pack(pack, PackLimits(max_files=8)).files) == 7
    with pack.open("rb") as fh:  # counted from the end record, before zipfile reads the directory
        assert pack_mod._declared_entry_count(fh) == 8


def test_member_larger_than_declared_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    """The central directory says 5,000 bytes; the member holds 20,000."""
    real = os.urandom(20_000)
    members = {"project.cutie": db_blob, "images/big.png": real[:5000]}
    pack = write_pack(
        tmp_path / "liar.cutiepack",
        [("project.cutie", db_blob), ("images/big.png", real)],
        manifest_for(members),
    )
    data = bytearray(pack.read_bytes())
    cd = data.find(b"PK\x01\x02")
    while cd >= 0:
        (name_len,) = struct.unpack_from("<H", data, cd + 28)
        if data[cd + 46 : cd + 46 + name_len] == b"images/big.png":
            struct.pack_into("<I", data, cd + 24, 5000)
            break
        cd = data.find(b"PK\x01\x02", cd + 4)
    assert cd >= 0
    pack.write_bytes(bytes(data))
    assert inspect_pack(pack).files[1].size == 5000  # the lie passes every declared check
    assert_refused(pack, target, "damaged")


def test_streaming_copy_never_trusts_declared_sizes() -> None:
    sink = io.BytesIO()
    with pytest.raises(pack_mod._CapExceededError):
        pack_mod._copy_capped(io.BytesIO(b"x" * 100), sink, cap=10)
    assert len(sink.getvalue()) <= 10
    digest, size = pack_mod._copy_capped(io.BytesIO(b"x" * 100), io.BytesIO(), cap=100)
    assert (digest, size) == (hashlib.sha256(b"x" * 100).hexdigest(), 100)


def test_overlapping_members_are_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    """Several central-directory entries pointing at the same data (the 'better zip bomb')."""
    pack = tmp_path / "stacked.cutiepack"
    big = os.urandom(1024 * 1024)
    members = {"project.cutie": db_blob, **{f"images/big{i}.png": big for i in range(4)}}
    with zipfile.ZipFile(pack, "w") as zf:
        zf.writestr("project.cutie", db_blob)
        zf.writestr("images/big0.png", big)
        zf.writestr("manifest.json", json.dumps(manifest_for(members)))
    data = pack.read_bytes()
    eocd = data.rfind(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack_from("<HII", data, eocd + 10)
    cd = data[cd_offset : cd_offset + cd_size]
    start = cd.find(b"images/big0.png") - 46
    name_len, extra_len, comment_len = struct.unpack_from("<HHH", cd, start + 28)
    entry = cd[start : start + 46 + name_len + extra_len + comment_len]
    copies = b"".join(entry.replace(b"images/big0.png", f"images/big{i}.png".encode()) for i in range(1, 4))
    tail = bytearray(data[eocd:])
    struct.pack_into("<HHI", tail, 8, count + 3, count + 3, cd_size + len(copies))
    pack.write_bytes(data[:cd_offset] + cd + copies + bytes(tail))
    with zipfile.ZipFile(pack) as zf:
        assert len(zf.namelist()) == 6
    assert_refused(pack, target, "overlap")


# --------------------------------------------------------------------------- manifest


def test_missing_manifest_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "bare.cutiepack", [("project.cutie", db_blob)], auto_manifest=False)
    assert_refused(pack, target, "no manifest.json")


def test_manifest_listing_a_missing_file_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    manifest = manifest_for({"project.cutie": db_blob, "images/ghost.png": b"boo"})
    pack = write_pack(tmp_path / "ghost.cutiepack", [("project.cutie", db_blob)], manifest)
    assert_refused(pack, target, "'images/ghost.png', but the pack does not contain it")


def test_file_missing_from_the_manifest_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    manifest = manifest_for({"project.cutie": db_blob})
    pack = write_pack(
        tmp_path / "extra.cutiepack", [("project.cutie", db_blob), ("images/extra.png", b"x")], manifest
    )
    assert_refused(pack, target, "'images/extra.png', which its manifest does not list")


def test_sha256_mismatch_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    manifest = manifest_for({"project.cutie": db_blob, "images/a.png": b"original"})
    pack = write_pack(
        tmp_path / "tampered.cutiepack", [("project.cutie", db_blob), ("images/a.png", b"tampered")], manifest
    )
    assert_refused(pack, target, "SHA-256 does not match")


def test_size_mismatch_with_the_manifest_is_refused(db_blob: bytes, target: Path, tmp_path: Path) -> None:
    manifest = manifest_for({"project.cutie": db_blob, "images/a.png": b"short"})
    pack = write_pack(
        tmp_path / "size.cutiepack", [("project.cutie", db_blob), ("images/a.png", b"much longer")], manifest
    )
    assert_refused(pack, target, "manifest says 5")


@pytest.mark.parametrize(
    ("overrides", "match"),
    [
        ({"schema_version": pack_mod.SCHEMA_VERSION + 1}, "made by a newer Cutie"),
        ({"format_version": 2}, "made by a newer Cutie"),
        ({"format": "zip"}, "not 'cutiepack'"),
        ({"schema_version": "1"}, "no valid 'schema_version'"),
        ({"files": [{"path": "project.cutie", "size": 1, "sha256": "nothex"}]}, "invalid entry"),
        ({"files": "everything"}, "no valid 'files'"),
    ],
)
def test_bad_manifest_fields_are_refused(
    overrides: dict[str, object], match: str, db_blob: bytes, target: Path, tmp_path: Path
) -> None:
    manifest = manifest_for({"project.cutie": db_blob}, **overrides)
    pack = write_pack(tmp_path / "m.cutiepack", [("project.cutie", db_blob)], manifest)
    error = assert_refused(pack, target, match)
    if "newer" in match:
        assert "Update Cutie" in str(error)


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"\xff\xfe", b"[" * 100_000])
def test_unreadable_manifest_is_refused(raw: bytes, db_blob: bytes, target: Path, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "j.cutiepack", [("project.cutie", db_blob)], raw)
    assert_refused(pack, target, "manifest.json is not")


def test_pack_without_a_database_is_refused(target: Path, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "nodb.cutiepack", [("images/a.png", b"x")])
    assert_refused(pack, target, "no project database")


# --------------------------------------------------------------------------- database


def test_corrupt_database_is_refused(target: Path, tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    make_db(path, rows=[(i, f"row {i} " * 20) for i in range(400)])
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, 4096 * 3, 7):
        data[offset] = 0x41
    pack = write_pack(tmp_path / "corrupt.cutiepack", [("project.cutie", bytes(data))])
    assert_refused(pack, target, "database is damaged")


def test_database_failing_its_integrity_check_is_refused(target: Path, tmp_path: Path) -> None:
    """Readable, but a table row no longer matches its index: only integrity_check notices."""
    path = tmp_path / "skewed.db"
    make_db(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE INDEX by_text ON scenes (text)")
    data = path.read_bytes()
    at = data.find(b"variant 17")
    blob = data[:at] + b"Variant 17" + data[at + 10 :]
    pack = write_pack(tmp_path / "skewed.cutiepack", [("project.cutie", blob)])
    assert_refused(pack, target, "integrity check: row 17 missing from index")


def test_database_cutie_did_not_make_is_refused(target: Path, tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    make_db(path, app_id=0)
    pack = write_pack(tmp_path / "foreign.cutiepack", [("project.cutie", path.read_bytes())])
    assert_refused(pack, target, "not one Cutie made")


def test_non_sqlite_database_is_refused(target: Path, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "text.cutiepack", [("project.cutie", b"hello, I am a text file")])
    assert_refused(pack, target, "not an SQLite database")


def test_database_version_must_match_the_manifest(target: Path, tmp_path: Path) -> None:
    path = tmp_path / "v0.db"
    make_db(path, version=0)
    blob = path.read_bytes()
    pack = write_pack(
        tmp_path / "v.cutiepack", [("project.cutie", blob)], manifest_for({"project.cutie": blob})
    )
    assert_refused(pack, target, "schema version 0, but its manifest says 1")


# --------------------------------------------------------------------------- not a pack at all


def test_non_zip_file_is_refused(target: Path, tmp_path: Path) -> None:
    pack = tmp_path / "notes.cutiepack"
    pack.write_text("just some text\n" * 100, "utf-8")
    assert_refused(pack, target, "not a zip file")
    with pytest.raises(PackError, match=r"^Cannot open notes\.cutiepack: it is not a zip file"):
        inspect_pack(pack)


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_zip_is_refused(keep: float, project: Path, target: Path, tmp_path: Path) -> None:
    pack = export_pack(project, tmp_path / "whole")
    data = pack.read_bytes()
    cut = tmp_path / "cut.cutiepack"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert_refused(cut, target, "not a zip file, or it is damaged or incomplete")


def test_missing_pack_and_missing_target_are_refused(project: Path, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="cannot be opened"):
        inspect_pack(tmp_path / "nowhere.cutiepack")
    pack = export_pack(project, tmp_path / "p")
    with pytest.raises(PackError, match="does not exist"):
        import_pack(pack, tmp_path / "no" / "such" / "folder")
    assert not (tmp_path / "no").exists()


def test_limits_are_frozen_defaults() -> None:
    limits = PackLimits()
    assert (limits.max_files, limits.max_total_bytes, limits.max_file_bytes, limits.max_ratio) == (
        50_000,
        20 * 1024**3,
        2 * 1024**3,
        200.0,
    )
    with pytest.raises(AttributeError):
        limits.max_files = 1  # type: ignore[misc]
