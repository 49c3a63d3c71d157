"""SIGKILL `cutie generate --project` batches, many of them inside a save; tally what survives.

Each trial runs a 12-variant batch against the local demo server (latency 0.15 s, 3 at a time)
and kills it with SIGKILL. Two kinds of kill, interleaved:

- "timed": a random 0-0.8 s after the batch reported its first saved image, wherever it is then;
- "inside a save": the batch is paused (CUTIE_TEST_PAUSE, see core/store/crashpoints.py) at the
  n-th "image-bytes" point (an image's sidecar is written, its bytes are not) or "commit" point
  (files written, rows inserted, not committed), and killed there. A timed kill rarely lands
  in the milliseconds a save takes, so only these trials notice a save that is not crash-safe.

After each kill the project must open, check clean, hold every image the killed process had
reported as saved, and keep in its ledger every billed call whose save was interrupted (as
"unsaved" when its image never landed). Prints one line per trial and a tally.

    python bench/crash_trials.py [TRIALS]
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cutie_app.core.store import Project
from cutie_app.demo.server import DemoServer


def run(server: DemoServer, folder: Path, delay: float, pause: str) -> tuple[set[int], set[str]]:
    """Start a batch, kill it (after `delay`, or at `pause`); (ids reported saved, interrupted calls)."""
    marker = folder.parent / f"{folder.name}.paused"
    env = {**os.environ, "GOOGLE_GEMINI_BASE_URL": server.base_url, "GEMINI_API_KEY": "bench"}
    if pause:
        env.update(CUTIE_TEST_PAUSE=pause, CUTIE_TEST_PAUSE_MARKER=str(marker))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cutie_app", "generate", "--project", str(folder), "--prompt", "crash me",
         "--variants", "12", "--concurrency", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    first = ""
    if pause:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    else:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the first saved image: the batch is saving now
        time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    lines = [line for line in (first + out).splitlines() if line.strip()]
    saved = {i for line in lines for i in json.loads(line)["image_ids"]}
    interrupted = set()
    for sidecar in (folder / "images").glob("*.recipe.json"):
        ledger = json.loads(sidecar.read_text("utf-8")).get("ledger")
        if ledger:
            interrupted.add(ledger["response_id"])
    return saved, interrupted


def trial(server: DemoServer, folder: Path, delay: float, pause: str) -> tuple[bool, str]:
    saved, interrupted = run(server, folder, delay, pause)
    if not (folder / "project.cutie").exists():
        return True, "killed before the project was created"
    with Project.open(folder) as project:
        have = {r.id for r in project.images()}
        files = {r.file for r in project.images()}
        billed = {e.response_id for e in project.ledger()}
        unsaved = sum(e.outcome == "unsaved" for e in project.ledger())
        report = project.check()
        recovered = len(project.recovery.recovered)
    on_disk = {p.name for p in (folder / "images").iterdir() if not p.name.startswith(".")}
    lost = len(saved - have) + len(interrupted - billed)
    ok = lost == 0 and report.ok and on_disk == files
    detail = (
        f"reported saved {len(saved):2d}, in project {len(have):2d}, recovered {recovered}, "
        f"interrupted calls {len(interrupted)} kept {len(interrupted & billed)} ({unsaved} as unsaved), "
        f"lost {lost}, check {'ok' if report.ok else 'FAILED: ' + report.text().splitlines()[0]}"
    )
    return ok, detail


def plan(trials: int, rng: random.Random) -> list[tuple[float, str]]:
    """(delay, pause) per trial: every third is timed, the others alternate the two save points."""
    out: list[tuple[float, str]] = []
    inside = 0
    for n in range(trials):
        if n % 3 == 0:
            out.append((rng.uniform(0.0, 0.8), ""))
        else:
            point = ("image-bytes", "commit")[inside % 2]
            out.append((0.0, f"{point}@{1 + (inside // 2) % 8}"))
            inside += 1
    return out


def main() -> int:
    logging.basicConfig(level=logging.ERROR)  # recovery's notes would interleave with the table
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = random.Random(7)
    passed = 0
    with DemoServer(latency_s=0.15) as server, tempfile.TemporaryDirectory() as tmp:
        for n, (delay, pause) in enumerate(plan(trials, rng)):
            ok, detail = trial(server, Path(tmp) / f"t{n}", delay, pause)
            passed += ok
            when = f"inside a save at {pause:<14}" if pause else f"timed, {delay:4.2f} s into saving"
            print(f"trial {n + 1:2d}  {when}  {'PASS' if ok else 'FAIL'}  {detail}", flush=True)
    print(f"{passed} passed, {trials - passed} failed")
    return 0 if passed == trials else 1


if __name__ == "__main__":
    sys.exit(main())
