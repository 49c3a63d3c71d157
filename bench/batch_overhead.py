"""Time a 16-variant batch of 4K images through the engine against the plain SDK-in-threads approach.

The demo server runs in its own process (as the real service would be remote), answers every
image request with the same 4096×4096 image after 2 s, and the client side sends 16 variants,
8 at a time. Two payloads are measured: a JPEG, the format gemini-3-pro-image answers in (the
target is judged on it), and a fast-compressed PNG three to four times larger, the worst case
(a PNG-answering model with an incompressible picture), reported beside it. The ideal is ceil(16 / 8) × 2 s. Each round times the engine
(`ImageEngine.submit_batch`) and then the plain approach (`loop.run_in_executor` over the
synchronous `client.models.generate_content`, one call per variant, 8 worker threads) on the
same requests. A third contender, "floor", sends the same requests as raw HTTP and parses
nothing: what the server and the transport alone cost on this machine. Prints one line per run and the
medians; exits 1 if any variant fails.

    python bench/batch_overhead.py [ROUNDS] [JPEG|PNG]
"""

from __future__ import annotations

import asyncio
import base64
import http.client
import io
import json
import math
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

from google import genai
from google.genai import types
from PIL import Image

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.generation import GenerationRequest, VariantStatus
from cutie_app.core.model.prompt import compose

VARIANTS, CONCURRENCY, LATENCY_S = 16, 8, 2.0
MODEL, RATIO, SIZE = "gemini-3-pro-image", "1:1", "4K"
TARGET = 1.05


def payloads() -> dict[str, bytes]:
    """A 4096×4096 picture, gradients plus a noisy band, as JPEG (quality 90) and as PNG."""
    ramp = Image.linear_gradient("L").resize((4096, 4096))
    image = Image.merge("RGB", (ramp, ramp.rotate(90), ramp.rotate(180)))
    noise = Image.effect_noise((4096, 1000), 40)
    image.paste(Image.merge("RGB", (noise, noise.rotate(180), noise)), (0, 1200))
    encoded = {}
    for name, options in (("JPEG", {"quality": 90}), ("PNG", {"compress_level": 1})):
        buf = io.BytesIO()
        image.save(buf, name, **options)
        encoded[name] = buf.getvalue()
    return encoded


