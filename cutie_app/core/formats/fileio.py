"""Crash-safe file writes: a reader sees the old file or the new one, never half of either.

Files get the permissions any program's new files get (`0o666` less the user's umask), not
the 0600 of `mkstemp`'s temp files, so a shared folder or a backup made by another user can
read the images, exports and sidecars Cutie writes.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_UMASK_LOCK = threading.Lock()


@functools.cache
def user_umask() -> int:
    """The process umask, read once without ever loosening it.

    Linux reports it in /proc/self/status. Elsewhere the only way is to set a mask and put the
    old one back; the mask set meanwhile is 0o077, so a file another thread creates in that
    instant is private rather than too open.
    """
    with (
        contextlib.suppress(OSError, ValueError),
        Path("/proc/self/status").open(encoding="ascii", errors="replace") as status,
    ):
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode `open()` would give a new file: 0o666 less the umask."""
    return 0o666 & ~user_umask()


def new_folder_mode() -> int:
    """The mode `mkdir()` would give a new folder: 0o777 less the umask."""
    return 0o777 & ~user_umask()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file in the same folder, flush it to disk, then rename it into place."""
    atomic_write_with(path, lambda fh: fh.write(data))


def atomic_write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """`atomic_write_bytes` for a writer that streams into the open temp file.

    An encoder given a real file (Pillow's, say) writes it without holding the GIL, where one
    given a BytesIO holds it for every chunk.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):  # POSIX; Windows has no mode bits worth setting
                os.fchmod(fh.fileno(), new_file_mode())
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
