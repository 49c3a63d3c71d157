"""Projects through the headless commands: store, check, export, pack, crash safety, no key leaks."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.formats.provenance import RECIPE_KEY
from cutie_app.core.store import Project, ProjectLockedError
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


def test_check_of_a_damaged_database_exits_6_and_says_so(tmp_path, demo_server):
    project = tmp_path / "p"
    assert cutie("generate", "--project", str(project), "--prompt", "x", env=via(demo_server)).returncode == 0
    (project / "project.cutie").write_bytes(b"this is not a database" * 100)
    done = cutie("check", str(project))
    assert done.returncode == 6, done.stderr
    assert "damaged" in done.stderr.lower()


def start_batch(
    project: Path, server: DemoServer, pause: str = "", marker: Path | None = None
) -> subprocess.Popen:
    """`cutie generate --project` with 6 variants, 2 at a time; optionally paused inside a save."""
    env = {**os.environ, **via(server)}
    if pause:
        env.update(CUTIE_TEST_PAUSE=pause, CUTIE_TEST_PAUSE_MARKER=str(marker))
    return subprocess.Popen(
        [sys.executable, "-m", "cutie_app", "generate", "--project", str(project), "--prompt", "x",
         "--variants", "6", "--concurrency", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def wait_for(marker: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            pytest.fail(f"the batch ended before its pause point: {proc.communicate()[1]}")
        assert time.monotonic() < deadline, "the batch never reached its pause point"
        time.sleep(0.02)


def kill(proc: subprocess.Popen) -> set[int]:
    """SIGKILL the batch; the image ids it had reported as saved."""
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return {i for line in out.splitlines() if line.strip() for i in json.loads(line)["image_ids"]}


def pending_calls(project: Path) -> set[str]:
    """Response ids of the saves a kill interrupted (their recipe sidecars are still on disk)."""
    return {
        json.loads(p.read_text("utf-8"))["ledger"]["response_id"]
        for p in (project / "images").glob("*.recipe.json")
        if json.loads(p.read_text("utf-8")).get("ledger")
    }


def assert_nothing_lost(project: Path, saved: set[int], interrupted: set[str], what: str) -> None:
    """Reopened: every reported image and every interrupted billed call is there; check is clean."""
    with Project.open(project) as opened:
        have = {r.id for r in opened.images()}
        files = {r.file for r in opened.images()}
        billed = {e.response_id for e in opened.ledger()}
        report = opened.check()
    on_disk = {p.name for p in (project / "images").iterdir() if not p.name.startswith(".")}
    assert saved <= have, f"{what}: saved images lost"
    assert interrupted <= billed, f"{what}: a billed call in the middle of its save was forgotten"
    assert report.ok, f"{what}: {report.text()}"
    assert on_disk == files, f"{what}: files and rows differ"


@pytest.mark.parametrize("pause", ["image-bytes@1", "image-bytes@4", "commit@1", "commit@4"])
@pytest.mark.expected_log("cutie.store")
def test_a_batch_killed_inside_a_save_loses_nothing(tmp_path, demo_server, pause):
    """The kill lands inside a save: after an image's sidecar, or before its commit."""
    project, marker = tmp_path / "p", tmp_path / "paused"
    proc = start_batch(project, demo_server, pause, marker)
    wait_for(marker, proc)
    saved = kill(proc)
    interrupted = pending_calls(project)
    assert interrupted, "the kill did not land inside a save"
    assert_nothing_lost(project, saved, interrupted, pause)


def test_a_killed_batch_loses_nothing_it_wrote(tmp_path, demo_server):
    """SIGKILL at random moments; the project opens, checks clean, and keeps every saved image."""
    rng = random.Random(20261122)
    demo_server.latency_s = 0.15
    for trial in range(3):
        project = tmp_path / f"trial{trial}"
        proc = start_batch(project, demo_server)
        time.sleep(rng.uniform(0.9, 1.8))
        saved = kill(proc)
        if not (project / "project.cutie").exists():
            continue  # killed before the project existed: nothing to lose
        assert_nothing_lost(project, saved, pending_calls(project), f"trial {trial}")