def start_server(image_file: Path) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "cutie_app.demo", "--latency", str(LATENCY_S)]
    proc = subprocess.Popen([*command, "--image-file", image_file], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    if "server at " not in line:
        proc.kill()
        raise RuntimeError(f"demo server did not start: {line!r}")
    return proc, line.rsplit(" ", 1)[1].strip()


Run = tuple[float, float, list[str]]  # wall s, client CPU s, problems


def run_engine(engine: ImageEngine, request: GenerationRequest, payload: bytes) -> Run:
    cpu, started = time.process_time(), time.perf_counter()
    result = engine.run_batch(request, VARIANTS)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    problems = [
        f"variant {v.index}: {v.status.value} {v.error or ''}"
        for v in result.variants
        if v.status is not VariantStatus.DELIVERED or [i.data for i in v.images] != [payload]
    ]
    return wall, cpu, problems


def run_plain(client: genai.Client, pool: ThreadPoolExecutor, prompt: str, payload: bytes) -> Run:
    config = types.GenerateContentConfig(
        response_modalities=["TEXT", "IMAGE"],
        image_config=types.ImageConfig(aspect_ratio=RATIO, image_size=SIZE),
    )

    def one() -> types.GenerateContentResponse:
        return client.models.generate_content(model=MODEL, contents=prompt, config=config)

    async def batch() -> list[types.GenerateContentResponse | BaseException]:
        loop = asyncio.get_running_loop()
        calls = [loop.run_in_executor(pool, one) for _ in range(VARIANTS)]
        return await asyncio.gather(*calls, return_exceptions=True)

    cpu, started = time.process_time(), time.perf_counter()
    responses = asyncio.run(batch())
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    problems = []
    for n, resp in enumerate(responses):
        if isinstance(resp, BaseException):
            problems.append(f"call {n}: {type(resp).__name__}: {resp}")
            continue
        images = [p.inline_data.data for p in resp.parts or [] if p.inline_data and not p.thought]
        if images != [payload]:
            problems.append(f"call {n}: {len(images)} images, not the payload")
    return wall, cpu, problems


def run_floor(base_url: str, payload: bytes) -> Run:
    """No SDK and no parsing: raw HTTP in 8 threads; what the server and the transport alone cost."""
    url = urlsplit(base_url)
    body = json.dumps({
        "contents": [{"role": "user", "parts": [{"text": "floor"}]}],
        "generationConfig": {"responseModalities": ["TEXT", "IMAGE"],
                             "imageConfig": {"aspectRatio": RATIO, "imageSize": SIZE}},
    })  # fmt: skip
    local = threading.local()
    expected = base64.b64encode(payload)

    def one(_: int) -> bool:
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection(url.hostname or "", url.port, timeout=120)
        local.conn.request("POST", f"/v1beta/models/{MODEL}:generateContent", body,
                           {"x-goog-api-key": "bench", "content-type": "application/json"})  # fmt: skip
        return expected in local.conn.getresponse().read()

    cpu, started = time.process_time(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        found = list(pool.map(one, range(VARIANTS)))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    problems = [f"floor call {n}: the payload is missing" for n, ok in enumerate(found) if not ok]
    return wall, cpu, problems


def measure(kind: str, payload: bytes, rounds: int, ideal: float) -> tuple[dict[str, list[Run]], list[str]]:
    """All three contenders, `rounds` times each, against a fresh server answering `payload`."""
    print(f"{kind}: {VARIANTS} variants of a {len(payload) / 1e6:.1f} MB 4096x4096 image, "
          f"{LATENCY_S:.0f} s latency, {CONCURRENCY} at a time; ideal {ideal:.2f} s", flush=True)  # fmt: skip
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        image_file = Path(tmp) / "payload"
        image_file.write_bytes(payload)
        server, base_url = start_server(image_file)
        settings = ClientSettings(api_key="bench", base_url=base_url, timeout_s=120.0, retry_attempts=1)
        engine = ImageEngine(
            lambda: GeminiBackend(settings), ModelCatalog.load(), concurrency=CONCURRENCY, timeout_s=120.0
        )
        http_options = types.HttpOptions(base_url=base_url, api_version="v1beta", timeout=120_000)
        client = genai.Client(api_key="bench", http_options=http_options)
        pool = ThreadPoolExecutor(max_workers=CONCURRENCY)
        prompt = compose(None, "Little Orange, full-body turnaround")
        request = GenerationRequest(model=MODEL, prompt=prompt, aspect_ratio=RATIO, image_size=SIZE)
        try:
            engine.refresh_models().result(60)  # builds the backend (SDK import, client) outside the timing
            list(client.models.list(config={"page_size": 100}))
            contenders: dict[str, Callable[[], Run]] = {
                "engine": lambda: run_engine(engine, request, payload),
                "plain": lambda: run_plain(client, pool, prompt.text, payload),
                "floor": lambda: run_floor(base_url, payload),
            }
            runs: dict[str, list[Run]] = {name: [] for name in contenders}
            for n in range(1, rounds + 1):
                order = list(contenders) if n % 2 else list(reversed(contenders))  # no one always goes first
                for name in order:
                    runs[name].append(contenders[name]())
                for name in contenders:
                    wall, cpu, problems = runs[name][-1]
                    failures += problems
                    per_variant = cpu / VARIANTS * 1000
                    print(f"{kind:4s} round {n}  {name:6s}  wall {wall:5.2f} s  ratio {wall / ideal:4.2f}x  "
                          f"client CPU {cpu:4.2f} s ({per_variant:3.0f} ms/variant)", flush=True)  # fmt: skip
        finally:
            engine.close()
            client.close()
            pool.shutdown()
            server.terminate()
            server.wait(10)
    return runs, failures


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    only = sys.argv[2].upper() if len(sys.argv) > 2 else ""
    ideal = math.ceil(VARIANTS / CONCURRENCY) * LATENCY_S
    failures: list[str] = []
    medians: dict[str, dict[str, float]] = {}
    for kind, payload in payloads().items():
        if only and kind != only:
            continue
        runs, problems = measure(kind, payload, rounds, ideal)
        failures += problems
        medians[kind] = {name: statistics.median(r[0] for r in got) for name, got in runs.items()}
    for kind, walls in medians.items():
        judged = kind == "JPEG"
        for name, wall in walls.items():
            note = {"engine": "", "plain": " (run_in_executor over generate_content)",
                    "floor": " (server and transport only, no SDK)"}[name]  # fmt: skip
            if name == "engine" and judged:
                note = f" (target <= {TARGET:.2f}x: {'ok' if wall / ideal <= TARGET else 'OVER TARGET'})"
            print(f"{kind:4s} {name:6s} median wall {wall:.2f} s, ratio {wall / ideal:.3f}x{note}")
    for problem in failures:
        print(f"FAILED {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
