"""`cutie rate` and `cutie flag` through the CLI entry, on a real project; one JSON line per image."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from helpers.builders import variant

from cutie_app.__main__ import main
from cutie_app.cli import run
from cutie_app.core.services.culling import flag_images, parse_ids, rate_images
from cutie_app.core.services.projects import ProjectService


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, list[int]]:
    folder = tmp_path / "proj"
    service = ProjectService.open(folder, create=True, name="Little Orange")
    try:
        ids = [service.save_variant(variant(index=i)).image_ids[0] for i in range(5)]
    finally:
        service.close()
    return folder, ids


def cutie(*argv: str) -> tuple[int, str, str]:
    """Run a command as the `cutie` entry does, with its output and errors captured."""
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def state(folder: Path) -> dict[int, tuple[str, int]]:
    service = ProjectService.open(folder)
    try:
        return {r.id: (r.flag, r.rating) for r in service.images()}
    finally:
        service.close()


def test_rate_a_list_and_a_range(project):
    folder, ids = project
    code, out, _ = cutie("rate", str(folder), f"{ids[0]},{ids[1]}", f"{ids[3]}-{ids[4]}", "--stars", "4")
    assert code == 0
    assert lines(out) == [
        {"image_id": i, "flag": "none", "rating": 4} for i in (ids[0], ids[1], ids[3], ids[4])
    ]
    assert state(folder)[ids[2]] == ("none", 0) and state(folder)[ids[4]] == ("none", 4)
    assert cutie("rate", str(folder), str(ids[0]), "--stars", "0")[0] == 0  # 0 clears
    assert state(folder)[ids[0]] == ("none", 0)


@pytest.mark.parametrize(
    ("option", "flag"), [("--pick", "pick"), ("--reject", "reject"), ("--clear", "none")]
)
def test_flag(project, option, flag):
    folder, ids = project
    cutie("flag", str(folder), str(ids[1]), "--reject")
    code, out, _ = cutie("flag", str(folder), str(ids[1]), str(ids[2]), option)
    assert code == 0
    assert [row["flag"] for row in lines(out)] == [flag, flag]
    assert state(folder)[ids[1]][0] == flag and state(folder)[ids[2]][0] == flag


def test_an_unknown_id_is_reported_and_the_others_still_change(project):
    folder, ids = project
    code, out, err = cutie("flag", str(folder), str(ids[0]), "999", "--pick")
    assert code == 6
    rows = lines(out)
    assert rows[0] == {"image_id": ids[0], "flag": "pick", "rating": 0}
    assert rows[1]["image_id"] == 999 and "No image #999" in rows[1]["error"]
    assert "image #999 not changed" in err
    assert state(folder)[ids[0]] == ("pick", 0)


@pytest.mark.parametrize(
    "argv",
    [
        ["rate", "P", "1", "--stars", "6"],
        ["rate", "P", "1"],
        ["flag", "P", "1"],
        ["flag", "P", "1", "--pick", "--reject"],
    ],
)
def test_bad_arguments_exit_2(argv, tmp_path, capsys):
    argv = [str(tmp_path / "proj") if a == "P" else a for a in argv]
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2


def test_bad_ids_are_a_usage_error_and_change_nothing(project):
    folder, ids = project
    code, _, err = cutie("rate", str(folder), f"{ids[0]}", "seven", "--stars", "3")
    assert code == 2 and "'seven' is not an image id" in err
    assert state(folder)[ids[0]] == ("none", 0)


def test_parse_ids_and_the_service_rules(project):
    assert parse_ids(["3", "5,4", "7-9", "3"]) == [3, 5, 4, 7, 8, 9]
    for bad in (["9-7"], ["-3"], ["a"], [""], ["1-"]):
        with pytest.raises(ValueError):
            parse_ids(bad)
    folder, ids = project
    service = ProjectService.open(folder)
    try:
        with pytest.raises(ValueError):
            rate_images(service, ids, 7)
        with pytest.raises(ValueError):
            flag_images(service, ids, "maybe")
        assert [r.rating for r in rate_images(service, ids[:2], 5)] == [5, 5]
    finally:
        service.close()
