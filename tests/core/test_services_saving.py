"""A billed image is never lost silently: not-saved outcomes, the rescue folder, the ledger, odd names."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.generation import ReferenceRecord, VariantStatus
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.services.saving import SaveStatus, save_into_folder
from cutie_app.core.system import paths

#: A file name that is not valid UTF-8, as Python hands it over (surrogate-escaped bytes).
ODD_NAME = b"front-\xff\xfe.png".decode("utf-8", "surrogateescape")


def disk_full(path: Path, data: bytes) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


@pytest.fixture
def project(tmp_path: Path):
    with ProjectService.open(tmp_path / "Little Orange", create=True, name="Little Orange") as service:
        yield service


def break_images_folder(project: ProjectService) -> None:
    """A real fault that no permission bit can undo (tests may run as root): images/ becomes a file."""
    images = project.folder / "images"
    shutil.rmtree(images)
    images.write_bytes(b"not a folder")


def test_a_saved_variant_reports_its_files_and_rows(project: ProjectService) -> None:
    saved = project.save_variant(variant(png(3)), scene="waving")
    assert saved.status is SaveStatus.SAVED and saved.saved and not saved.lost
    assert [p.read_bytes() for p in saved.files] == [png(3)]
    [record] = project.images()
    assert saved.image_ids == (record.id,)
    assert {s.id: s.text for s in project.scenes()}[record.scene_id] == "waving"


@pytest.mark.expected_log("cutie.store", "not saved")
@pytest.mark.usefixtures("isolated_user_dirs")
def test_a_variant_the_project_cannot_take_is_rescued_reported_and_still_in_the_ledger(
    project: ProjectService, caplog: pytest.LogCaptureFixture
) -> None:
    break_images_folder(project)
    delivered = variant(png(5), batch_id="batch-9", response_id="resp-9", cost_usd=0.24)
    saved = project.save_variant(delivered)

    assert saved.status is SaveStatus.NOT_SAVED and saved.lost
    assert "Cannot save to the project" in saved.reason and str(paths.rescue_dir()) in saved.reason
    images = [p for p in saved.rescued if p.suffix == ".png"]
    assert [p.read_bytes() for p in images] == [png(5)]
    assert all(p.parent == paths.rescue_dir() for p in saved.rescued)
    recipe = json.loads((paths.rescue_dir() / "batch-9-v01.recipe.json").read_text("utf-8"))
    assert recipe["response_id"] == "resp-9"
    ledger = project.ledger()
    assert [(e.response_id, e.estimated_usd, e.images) for e in ledger.entries] == [("resp-9", 0.24, 1)]
    assert ledger.spend_usd == pytest.approx(0.24)
    assert project.images() == []
    assert "not saved" in caplog.text


@pytest.mark.expected_log("cutie.store", "not saved")
@pytest.mark.expected_log("cutie.services", "could not rescue")
@pytest.mark.usefixtures("isolated_user_dirs")
def test_when_even_the_rescue_fails_the_outcome_says_so(project: ProjectService) -> None:
    break_images_folder(project)
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    paths.rescue_dir().write_bytes(b"a file where the rescue folder should be")
    saved = project.save_variant(variant(png(6)))
    assert saved.lost and saved.rescued == ()
    assert "could not keep a copy" in saved.reason
    assert len(project.ledger().entries) == 1


def test_labels_that_are_not_utf8_never_break_a_project_save(project: ProjectService) -> None:
    odd = ReferenceRecord("ab" * 32, "identity", "person", "image/png", ODD_NAME)
    saved = project.save_variant(variant(png(7), references=(odd,), prompt_text=f'Image 1 ("{ODD_NAME}")'))
    assert saved.saved, saved.reason
    [record] = project.images()
    stored = record.recipe_dict
    assert stored["references"][0]["label"] == "front-\ufffd\ufffd.png"
    assert "\ufffd" in stored["prompt_text"]


def test_a_blocked_variant_has_nothing_to_save_but_keeps_its_ledger_row(project: ProjectService) -> None:
    saved = project.save_variant(variant(status=VariantStatus.BLOCKED, response_id="resp-b"))
    assert saved.status is SaveStatus.NOTHING and not saved.lost
    assert [e.outcome for e in project.ledger().entries] == ["blocked"]


# -- plain folders -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("isolated_user_dirs")
def test_a_full_disk_in_the_output_folder_is_reported_and_the_bytes_rescued(tmp_path: Path) -> None:
    saved = save_into_folder(tmp_path, "little-orange", variant(png(8), index=2), writer=disk_full)
    assert saved.lost
    assert "No space left on device" in saved.reason
    assert [p.read_bytes() for p in saved.rescued if p.suffix == ".png"] == [png(8)]
    assert list(tmp_path.iterdir()) == []


def test_a_folder_save_writes_the_image_and_a_recipe_with_odd_labels(tmp_path: Path) -> None:
    odd = ReferenceRecord("cd" * 32, "side", "person", "image/png", ODD_NAME)
    saved = save_into_folder(tmp_path, "lo", variant(png(9), references=(odd,)))
    assert saved.saved
    assert [p.read_bytes() for p in saved.files] == [png(9)]
    assert saved.recipe_file is not None
    recipe = json.loads(saved.recipe_file.read_text("utf-8"))
    assert recipe["files"] == [saved.files[0].name] and recipe["outcome"]["status"] == "delivered"
    assert recipe["references"][0]["label"] == "front-\ufffd\ufffd.png"
