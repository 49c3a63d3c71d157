"""The Delete/Undo use case over a ProjectService: plans, the project's own trash, one at a time."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.records import ProjectReadOnlyError
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.services.trash import delete_images, plan_deletion, restore_images
from cutie_app.core.store.trash import project_trash_mover


@pytest.fixture
def project(tmp_path: Path):
    with ProjectService.open(tmp_path / "Little Orange", create=True, name="Little Orange") as service:
        yield service


def _save(project: ProjectService, *seeds: int) -> list[int]:
    ids: list[int] = []
    for n, seed in enumerate(seeds):
        saved = project.save_variant(variant(png(seed), index=n, response_id=f"r{seed}", batch_id=f"b{seed}"))
        ids += saved.image_ids
    return ids


def test_a_plan_names_saved_images_once_and_says_what_depends_on_them(project: ProjectService) -> None:
    first, second = _save(project, 1, 2)
    one = plan_deletion(project, [first, first, -3, 999])  # a tile still generating, an unknown id
    assert one.image_ids == (first,) and not one.needs_confirmation
    assert plan_deletion(project, [first, second]).needs_confirmation
    project.sync_slots([project.promoted_reference(first, ReferenceRole.ANCHOR)])
    anchored = plan_deletion(project, [first])
    assert anchored.dependents.anchor_source and anchored.needs_confirmation


def test_delete_to_the_projects_trash_then_restore(project: ProjectService) -> None:
    first, second = _save(project, 1, 2)
    project.set_rating(first, 5)
    before = project.image(first)
    outcome = delete_images(project, [first, 0])
    assert [t.record.id for t in outcome.trashed] == [first] and outcome.failed == ()
    assert outcome.trashed[0].location == project.folder / ".trash" / before.file
    assert [r.id for r in project.images()] == [second]
    restored = restore_images(project, outcome.trashed)
    assert restored.restored == (before,)
    assert project.check().ok


def test_a_read_only_project_refuses_with_a_clear_message(project: ProjectService) -> None:
    (first,) = _save(project, 1)
    with ProjectService.open(project.folder, read_only=True) as viewer:
        with pytest.raises(ProjectReadOnlyError) as refused:
            delete_images(viewer, [first])
        assert "read-only" in refused.value.message.title
    assert project.image_path(project.image(first)).is_file()


def test_two_threads_deleting_one_image_move_its_file_once(project: ProjectService) -> None:
    (first,) = _save(project, 1)
    release = threading.Event()
    moved: list[Path] = []
    into_trash = project_trash_mover(project.folder)

    def slow_move(path: Path) -> Path:
        moved.append(path)
        release.wait(10)
        return into_trash(path)

    outcomes: list[object] = []
    threads = [
        threading.Thread(target=lambda: outcomes.append(delete_images(project, [first], slow_move)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
        time.sleep(0.2)  # the second arrives while the first is moving the file
    release.set()
    for thread in threads:
        thread.join(10)
    assert len(moved) == 1
    trashed = [t for o in outcomes for t in o.trashed]  # type: ignore[attr-defined]
    failed = [f for o in outcomes for f in o.failed]  # type: ignore[attr-defined]
    assert len(trashed) == 1 and failed == [(first, f"No image #{first} in this project")]
