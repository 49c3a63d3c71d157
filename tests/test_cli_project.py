"""Projects through the headless commands: store, check, export, pack, crash safety, no key leaks."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.formats.provenance import RECIPE_KEY
from cutie_app.core.store import Project
from cutie_app.demo.server import DemoServer

pytestmark = pytest.mark.slow
SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "cutie_app"
    / "core"
    / "data"
    / "samples"
    / "little_orange.spec.json"
)


def cutie(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("GEMINI_API_KEY", "GOOGLE_API_KEY")}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cutie_app", *args], capture_output=True, text=True, env=full, timeout=timeout
    )


def via(server: DemoServer, key: str = "project-test-key") -> dict[str, str]:
    return {"GOOGLE_GEMINI_BASE_URL": server.base_url, "GEMINI_API_KEY": key}


def rows(done: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_generate_into_a_project_then_check_export_pack_unpack(tmp_path, demo_server):
    project = tmp_path / "Little Orange"
    done = cutie(
        "generate", "--project", str(project), "--spec", str(SAMPLE), "--scene", "waving", "--variants", "3",
        env=via(demo_server),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ids = sorted(i for r in rows(done) for i in r["image_ids"])
    assert len(ids) == 3

    with Project.open(project) as opened:
        images = opened.images()
        assert sorted(r.id for r in images) == ids
        assert {r.spec_version for r in images} == {1}  # every image records the spec version it used
        assert opened.spec()[1].name == "Little Orange"
        assert len(opened.ledger()) == 3 and opened.spend_usd() > 0.3

    check = cutie("check", str(project))
    assert check.returncode == 0 and "OK" in check.stdout

    exported = cutie("export", str(project), "--out", str(tmp_path / "export"))
    assert exported.returncode == 0, exported.stderr
    for row in rows(exported):
        with Image.open(row["file"]) as im:
            recipe = json.loads(im.text[RECIPE_KEY])
        assert recipe["model"] == "gemini-3-pro-image" and recipe["scene"] == "waving"

    pack = tmp_path / "lo.cutiepack"
    assert cutie("pack", str(project), "--out", str(pack)).returncode == 0
    (tmp_path / "restored").mkdir()
    unpacked = cutie("unpack", str(pack), "--into", str(tmp_path / "restored"), "--name", "copy")
    assert unpacked.returncode == 0, unpacked.stderr
    assert cutie("check", str(tmp_path / "restored" / "copy")).returncode == 0


def test_check_reports_a_missing_image_and_exits_6(tmp_path, demo_server):
    project = tmp_path / "p"
    assert cutie("generate", "--project", str(project), "--prompt", "x", env=via(demo_server)).returncode == 0
    next((project / "images").glob("*.png")).unlink()
    done = cutie("check", str(project))
    assert done.returncode == 6
    assert "missing" in done.stdout.lower()


def test_a_killed_batch_loses_nothing_it_wrote(tmp_path, demo_server):
    """SIGKILL at random moments; the project opens, checks clean, and keeps every saved image."""
    rng = random.Random(20261122)
    demo_server.latency_s = 0.15
    for trial in range(3):
        project = tmp_path / f"trial{trial}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "cutie_app", "generate", "--project", str(project), "--prompt", "x",
             "--variants", "12", "--concurrency", "3"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **via(demo_server)},
        )  # fmt: skip
        time.sleep(rng.uniform(0.9, 1.8))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        saved = [i for line in out.splitlines() if line.strip() for i in json.loads(line)["image_ids"]]
        if not (project / "project.cutie").exists():
            continue  # killed before the project existed: nothing to lose
        with Project.open(project) as opened:
            have = {r.id for r in opened.images()}
            report = opened.check()
            on_disk = {p.name for p in (project / "images").iterdir() if not p.name.startswith(".")}
        assert set(saved) <= have, f"trial {trial}: saved images lost"
        assert report.ok, report.text()
        assert {p for p in on_disk if not p.endswith(".json")} == {Path(r).name for r in _files(project)}


def _files(project: Path) -> list[str]:
    with Project.open(project) as opened:
        return [r.file for r in opened.images()]


def test_the_api_key_never_reaches_disk(tmp_path, demo_server, isolated_user_dirs):
    key = "AIzaSyD-unique-test-key-0123456789abcdefghi"
    project = tmp_path / "keyscan"
    env = via(demo_server, key)
    assert (
        cutie("generate", "--project", str(project), "--prompt", "x", "--variants", "2", env=env).returncode
        == 0
    )
    chat_dir = tmp_path / "chat"
    assert cutie("chat", "--dir", str(chat_dir), "--new", "Draw her", env=env).returncode == 0
    pack = tmp_path / "k.cutiepack"
    assert cutie("pack", str(project), "--out", str(pack)).returncode == 0
    assert cutie("export", str(project), "--out", str(tmp_path / "exported")).returncode == 0
    scanned = 0
    for root in (tmp_path, Path(isolated_user_dirs)):
        for path in root.rglob("*"):
            if path.is_file():
                scanned += 1
                assert key.encode() not in path.read_bytes(), f"the key leaked into {path}"
    assert scanned >= 8


def test_chat_in_a_project_continues_after_a_restart_with_signatures_intact(tmp_path, demo_server):
    project = tmp_path / "p"
    first = cutie("chat", "--project", str(project), "--new", "Draw Little Orange", env=via(demo_server))
    assert first.returncode == 0, first.stderr
    one = rows(first)[0]
    second = cutie("chat", "--project", str(project), "make her smile", env=via(demo_server))  # a new process
    assert second.returncode == 0, second.stderr
    two = rows(second)[0]
    assert two["conversation"] == one["conversation"] and two["parent"] == one["turn"]
    history = [r.body for r in demo_server.requests if r.path.endswith(":generateContent")][-1]["contents"]
    assert [c["role"] for c in history] == ["user", "model", "user"]
    assert any("thoughtSignature" in part for part in history[1]["parts"])  # verified by the server too
    with Project.open(project) as opened:
        conv = opened.load_conversation(one["conversation"])
        assert len(conv.turns) == 4
        images = opened.images()
        assert {r.turn_id for r in images} == {one["turn"], two["turn"]}
        assert all(r.conversation_id == conv.id for r in images)
    third = cutie("chat", "--project", str(project), "--new", "Draw her sleeping", env=via(demo_server))
    assert rows(third)[0]["conversation"] != one["conversation"]
    again = cutie(
        "chat", "--project", str(project), "--conversation", one["conversation"][:6], "--show", "--json"
    )
    assert again.returncode == 0 and len(rows(again)[0]["turns"]) == 4


def test_no_keyring_is_explained_and_the_environment_still_works(monkeypatch):
    import keyring
    from keyring.backends import fail

    from cutie_app.core.system.secrets import KeyringUnavailableError, KeySource, load_api_key, save_api_key

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailableError) as info:
        save_api_key("AIza-something")
    assert "never stores the key in a file" in str(info.value) and "GEMINI_API_KEY" in str(info.value)
    assert load_api_key() is None
    monkeypatch.setenv("GEMINI_API_KEY", "from-env")
    key = load_api_key()
    assert key is not None and key.source is KeySource.ENVIRONMENT and key.value == "from-env"
    assert "from-env" not in repr(key)


def test_demo_runs_never_teach_the_real_catalogue(tmp_path, isolated_user_dirs, demo_server):
    """The demo server's seed refusals and model list are made up; a real run learns for keeps."""
    learned = isolated_user_dirs / "config" / "learned_models.json"
    out = tmp_path / "renders"
    demo = cutie("generate", "--demo", "--seed", "42", "--prompt", "Little Orange waving", "--out", str(out))
    assert demo.returncode == 0, demo.stderr
    assert "seed" in demo.stderr.lower()  # the refusal was met and explained
    listed = cutie("models", "--refresh", "--demo")
    assert listed.returncode == 0, listed.stderr
    assert "gemini-4-flash-image-exp" in listed.stdout  # listed for this run
    assert not learned.exists()

    real = cutie(
        "generate",
        "--seed",
        "42",
        "--prompt",
        "Little Orange waving",
        "--out",
        str(out),
        env=via(demo_server),
    )
    assert real.returncode == 0, real.stderr
    assert json.loads(learned.read_text())["seed"] == {"gemini-3-pro-image": "no"}