@pytest.mark.expected_log("cutie.store")
def test_a_project_held_mid_save_is_only_read_by_others(tmp_path, demo_server):
    """While a batch is inside a save, another process can read and check, never recover or write."""
    project, marker = tmp_path / "p", tmp_path / "paused"
    proc = start_batch(project, demo_server, "commit@2", marker)
    try:
        wait_for(marker, proc)
        in_flight = sorted(p.name for p in (project / "images").iterdir())
        assert any(n.endswith(".recipe.json") for n in in_flight)
        with pytest.raises(ProjectLockedError) as caught:
            Project.open(project)
        assert f"This project is open in Cutie (process {proc.pid} on " in str(caught.value)
        with Project.open(project, read_only=True) as reader:
            report = reader.check()
            assert report.ok, report.text()
            assert len(report.pending_files) == 1  # the save in progress, not an orphan
            assert len(reader.images()) == 1
        checked = cutie("check", str(project))  # another process: it must not "recover" the batch's files
        assert checked.returncode == 0, checked.stderr
        assert "open in Cutie (process" in checked.stderr and "read-only" in checked.stderr
        exported = cutie("export", str(project), "--out", str(tmp_path / "out"))
        assert exported.returncode == 0, exported.stderr
        assert len(list((tmp_path / "out").glob("*.png"))) == 1
        assert sorted(p.name for p in (project / "images").iterdir()) == in_flight
    finally:
        saved = kill(proc)
    with Project.open(project) as opened:  # the holder is gone: its lock is taken over, recovery runs
        assert len(opened.recovery.recovered) == 1
    assert_nothing_lost(project, saved, set(), "after the holder died")


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
    logs = list(Path(isolated_user_dirs).rglob("cutie.log"))
    assert logs and logs[0].stat().st_size > 0, "the commands wrote no log"
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
    model = "gemini-2.5-flash-image"  # the catalogue does not know whether it takes a seed; the demo refuses
    demo = cutie(
        "generate",
        "--demo",
        "--model",
        model,
        "--seed",
        "42",
        "--prompt",
        "Little Orange waving",
        "--out",
        str(out),
    )
    assert demo.returncode == 0, demo.stderr
    assert "seed" in demo.stderr.lower()  # the refusal was met and explained
    listed = cutie("models", "--refresh", "--demo")
    assert listed.returncode == 0, listed.stderr
    assert "gemini-4-flash-image-exp" in listed.stdout  # listed for this run
    assert not learned.exists()

    real = cutie(
        "generate",
        "--model",
        model,
        "--seed",
        "42",
        "--prompt",
        "Little Orange waving",
        "--out",
        str(out),
        env=via(demo_server),
    )
    assert real.returncode == 0, real.stderr
    assert json.loads(learned.read_text())["seed"] == {model: "no"}


def test_the_cli_says_why_it_refuses_a_pack_in_english_in_any_language(tmp_path):
    """The commands print English for scripts and logs, even where the window would speak Spanish."""
    spanish = ET.parse(Path(__file__).resolve().parents[1] / "resources" / "i18n" / "cutie_es.ts").getroot()
    translated = {
        (c.findtext("name"), m.findtext("source")): m.findtext("translation")
        for c in spanish.iter("context")
        for m in c.iter("message")
    }
    assert translated[("core.pack", "Cannot import {subject}: {reason}. Nothing was written.")].startswith(
        "No se puede importar"
    )
    pack = tmp_path / "broken.cutiepack"
    pack.write_bytes(b"this is not a zip file")
    into = tmp_path / "into"
    into.mkdir()
    done = cutie("unpack", str(pack), "--into", str(into), env={"LANG": "es_ES.UTF-8", "LANGUAGE": "es"})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("cutie: Cannot import broken.cutiepack: it is not a zip file"), done.stderr
    assert done.stderr.rstrip().endswith("Nothing was written.") and "No se" not in done.stderr
    assert list(into.iterdir()) == []
