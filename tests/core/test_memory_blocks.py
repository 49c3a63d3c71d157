"""Pillow's block size is raised at start without loading Pillow (the window's first frame must not)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    from cutie_app.core.system.image_memory import WHOLE_PICTURE_BLOCK, use_whole_picture_blocks
    if sys.argv[1] == "after":
        import PIL.Image
    use_whole_picture_blocks()
    loaded = "PIL" in sys.modules
    from PIL import Image
    print(loaded, Image.core.get_block_size() == WHOLE_PICTURE_BLOCK)
    """
)


@pytest.mark.parametrize(("when", "loaded"), [("before", "False"), ("after", "True")])
def test_whole_picture_blocks_before_or_after_pillow_loads(when: str, loaded: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PILLOW_BLOCK_SIZE"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, when], capture_output=True, text=True, env=env, check=True, timeout=120
    ).stdout.split()
    assert out == [loaded, "True"]  # Pillow not loaded by the call itself, and the blocks are whole
