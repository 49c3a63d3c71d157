"""SIGKILL a `cutie generate --project` batch at random moments; tally what survives.

Each trial: a 12-variant batch against the local demo server (latency 0.15 s, 3 at a time) is
killed with SIGKILL after a random 0.9-2.2 s. The project must then open, check clean, and hold
every image the killed process had reported as saved. Prints one line per trial and a tally.

    python bench/crash_trials.py [TRIALS]
"""

from __future__ import annotations

import json
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


def trial(server: DemoServer, folder: Path, delay: float) -> tuple[bool, str]:
    env = {**os.environ, "GOOGLE_GEMINI_BASE_URL": server.base_url, "GEMINI_API_KEY": "bench"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cutie_app", "generate", "--project", str(folder), "--prompt", "crash me",
         "--variants", "12", "--concurrency", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    saved = {i for line in out.splitlines() if line.strip() for i in json.loads(line)["image_ids"]}
    if not (folder / "project.cutie").exists():
        return True, "killed before the project was created"
    with Project.open(folder) as project:
        have = {r.id for r in project.images()}
        report = project.check()
        recovered = len(project.recovery.recovered)
    ok = saved <= have and report.ok
    return (
        ok,
        f"reported saved {len(saved):2d}, in project {len(have):2d}, recovered {recovered}, check {'ok' if report.ok else 'FAILED'}",
    )


def main() -> int:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = random.Random(7)
    passed = 0
    with DemoServer(latency_s=0.15) as server, tempfile.TemporaryDirectory() as tmp:
        for n in range(trials):
            delay = rng.uniform(0.9, 2.2)
            ok, detail = trial(server, Path(tmp) / f"t{n}", delay)
            passed += ok
            print(
                f"trial {n + 1:2d}  kill at {delay:4.2f} s  {'PASS' if ok else 'FAIL'}  {detail}", flush=True
            )
    print(f"{passed} passed, {trials - passed} failed")
    return 0 if passed == trials else 1


if __name__ == "__main__":
    sys.exit(main())
