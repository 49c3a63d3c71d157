"""Conversations and the headless commands, run as real processes against the demo server."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.model.conversation import Conversation, ConversationFolder
from cutie_app.demo.server import DemoServer

pytestmark = pytest.mark.slow


def run_cutie(
    *args: str, env_extra: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GEMINI_API_KEY", "GOOGLE_API_KEY")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "cutie_app", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def lines(done: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def via(server: DemoServer) -> dict[str, str]:
    """Point a child process's SDK at the test's server the way a user would: environment only."""
    return {"GOOGLE_GEMINI_BASE_URL": server.base_url, "GEMINI_API_KEY": "chat-test-key"}


def b64bytes(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_") + "=" * (-len(text) % 4))


def posts(server: DemoServer) -> list[dict]:
    return [r.body for r in server.requests if r.path.endswith(":generateContent")]


def test_generate_demo_writes_variants_with_recipes(tmp_path):
    out = tmp_path / "out"
    done = run_cutie(
        "generate", "--demo", "--variants", "4", "--prompt", "Little Orange waving",
        "--aspect-ratio", "3:4", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = lines(done)
    assert sorted(r["variant"] for r in rows) == [1, 2, 3, 4]
    for row in rows:
        assert row["status"] == "delivered" and row["finish_reason"] == "STOP" and row["response_id"]
        with Image.open(row["file"]) as im:
            assert im.format == "PNG" and im.width < im.height
        recipe = json.loads(Path(row["recipe"]).read_text())
        assert recipe["model"] == "gemini-3-pro-image"
        assert recipe["config"]["aspect_ratio"] == "3:4"
        assert recipe["response_id"] == row["response_id"]
        assert recipe["files"] == [Path(row["file"]).name]
        assert row["cost_usd"] == recipe["cost_usd"] > 0
    assert "about $0.54" in done.stderr


def test_generate_with_spec_and_references(tmp_path):
    ref = tmp_path / "front view.png"
    Image.new("RGB", (40, 60), (255, 140, 0)).save(ref)
    spec = Path(__file__).parents[2] / "cutie_app" / "core" / "data" / "samples" / "little_orange.spec.json"
    if not spec.exists():  # installed (non-editable) package: use the packaged sample
        import cutie_app

        spec = Path(cutie_app.__file__).parent / "core" / "data" / "samples" / "little_orange.spec.json"
    done = run_cutie(
        "generate", "--demo", "--spec", str(spec), "--scene", "jumping in a puddle",
        "--ref", f"{ref}:identity", "--out", str(tmp_path / "o"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    recipe = json.loads(Path(lines(done)[0]["recipe"]).read_text())
    assert recipe["references"][0]["role"] == "identity"
    assert "Character: Little Orange" in recipe["prompt_text"]
    assert "jumping in a puddle" in recipe["prompt_text"]


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["--model", "gemini-3-pro-image-preview"], 2, "gemini-3-pro-image"),
        (["--aspect-ratio", "7:3"], 2, "cannot make 7:3"),
        (["--ref", "/no/such/file.png"], 2, "not found"),
        (["--ref", __file__], 2, "test_conversation_cli.py"),  # not an image: named, refused, nothing sent
        (["--variants", "17"], 2, "between 1 and 16"),
    ],
)
def test_generate_refusals_have_messages_and_exit_codes(tmp_path, args, code, needle):
    done = run_cutie("generate", "--demo", "--prompt", "x", "--out", str(tmp_path), *args)
    assert done.returncode == code
    assert needle in done.stderr
    assert "Traceback" not in done.stderr


def test_generate_without_a_key_says_how_to_add_one(tmp_path):
    done = run_cutie("generate", "--prompt", "x", "--out", str(tmp_path))
    assert done.returncode == 3
    assert "No Gemini API key" in done.stderr and "cutie --demo" in done.stderr


def test_generate_partial_and_blocked_exit_codes(tmp_path, demo_server):
    done = run_cutie(
        "generate", "--prompt", "[demo:image-safety] x", "--out", str(tmp_path), env_extra=via(demo_server)
    )
    assert done.returncode == 5
    assert "safety filter" in done.stderr
    assert lines(done)[0]["status"] == "blocked" and lines(done)[0]["file"] is None


def test_conversation_continues_in_a_new_process_with_signatures_byte_exact(tmp_path, demo_server):
    folder = tmp_path / "chat"
    first = run_cutie(
        "chat", "--dir", str(folder), "--new", "Draw Little Orange waving", env_extra=via(demo_server)
    )
    assert first.returncode == 0, first.stderr
    turn1 = lines(first)[0]
    assert turn1["status"] == "delivered" and Path(turn1["images"][0]).is_file()

    second = run_cutie("chat", "--dir", str(folder), "make her smile", env_extra=via(demo_server))
    assert second.returncode == 0, second.stderr
    turn2 = lines(second)[0]
    assert turn2["parent"] == turn1["turn"]

    # What the second process sent back is exactly what the service said in the first answer.
    stored = ConversationFolder(folder).load()
    model_turn = stored.turns[turn1["turn"]]
    sent_history = posts(demo_server)[1]["contents"]
    assert [c["role"] for c in sent_history] == ["user", "model", "user"]
    sent_sigs = [b64bytes(p["thoughtSignature"]) for p in sent_history[1]["parts"] if "thoughtSignature" in p]
    stored_sigs = [
        b64bytes(p["thought_signature"]) for p in model_turn.content["parts"] if "thought_signature" in p
    ]
    assert sent_sigs == stored_sigs and len(sent_sigs) >= 2
    assert all(sig.startswith(b"\xfb\xff\xfe") for sig in sent_sigs)  # non-UTF-8 bytes survived
    assert "Change only this: make her smile" in sent_history[2]["parts"][-1]["text"]


def test_tampered_signature_is_refused_with_a_clear_message(tmp_path, demo_server):
    folder = tmp_path / "chat"
    assert (
        run_cutie("chat", "--dir", str(folder), "--new", "Draw her", env_extra=via(demo_server)).returncode
        == 0
    )
    data = json.loads((folder / "conversation.json").read_text())
    for part in data["turns"][1]["content"]["parts"]:
        if "thought_signature" in part:
            raw = bytearray(b64bytes(part["thought_signature"]))
            raw[-1] ^= 0xFF
            part["thought_signature"] = base64.urlsafe_b64encode(bytes(raw)).decode()
    (folder / "conversation.json").write_text(json.dumps(data))
    done = run_cutie("chat", "--dir", str(folder), "make her smile", env_extra=via(demo_server))
    assert done.returncode == 5
    assert "could not be continued" in done.stderr and "branch" in done.stderr.lower()


def test_branch_and_blocked_turns(tmp_path, demo_server):
    folder = tmp_path / "chat"
    env = via(demo_server)
    t1 = lines(run_cutie("chat", "--dir", str(folder), "--new", "Draw her", env_extra=env))[0]["turn"]
    t2 = lines(run_cutie("chat", "--dir", str(folder), "make her smile", env_extra=env))[0]["turn"]
    blocked = run_cutie("chat", "--dir", str(folder), "[demo:image-safety] edit", env_extra=env)
    assert blocked.returncode == 5 and lines(blocked)[0]["status"] == "blocked"

    # Continuing after a blocked turn sends the branch without the blocked exchange.
    after = run_cutie("chat", "--dir", str(folder), "add a hat", env_extra=env)
    assert after.returncode == 0, after.stderr
    history = posts(demo_server)[-1]["contents"]
    assert [c["role"] for c in history] == ["user", "model", "user", "model", "user"]
    assert not any("[demo:image-safety]" in p.get("text", "") for c in history for p in c["parts"])

    # Branching from the first turn sends only that exchange; the tree keeps both branches.
    branch = run_cutie("chat", "--dir", str(folder), "--from", t1[:5], "make her frown", env_extra=env)
    assert branch.returncode == 0, branch.stderr
    assert lines(branch)[0]["parent"] == t1
    history = posts(demo_server)[-1]["contents"]
    assert [c["role"] for c in history] == ["user", "model", "user"]
    conv: Conversation = ConversationFolder(folder).load()
    assert len(conv.children(t1)) == 2  # two user turns branch off the first model turn
    assert t2 in conv.turns
    shown = lines(run_cutie("chat", "--dir", str(folder), "--show", "--json"))[0]
    assert len(shown["turns"]) == 10 and shown["head"] == lines(branch)[0]["turn"]


def test_chat_refuses_switching_models(tmp_path, demo_server):
    folder = tmp_path / "chat"
    assert (
        run_cutie("chat", "--dir", str(folder), "--new", "Draw her", env_extra=via(demo_server)).returncode
        == 0
    )
    done = run_cutie(
        "chat", "--dir", str(folder), "--model", "gemini-nano-banana-2.1", "x", env_extra=via(demo_server)
    )
    assert done.returncode == 2 and "another model" in done.stderr


def test_endpoint_from_settings_wins_over_the_environment(tmp_path, demo_server, isolated_user_dirs):
    from cutie_app.core.system.settings import Settings, save_settings

    config = Path(os.environ["CUTIE_CONFIG_DIR"])
    save_settings(Settings(endpoint=demo_server.base_url.rstrip("/")), config / "settings.json")
    env = {"GEMINI_API_KEY": "k", "GOOGLE_GEMINI_BASE_URL": "http://127.0.0.1:9/"}  # nothing listens there
    done = run_cutie("generate", "--prompt", "x", "--out", str(tmp_path), env_extra=env)
    assert done.returncode == 0, done.stderr
    assert len(posts(demo_server)) == 1
