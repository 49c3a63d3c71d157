"""Build a project with 2,000 images of mixed sizes, then time opening it and list the gallery.

"Open" means ready to show the gallery: Project.open (migrations, recovery scan) plus every image
row and every cached thumbnail path, without decoding any full image. Measured in a fresh
process; prints the median of 5 opens and the peak RSS of that process.

    python bench/project_scale.py [IMAGES]
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.store import Project

SIZES = ((1024, 1024), (1376, 768), (768, 1376), (2048, 2048))

OPEN_SCRIPT = """
import resource, sys, time
t0 = time.perf_counter()
from cutie_app.core.store import Project
project = Project.open(sys.argv[1])
rows = project.images()
thumbs = [project.thumbs_dir / f"{r.sha256}.png" for r in rows]
ready = sum(p.exists() for p in thumbs)
elapsed = time.perf_counter() - t0
project.close()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.4f} {len(rows)} {ready} {rss:.1f}")
"""


def png(width: int, height: int, seed: int) -> bytes:
    image = Image.new("RGB", (width, height), ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256))
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def build(folder: Path, count: int) -> None:
    prompt = compose(None, "scale test")
    with Project.create(folder, "Scale") as project:
        for n in range(count):
            width, height = SIZES[n % len(SIZES)]
            recipe = Recipe("gemini-3-pro-image", prompt, None, "1K", None, None, (), batch_id=f"b{n // 8}",
                            variant_index=n % 8, response_id=f"r{n}", cost_usd=0.134)  # fmt: skip
            project.add_variant(
                Variant(
                    n % 8,
                    VariantStatus.DELIVERED,
                    recipe,
                    (GeneratedImage(png(width, height, n), "image/png"),),
                )
            )


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Scale"
        started = time.perf_counter()
        build(folder, count)
        print(f"built {count} images in {time.perf_counter() - started:.1f} s")
        times, rss = [], 0.0
        for _ in range(5):
            out = subprocess.run(
                [sys.executable, "-c", OPEN_SCRIPT, str(folder)], capture_output=True, text=True, check=True
            )
            elapsed, rows, ready, peak = out.stdout.split()
            times.append(float(elapsed))
            rss = max(rss, float(peak))
        print(f"rows {rows}, thumbnails ready {ready}")
        print(f"open to gallery-ready: median {statistics.median(times):.3f} s (target <= 1 s)")
        print(f"peak RSS of the opening process: {rss:.0f} MB (target <= 400 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
