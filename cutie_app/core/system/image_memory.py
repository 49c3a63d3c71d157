"""Pillow's memory for large pictures: one block per picture, so no decode zeroes it holding the GIL.

Pillow allocates an image in blocks of 16 MiB by default, with `calloc`. Once glibc has freed
one such block it serves the next ones from its heap (its mmap threshold grows to their size),
and `calloc` then zeroes the memory itself: 60 ms for a 4096² picture, inside Pillow's
allocation, with the GIL held, so the window's thread waits that long whenever a worker starts
decoding a large picture. Blocks above glibc's largest mmap threshold (32 MiB) are always fresh
mappings, which the kernel zeroes page by page as the decoder writes them, the GIL released.
bench/preview_decode.py measures it: a thread waking every millisecond, while another decodes
4096² PNGs, was held up to 44-91 ms with 16 MiB blocks and 4-17 ms with 64 MiB blocks (load
average 2.7 on 2 cores).
"""

from __future__ import annotations

import os
import sys

#: A 4096² RGBA picture in one block.
WHOLE_PICTURE_BLOCK = 64 * 1024 * 1024


def use_whole_picture_blocks() -> None:
    """Let Pillow allocate up to 64 MiB per block (the app calls this once, at start).

    Before Pillow is loaded (the window's start, which must not load it) this goes through
    Pillow's own `PILLOW_BLOCK_SIZE`, read when `PIL.Image` loads, in this process and in the
    worker processes it starts; a value the user set is kept. Once Pillow is loaded, directly.
    """
    if "PIL.Image" not in sys.modules:
        os.environ.setdefault("PILLOW_BLOCK_SIZE", f"{WHOLE_PICTURE_BLOCK // (1024 * 1024)}m")
        return
    from PIL import _imaging  # Pillow's C core (what `Image.core` names)

    if _imaging.get_block_size() < WHOLE_PICTURE_BLOCK:
        _imaging.set_block_size(WHOLE_PICTURE_BLOCK)
