"""Test-only pause points inside a save, so that a test can kill -9 a process exactly there.

Timing a kill from outside rarely lands inside the few milliseconds a save takes, so a crash
test that only kills "at random" passes even when saving is not crash-safe. With

    CUTIE_TEST_PAUSE="<point>@<n>"    CUTIE_TEST_PAUSE_MARKER=<file>

the n-th arrival at `<point>` (counted over all threads) creates `<file>` (holding the process
id) and then waits for ever; the test waits for the file and kills the process. The points:

- "image-bytes": an image's recipe sidecar is on disk, its bytes are about to be written;
- "commit": the save's files are on disk and its rows inserted, the commit is next;
- "trash-move": an image's trash marker is on disk, its file is about to be moved;
- "trash-commit": the files are moved and the rows deleted, the commit is next;
- "trash-restore": an image's file is back in images/ (its sidecar beside it), its row is next.

Without the variable (always, outside tests) `pause_point` returns at once.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

POINTS = ("image-bytes", "commit", "trash-move", "trash-commit", "trash-restore")

_SPEC = os.environ.get("CUTIE_TEST_PAUSE", "")
_MARKER = os.environ.get("CUTIE_TEST_PAUSE_MARKER", "")
_point, _, _nth = _SPEC.partition("@")
_TARGET = (_point, int(_nth)) if _point in POINTS and _nth.isdigit() else None
_counts: dict[str, int] = {}
_counts_lock = threading.Lock()


def pause_point(name: str) -> None:
    """Pause here for ever if CUTIE_TEST_PAUSE names this arrival (see the module docstring)."""
    if _TARGET is None or _TARGET[0] != name:
        return
    with _counts_lock:
        _counts[name] = _counts.get(name, 0) + 1
        arrived = _counts[name]
    if arrived != _TARGET[1]:
        return
    if _MARKER:
        Path(_MARKER).write_text(f"{os.getpid()} {name}@{arrived}\n", "utf-8")
    threading.Event().wait()  # until the test kills the process
