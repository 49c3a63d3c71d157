"""`cutie generate` through the real CLI entry (in-process), the real SDK and the demo server."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from helpers.faults import unwritable
from helpers.images import png_file
from PIL import Image

from cutie_app.__main__ import main
from cutie_app.cli import run
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.system import paths

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "cutie_app"
    / "core"
    / "data"
    / "samples"
    / "little_orange.spec.json"
)


class Streams:
    """stdout/stderr as a terminal would take them: strict UTF-8, so a bad character is an error."""

    def __init__(self) -> None:
        self.out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
        self.err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)

    def rows(self) -> list[dict]:
        text = self.out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    @property
    def stderr(self) -> str:
        return self.err.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def cutie(*args: str) -> tuple[int, Streams]:
    streams = Streams()
    code = run(list(args), streams.out, streams.err)
    return code, streams


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for command in ("generate", "chat", "models", "check", "export", "pack", "unpack"):
        assert f"\n    {command} " in text
    assert "--demo" in text  # the window's options are named too


def test_generate_into_a_project_stores_the_scene_on_its_images(tmp_path: Path) -> None:
    project = tmp_path / "Little Orange"
    code, io_ = cutie("generate", "--demo", "--project", str(project), "--spec", str(SAMPLE), "--scene", "waving",
                      "--variants", "2")  # fmt: skip
    assert code == 0, io_.stderr
    with ProjectService.open(project) as opened:
        scenes = {s.id: s.text for s in opened.scenes()}
        images = opened.images()
    assert len(images) == 2
    assert {scenes.get(r.scene_id) for r in images} == {"waving"}
    assert sorted(i for row in io_.rows() for i in row["image_ids"]) == sorted(r.id for r in images)


def test_generate_into_a_project_with_nothing_else_draws_its_saved_character(tmp_path: Path) -> None:
    project = tmp_path / "Little Orange"
    assert (
        cutie("generate", "--demo", "--project", str(project), "--spec", str(SAMPLE), "--scene", "x")[0] == 0
    )
    code, io_ = cutie("generate", "--demo", "--project", str(project))
    assert code == 0, io_.stderr
    [row] = io_.rows()
    with ProjectService.open(project) as opened:
        record = opened.image(row["image_ids"][0])
        version = opened.spec()
    assert version is not None and record.spec_version == version[0]
    assert "Little Orange" in record.recipe_dict["prompt_text"]


def test_generate_into_a_new_empty_project_still_asks_what_to_draw(tmp_path: Path) -> None:
    code, io_ = cutie("generate", "--demo", "--project", str(tmp_path / "Empty"))
    assert code == 2
    assert "Nothing to draw" in io_.stderr
    assert io_.rows() == []


@pytest.mark.expected_log("cutie.store", "not saved")
def test_images_the_project_cannot_take_are_reported_rescued_and_billed(tmp_path: Path) -> None:
    project = tmp_path / "Little Orange"
    assert (
        cutie("generate", "--demo", "--project", str(project), "--spec", str(SAMPLE), "--scene", "x")[0] == 0
    )
    with unwritable(project / "images"):
        code, io_ = cutie("generate", "--demo", "--project", str(project), "--variants", "2")
    assert code == 5, io_.stderr
    rows = io_.rows()
    assert [r["status"] for r in rows] == ["not_saved", "not_saved"]
    for row in rows:
        assert row["reason"] and row["image_ids"] == [] and row["response_id"]
        rescued = [Path(p) for p in row["rescued"]]
        assert rescued and all(p.parent == paths.rescue_dir() and p.stat().st_size > 0 for p in rescued)
    assert "NOT saved" in io_.stderr
    with ProjectService.open(project) as opened:
        ledger = opened.ledger().entries
        assert len(opened.images()) == 1
    assert {r["response_id"] for r in rows} <= {e.response_id for e in ledger}
    assert len(ledger) == 3


def test_an_output_folder_that_takes_nothing_exits_5_with_not_saved_lines(tmp_path: Path) -> None:
    out = tmp_path / "renders"
    out.mkdir()
    with unwritable(out):
        code, io_ = cutie(
            "generate", "--demo", "--prompt", "Little Orange waving", "--variants", "2", "--out", str(out)
        )
    assert code == 5
    assert [r["status"] for r in io_.rows()] == ["not_saved", "not_saved"]
    assert all(r["rescued"] for r in io_.rows())


def test_a_reference_whose_name_is_not_utf8_never_breaks_the_output(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/front-\xff\xfe.png"))
    png_file(odd)
    out = tmp_path / "renders"
    code, io_ = cutie(
        "generate", "--demo", "--prompt", "Little Orange", "--ref", f"{odd}:identity", "--out", str(out)
    )
    assert code == 0, io_.stderr
    [row] = io_.rows()
    recipe = json.loads(Path(row["recipe"]).read_text("utf-8"))
    assert recipe["references"][0]["label"] == "front-\ufffd\ufffd.png"


def test_an_output_folder_whose_name_is_not_utf8_is_printed_as_escaped_json(tmp_path: Path) -> None:
    out = Path(os.fsdecode(bytes(tmp_path) + b"/renders-\xff"))
    code, io_ = cutie("generate", "--demo", "--prompt", "Little Orange", "--out", str(out))
    assert code == 0, io_.stderr
    [row] = io_.rows()
    assert Path(row["file"]).parent == out and Path(row["file"]).is_file()


def test_what_the_import_changed_in_a_reference_is_printed(tmp_path: Path) -> None:
    cmyk = tmp_path / "sheet.jpg"
    Image.new("CMYK", (5000, 400), (0, 120, 255, 0)).save(cmyk)
    code, io_ = cutie(
        "generate", "--demo", "--prompt", "x", "--ref", f"{cmyk}:style", "--out", str(tmp_path / "o")
    )
    assert code == 0, io_.stderr
    assert "sheet.jpg: converted from CMYK" in io_.stderr
    assert "scaled down from 5000×400" in io_.stderr


def test_the_budget_cap_refuses_before_sending(tmp_path: Path) -> None:
    code, io_ = cutie("generate", "--demo", "--prompt", "x", "--variants", "4", "--budget-cap", "0.10",
                      "--out", str(tmp_path / "o"))  # fmt: skip
    assert code == 2 and "budget cap" in io_.stderr
    assert not (tmp_path / "o").exists()


def test_the_variant_limit_is_the_catalogues(tmp_path: Path) -> None:
    code, io_ = cutie("generate", "--demo", "--prompt", "x", "--variants", "17", "--out", str(tmp_path / "o"))
    assert code == 2 and "between 1 and 16" in io_.stderr
