"""Ways to get 4096² PNGs onto the screen quickly, measured one by one (what the comparator uses).

Uses the 8 pictures bench/compare_open.py makes (made here too if missing). Prints, best of
three unless said otherwise:

1. One picture to a 1024 px screen image: Pillow decoding the PNG whole and shrinking it
   (`reduce`, then bilinear: the cold path), Qt's `QImageReader.setScaledSize` (a PNG is
   decoded whole and then scaled), and the 2048 px JPEG preview, whole or with Pillow's
   `draft` (DCT scaling: JPEG only).
2. Eight pictures decoded and shrunk serially, in 2 threads and in 2 processes (a warm pool):
   does PNG decoding hold the GIL?
3. How long a thread that wakes every millisecond (the window's thread) is held up while
   another decodes 4096² PNGs, with Pillow's default 16 MiB blocks and with the 64 MiB blocks
   the app sets (`core.system.image_memory`), each in a fresh process; and while the preview is
   JPEG-encoded into a BytesIO or into a file: the longest pause and the number of pauses
   over 5 ms (on a loaded machine the longest alone is mostly the scheduler's doing).

    python bench/preview_decode.py
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_open import FOLDER, make_images  # the bench folder is on the path now

SCREEN = 1024


def best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def decode_and_shrink(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        image.thumbnail((SCREEN, SCREEN), Image.Resampling.BILINEAR, reducing_gap=2.0)
        return image.size


def single_picture(path: Path, preview: bytes) -> None:
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImageReader

    def qt_scaled() -> None:
        reader = QImageReader(str(path))
        reader.setScaledSize(QSize(SCREEN, SCREEN))
        assert not reader.read().isNull()

    def jpeg(draft: bool) -> None:
        with Image.open(io.BytesIO(preview)) as image:
            if draft:
                image.draft("RGB", (SCREEN, SCREEN))
            image.load()

    print(f"1. one 4096² PNG to a {SCREEN} px screen image (ms)")
    print(f"   Pillow: decode whole, reduce + bilinear   {best(lambda: decode_and_shrink(path)):7.1f}")
    print(f"   QImageReader.setScaledSize                {best(qt_scaled):7.1f}")
    print(f"   2048 px JPEG preview, decoded whole       {best(lambda: jpeg(False)):7.1f}")
    print(f"   2048 px JPEG preview, draft to {SCREEN}      {best(lambda: jpeg(True)):7.1f}")


def eight_pictures(paths: list[Path]) -> None:
    serial = best(lambda: [decode_and_shrink(p) for p in paths])
    with ThreadPoolExecutor(2) as pool:
        threads = best(lambda: list(pool.map(decode_and_shrink, paths)))
    with ProcessPoolExecutor(2) as pool:
        [f.result() for f in [pool.submit(os.getpid) for _ in range(2)]]  # started before timing
        processes = best(lambda: list(pool.map(decode_and_shrink, paths)))
    print(f"2. eight 4096² PNGs decoded and shrunk (ms), {os.cpu_count()} cores")
    print(f"   serial {serial:7.1f}   2 threads {threads:7.1f}   2 processes {processes:7.1f}")


def pauses_during(work) -> tuple[float, int]:
    """(longest pause in ms, pauses over 5 ms) of a thread sleeping 1 ms at a time while `work` runs."""
    done = threading.Event()
    worker = threading.Thread(target=lambda: (work(), done.set()))
    gaps, last = [0.0], time.perf_counter()
    worker.start()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        gaps.append(now - last - 0.001)
        last = now
    worker.join()
    return max(gaps) * 1000, sum(1 for gap in gaps if gap > 0.005)


def pause_child(mode: str) -> None:
    """One measurement in this (fresh) process; prints the longest pause (ms) and the count."""
    from PIL import Image

    paths = sorted(FOLDER.glob("variant-*.png"))[:4]
    if mode == "decode-64":
        from cutie_app.core.system.image_memory import use_whole_picture_blocks

        use_whole_picture_blocks()
    if mode.startswith("decode"):

        def decode() -> None:
            for path in paths:
                with Image.open(path) as image:
                    image.load()

        print(*pauses_during(decode))
        return
    pixels = Image.open(paths[0]).reduce(2)
    target = Path(tempfile.mkdtemp()) / "preview.jpg"

    def encode() -> None:
        for _ in range(6):
            if mode == "encode-bytesio":
                pixels.save(io.BytesIO(), "JPEG", quality=90, subsampling=0)
            else:
                with target.open("wb") as out:
                    pixels.save(out, "JPEG", quality=90, subsampling=0)

    print(*pauses_during(encode))


def pauses() -> None:
    def child(mode: str) -> str:
        runs = []
        for _ in range(3):
            done = subprocess.run(
                [sys.executable, __file__, "--pause", mode], check=True, capture_output=True, text=True
            )
            longest, count = done.stdout.split()
            runs.append(f"{float(longest):5.1f} ms / {count:>2}")
        return ", ".join(runs)

    print("3. a thread waking every 1 ms: longest pause / pauses over 5 ms (3 fresh processes each)")
    for mode, title in (
        ("decode-16", "decoding 4 PNGs, Pillow's 16 MiB blocks"),
        ("decode-64", "decoding 4 PNGs, 64 MiB blocks (the app)"),
        ("encode-bytesio", "6 preview JPEGs encoded into a BytesIO"),
        ("encode-file", "6 preview JPEGs encoded into a file"),
    ):
        print(f"   {title:<42} {child(mode)}")


def main() -> None:
    if "--pause" in sys.argv:
        pause_child(sys.argv[sys.argv.index("--pause") + 1])
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = make_images()[:8]
    from cutie_app.core.store.files import write_cached_copies

    data = paths[0].read_bytes()
    target = Path(tempfile.mkdtemp()) / "preview.jpg"
    write_cached_copies(data, hashlib.sha256(data).hexdigest(), None, target)
    print(f"load average {os.getloadavg()[0]:.2f}")
    single_picture(paths[0], target.read_bytes())
    eight_pictures(paths)
    pauses()


if __name__ == "__main__":
    main()
