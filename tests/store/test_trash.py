"""Images taken out of a project to a trash and put back: round trip, refusals, kills midway."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.score import ConsistencyScore
from cutie_app.core.model.trash import TrashedImage
from cutie_app.core.store import Project, ProjectReadOnlyError
from cutie_app.core.store.trash import PROJECT_TRASH_DIR, marker_name


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as opened:
        yield opened


def _three(project: Project):
    first, second = project.add_variant(variant(png(1), png(2), response_id="resp-1"))
    (third,) = project.add_variant(variant(png(3), index=1, response_id="resp-2", batch_id="b2"))
    return first, second, third


def test_trash_and_restore_round_trip_keeps_id_flag_rating_score_and_links(project: Project) -> None:
    first, second, third = _three(project)
    project.set_flag(first.id, "pick")
    project.set_rating(first.id, 4)
    project.save_score(first.id, ConsistencyScore(overall=0.8, palette=0.7, similarity=0.9), "basis-1")
    child = project.add_derived_image(first.id, png(9), "image/png", first.recipe())
    anchor = project.set_anchor(first.id)
    spent = project.spend_usd()
    path = project.image_path(first)

    dependents = project.trash_dependents([first.id])
    assert dependents.anchor_source and dependents.adjusted == 1 and dependents.images == 1

    outcome = project.trash_images([first.id], project.trash_mover())
    assert outcome.failed == ()
    (gone,) = outcome.trashed
    assert not path.exists()
    assert gone.location == project.folder / PROJECT_TRASH_DIR / first.file
    assert gone.location.read_bytes() == png(1)
    assert [r.id for r in project.images()] == sorted([second.id, third.id, child.id], reverse=True)
    assert project.image(child.id).parent_image_id is None  # the version stays, unlinked
    assert project.references()[0].source_image_id is None
    assert project.spend_usd() == spent  # the ledger is untouched
    assert project.check().ok, project.check().text()

    restored = project.restore_images(outcome.trashed)
    assert restored.failed == ()
    (back,) = restored.restored
    assert back == first.__class__(**{**first.__dict__, "flag": "pick", "rating": 4})
    assert path.read_bytes() == png(1) and not gone.location.exists()
    assert project.scores("basis-1")[first.id].overall == pytest.approx(0.8)
    assert project.image(child.id).parent_image_id == first.id
    assert project.references()[0].source_image_id == first.id == anchor.source_image_id
    assert not list(project.images_dir.glob("*.recipe.json"))
    assert project.check().ok, project.check().text()


def test_a_taken_id_gets_a_new_one_on_restore(project: Project) -> None:
    *_, third = _three(project)
    outcome = project.trash_images([third.id], project.trash_mover())
    (newer,) = project.add_variant(variant(png(4), index=2, response_id="resp-3", batch_id="b3"))
    assert newer.id == third.id  # SQLite hands the highest id out again
    (back,) = project.restore_images(outcome.trashed).restored
    assert back.id != third.id and back.file == third.file and back.sha256 == third.sha256
    assert project.check().ok


def test_a_file_two_rows_share_stays_until_both_go(project: Project) -> None:
    (first,) = project.add_variant(variant(png(5), response_id="resp-a"))
    (again,) = project.add_variant(variant(png(5), index=1, response_id="resp-b", batch_id="b2"))
    assert first.file == again.file
    only_one = project.trash_images([first.id], project.trash_mover())
    assert only_one.trashed[0].location is None and project.image_path(again).is_file()
    assert project.check().ok
    both = project.trash_images([again.id], project.trash_mover())
    assert both.trashed[0].location is not None and not project.image_path(again).exists()
    restored = project.restore_images([*both.trashed, *only_one.trashed])
    assert {r.id for r in restored.restored} == {first.id, again.id} and restored.failed == ()
    assert project.check().ok


def test_a_failed_move_leaves_the_image_and_reports_it(project: Project) -> None:
    first, second, _ = _three(project)

    def refuse(path: Path) -> Path:
        if path.name == first.file:
            raise PermissionError(13, "Permission denied")
        return project.trash_mover()(path)

    outcome = project.trash_images([first.id, second.id, 999], refuse)
    assert [t.record.id for t in outcome.trashed] == [second.id]
    assert dict(outcome.failed).keys() == {first.id, 999}
    assert "Permission denied" in dict(outcome.failed)[first.id]
    assert project.image(first.id) == first
    assert not list(project.images_dir.glob(".*.trashing"))


def test_restore_says_so_when_the_file_left_the_trash(project: Project) -> None:
    first, *_ = _three(project)
    outcome = project.trash_images([first.id], project.trash_mover())
    outcome.trashed[0].location.unlink()
    restored = project.restore_images(outcome.trashed)
    assert restored.restored == ()
    assert "no longer in the trash" in restored.failed[0][1]
    assert project.check().ok


def test_read_only_projects_refuse(project: Project) -> None:
    first, *_ = _three(project)
    with Project.open(project.folder, read_only=True) as viewer:
        moved: list[Path] = []
        with pytest.raises(ProjectReadOnlyError):
            viewer.trash_images([first.id], lambda p: moved.append(p) or p)
        with pytest.raises(ProjectReadOnlyError):
            viewer.restore_images([TrashedImage(first, None)])
        assert moved == []
    assert project.image_path(first).is_file()


@pytest.mark.expected_log("cutie.store", "not removing image")
def test_a_row_whose_path_escapes_the_project_is_refused(project: Project, tmp_path: Path) -> None:
    first, *_ = _three(project)
    outside = tmp_path / "precious.png"
    outside.write_bytes(png(7))
    (project.images_dir / "link.png").symlink_to(outside)
    with sqlite3.connect(project.db_path) as conn:
        conn.execute("UPDATE images SET file = '../../precious.png' WHERE id = ?", (first.id,))
        conn.execute("INSERT INTO images (file, sha256, mime, created_at, status) "
                     "SELECT 'link.png', sha256, mime, created_at, status FROM images WHERE id = ?",
                     (first.id,))  # fmt: skip
        linked = conn.execute("SELECT max(id) FROM images").fetchone()[0]
    moved: list[Path] = []
    outcome = project.trash_images([first.id, linked], lambda p: moved.append(p) or p)
    assert outcome.trashed == () and moved == []
    assert {i for i, _ in outcome.failed} == {first.id, linked}
    assert outside.read_bytes() == png(7)


# -- a kill midway --------------------------------------------------------------------------------

_TRASHER = """
import sys
from pathlib import Path
from cutie_app.core.store import Project
with Project.open(Path(sys.argv[1])) as project:
    ids = [int(i) for i in sys.argv[2:]]
    outcome = project.trash_images(ids, project.trash_mover())
    project.restore_images(outcome.trashed)
