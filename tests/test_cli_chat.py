"""`cutie chat --project`: the conversation service from the command line (real SDK, demo server)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from helpers.images import png

from cutie_app.cli import run
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services.projects import ProjectService
from cutie_app.demo.server import DemoServer


@pytest.fixture
def served(demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch) -> DemoServer:
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", demo_server.base_url)
    monkeypatch.setenv("GEMINI_API_KEY", "chat-cli-key")
    return demo_server


def chat(*args: str) -> tuple[int, list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["chat", *args], out, err)
    return code, out.getvalue().splitlines(), err.getvalue()


def posts(server: DemoServer) -> list[dict]:
    return [r.body for r in server.requests if r.path.endswith(":generateContent") and r.body is not None]


def make_project(folder: Path) -> None:
    with ProjectService.open(folder, create=True, name="Little Orange") as project:
        project.save_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
        project.add_reference(
            ReferenceImage(
                png((255, 140, 0)), "image/png", ReferenceRole.ANCHOR, ReferenceKind.PERSON, "a.png"
            )
        )


def test_chat_in_a_project_draws_the_project_character_and_shows_a_tree(
    served: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "p"
    make_project(folder)
    code, out, err = chat("--project", str(folder), "--new", "Little Orange waving")
    assert code == 0, err
    first = json.loads(out[0])
    sent = posts(served)[0]["contents"][0]
    assert sum("inlineData" in p for p in sent["parts"]) == 1  # the anchor
    assert "Character: Little Orange" in sent["parts"][-1]["text"]
    assert "the approved anchor image" in sent["parts"][-1]["text"]
    assert first["status"] == "delivered" and Path(first["images"][0]).is_file() and first["image_ids"]

    code, out, err = chat("--project", str(folder), "--tries", "2", "make her smile")
    assert code == 0, err
    tries = [json.loads(line) for line in out]
    assert len(tries) == 2 and {t["parent"] for t in tries} == {first["turn"]}

    code, out, _ = chat("--project", str(folder), "--show")
    assert code == 0
    text = "\n".join(out)
    assert "you [" in text and "Little Orange waving" in text
    assert text.count("make her smile") == 2 and "├─ " in text and "└─ " in text
    code, out, _ = chat("--project", str(folder), "--show", "--json")
    assert len(json.loads(out[0])["turns"]) == 6


def test_no_character_leaves_the_sheet_and_references_out(served: DemoServer, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    make_project(folder)
    code, _, err = chat("--project", str(folder), "--new", "--no-character", "a red kite")
    assert code == 0, err
    sent = posts(served)[0]["contents"][0]
    assert sent["parts"] == [{"text": "a red kite"}]


def test_project_chat_refuses_a_spec_or_references_of_its_own(tmp_path: Path) -> None:
    code, _, err = chat("--project", str(tmp_path / "p"), "--spec", "x.json", "hello")
    assert code == 2 and "comes from the project" in err
