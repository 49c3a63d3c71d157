"""Stack tops and the gallery's view kept in the project: schema 6, reopening, the trash, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.gallery_view import GalleryView
from cutie_app.core.model.stacks import StackMode
from cutie_app.core.services.projects import ImageQuery, ProjectService
from cutie_app.core.services.stacks import list_gallery
from cutie_app.core.store import PROJECT_FILE, Project, ProjectError, ProjectReadOnlyError
from cutie_app.core.store import migrations as mig
from cutie_app.core.store.untrusted import reference_schema, schema_of


def _batch(project: Project, batch: str, count: int, first_seed: int) -> list[int]:
    images = [png(first_seed + n) for n in range(count)]
    return [r.id for r in project.add_variant(variant(*images, batch_id=batch, response_id=f"r-{batch}"))]


def _top(project: ProjectService, batch: str) -> tuple[int, int]:
    listing = list_gallery(project, ImageQuery(stack=StackMode.BATCH))
    stack = next(s for s in listing.stack_of.values() if s.key == f"batch:{batch}")
    return stack.top.id, stack.count


def _as_version_5(db_path: Path) -> None:
    """Take schema 6's additions out again: the file an earlier Cutie wrote."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TABLE stack_tops")
        conn.execute("DROP TABLE view_settings")
        conn.execute("PRAGMA user_version = 5")
        assert schema_of(conn) == reference_schema(5)
    conn.close()


def test_a_version_5_project_gains_stack_tops_keeps_its_images_and_remembers_a_top(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as project:
        ids = _batch(project, "b1", 3, 1)
        project.set_rating(ids[0], 5)
    _as_version_5(folder / PROJECT_FILE)
    assert mig.schema_version_of(folder / PROJECT_FILE) == 5

    with ProjectService.open(folder) as project:
        assert mig.schema_version_of(folder / PROJECT_FILE) == mig.SCHEMA_VERSION == 6
        assert sorted(r.id for r in project.images()) == sorted(ids)
        assert project.stack_tops() == {}
        assert project.snapshot().gallery_view == GalleryView()  # nothing remembered yet
        assert _top(project, "b1") == (ids[0], 3)  # the five-star image
        project.set_stack_top("batch:b1", ids[2])
        project.save_gallery_view(GalleryView(StackMode.BATCH, "rating", 120))
        schema = project._project._db.call(schema_of)

    with ProjectService.open(folder) as project:  # a restart
        assert project.stack_tops() == {"batch:b1": ids[2]}
        assert _top(project, "b1") == (ids[2], 3)
        assert project.snapshot().gallery_view == GalleryView(StackMode.BATCH, "rating", 120)
        project.set_stack_top("batch:b1", None)  # back to the best
        assert _top(project, "b1") == (ids[0], 3)
    assert schema == reference_schema(mig.SCHEMA_VERSION)  # the same schema as a new project's


def test_a_chosen_top_goes_to_the_trash_with_its_image_and_comes_back_with_undo(tmp_path: Path) -> None:
    with ProjectService.open(tmp_path / "P", create=True) as project:
        ids = _batch(project._project, "b1", 3, 1)
        other = _batch(project._project, "b2", 2, 10)
        project.set_stack_top("batch:b1", ids[1])
        project.set_stack_top("batch:b2", other[1])

        outcome = project.trash_images([ids[1]])
        assert outcome.trashed[0].tops == ("batch:b1",)
        assert project.stack_tops() == {"batch:b2": other[1]}  # the choice went with the image
        assert _top(project, "b1") == (ids[2], 2)  # the next best (the newest) is the top now

        back = project.restore_images(outcome.trashed)
        assert [r.id for r in back.restored] == [ids[1]]
        assert project.stack_tops() == {"batch:b1": ids[1], "batch:b2": other[1]}
        assert _top(project, "b1") == (ids[1], 3)

        outcome = project.trash_images([ids[1]])
        project.set_stack_top("batch:b1", ids[0])  # chosen again while the old top was away
        project.restore_images(outcome.trashed)
        assert project.stack_tops()["batch:b1"] == ids[0]  # the newer choice stays


def test_stack_tops_refuse_what_is_not_a_stack_or_an_image_and_read_only_projects(tmp_path: Path) -> None:
    with ProjectService.open(tmp_path / "P", create=True) as project:
        ids = _batch(project._project, "b1", 2, 1)
        with pytest.raises(ValueError, match="not a stack"):
            project.set_stack_top("b1", ids[0])
        with pytest.raises(ProjectError, match="No image #999"):
            project.set_stack_top("batch:b1", 999)
        assert project.stack_tops() == {}
        project.save_gallery_view(GalleryView(StackMode.SCENE))
        with ProjectService.open(project.folder, read_only=True) as viewer:
            with pytest.raises(ProjectReadOnlyError):
                viewer.set_stack_top("batch:b1", ids[0])
            viewer.save_gallery_view(GalleryView(StackMode.BATCH))  # nothing to save: no error
            assert viewer.gallery_view().stack is StackMode.SCENE
        assert project.gallery_view().stack is StackMode.SCENE
