"""What a user waits for when the real window opens a big project: 200, 2,000 and 20,000 images.

Each project is built once with the real store (images, recipes made from the sample character,
thumbnails in the project's cache, ratings 0-5, some picks and rejects, two models). Then, for each
size, a fresh process launches the app itself (`cutie --project FOLDER`, offscreen, 1366×768) and
a probe inside it reports:

- **tiles**: seconds from spawning the process to the first paint of the gallery in which every
  visible tile shows its thumbnail (taken in this process, when the probe's line arrives);
- **RSS** once the project has loaded (every visible thumbnail decoded, then 0.5 s of quiet),
  and the peak RSS of the whole run;
- the **longest event-loop stall** while loading (from the end of the window's first paint until
  the gallery's visible thumbnails are in and 0.5 s have passed), while scrolling the
  gallery from top to bottom (the scroll bar dragged in 200 steps of 25 ms, then the bottom rows'
  thumbnails), and while changing the rating filter to "3 stars or more" and back (each change
  waits for the list and its visible thumbnails);
- **Stack by: Batch**: seconds from choosing it until the gallery shows one tile per batch (8
  images each) with the visible thumbnails in, and the longest stall meanwhile; then back to
  "No stacks" (timed and watched the same way, and so the project keeps no stacks for the next run).
  The grouping runs on the store's worker with the listing; the window only lays the stacks out.

A stall is the gap between ticks of a 5 ms QTimer on the UI thread, minus the interval. Targets:
2,000 images ready in <= 1 s, 20,000 in <= 3 s, RSS <= 400 MB at 20,000, no stall over 50 ms
(stacking included).
The full-size images are kept small (at most 1024 px) to keep building 20,000 of them bearable;
the gallery only ever reads their 256 px thumbnails.

    python bench/project_scale.py [--sizes 200,2000,20000] [--keep DIR]

`--keep DIR` builds the projects in DIR and reuses them on the next run.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store import Project

SIZES = ((768, 768), (1024, 576), (576, 1024), (1024, 1024))
MODELS = ("gemini-3-pro-image", "gemini-3-pro-image", "gemini-3-pro-image", "gemini-nano-banana-2.1")
SAMPLE_SPEC = Path(__file__).resolve().parent.parent / "cutie_app/core/data/samples/little_orange.spec.json"
TIMEOUT_S = 240
STALL_TARGET_MS = 50.0

PROBE = r"""
import json, sys, time
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

TICK_MS, STEPS, STEP_MS, TIMEOUT_MS = 5, 200, 25, 120_000
EXPECTED = json.loads(sys.argv.pop())  # {"images": N, "rated": M, "batches": B}


