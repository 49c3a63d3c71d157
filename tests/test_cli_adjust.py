"""`cutie adjust` end to end, in a subprocess: real files in, graded files out, exit codes."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from cutie_app.core.imaging.adjust import adjust_bytes
from cutie_app.core.services.adjust import read_look_file

pytestmark = pytest.mark.slow

CUBE = 'TITLE "Teal"\nLUT_3D_SIZE 2\n' + "\n".join(
    f"{r * 0.9:.3f} {g:.3f} {min(1.0, b + 0.1):.3f}" for b in (0, 1) for g in (0, 1) for r in (0, 1)
)


def cutie(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cutie_app", "adjust", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ),
        timeout=timeout,
    )


def rows(done: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    rng = np.random.default_rng(3)
    Image.fromarray(rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)).save(tmp_path / "a.png")
    Image.fromarray(rng.integers(0, 256, (40, 30, 4), dtype=np.uint8)).save(tmp_path / "b.png")
    return tmp_path


def test_brightness_on_two_files_as_the_issue_shows(folder: Path) -> None:
    done = cutie("a.png", "b.png", "--brightness", "0.85", "--out", "graded/", cwd=folder)
    assert done.returncode == 0, done.stderr
    lines = sorted(rows(done), key=lambda r: r["source"])
    assert [(r["source"], r["status"], r["file"]) for r in lines] == [
        ("a.png", "written", str(Path("graded") / "a.png")),
        ("b.png", "written", str(Path("graded") / "b.png")),
    ]
    assert (lines[0]["width"], lines[0]["height"]) == (64, 48)
    for name in ("a.png", "b.png"):
        with Image.open(folder / name) as src, Image.open(folder / "graded" / name) as out:
            assert out.tobytes() == ImageEnhance.Brightness(src).enhance(0.85).tobytes()


def test_steps_from_flags_a_lut_and_a_saved_look_give_the_same_bytes(folder: Path) -> None:
    (folder / "teal.cube").write_text(CUBE)
    flags = [
        "--contrast",
        "1.1",
        "--lut",
        "teal.cube",
        "--lut-amount",
        "0.8",
        "--grain",
        "0.2",
        "--grain-seed",
        "7",
    ]
    done = cutie("a.png", *flags, "--out", "flags", "--save-look", "teal.look.json", cwd=folder)
    assert done.returncode == 0, done.stderr
    look_line, image_line = rows(done)
    assert look_line == {"look": "teal.look.json", "name": "teal", "steps": 3}
    saved = read_look_file(folder / "teal.look.json")
    assert [s.KIND.value for s in saved.look.stack] == ["contrast", "lut", "grain"]
    assert image_line["status"] == "written"

    again = cutie("a.png", "--look", "teal.look.json", "--out", "look", cwd=folder)
    assert again.returncode == 0, again.stderr
    assert (folder / "look" / "a.png").read_bytes() == (folder / "flags" / "a.png").read_bytes()
    expected = adjust_bytes((folder / "a.png").read_bytes(), saved.look.stack, saved.luts).data
    assert (folder / "look" / "a.png").read_bytes() == expected

    half = cutie("a.png", "--look", "teal.look.json", "--look-amount", "0.5", "--out", "half", cwd=folder)
    assert half.returncode == 0, half.stderr
    assert (folder / "half" / "a.png").read_bytes() != expected


def test_a_look_alone_can_be_saved(folder: Path) -> None:
    done = cutie(
        "--warmth", "0.3", "--vignette", "0.2", "--save-look", "warm.json", "--look-name", "Warm", cwd=folder
    )
    assert done.returncode == 0, done.stderr
    assert read_look_file(folder / "warm.json").look.name == "Warm"


def test_partial_and_failed_batches_have_their_exit_codes(folder: Path) -> None:
    (folder / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 30)
    partial = cutie("a.png", "bad.png", "--brightness", "0.5", "--out", "out", cwd=folder)
    assert partial.returncode == 4, partial.stderr
    by_source = {r["source"]: r for r in rows(partial)}
    assert by_source["bad.png"]["status"] == "failed"
    assert "bad.png is not an image Cutie can read" in by_source["bad.png"]["message"]
    none = cutie("bad.png", "--brightness", "0.5", "--out", "out2", cwd=folder)
    assert none.returncode == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.png", "--out", "o"], "Say what to change"),
        (["a.png", "--brightness", "0.8"], "--out DIR"),
        (["missing.png", "--brightness", "0.8", "--out", "o"], "Image not found: missing.png"),
        (["a.png", "--brightness", "-2", "--out", "o"], "Brightness factor must be between 0 and 8"),
        (["a.png", "--levels", "0.9,0.1", "--out", "o"], "white point must be above the black point"),
        (["a.png", "--curve", "0,0 1", "--out", "o"], "--curve takes X,Y pairs"),
        (["a.png", "--lut", "nope.cube", "--out", "o"], "Cannot read nope.cube"),
        (["a.png", "--lut", "a.png", "--out", "o"], "a.png is not a text .cube file"),
        (["a.png", "--look-amount", "0.5", "--brightness", "1", "--out", "o"], "--look-amount needs --look"),
        (["a.png", "--brightness", "0.8", "--out", "."], "is the input itself"),
    ],
)
def test_bad_arguments_exit_2_and_write_nothing(folder: Path, args: list[str], message: str) -> None:
    before = sorted(p.name for p in folder.iterdir())
    done = cutie(*args, cwd=folder, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""
    assert sorted(p.name for p in folder.iterdir()) == before


def test_existing_outputs_need_overwrite(folder: Path) -> None:
    assert cutie("a.png", "--brightness", "0.8", "--out", "o", cwd=folder).returncode == 0
    refused = cutie("a.png", "--brightness", "0.5", "--out", "o", cwd=folder)
    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert cutie("a.png", "--brightness", "0.5", "--out", "o", "--overwrite", cwd=folder).returncode == 0


def test_killing_a_batch_leaves_no_half_written_image(tmp_path: Path) -> None:
    """SIGKILL the command and its workers the moment the first output shows up."""
    rng = np.random.default_rng(5)
    names = [f"big{i}.png" for i in range(6)]
    for name in names:
        Image.fromarray(rng.integers(0, 256, (1200, 1600, 3), dtype=np.uint8)).save(
            tmp_path / name, compress_level=1
        )
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "cutie_app", "adjust", *names, "--brightness", "0.8", "--out", "out"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    try:
        while not (out.is_dir() and any(not p.name.startswith(".") for p in out.iterdir())):
            assert process.poll() is None, "the batch ended before anything was written"
            assert time.monotonic() < deadline
            time.sleep(0.001)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    finished = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert 1 <= len(finished) < len(names)
    for path in finished:
        with Image.open(tmp_path / path.name) as src, Image.open(path) as got:
            assert got.tobytes() == ImageEnhance.Brightness(src).enhance(0.8).tobytes()


def test_ctrl_c_stops_cleanly_with_whole_images(tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal sends it: exit 130, no worker tracebacks."""
    rng = np.random.default_rng(6)
    names = [f"big{i}.png" for i in range(8)]
    for name in names:
        Image.fromarray(rng.integers(0, 256, (1200, 1600, 3), dtype=np.uint8)).save(
            tmp_path / name, compress_level=1
        )
    out = tmp_path / "out"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cutie_app",
            "adjust",
            *names,
            "--brightness",
            "0.8",
            "--grain",
            "0.1",
            "--out",
            "out",
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not (out.is_dir() and any(not p.name.startswith(".") for p in out.iterdir())):
        assert process.poll() is None, "the batch ended before anything was written"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert stderr == "cutie: interrupted\n"
    reported = [json.loads(line) for line in stdout.splitlines()]
    assert len(reported) == len(names)  # each image: written, or cancelled
    written = [r["file"] for r in reported if r["status"] == "written"]
    left = sorted(p.name for p in out.iterdir())
    assert 1 <= len(left) < len(names)
    assert sorted(Path(f).name for f in written) == left  # every image reported, no temp files


