"""Crash safety: files without rows are recovered on open, rows without files are reported."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.model.references import ReferenceImage
from cutie_app.core.store import PROJECT_FILE, DiskFullError, Project, ProjectError
from cutie_app.core.store.recovery import NEVER_LANDED


def png(seed: int, size: tuple[int, int] = (40, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)).save(buf, "PNG")
    return buf.getvalue()


def variant(*images: bytes, index: int = 0, response_id: str = "resp-1", cost: float = 0.134) -> Variant:
    recipe = Recipe(
        model="gemini-3-pro-image-preview",
        prompt=PromptParts((PromptSection("scene", "Scene", "Little Orange in the rain"),)),
        aspect_ratio="3:4",
        image_size="2K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        spec_version=2,
        scene="in the rain",
        variant_index=index,
        batch_id="batch-7",
        response_id=response_id,
        usage=Usage(prompt_tokens=10, output_tokens=1120),
        cost_usd=cost,
        prompt_text="Little Orange in the rain",
    )
    return Variant(
        index, VariantStatus.DELIVERED, recipe, tuple(GeneratedImage(d, "image/png") for d in images)
    )


class SimulatedCrashError(Exception):
    pass


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Little Orange"
    Project.create(folder).close()
    return folder


def _crash_before_commit(project: Project, monkeypatch: pytest.MonkeyPatch, v: Variant, **kwargs) -> None:
    """Run the real add_variant, but die where the commit would be: files written, no rows."""

    def crash(fn):
        raise SimulatedCrashError

    monkeypatch.setattr(project._db, "transaction", crash)
    with pytest.raises(SimulatedCrashError):
        project.add_variant(v, **kwargs)
    monkeypatch.undo()


@pytest.mark.expected_log("cutie.store", "recovered")
def test_crash_between_image_write_and_commit_is_recovered_with_its_recipe(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(folder) as project:
        scene = project.add_scene("in the rain")
        v = variant(png(1), png(2))
        _crash_before_commit(project, monkeypatch, v, scene_id=scene.id, conversation_id="c1", turn_id="t9")
        assert project.images() == [] and project.ledger() == []
        assert len(list(project.images_dir.glob("*.recipe.json"))) == 2

    with Project.open(folder) as project:
        report = project.recovery
        assert len(report.recovered) == 2 and all(
            p.startswith("images/little-orange-") for p in report.recovered
        )
        assert report.missing == ()
        assert sorted(p for p in report.removed_temp if p.endswith(".recipe.json")) == sorted(
            f"images/{Path(p).stem}.recipe.json" for p in report.recovered
        )
        records = sorted(project.images(), key=lambda r: r.image_index)
        assert [project.image_path(r).read_bytes() for r in records] == [png(1), png(2)]
        for record in records:
            assert record.recipe() == v.recipe
            assert (record.status, record.scene_id, record.batch_id) == ("delivered", scene.id, "batch-7")
            assert (record.conversation_id, record.turn_id, record.model) == ("c1", "t9", v.recipe.model)
            assert (record.width, record.height) == (40, 30)
        [entry] = project.ledger()  # the billed call is not forgotten, and not counted twice
        assert (entry.response_id, entry.images, entry.estimated_usd, entry.scene_id) == (
            "resp-1",
            2,
            0.134,
            scene.id,
        )
        assert list(project.images_dir.glob("*.recipe.json")) == []
        assert project.check().ok

    with Project.open(folder) as project:  # recovery is idempotent
        assert project.recovery.recovered == () and project.recovery.removed_temp == ()
        assert len(project.images()) == 2 and len(project.ledger()) == 1


@pytest.mark.expected_log("cutie.store", "recovered")
def test_hand_written_sidecar_and_image_without_row(folder: Path) -> None:
    """The on-disk contract: `<stem>.recipe.json` next to `<stem>.png`, written before the row."""
    v = variant(png(3))
    data = png(3)
    name = f"little-orange-{hashlib.sha256(data).hexdigest()[:8]}.png"
    images = folder / "images"
    (images / name).write_bytes(data)
    (images / f"{Path(name).stem}.recipe.json").write_text(
        json.dumps({"cutie_sidecar": 1, "recipe": v.recipe.to_dict()}), "utf-8"
    )
    with Project.open(folder) as project:
        assert project.recovery.recovered == (f"images/{name}",)
        [record] = project.images()
        assert record.recipe() == v.recipe
        assert record.model == "gemini-3-pro-image-preview"
        assert record.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.expected_log("cutie.store", "recovered")
def test_image_without_sidecar_gets_a_minimal_row(folder: Path) -> None:
    (folder / "images" / "dropped.png").write_bytes(png(4, size=(64, 32)))
    (folder / "images" / "notes.txt").write_text("not an image")
    with Project.open(folder) as project:
        assert project.recovery.recovered == ("images/dropped.png",)
        [record] = project.images()
        assert (record.status, record.recipe_json, record.recipe_dict, record.recipe()) == (
            "recovered",
            "{}",
            {},
            None,
        )
        assert (record.width, record.height, record.mime_type) == (64, 32, "image/png")
        assert record.created_at  # from the file's modification time
        assert project.check().orphan_files == ("images/notes.txt",)  # reported, never adopted


def test_sidecar_whose_image_never_landed_keeps_the_ledger_entry(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    with Project.open(folder) as project:
        # The sidecar goes first; the image write fails; the error says the disk is full.
        monkeypatch.setattr("cutie_app.core.store.images.atomic_write_bytes", disk_full)
        with pytest.raises(DiskFullError, match="The disk is full") as caught:
            project.add_variant(variant(png(5), response_id="resp-lost"))
        assert "ENOSPC" in caught.value.message.technical
        monkeypatch.undo()
        assert [p.suffixes for p in project.images_dir.iterdir()] == [[".recipe", ".json"]]
    with Project.open(folder) as project:
        assert project.recovery.recovered == ()
        assert project.images() == []
        assert [(e.response_id, e.outcome, e.images, e.estimated_usd) for e in project.ledger()] == [
            ("resp-lost", "unsaved", 1, 0.134)
        ]
        assert project.ledger()[0].detail == NEVER_LANDED
        assert list(project.images_dir.iterdir()) == []
        report = project.check()
        assert report.ok and len(report.unsaved_calls) == 1  # a lost image, said so; not a problem


@pytest.mark.expected_log("cutie.store")
def test_a_multi_image_call_that_lost_one_image_says_so(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cutie_app.core.store import images

    real = images.atomic_write_bytes
    writes = []

    def second_write_fails(path: Path, data: bytes) -> None:
        writes.append(path)
        if len(writes) == 2:
            raise OSError(28, "No space left on device")
        real(path, data)

    with Project.open(folder) as project:
        monkeypatch.setattr(images, "atomic_write_bytes", second_write_fails)
        with pytest.raises(DiskFullError):
            project.add_variant(variant(png(7), png(8), response_id="resp-half"))
        monkeypatch.undo()
    with Project.open(folder) as project:
        assert len(project.recovery.recovered) == 1
        [entry] = project.ledger()
        assert (entry.outcome, entry.images, entry.detail) == ("image", 2, "1 of its 2 images never landed.")
        assert project.check().ok


def test_leftover_sidecar_after_commit_is_removed_without_duplicates(folder: Path) -> None:
    with Project.open(folder) as project:
        v = variant(png(6))
        [record] = project.add_variant(v)
        sidecar = project.images_dir / f"{Path(record.file).stem}.recipe.json"
        sidecar.write_text(json.dumps({"cutie_sidecar": 1, "recipe": v.recipe.to_dict()}), "utf-8")
    with Project.open(folder) as project:
        assert project.recovery.recovered == ()
        assert project.recovery.removed_temp == (f"images/{sidecar.name}",)
        assert len(project.images()) == 1 and len(project.ledger()) == 1


@pytest.mark.expected_log("cutie.store", "recovered")
def test_sidecar_naming_a_removed_scene_recovers_without_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(folder) as project:
        scene = project.add_scene("gone soon")
        _crash_before_commit(project, monkeypatch, variant(png(7)), scene_id=scene.id)
        project.remove_scene(scene.id)
    with Project.open(folder) as project:
        [record] = project.images()
        assert record.scene_id is None
        assert project.ledger()[0].scene_id is None


def test_leftover_temp_files_are_deleted(folder: Path) -> None:
    temps = [
        folder / "images" / ".little-orange-1234abcd.png.x7f3k.tmp",
        folder / "references" / ".front-99aa.png.q1w2.tmp",
        folder / ".cache" / "thumbs" / ".abc.png.zz.tmp",
    ]
    for temp in temps:
        temp.write_bytes(png(8)[:20])  # half-written
    with Project.open(folder) as project:
        assert sorted(project.recovery.removed_temp) == sorted(str(t.relative_to(folder)) for t in temps)
        assert project.recovery.recovered == ()
        assert project.images() == []
    assert not any(t.exists() for t in temps)


@pytest.mark.expected_log("cutie.store", "recovered")
def test_only_files_are_adopted_and_only_temp_files_deleted(folder: Path) -> None:
    images, thumbs = folder / "images", folder / ".cache" / "thumbs"
    (images / "a-folder.png").mkdir()  # a folder named like an image is not one
    (images / "a-folder.png" / "inside.png").write_bytes(png(1))
    (images / ".hidden.png").write_bytes(png(2))  # hidden files are the system's, not ours
    (images / "kept.").write_bytes(png(3))  # an odd name is still an image file
    (images / "kept..recipe.json").write_text("{}")
    kept = [
        thumbs / ".tmp",
        thumbs / "thumb.tmp",
        images / ".tmp-not",
        images / "a-folder.png" / "inside.png",
    ]
    for path in kept[:3]:
        path.write_bytes(b"not a temp file of ours")
    (thumbs / "..tmp").write_bytes(b"")  # ".*.tmp" with an empty middle
    with Project.open(folder) as project:
        assert project.recovery.recovered == ("images/kept.",)
        assert project.recovery.removed_temp == (".cache/thumbs/..tmp", "images/kept..recipe.json")
        assert [r.file for r in project.images()] == ["kept."]
    assert all(path.exists() for path in kept)
    assert not (images / "kept..recipe.json").exists()  # its image landed: the sidecar goes


def test_a_project_without_its_thumbnail_cache_opens(folder: Path) -> None:
    shutil.rmtree(folder / ".cache")
    with Project.open(folder) as project:
        assert project.recovery.clean
        assert project.thumbs_dir.is_dir()


@pytest.mark.expected_log("cutie.store", "project file missing")
def test_rows_whose_file_is_missing_are_reported_never_deleted(folder: Path) -> None:
    with Project.open(folder) as project:
        [kept, lost] = [project.add_variant(variant(png(10 + i), index=i))[0] for i in range(2)]
        slot = project.add_reference(ReferenceImage.from_bytes(png(20)))
        project.image_path(lost).unlink()
        project.reference_path(slot).unlink()
        report = project.check()
        assert not report.ok
        assert report.missing_files == (f"images/{lost.file}",)
        assert report.missing_references == (f"references/{slot.file}",)
        assert "missing" in report.text()

    with Project.open(folder) as project:
        assert project.recovery.missing == (f"images/{lost.file}", f"references/{slot.file}")
        assert not project.recovery.clean
        assert lost.file in project.recovery.text()
        assert {r.id for r in project.images()} == {kept.id, lost.id}  # the row stays
        assert [s.id for s in project.references()] == [slot.id]
        with pytest.raises(ProjectError, match="missing"):
            project.reference_images()
        with pytest.raises(ProjectError, match="missing"):
            project.set_anchor(lost.id)
        project.thumbs_dir.joinpath(f"{lost.sha256}.png").unlink()
        with pytest.raises(ProjectError, match="missing"):
            project.thumbnail_path(lost)
        assert not project.check().ok


def test_check_reports_changed_and_unknown_files(folder: Path) -> None:
    with Project.open(folder) as project:
        [record] = project.add_variant(variant(png(30)))
        assert project.check().ok
        assert "Project check: OK" in project.check().text()
        project.image_path(record).write_bytes(png(31))  # edited behind Cutie's back
        (project.images_dir / "stray.png").write_bytes(png(32))
        (project.references_dir / "stray-ref.png").write_bytes(png(33))
        report = project.check()
        assert not report.ok
        assert report.hash_mismatches == (f"images/{record.file}",)
        assert report.orphan_files == ("images/stray.png", "references/stray-ref.png")
        assert report.integrity == ()
        text = report.text()
        assert "SHA-256" in text and "stray.png" in text and "Database integrity: ok" in text


def test_a_damaged_page_becomes_a_project_error_not_a_sqlite_one(folder: Path) -> None:
    with Project.open(folder) as project:
        for i in range(40):
            project.add_variant(variant(png(40 + i), index=i, response_id=f"r{i}"))
    db = folder / PROJECT_FILE
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 4 * page
    raw[2 * page : 4 * page] = b"\x5a" * (2 * page)  # scribble over table pages, header intact
    db.write_bytes(bytes(raw))
    try:
        project = Project.open(folder)
    except ProjectError:
        return  # refused on open: fine
    with project:
        report = project.check()  # reports the damage instead of raising
        assert not report.ok
        assert report.integrity
        assert "DAMAGED" in report.text()
