"""The adjustments as project data: derived images without ledger rows, LUTs and looks in the store."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.model.adjustments import AdjustmentStack, Brightness, Look, Lut, Warmth
from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.services.adjust import read_look_file
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.store import PROJECT_FILE, Project, ProjectError, ProjectReadOnlyError
from cutie_app.core.store import migrations as mig

CUBE = b'TITLE "Cool"\nLUT_3D_SIZE 2\n' + b"\n".join(
    f"{r * 0.8:.3f} {g:.3f} {b:.3f}".encode() for b in (0, 1) for g in (0, 1) for r in (0, 1)
)
WARM = CUBE.replace(b"Cool", b"Warm")


def png(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)).save(buf, "PNG")
    return buf.getvalue()


def generated(data: bytes) -> Variant:
    recipe = Recipe(
        model="gemini-3-pro-image",
        prompt=PromptParts((PromptSection("scene", "Scene", "waving"),)),
        aspect_ratio="1:1",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        scene="waving",
        batch_id="b1",
        response_id="resp-1",
        usage=Usage(prompt_tokens=10, output_tokens=1120),
        cost_usd=0.134,
    )
    return Variant(0, VariantStatus.DELIVERED, recipe, (GeneratedImage(data, "image/png"),))


def derived(recipe: Recipe) -> Recipe:
    """The recipe of a local version, as the adjust service makes it: nothing billed."""
    return replace(recipe, response_id="", usage=Usage(), cost_usd=None)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as project:
        project.add_variant(generated(png(1)), scene_id=project.add_scene("waving").id)
    return folder


# -- derived images ---------------------------------------------------------------------------


def test_a_derived_image_is_a_child_and_adds_no_ledger_row(folder: Path) -> None:
    with Project.open(folder) as project:
        (source,) = project.images()
        spend = project.spend_usd()
        child = project.add_derived_image(source.id, png(2), "image/png", derived(source.recipe()))
        assert (child.parent_image_id, child.scene_id, child.status) == (
            source.id,
            source.scene_id,
            "delivered",
        )
        assert project.image_path(child).read_bytes() == png(2)
        assert project.image(child.id).recipe() == derived(source.recipe())
        assert len(project.ledger()) == 1  # only the generation's call
        assert project.spend_usd() == spend
        assert not list(project.images_dir.glob("*.recipe.json"))  # the sidecar went after the commit
        report = project.check()
        assert report.ok, report.text()  # the version is not the source "entered twice"
        with pytest.raises(ProjectError, match="No image #99"):
            project.add_derived_image(99, png(3), "image/png", derived(source.recipe()))


@pytest.mark.expected_log("cutie.store", "recovered")
def test_a_derived_image_cut_off_before_its_commit_is_recovered_without_a_ledger_row(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(folder) as project:
        (source,) = project.images()

        def crash(fn: object) -> None:
            raise KeyboardInterrupt  # the process dies where the commit would be

        monkeypatch.setattr(project._db, "transaction", crash)
        with pytest.raises(KeyboardInterrupt):
            project.add_derived_image(source.id, png(2), "image/png", derived(source.recipe()))
        monkeypatch.undo()
        assert len(project.images()) == 1
    with Project.open(folder) as project:
        assert len(project.recovery.recovered) == 1
        child = next(r for r in project.images() if r.id != source.id)
        assert (child.parent_image_id, child.scene_id) == (source.id, source.scene_id)
        assert child.recipe() == derived(source.recipe())
        assert len(project.ledger()) == 1


def test_the_service_hands_out_the_adjust_store_of_its_project(folder: Path) -> None:
    with ProjectService.open(folder) as service:
        store = service.adjust_store()
        (source,) = service.images()
        child = store.add_derived_image(source.id, png(2), "image/png", derived(source.recipe()))
        assert [r.id for r in service.images()] == [child.id, source.id]
        assert store.project.folder == service.folder


# -- LUTs -------------------------------------------------------------------------------------


def test_a_lut_is_kept_by_content_and_read_back_checked(folder: Path) -> None:
    sha = hashlib.sha256(CUBE).hexdigest()
    with Project.open(folder) as project:
        assert project.lut_data(sha) is None
        assert project.save_lut(CUBE, "") == sha
        assert project.save_lut(CUBE, "Cool") == sha  # again: one file, and now it has a name
        assert project.lut_data(sha) == CUBE
        assert sorted(p.name for p in (folder / "luts").iterdir()) == [f"{sha}.cube"]
        assert project._looks.lut_names() == {sha: "Cool"}
        assert project.lut_data("../" + "a" * 61) is None  # a damaged hash never becomes a path
        (folder / "luts" / f"{sha}.cube").write_bytes(WARM)  # changed behind Cutie's back
        assert project.lut_data(sha) is None
        assert project.check().hash_mismatches == (f"luts/{sha}.cube",)
        with pytest.raises(ProjectError, match="too large"):
            project.save_lut(b"0" * (32 * 1024 * 1024 + 1), "huge")


# -- looks ------------------------------------------------------------------------------------


def test_looks_are_kept_replaced_and_deleted(folder: Path) -> None:
    with Project.open(folder) as project:
        sha = project.save_lut(CUBE, "Cool")
        project.save_look(Look("Cool", AdjustmentStack((Lut(0.7, sha256=sha, name="Cool"), Brightness(0.9)))))
        project.save_look(Look("cool", AdjustmentStack((Warmth(0.4),)), 0.5))  # another look
        project.save_look(Look("CON", AdjustmentStack((Brightness(0.8),))))
        project.save_look(Look("Cool", AdjustmentStack((Lut(0.5, sha256=sha, name="Cool"),)), 0.6))
        assert [(look.name, look.amount) for look in project.looks()] == [
            ("CON", 1.0),
            ("Cool", 0.6),
            ("cool", 0.5),
        ]
        files = sorted(p.name for p in (folder / "looks").iterdir())
        # Names that are one file on Windows or macOS get files of their own.
        assert files == ["CON_.look.json", "Cool.look.json", "cool-2.look.json"]
        # The file is the user's look format: it works on its own, its LUT inside.
        alone = read_look_file(folder / "looks" / "Cool.look.json")
        assert alone.look == project.looks()[1] and alone.lut_data == {sha: CUBE}

        project.delete_look("cool")
        project.delete_look("no such look")
        assert [look.name for look in project.looks()] == ["CON", "Cool"]
        assert not (folder / "looks" / "cool-2.look.json").exists()
        with pytest.raises(ProjectError, match="not in this project"):
            missing = "f" * 64
            project.save_look(Look("Lost", AdjustmentStack((Lut(1.0, sha256=missing, name="Lost"),))))
        assert project.check().ok


@pytest.mark.expected_log("cutie.store", "look file")
def test_a_look_brings_back_its_lut_and_a_damaged_look_is_left_out(folder: Path) -> None:
    with Project.open(folder) as project:
        sha = project.save_lut(CUBE, "Cool")
        project.save_look(Look("Cool", AdjustmentStack((Lut(0.7, sha256=sha, name="Cool"),))))
        project.save_look(Look("Dusk", AdjustmentStack((Brightness(0.6),))))
        (folder / "luts" / f"{sha}.cube").unlink()
        assert [look.name for look in project.looks()] == ["Cool", "Dusk"]
        assert project.lut_data(sha) == CUBE  # back from the look's own file
        (folder / "looks" / "Dusk.look.json").write_text("{not json", "utf-8")
        assert [look.name for look in project.looks()] == ["Cool"]
        assert (folder / "looks" / "Dusk.look.json").exists()  # never deleted
        report = project.check()
        assert report.damaged_luts_and_looks == ("looks/Dusk.look.json: it is not valid JSON",)
        assert (report.luts_checked, report.looks_checked) == (1, 2)


def test_a_read_only_project_changes_no_lut_or_look(folder: Path) -> None:
    with Project.open(folder) as project:
        sha = project.save_lut(CUBE, "Cool")
        project.save_look(Look("Cool", AdjustmentStack((Lut(0.7, sha256=sha, name="Cool"),))))
    (folder / "luts" / f"{sha}.cube").unlink()
    with Project.open(folder, read_only=True) as project:
        assert [look.name for look in project.looks()] == ["Cool"]
        assert not (folder / "luts" / f"{sha}.cube").exists()
        with pytest.raises(ProjectReadOnlyError):
            project.save_lut(CUBE, "Cool")
        with pytest.raises(ProjectReadOnlyError):
            project.delete_look("Cool")


# -- recovery and check -----------------------------------------------------------------------


@pytest.mark.expected_log("cutie.store")
def test_files_without_rows_are_adopted_on_open_and_others_reported(folder: Path) -> None:
    sha = hashlib.sha256(CUBE).hexdigest()
    (folder / "luts").mkdir()
    (folder / "looks").mkdir()
    (folder / "luts" / f"{sha}.cube").write_bytes(CUBE)  # saved, then the process died
    (folder / "luts" / f"{'0' * 64}.cube").write_bytes(WARM)  # not the LUT its name says
    (folder / "luts" / ".x.cube.123.tmp").write_bytes(b"half")
    look = Look("Dusk", AdjustmentStack((Brightness(0.6),)))
    (folder / "looks" / "Dusk.look.json").write_text(json.dumps({"cutie_look": 1, "look": look.to_dict()}))
    (folder / "looks" / "junk.look.json").write_text("[]")
    with Project.open(folder) as project:
        assert sorted(project.recovery.recovered) == ["looks/Dusk.look.json", f"luts/{sha}.cube"]
        assert "luts/.x.cube.123.tmp" in project.recovery.removed_temp
        assert project.looks() == [look]
        report = project.check()
        assert report.orphan_files == (f"luts/{'0' * 64}.cube", "looks/junk.look.json")
        (folder / "looks" / "Dusk.look.json").unlink()
        assert project.check().missing_luts_and_looks == ("looks/Dusk.look.json",)
    with Project.open(folder) as project:
        assert project.recovery.missing == ("looks/Dusk.look.json",)


@pytest.mark.expected_log("cutie.store", "outside its folder")
def test_check_reports_a_row_naming_a_file_outside_its_folder(folder: Path) -> None:
    with Project.open(folder) as project:
        project.save_look(Look("Dusk", AdjustmentStack((Brightness(0.6),))))
    with contextlib.closing(sqlite3.connect(folder / PROJECT_FILE)) as conn, conn:
        conn.execute("UPDATE looks SET file = '../images/x.look.json'")
        conn.execute(
            "INSERT INTO luts (sha256, file, size, created_at) VALUES (?, '/etc/passwd', 1, 'now')",
            ("a" * 64,),
        )
    with Project.open(folder, read_only=True) as project:
        report = project.check()
        assert len(report.unsafe_paths) == 2 and not report.ok
        assert any("looks/'../images/x.look.json'" in item for item in report.unsafe_paths)
        assert project.looks() == []


@pytest.mark.expected_log("cutie.store", "recovered")
def test_a_version_3_project_gets_the_tables_and_keeps_its_lut_and_look_files(tmp_path: Path) -> None:
    folder = tmp_path / "Older"
    folder.mkdir()
    with contextlib.closing(sqlite3.connect(folder / PROJECT_FILE, isolation_level=None)) as conn:
        mig.migrate(conn, target=3)
        conn.execute("INSERT INTO project VALUES (1, 'Older', '2026-11-01', '0.9')")
    sha = hashlib.sha256(CUBE).hexdigest()
    look = Look("Cool", AdjustmentStack((Lut(0.7, sha256=sha, name="Cool"),)))
    (folder / "luts").mkdir()
    (folder / "luts" / f"{sha}.cube").write_bytes(CUBE)
    (folder / "looks").mkdir()
    payload = {"cutie_look": 1, "look": look.to_dict(), "luts": {}}
    (folder / "looks" / "Cool.look.json").write_text(json.dumps(payload), "utf-8")
    with Project.open(folder) as project:
        assert (
            mig.schema_version_of(folder / PROJECT_FILE) == mig.SCHEMA_VERSION >= 4
        )  # migrated through every later step too
        assert project.looks() == [look] and project.lut_data(sha) == CUBE
        assert project.check().ok