# -- project images -------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A closed project with three delivered images; the first and third are picks."""
    from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
    from cutie_app.core.model.prompt import PromptParts, PromptSection
    from cutie_app.core.store import Project

    folder = tmp_path / "Little Orange"
    rng = np.random.default_rng(9)
    recipe = Recipe(
        model="gemini-3-pro-image",
        prompt=PromptParts((PromptSection("scene", "Scene", "waving"),)),
        aspect_ratio="1:1",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        prompt_text="waving",
    )
    with Project.create(folder) as p:
        for i in range(3):
            buffer = io.BytesIO()
            Image.fromarray(rng.integers(0, 256, (36, 36, 3), dtype=np.uint8)).save(buffer, "PNG")
            variant = Variant(
                i, VariantStatus.DELIVERED, recipe, images=(GeneratedImage(buffer.getvalue(), "image/png"),)
            )
            (record,) = p.add_variant(variant)
            if i != 1:
                p.set_flag(record.id, "pick")
    return folder


def _project_images(folder: Path) -> list:
    from cutie_app.core.store import Project

    with Project.open(folder) as p:
        return [(r, p.image_path(r), r.recipe()) for r in reversed(p.images())]


def test_project_picks_get_new_versions_and_a_kept_look_applies_again(project: Path) -> None:
    done = cutie(
        "--project",
        str(project),
        "--selection",
        "picks",
        "--brightness",
        "0.85",
        "--keep-look",
        "Autumn",
        cwd=project.parent,
    )
    assert done.returncode == 0, done.stderr
    kept, *images = rows(done)
    assert kept == {"look": "Autumn", "kept_in": "project", "steps": 1}
    assert (project / "looks" / "Autumn.look.json").is_file()
    before = _project_images(project)
    sources = {r.id: (r, path) for r, path, _ in before[:3]}
    children = before[3:]
    # Each image is saved and reported as its worker finishes it, in whichever order that is.
    assert sorted(row["source_id"] for row in images) == [before[0][0].id, before[2][0].id]
    assert [row["status"] for row in images] == ["written", "written"]
    assert sorted(c[0].id for c in children) == sorted(row["image_id"] for row in images)
    assert {c[0].id: c[0].parent_image_id for c in children} == {
        row["image_id"]: row["source_id"] for row in images
    }
    for child, path, recipe in children:
        source, source_path = sources[child.parent_image_id]
        assert recipe.adjustments.source_sha256 == source.sha256
        assert recipe.adjustments.stack.to_dict()["steps"][0]["amount"] == 0.85
        with Image.open(source_path) as src, Image.open(path) as got:
            assert got.tobytes() == ImageEnhance.Brightness(src).enhance(0.85).tobytes()

    second = before[1][0].id
    again = cutie(
        "--project", str(project), "--selection", str(second), "--look", "Autumn", cwd=project.parent
    )
    assert again.returncode == 0, again.stderr
    (row,) = rows(again)
    child, path, recipe = _project_images(project)[-1]
    assert (row["source_id"], row["image_id"], child.parent_image_id) == (second, child.id, second)
    assert (recipe.adjustments.look, recipe.adjustments.look_amount) == ("Autumn", 1.0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--brightness", "0.8"], "Say which images"),
        (["--selection", "7,99", "--brightness", "0.8"], "This project has no image 7, 99"),
        (["--selection", "best", "--brightness", "0.8"], "is not picks, rated, all"),
        (["--selection", "all", "--look", "Winter"], "no look called “Winter” in the project"),
        (["--selection", "all", "--match-anchor"], "no anchor"),
        (["--selection", "all", "--brightness", "0.8", "--out", "o"], "drop --out"),
    ],
)
def test_bad_project_arguments_exit_2_and_add_nothing(project: Path, args: list[str], message: str) -> None:
    done = cutie("--project", str(project), *args, cwd=project.parent, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(_project_images(project)) == 3


def test_like_an_approved_image_asks_the_model_with_the_measured_change(project: Path) -> None:
    """The demo server behind the real SDK: N variants per selected image, saved in the project."""
    approve = cutie("--project", str(project), "--selection", "1", "--brightness", "0.85", cwd=project.parent)
    assert approve.returncode == 0, approve.stderr
    approved_id = rows(approve)[0]["image_id"]
    before = _project_images(project)

    done = cutie(
        "--project",
        str(project),
        "--selection",
        f"2,3,{approved_id}",
        "--like",
        str(approved_id),
        "--variants",
        "2",
        "--demo",
        cwd=project.parent,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    head, *variants = rows(done)
    assert head["approved"] == approved_id and head["original"] == before[0][0].id
    assert head["effect"].startswith("Brightness about 85 % of the original, contrast unchanged")
    assert head["exact_local_steps"][0]["kind"] == "brightness"
    assert "repeat it exactly, without the model" in done.stderr
    assert sorted((v["target_id"], v["variant"]) for v in variants) == [(2, 1), (2, 2), (3, 1), (3, 2)]
    assert all(v["status"] == "delivered" and len(v["image_ids"]) == 1 for v in variants)

    made = {r.id: (r, recipe) for r, _path, recipe in _project_images(project)[len(before) :]}
    assert sorted(made) == sorted(v["image_ids"][0] for v in variants)
    by_id = {r.id: r for r, _p, _rc in before}
    for v in variants:
        _record, recipe = made[v["image_ids"][0]]
        assert recipe.scene == "Approved effect"
        shas = [r.sha256 for r in recipe.references]
        assert shas == [by_id[1].sha256, by_id[approved_id].sha256, by_id[v["target_id"]].sha256]
        assert "Do not over-apply" in recipe.prompt_text and head["effect"] in recipe.prompt_text


def test_like_needs_an_edited_image(project: Path) -> None:
    done = cutie("--project", str(project), "--selection", "2", "--like", "1", "--demo", cwd=project.parent)
    assert done.returncode == 2
    assert "Image #1 is not a version of another image" in done.stderr
    assert len(_project_images(project)) == 3
