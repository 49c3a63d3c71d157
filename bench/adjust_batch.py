"""Time Cutie's batch adjustment against the plain PIL loop, on 20 PNGs of 4096×4096.

The plain loop is what the usual advice shows: for each file, `Image.open`, then
`ImageEnhance.Brightness(img).enhance(0.85)`, then `save` as PNG (Pillow's defaults). Cutie's
batch is `core.services.adjust.adjust_files` with a brightness step of 0.85: a process pool
(one worker per core, up to 4), a table lookup instead of a blend, PNG written with zlib's
run-length strategy, atomic writes. Both run in this process, one after the other, on the same
inputs (already in the page cache), each writing its own folder.

Printed: both times and the ratio; whether every output decodes to the same pixels; the total
output size of each; the peak memory of the whole process tree (this process and its workers,
summed resident sizes sampled every 20 ms; shared libraries count once per process, so it
errs high) during Cutie's batch; the same batch with a 33³ .cube LUT after the brightness
step; where one image's time goes; the load average before and after. Exit status 1 if the
target (3× faster, pixel-identical, peak under 1.5 GB) is missed.

The inputs imitate generated illustrations: soft gradients, flat shapes, and a fine grain over
everything (diffusion renders are never truly flat), so they compress like real renders do
(about 40 MB each at Pillow's default). They are written once into WORK_DIR if given, and
reused by later runs.

    python bench/adjust_batch.py [--images 20] [--size 4096] [--work WORK_DIR] [--skip-lut]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import tempfile
import threading
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from cutie_app.core.imaging.adjust import decode_image, encode_image, render, render_preview
from cutie_app.core.imaging.lut import parse_cube
from cutie_app.core.model.adjustments import (
    AdjustmentStack,
    Brightness,
    Grain,
    Lut,
    Saturation,
    Vignette,
    Warmth,
)
from cutie_app.core.services.adjust import ItemStatus, adjust_files, default_workers

FACTOR = 0.85
TARGET_RATIO = 3.0
TARGET_PEAK_BYTES = 1.5e9


# -- inputs -------------------------------------------------------------------------------------


def make_input(args: tuple[Path, int, int]) -> Path:
    path, seed, size = args
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / np.float32(size)
    base = np.stack(
        [60 + 150 * x + 30 * y, 110 + 80 * np.sin(5 * y + seed), 70 + 120 * x * y + 20 * np.cos(3 * x)],
        axis=-1,
    )
    im = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(im)
    for _ in range(40):
        cx, cy = (int(v) for v in rng.integers(0, size, 2))
        r = int(rng.integers(size // 40, size // 7))
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(v) for v in rng.integers(0, 256, 3)))
    grain = rng.integers(-2, 3, (size, size, 3), dtype=np.int16)
    arr = np.clip(np.asarray(im).astype(np.int16) + grain, 0, 255).astype(np.uint8)
    Image.fromarray(arr).filter(ImageFilter.GaussianBlur(1)).save(path, "PNG")
    return path


def inputs(folder: Path, count: int, size: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [folder / f"render-{i:02d}.png" for i in range(count)]
    missing = [(p, i, size) for i, p in enumerate(wanted) if not p.exists()]
    if missing:
        print(f"writing {len(missing)} inputs of {size}×{size} into {folder} ...", flush=True)
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(make_input, missing))
    return wanted


def cube_33(path: Path) -> Path:
    """A 33³ teal-and-orange grade with a gentle S-curve, as grading tools export."""
    n = 33
    axis = np.linspace(0.0, 1.0, n)
    b, g, r = np.meshgrid(axis, axis, axis, indexing="ij")  # red changes fastest, as in the file
    luma = 0.299 * r + 0.587 * g + 0.114 * b
    lift = -0.15 * np.sin(2 * np.pi * luma) / (2 * np.pi)  # darker shadows, brighter highlights
    red = np.clip(r + lift + 0.04 * luma - 0.03 * (1 - luma), 0, 1)
    green = np.clip(g + lift, 0, 1)
    blue = np.clip(b + lift - 0.04 * luma + 0.04 * (1 - luma), 0, 1)
    rows = np.stack([red, green, blue], axis=-1).reshape(-1, 3)
    lines = ['TITLE "Teal and orange"', f"LUT_3D_SIZE {n}"] + [f"{x:.6f} {y:.6f} {z:.6f}" for x, y, z in rows]
    path.write_text("\n".join(lines) + "\n")
    return path


# -- measuring ------------------------------------------------------------------------------------


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
                    break
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


class PeakMemory:
    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(os.getpid()))
            self._stop.wait(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def plain_loop(paths: list[Path], out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for path in paths:
        img = Image.open(path)
        img = ImageEnhance.Brightness(img).enhance(FACTOR)
        img.save(out / path.name)
    return time.perf_counter() - start


def cutie_batch(paths: list[Path], out: Path, stack: AdjustmentStack, luts: dict) -> tuple[float, int]:
    with PeakMemory() as memory:
        start = time.perf_counter()
        outcomes = adjust_files(paths, stack, out, luts=luts)
        elapsed = time.perf_counter() - start
    failed = [o for o in outcomes if o.status is not ItemStatus.WRITTEN]
    if failed:
        raise SystemExit(f"Cutie's batch did not write {len(failed)} images: {failed[0].message}")
    return elapsed, memory.peak


def identical(a: Path, b: Path, names: list[str]) -> bool:
    for name in names:
        with Image.open(a / name) as first, Image.open(b / name) as second:
            if first.mode != second.mode or first.tobytes() != second.tobytes():
                print(f"  differs: {name}")
                return False
    return True


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir())


def where_time_goes(path: Path) -> None:
    """One image, in this process: decode, the brightness step, and encoding each way."""
    data = path.read_bytes()
    t0 = time.perf_counter()
    decoded = decode_image(data)
    t1 = time.perf_counter()
    rendered = render(decoded.image, AdjustmentStack((Brightness(FACTOR),)))
    t2 = time.perf_counter()
    blended = ImageEnhance.Brightness(decoded.image).enhance(FACTOR)
    t3 = time.perf_counter()
    fast, _ = encode_image(rendered, "PNG")
    t4 = time.perf_counter()
    buffer = io.BytesIO()
    blended.save(buffer, "PNG")
    t5 = time.perf_counter()
    level1 = io.BytesIO()
    rendered.save(level1, "PNG", compress_level=1)
    t6 = time.perf_counter()
    print("where one image's time goes (one core):")
    print(f"  decode PNG                     {t1 - t0:6.2f} s")
    print(f"  brightness, Cutie's table      {t2 - t1:6.2f} s   (Pillow's blend: {t3 - t2:.2f} s)")
    print(f"  encode, Pillow default (z6)    {t5 - t4:6.2f} s   {len(buffer.getvalue()) / 1e6:6.1f} MB")
    print(f"  encode, zlib level 1           {t6 - t5:6.2f} s   {len(level1.getvalue()) / 1e6:6.1f} MB")
    print(f"  encode, Cutie's Z_RLE          {t4 - t3:6.2f} s   {len(fast) / 1e6:6.1f} MB")
    preview_source = decode_image(data, max_side=1600).image
    full_look = AdjustmentStack(
        (Brightness(FACTOR), Warmth(0.2), Saturation(1.1), Vignette(0.3), Grain(0.2, seed=1))
    )
    t7 = time.perf_counter()
    render_preview(preview_source, full_look)
    t8 = time.perf_counter()
    print(f"  a 1600 px preview of a five-step stack, with its histogram: {(t8 - t7) * 1000:.0f} ms")


def loadavg() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--work", type=Path, help="keep inputs here between runs")
    parser.add_argument("--skip-lut", action="store_true", help="skip the 33³ LUT run")
    args = parser.parse_args()

    temp = Path(tempfile.mkdtemp(prefix="cutie-adjust-bench-"))
    try:
        source_dir = args.work if args.work is not None else temp / "in"
        paths = inputs(source_dir, args.images, args.size)
        names = [p.name for p in paths]
        print(
            f"cpus {os.cpu_count()}, workers {default_workers(len(paths))}, zlib {zlib.ZLIB_RUNTIME_VERSION}, "
            f"load before: {loadavg()}"
        )
        print(
            f"{len(paths)} PNGs of {args.size}×{args.size}, {folder_bytes(source_dir) / 1e6:.0f} MB, brightness {FACTOR}"
        )

        plain_s = plain_loop(paths, temp / "plain")
        print(f"plain PIL loop (open, ImageEnhance.Brightness, save):  {plain_s:7.1f} s")
        stack = AdjustmentStack((Brightness(FACTOR),))
        cutie_s, peak = cutie_batch(paths, temp / "cutie", stack, {})
        print(f"Cutie's batch (adjust_files):                          {cutie_s:7.1f} s")
        ratio = plain_s / cutie_s
        same = identical(temp / "plain", temp / "cutie", names)
        plain_size, cutie_size = folder_bytes(temp / "plain"), folder_bytes(temp / "cutie")
        print(f"ratio: {ratio:.2f}×   identical: {'yes' if same else 'NO'}")
        print(
            f"output size: Cutie {cutie_size / 1e6:.0f} MB vs plain {plain_size / 1e6:.0f} MB "
            f"({(cutie_size / plain_size - 1) * 100:+.1f} %)"
        )
        print(f"peak memory, whole process tree during Cutie's batch: {peak / 1e9:.2f} GB")
        shutil.rmtree(temp / "plain")
        shutil.rmtree(temp / "cutie")

        if not args.skip_lut:
            lut = parse_cube(cube_33(temp / "grade.cube").read_bytes(), "grade.cube")
            lut_stack = AdjustmentStack((Brightness(FACTOR), Lut(sha256=lut.sha256, name=lut.title)))
            lut_s, lut_peak = cutie_batch(paths, temp / "lut", lut_stack, {lut.sha256: lut})
            print(
                f"same batch plus a 33³ .cube LUT: {lut_s:.1f} s "
                f"({plain_s / lut_s:.2f}× the plain brightness-only loop), peak {lut_peak / 1e9:.2f} GB"
            )
            shutil.rmtree(temp / "lut")

        where_time_goes(paths[0])
        print(f"load after: {loadavg()}")
        met = ratio >= TARGET_RATIO and same and peak < TARGET_PEAK_BYTES
        verdict = "target met" if met else "TARGET MISSED"
        print(
            f"adjust batch: {ratio:.2f}× faster than the plain PIL loop, identical: {'yes' if same else 'NO'}, "
            f"peak {peak / 1e9:.2f} GB — {verdict} (≥ {TARGET_RATIO:.0f}×, identical, < 1.5 GB)"
        )
        return 0 if met else 1
    finally:
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
