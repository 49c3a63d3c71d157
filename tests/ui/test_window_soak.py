"""A long session of the real window stays up (a leaking Qt build aborts it within minutes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SOAK = Path(__file__).with_name("soak_window.py")


@pytest.mark.slow
def test_the_window_survives_filter_changes_and_comparator_zoom_on_300_images() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(SOAK), "300", "20", "300"], capture_output=True, text=True, timeout=600, env=env
    )
    assert done.returncode == 0, f"the window died (exit {done.returncode}):\n{done.stderr[-3000:]}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (report["images"], report["filter_rounds"], report["zoom_steps"]) == (300, 20, 300)
    lost = {name: change for name, change in report["refcount_change"].items() if change < -1000}
    assert lost == {}, f"references lost during the soak: {lost}"
