"""Real faults for save tests: a folder nothing can be written into, even by root."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[Path]:
    """No new file can be created in `folder` while inside (restored on exit).

    Permission bits do not stop root, so as root the folder is made immutable (`chattr +i`);
    the test is skipped where that is not possible (no chattr, or a file system without it).
    """
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            folder.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: no way to make a folder unwritable")
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot make a folder immutable here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)