"""


def _kill_at(folder: Path, point: str, ids: list[int], tmp_path: Path) -> None:
    marker = tmp_path / f"{point}.paused"
    env = {**os.environ, "CUTIE_TEST_PAUSE": f"{point}@1", "CUTIE_TEST_PAUSE_MARKER": str(marker)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _TRASHER, str(folder), *map(str, ids)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None:
            pytest.fail(f"it ended before {point}: {proc.communicate()[1]}")
        assert time.monotonic() < deadline, f"it never reached {point}"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


@pytest.mark.expected_log("cutie.store", "finished moving")
@pytest.mark.parametrize(("point", "in_trash"), [("trash-move", False), ("trash-commit", True)])
def test_a_kill_midway_leaves_the_image_in_the_project_or_in_the_trash(
    tmp_path: Path, point: str, in_trash: bool
) -> None:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as project:
        first, second, third = _three(project)
        spent = project.spend_usd()
    _kill_at(folder, point, [first.id], tmp_path)
    images = folder / "images"
    assert (images / marker_name(first.file)).exists()
    with Project.open(folder, read_only=True) as viewer:  # beside the (dead) writer, before recovery
        report = viewer.check()
        assert report.missing_files == (), report.text()
    with Project.open(folder) as reopened:
        ids = {r.id for r in reopened.images()}
        assert (first.id in ids) is not in_trash
        assert (images / first.file).is_file() is not in_trash
        assert (folder / PROJECT_TRASH_DIR / first.file).is_file() is in_trash
        assert {second.id, third.id} <= ids
        assert not (images / marker_name(first.file)).exists()
        assert reopened.spend_usd() == spent
        report = reopened.check()
        assert report.missing_files == () and report.orphan_files == (), report.text()


@pytest.mark.expected_log("cutie.store", "recovered images/")
def test_a_kill_while_putting_back_leaves_the_image_in_the_project(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as project:
        first, *_ = _three(project)
    _kill_at(folder, "trash-restore", [first.id], tmp_path)
    assert (folder / "images" / first.file).is_file()  # the file is back, its row is not
    with Project.open(folder) as reopened:
        (back,) = [r for r in reopened.images() if r.file == first.file]
        assert (back.batch_id, back.model, back.sha256) == (first.batch_id, first.model, first.sha256)
        assert not (folder / PROJECT_TRASH_DIR / first.file).exists()
        report = reopened.check()
        assert report.ok, report.text()