def status(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


class Heartbeat:
    def __init__(self):
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.worst = 0.0
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def tick(self):
        now = self.clock.nsecsElapsed()
        self.worst = max(self.worst, (now - self.last) / 1e6 - TICK_MS)
        self.last = now

    def take(self):
        worst, self.worst = self.worst, 0.0
        return round(worst, 1)


def wait(condition, timeout_ms):
    loop, check = QEventLoop(), QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    if not condition():
        loop.exec()
    check.stop()
    return condition()


def sleep(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def visible_ids(gallery):
    # Works for any item view over records: sample the viewport for the rows drawn there.
    view, ids = gallery.list, set()
    rect = view.viewport().rect()
    for y in range(4, rect.height(), 24):
        for x in range(4, rect.width(), 24):
            record = view.indexAt(QPoint(x, y)).data(256)  # Qt.UserRole: the tile's ImageRecord
            if record is not None:
                ids.add(record.id)
    return ids


def tiles_complete(gallery):
    ids = visible_ids(gallery)
    return bool(ids) and all(not gallery.thumb(i).isNull() for i in ids)


class Probe(QObject):
    def __init__(self):
        super().__init__()
        self.window = None
        self.beat = Heartbeat()
        self.painted = False
        self.report = {}

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QMainWindow) and self.window is None:
            QApplication.instance().removeEventFilter(self)
            self.window = obj
            obj.resize(1366, 768)  # a laptop screen
            obj.installEventFilter(self)
            obj.gallery.list.viewport().installEventFilter(self)
        elif kind == QEvent.Type.Paint and obj is self.window:
            # Stalls count from the end of the window's first paint: before it, nothing is on screen.
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.beat.start)
        elif kind == QEvent.Type.Paint and not self.painted and tiles_complete(self.window.gallery):
            self.painted = True
            print("tiles", flush=True)
            QTimer.singleShot(0, self.run)
        return False

    def run(self):
        win, gallery, report = self.window, self.window.gallery, self.report
        if gallery.stack.currentIndex() != 0:  # a run that stopped half-way left stacks on
            gallery.stack.setCurrentIndex(0)
        loaded = wait(lambda: not gallery.missing_thumbs() and len(gallery.records()) == EXPECTED["images"], TIMEOUT_MS)
        sleep(500)
        report["loaded"] = loaded
        report["load_stall_ms"] = self.beat.take()
        report["rss_mb"] = round(status("VmRSS"))
        bar = gallery.list.verticalScrollBar()
        started = time.perf_counter()
        for step in range(1, STEPS + 1):
            bar.setValue(round(bar.maximum() * step / STEPS))
            sleep(STEP_MS)
        drag = time.perf_counter() - started
        report["bottom_ok"] = wait(lambda: tiles_complete(gallery), TIMEOUT_MS)
        report["bottom_tiles_s"] = round(time.perf_counter() - started - drag, 3)
        report["scroll_stall_ms"] = self.beat.take()
        started = time.perf_counter()
        gallery.rating.setCurrentIndex(3)  # three stars or more
        report["filter_ok"] = wait(
            lambda: len(gallery.records()) == EXPECTED["rated"] and tiles_complete(gallery), TIMEOUT_MS
        )
        gallery.rating.setCurrentIndex(0)
        report["filter_ok"] &= wait(
            lambda: len(gallery.records()) == EXPECTED["images"] and tiles_complete(gallery), TIMEOUT_MS
        )
        report["filter_s"] = round(time.perf_counter() - started, 3)
        report["filter_stall_ms"] = self.beat.take()
        started = time.perf_counter()
        gallery.stack.setCurrentIndex(gallery.stack.findData("batch"))
        report["stack_ok"] = wait(
            lambda: gallery.tiles.stacked and len(gallery.records()) == EXPECTED["batches"] and tiles_complete(gallery),
            TIMEOUT_MS,
        )
        report["stack_s"] = round(time.perf_counter() - started, 3)
        report["stack_stall_ms"] = self.beat.take()
        started = time.perf_counter()
        gallery.stack.setCurrentIndex(0)
        report["unstack_ok"] = wait(
            lambda: not gallery.tiles.stacked and len(gallery.records()) == EXPECTED["images"] and tiles_complete(gallery),
            TIMEOUT_MS,
        )
        report["unstack_s"] = round(time.perf_counter() - started, 3)
        report["unstack_stall_ms"] = self.beat.take()
        report["peak_rss_mb"] = round(status("VmHWM"))
        print("report " + json.dumps(report), flush=True)
        win.close()


app = QApplication([sys.argv[0]])
probe = Probe()
app.installEventFilter(probe)
from cutie_app.__main__ import main

