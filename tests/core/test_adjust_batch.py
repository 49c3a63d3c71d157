"""Batch adjustments: files in a process pool, cancelling, project images as child versions, looks."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import encode, noise, write_png
from PIL import Image, ImageEnhance

from cutie_app.core.imaging.adjust import adjust_bytes
from cutie_app.core.imaging.lut import LutError
from cutie_app.core.model.adjustments import (
    AdjustmentError,
    AdjustmentStack,
    Brightness,
    Grain,
    Look,
    Lut,
    Vignette,
    Warmth,
)
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.services.adjust import (
    AdjustBatchError,
    BatchProgress,
    ItemStatus,
    LookLibrary,
    anchor_colour_match,
    current_stack,
    develop_images,
    import_lut,
    original_of,
    read_look_file,
    write_look_file,
)
from cutie_app.core.services.adjust import adjust_files as run_adjust_files
from cutie_app.core.services.adjust_project import ProjectAdjustStore
from cutie_app.core.store import Project

CUBE = 'TITLE "Cool"\nLUT_3D_SIZE 2\n' + "\n".join(
    f"{r * 0.8:.3f} {g:.3f} {min(1.0, b * 1.1 + 0.05):.3f}" for b in (0, 1) for g in (0, 1) for r in (0, 1)
)


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    return [write_png(folder / f"img{i}.png", noise(i, mode="RGBA" if i == 1 else "RGB")) for i in range(3)]


def adjust_files(*args, **kwargs):
    """The service with a small pool, so tests exercise real worker processes on both cores."""
    kwargs.setdefault("workers", 2)
    return run_adjust_files(*args, **kwargs)


def test_files_get_the_same_names_and_pillow_identical_pixels(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "graded"
    progress: list[BatchProgress] = []
    outcomes = adjust_files(inputs, AdjustmentStack((Brightness(0.85),)), out, on_progress=progress.append)
    assert [o.status for o in outcomes] == [ItemStatus.WRITTEN] * 3
    assert [o.output for o in outcomes] == [out / p.name for p in inputs]
    assert sorted(p.done for p in progress) == [1, 2, 3] and {p.total for p in progress} == {3}
    for source, outcome in zip(inputs, outcomes, strict=True):
        with Image.open(source) as im:
            expected = ImageEnhance.Brightness(im).enhance(0.85)
        with Image.open(outcome.output) as got:
            assert got.mode == expected.mode
            assert got.tobytes() == expected.tobytes()
        assert (outcome.width, outcome.height) == (96, 64)


def test_worker_processes_and_this_thread_write_the_same_bytes(inputs: list[Path], tmp_path: Path) -> None:
    stack = AdjustmentStack((Warmth(0.3), Vignette(0.4), Grain(0.3, seed=5)))
    adjust_files(inputs, stack, tmp_path / "pool", workers=2)
    adjust_files(inputs, stack, tmp_path / "here", workers=1)
    for path in inputs:
        assert (tmp_path / "pool" / path.name).read_bytes() == (tmp_path / "here" / path.name).read_bytes()


def test_outputs_honour_the_umask(inputs: list[Path], tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        adjust_files(inputs[:2], AdjustmentStack((Brightness(0.5),)), tmp_path / "out")
        adjust_files(inputs[2:], AdjustmentStack((Brightness(0.5),)), tmp_path / "out", workers=1)
    finally:
        os.umask(previous)
    assert {(tmp_path / "out" / p.name).stat().st_mode & 0o777 for p in inputs} == {0o640}


def test_a_batch_that_would_lose_something_does_not_start(inputs: list[Path], tmp_path: Path) -> None:
    stack = AdjustmentStack((Brightness(0.9),))
    out = tmp_path / "out"
    out.mkdir()
    (out / "img1.png").write_bytes(b"keep me")
    with pytest.raises(AdjustBatchError, match=r"img1\.png already exists; nothing was written"):
        adjust_files(inputs, stack, out)
    assert sorted(p.name for p in out.iterdir()) == ["img1.png"]
    assert (out / "img1.png").read_bytes() == b"keep me"
    with pytest.raises(AdjustBatchError, match="is the input itself"):
        adjust_files(inputs, stack, inputs[0].parent, overwrite=True)
    twin = tmp_path / "other"
    twin.mkdir()
    write_png(twin / "img0.png", noise(9))
    with pytest.raises(AdjustBatchError, match="would both be written"):
        adjust_files([inputs[0], twin / "img0.png"], stack, tmp_path / "fresh")
    assert not (tmp_path / "fresh").exists()
    adjust_files(inputs, stack, out, overwrite=True)
    assert (out / "img1.png").read_bytes() != b"keep me"


def test_a_missing_lut_stops_the_batch_before_it_starts(inputs: list[Path], tmp_path: Path) -> None:
    with pytest.raises(AdjustBatchError, match="“Film”"):
        adjust_files(inputs, AdjustmentStack((Lut(sha256="ab" * 32, name="Film"),)), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_bad_image_fails_alone(inputs: list[Path], tmp_path: Path) -> None:
    broken = inputs[0].parent / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    outcomes = adjust_files(
        [inputs[0], broken, inputs[2]], AdjustmentStack((Brightness(0.7),)), tmp_path / "out"
    )
    assert [o.status for o in outcomes] == [ItemStatus.WRITTEN, ItemStatus.FAILED, ItemStatus.WRITTEN]
    assert "broken.png is not an image Cutie can read" in outcomes[1].message
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["img0.png", "img2.png"]


def test_format_follows_the_content(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpeg"
    noise(1).save(src, "JPEG", quality=90)
    gif = tmp_path / "anim.gif"
    noise(2).convert("P").save(gif)
    outcomes = adjust_files([src, gif], AdjustmentStack((Brightness(0.8),)), tmp_path / "out")
    assert [o.output.name for o in outcomes] == ["photo.jpeg", "anim.png"]
    assert outcomes[0].output.read_bytes()[:2] == b"\xff\xd8"
    assert outcomes[1].output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _big_inputs(tmp_path: Path, count: int) -> list[Path]:
    folder = tmp_path / "big"
    folder.mkdir()
    return [write_png(folder / f"big{i}.png", noise(i, (1400, 1000))) for i in range(count)]


def _expected(path: Path, stack: AdjustmentStack) -> bytes:
    return adjust_bytes(path.read_bytes(), stack).data


@pytest.mark.slow
def test_cancelling_leaves_whole_images_or_none(tmp_path: Path) -> None:
    stack = AdjustmentStack((Brightness(0.85), Vignette(0.3), Grain(0.2, seed=3)))
    sources = _big_inputs(tmp_path, 8)
    out = tmp_path / "out"
    cancel = threading.Event()

    def on_progress(progress: BatchProgress) -> None:
        cancel.set()  # as soon as the first image is done

    outcomes = adjust_files(sources, stack, out, on_progress=on_progress, cancel=cancel)
    statuses = [o.status for o in outcomes]
    assert ItemStatus.CANCELLED in statuses
    written = [o for o in outcomes if o.status is ItemStatus.WRITTEN]
    assert 1 <= len(written) < len(sources)
    # Only finished images are there, each byte for byte what a full render gives; no temp files.
    assert sorted(p.name for p in out.iterdir()) == sorted(o.output.name for o in written)
    for outcome in written:
        assert outcome.output.read_bytes() == _expected(outcome.source, stack)


@pytest.mark.slow
def test_an_interrupt_stops_the_workers_and_leaves_whole_images(tmp_path: Path) -> None:
    stack = AdjustmentStack((Brightness(0.85), Grain(0.2, seed=3)))
    sources = _big_inputs(tmp_path, 6)
    out = tmp_path / "out"

    def on_progress(progress: BatchProgress) -> None:
        raise KeyboardInterrupt  # what Ctrl+C raises in the waiting thread

    with pytest.raises(KeyboardInterrupt):
        adjust_files(sources, stack, out, on_progress=on_progress)
    left = sorted(out.iterdir())
    assert 1 <= len(left) < len(sources)
    for path in left:
        assert path.read_bytes() == _expected(sources[0].parent / path.name, stack)


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_ctrl_c_while_a_result_is_reported_still_reports_every_image(tmp_path: Path, workers: int) -> None:
    """A real SIGINT that lands mid-report (not while waiting) must not drop the images still out."""
    stack = AdjustmentStack((Brightness(0.85), Grain(0.2, seed=3)))
    sources = _big_inputs(tmp_path, 6)
    out = tmp_path / "out"
    reported: list[BatchProgress] = []

    def on_progress(progress: BatchProgress) -> None:
        if not reported:
            signal.raise_signal(signal.SIGINT)  # delivered here, in the middle of a report
        reported.append(progress)

    with pytest.raises(KeyboardInterrupt):
        run_adjust_files(sources, stack, out, on_progress=on_progress, workers=workers)
    assert len(reported) == len(sources)  # each image: written, or cancelled
    statuses = [p.outcome.status for p in reported]
    assert ItemStatus.CANCELLED in statuses
    written = [p.outcome for p in reported if p.outcome.status is ItemStatus.WRITTEN]
    assert sorted(p.name for p in out.iterdir()) == sorted(o.output.name for o in written)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is put back


# -- project images -----------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as project:
        for i in range(3):
            project.add_variant(variant(encode(noise(20 + i, (80, 80))), index=i, prompt_text="waving"))
        yield ProjectAdjustStore(project)


def test_applying_a_stack_makes_child_images_with_the_stack_in_their_recipe(
    store: ProjectAdjustStore,
) -> None:
    sources = store.project.images()
    ids = [r.id for r in sources]
    stack = AdjustmentStack((Brightness(0.85),))
    outcomes = develop_images(store, ids, stack, workers=2)
    assert [o.status for o in outcomes] == [ItemStatus.WRITTEN] * 3
    assert len(store.project.ledger()) == 3  # local versions are not calls: no ledger rows
    for source_id, outcome in zip(ids, outcomes, strict=True):
        child = store.project.image(outcome.image.id)  # as stored in the database
        source = store.project.image(source_id)
        assert child.parent_image_id == source_id
        recipe = child.recipe()
        assert recipe is not None and recipe.adjustments is not None
        assert recipe.adjustments.source_sha256 == source.sha256
        assert recipe.adjustments.source_image_id == source_id
        assert recipe.adjustments.stack == stack
        assert recipe.prompt_text == "waving"  # the generation it came from is still traceable
        assert (recipe.cost_usd, recipe.response_id) == (None, "")  # nothing was billed for it
        assert store.project.image_path(source).is_file()  # the source stays
        with Image.open(store.project.image_path(source)) as im:
            expected = ImageEnhance.Brightness(im).enhance(0.85).tobytes()
        with Image.open(store.project.image_path(child)) as im:
            assert im.tobytes() == expected
        assert current_stack(child) == stack
        assert current_stack(source) == AdjustmentStack()


def test_changing_the_stack_later_develops_the_original_again(store: ProjectAdjustStore) -> None:
    source = store.project.images()[0]
    (first,) = develop_images(store, [source.id], AdjustmentStack((Brightness(0.5),)), workers=1)
    assert original_of(store, first.image.id).id == source.id
    (second,) = develop_images(store, [first.image.id], AdjustmentStack((Brightness(0.8),)), workers=1)
    again = store.project.image(second.image.id)
    assert again.parent_image_id == source.id  # not a child of the first version
    with Image.open(store.project.image_path(source)) as im:
        expected = ImageEnhance.Brightness(im).enhance(0.8).tobytes()
    with Image.open(store.project.image_path(again)) as im:
        assert im.tobytes() == expected
    assert store.project.image(first.image.id).id == first.image.id  # the earlier version stays


def test_a_look_records_its_name_and_amount(store: ProjectAdjustStore) -> None:
    look = Look("Dusk", AdjustmentStack((Brightness(0.6),)), amount=0.5)
    store.save_look(look)
    source = store.project.images()[0]
    (outcome,) = develop_images(store, [source.id], AdjustmentStack(), look=store.looks()[0], workers=1)
    adjustments = store.project.image(outcome.image.id).recipe().adjustments
    assert (adjustments.look, adjustments.look_amount) == ("Dusk", 0.5)
    assert adjustments.stack == AdjustmentStack((Brightness(0.8),))


def test_project_luts_and_the_anchor(store: ProjectAdjustStore, tmp_path: Path) -> None:
    cube = tmp_path / "cool.cube"
    cube.write_text(CUBE)
    step = import_lut(store, cube)
    assert step.name == "Cool" and store.lut_data(step.sha256) == CUBE.encode()
    assert (store.project.folder / "luts" / f"{step.sha256}.cube").is_file()
    source = store.project.images()[0]
    (outcome,) = develop_images(store, [source.id], AdjustmentStack((step,)), workers=1)
    assert outcome.status is ItemStatus.WRITTEN
    bad = tmp_path / "bad.cube"
    bad.write_text("LUT_3D_SIZE 2\n0 0 0\n")
    with pytest.raises(LutError, match=r"bad\.cube"):
        import_lut(store, bad)
    (store.project.folder / "luts" / f"{step.sha256}.cube").unlink()
    with pytest.raises(AdjustBatchError, match="not in this project"):
        develop_images(store, [source.id], AdjustmentStack((step,)), workers=1)

    with pytest.raises(AdjustBatchError, match="no anchor"):
        anchor_colour_match(store)
    anchor = Image.new("RGB", (40, 40), (255, 140, 0))
    slot = store.project.add_reference(
        ReferenceImage(encode(anchor), "image/png", ReferenceRole.ANCHOR, ReferenceKind.PERSON, "anchor")
    )
    match = anchor_colour_match(store, 0.7)
    assert match.anchor_sha256 == slot.sha256 and match.amount == 0.7
    assert match.target.std == pytest.approx((0.0, 0.0, 0.0), abs=1e-6)


def test_cancelling_a_project_batch_keeps_what_was_saved(store: ProjectAdjustStore) -> None:
    cancel = threading.Event()
    ids = [r.id for r in store.project.images()]

    def on_progress(progress: BatchProgress) -> None:
        cancel.set()

    outcomes = develop_images(
        store, ids, AdjustmentStack((Brightness(0.9),)), workers=1, on_progress=on_progress, cancel=cancel
    )
    assert [o.status for o in outcomes] == [ItemStatus.WRITTEN, ItemStatus.CANCELLED, ItemStatus.CANCELLED]
    assert len(store.project.images()) == 4


def test_the_projects_looks_are_files_with_their_luts(store: ProjectAdjustStore, tmp_path: Path) -> None:
    cube = tmp_path / "cool.cube"
    cube.write_text(CUBE)
    step = import_lut(store, cube)
    store.save_look(Look("Cool", AdjustmentStack((step, Brightness(0.9))), 0.6))
    store.save_look(Look("autumn", AdjustmentStack((Warmth(0.4),))))
    store.save_look(Look("Cool", AdjustmentStack((step,)), 0.5))  # same name: replaced
    assert [(look.name, look.amount) for look in store.looks()] == [("autumn", 1.0), ("Cool", 0.5)]
    files = sorted(p.name for p in (store.project.folder / "looks").iterdir())
    assert files == ["Cool.look.json", "autumn.look.json"]

    # A look file copied in from elsewhere brings its LUT along (it is embedded in the file).
    (store.project.folder / "luts" / f"{step.sha256}.cube").unlink()
    assert store.lut_data(step.sha256) is None
    assert [look.name for look in store.looks()] == ["autumn", "Cool"]
    assert store.lut_data(step.sha256) == CUBE.encode()

    store.delete_look("autumn")
    assert [look.name for look in store.looks()] == ["Cool"]
    assert store.lut_data("../" + "a" * 61) is None  # a damaged hash never becomes a path


# -- look files -----------------------------------------------------------------------------------


def test_a_look_file_carries_its_luts(tmp_path: Path) -> None:
    data = CUBE.encode()
    sha = hashlib.sha256(data).hexdigest()
    look = Look("Cool evening", AdjustmentStack((Lut(0.7, sha256=sha, name="Cool"), Brightness(0.9))), 0.8)
    path = tmp_path / "cool.look.json"
    write_look_file(path, look, {sha: data})
    loaded = read_look_file(path)
    assert loaded.look == look
    assert loaded.lut_data == {sha: data}
    assert loaded.luts[sha].title == "Cool"
    with pytest.raises(AdjustBatchError, match="“Cool”"):
        write_look_file(tmp_path / "x.json", look, {})

    tampered = path.read_text().replace(sha, "cd" * 32)
    (tmp_path / "tampered.json").write_text(tampered)
    with pytest.raises(AdjustmentError, match="does not match its hash"):
        read_look_file(tmp_path / "tampered.json")
    (tmp_path / "junk.json").write_text("{not json")
    with pytest.raises(AdjustmentError, match="not a look file"):
        read_look_file(tmp_path / "junk.json")


def test_the_users_look_library(tmp_path: Path) -> None:
    library = LookLibrary(tmp_path / "looks")
    assert library.names() == []
    library.save(Look("Autumn / warm", AdjustmentStack((Warmth(0.4),))))
    library.save(Look("Night", AdjustmentStack((Brightness(0.6),)), 0.5))
    (tmp_path / "looks" / "broken.look.json").write_text("{}")
    assert library.names() == ["Autumn / warm", "Night"]
    assert library.load("Night").look.amount == 0.5
    library.delete("Night")
    assert library.names() == ["Autumn / warm"]
    assert (tmp_path / "looks" / "broken.look.json").exists()  # unreadable files are never deleted
    with pytest.raises(AdjustmentError, match="no look called"):
        library.load("Night")