sys.exit(main(sys.argv[1:]))
"""


def picture(width: int, height: int, seed: int) -> bytes:
    """A different, detailed picture per seed (soft colour fields and shapes, like an illustration)."""
    rng = random.Random(seed)
    base = Image.new("RGB", (12, 12))
    base.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(144)])
    image = base.resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(20, width // 4)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour, outline=(20, 20, 20), width=4)
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def rated(count: int) -> int:
    return sum(1 for n in range(count) if n % 6 >= 3)


def build(folder: Path, count: int) -> None:
    spec = CharacterSpec.load(SAMPLE_SPEC)
    scenes = ("waving hello", "reading under a tree", "in the rain")
    prompts = [compose(spec, scene) for scene in scenes]
    started = time.perf_counter()
    with Project.create(folder, f"Scale {count}") as project:
        for n in range(count):
            width, height = SIZES[n % len(SIZES)]
            recipe = Recipe(MODELS[n % len(MODELS)], prompts[n % 3], "1:1", "1K", None, None, (), spec_version=1,
                            scene=scenes[n % 3], batch_id=f"b{n // 8}", variant_index=n % 8, response_id=f"r{n}",
                            cost_usd=0.134)  # fmt: skip
            (record,) = project.add_variant(
                Variant(
                    n % 8,
                    VariantStatus.DELIVERED,
                    recipe,
                    (GeneratedImage(picture(width, height, n), "image/png"),),
                )
            )
            if n % 6:
                project.set_rating(record.id, n % 6)
            if n % 7 == 0 or n % 11 == 0:
                project.set_flag(record.id, "pick" if n % 7 == 0 else "reject")
            if n and n % 1000 == 0:
                print(f"  built {n} of {count} ({time.perf_counter() - started:.0f} s)", flush=True)
    (folder / ".built").write_text(str(count))


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CUTIE_CONFIG_DIR=str(home / "config"),
        CUTIE_DATA_DIR=str(home / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def measure(folder: Path, count: int, home: Path) -> dict[str, object]:
    env = child_env(home)
    expected = json.dumps({"images": count, "rated": rated(count), "batches": -(-count // 8)})
    argv = [
        sys.executable,
        "-c",
        PROBE,
        "--project",
        str(folder),
        "--quit-after",
        str(TIMEOUT_S * 2),
        expected,
    ]
    result: dict[str, object] = {}
    started = time.perf_counter()
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        for line in proc.stdout:
            if line.startswith("tiles"):
                result["tiles_s"] = round(time.perf_counter() - started, 3)
            elif line.startswith("report "):
                result.update(json.loads(line[len("report ") :]))
        errors = proc.stderr.read()
        code = proc.wait()
    if code != 0 or ("report" in result and not result.get("loaded")):
        result["error"] = f"exit {code}: " + errors.strip()[-400:]
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200,2000,20000")
    parser.add_argument("--keep", type=Path, help="build the projects here and reuse them")
    args = parser.parse_args()
    counts = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        rows = []
        for count in counts:
            folder = base / f"Scale {count}"
            if not (folder / ".built").is_file():
                if folder.exists():
                    raise SystemExit(f"{folder} is a half-built project; delete it first")
                print(f"building {count} images in {folder} …", flush=True)
                build(folder, count)
            home = Path(tmp) / f"home-{count}"
            if not rows:  # one warm-up launch: writes .pyc files, fills the disk cache
                measure(folder, count, Path(tmp) / "warm-up")
            rows.append((count, measure(folder, count, home)))
            print(f"  {count}: {json.dumps(rows[-1][1])}", flush=True)
    print()
    print("Real window (cutie --project, offscreen, 1366x768); stalls: longest gap of a 5 ms heartbeat")
    header = (
        f"{'images':>7} | {'tiles s':>7} | {'RSS MB':>6} | {'peak MB':>7} | {'load stall':>10} | "
        f"{'scroll stall':>12} | {'bottom s':>8} | {'filter stall':>12} | {'filter s':>8} | "
        f"{'stack s':>7} | {'stack stall':>11} | {'unstack s':>9} | {'unstack stall':>13}"
    )
    print(header)
    print("-" * len(header))
    for count, r in rows:
        print(
            f"{count:>7} | {r.get('tiles_s', float('nan')):>7.2f} | {r.get('rss_mb', 0):>6} | "
            f"{r.get('peak_rss_mb', 0):>7} | {r.get('load_stall_ms', float('nan')):>8.1f}ms | "
            f"{r.get('scroll_stall_ms', float('nan')):>10.1f}ms | {r.get('bottom_tiles_s', float('nan')):>8.2f} | "
            f"{r.get('filter_stall_ms', float('nan')):>10.1f}ms | {r.get('filter_s', float('nan')):>8.2f} | "
            f"{r.get('stack_s', float('nan')):>7.2f} | {r.get('stack_stall_ms', float('nan')):>9.1f}ms | "
            f"{r.get('unstack_s', float('nan')):>9.2f} | {r.get('unstack_stall_ms', float('nan')):>11.1f}ms"
        )
        if not (r.get("stack_ok") and r.get("unstack_ok")):
            print(
                f"        {count}: Stack by batch did not show one tile per batch (or not back to every image)"
            )
        if "error" in r:
            print(f"        {count}: {r['error']}")
    print(
        "targets: tiles <= 1 s at 2,000 and <= 3 s at 20,000; RSS <= 400 MB at 20,000; "
        "no stall over 50 ms (loading, scrolling, filtering, stacking)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
