"""Soak the real engine in faults: every request either delivers or says why, and nothing billed is lost.

Runs batches through `ImageEngine` and the real google-genai SDK against the demo server, which
fails 30% of generateContent calls at random: overloaded and internal errors (503, 500), quota
(429), answers too slow for the client's timeout, connections closed before an answer, and
answers cut off mid-body. The SDK retries what it retries, Cutie retries cut-off answers, and
each variant ends delivered or failed with a reason.

Then it reconciles with the server's own count of answers it made ("billed"): each one must be
a variant that arrived, or a call the client counted as "outcome unknown, may be billed". Prints
the totals and `lost: N`, where N counts failures without a reason plus billed answers nobody
accounted for; exits 1 unless N is 0.

    python bench/fault_soak.py [BATCHES] [VARIANTS_PER_BATCH] [SEED]
"""

from __future__ import annotations

import collections
import sys
import time

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.generation import GenerationRequest, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.demo.server import DemoServer, Fault

FAULT_RATE = 0.30
TIMEOUT_S = 2.0
SLOW_S = TIMEOUT_S + 1.5
#: What a failing call does, with weights: mostly what Google does under load.
FAULT_MIX: tuple[tuple[Fault, int], ...] = (
    (Fault(503), 30),
    (Fault(500), 10),
    (Fault(429), 20),
    (Fault(200, delay_s=SLOW_S), 10),  # a slow answer: made (billed) after the client gave up
    (Fault(drop_connection=True), 10),  # closed before any answer
    (Fault(cut_off=True), 20),  # made, then cut off mid-body
)


def main(batches: int = 30, per_batch: int = 8, seed: int = 7) -> int:
    server = DemoServer(image_scale=0.1, latency_s=0.05).start()
    mix = [fault for fault, weight in FAULT_MIX for _ in range(weight)]
    server.random_faults(FAULT_RATE, mix, seed=seed)
    settings = ClientSettings(
        api_key="soak-key",
        base_url=server.base_url,
        timeout_s=TIMEOUT_S,
        retry_attempts=3,
        retry_initial_delay_s=0.05,
        retry_max_delay_s=0.2,
        retry_jitter_s=0.05,
    )
    engine = ImageEngine(
        lambda: GeminiBackend(settings), ModelCatalog.load(None), concurrency=4, timeout_s=TIMEOUT_S
    )
    variants: list[Variant] = []
    started = time.monotonic()
    try:
        for batch in range(batches):
            request = GenerationRequest(
                model="gemini-3-pro-image",
                prompt=compose(None, f"Little Orange, soak batch {batch}", ()),
                aspect_ratio="3:4",
                image_size="1K",
            )
            variants += engine.run_batch(request, per_batch).variants
        elapsed = time.monotonic() - started
        time.sleep(SLOW_S + 0.5)  # let slow answers the client gave up on finish at the server
    finally:
        engine.close()
        server.stop()

    calls = [r for r in server.requests if r.path.endswith(":generateContent")]
    delivered = [v for v in variants if v.status is VariantStatus.DELIVERED]
    answered = [v for v in variants if v.recipe.response_id]  # delivered, blocked or words only
    failed = [v for v in variants if v.status is VariantStatus.FAILED]
    reasons = collections.Counter(v.error.kind.value if v.error else "NO REASON" for v in failed)
    unexplained = sum(1 for v in variants if not v.delivered and v.error is None)
    unknown = sum(v.unknown_outcomes for v in variants)
    billed = server.generate_count
    unaccounted = max(0, billed - len(answered) - unknown)

    print(f"variants requested: {len(variants)} ({batches} batches × {per_batch}) in {elapsed:.1f} s")
    print(f"requests (HTTP calls the server saw): {len(calls)}, {FAULT_RATE:.0%} of them faulted at random")
    print(f"delivered: {len(delivered)}")
    print(
        f"failed with a reason: {len(failed) - unexplained}  "
        + ", ".join(f"{k}={n}" for k, n in sorted(reasons.items()))
    )
    print(
        f"unknown outcomes (may be billed): {unknown} in {sum(1 for v in variants if v.unknown_outcomes)} variants"
    )
    print(f"server: {billed} answers made (billed), {server.cut_off_count} of them cut off on purpose")
    print(f"billed answers accounted for: {len(answered)} received + {unknown} unknown >= {billed} made")
    lost = unexplained + unaccounted
    print(
        f"lost: {lost}"
        + (
            f" ({unexplained} failures without a reason, {unaccounted} billed answers unaccounted)"
            if lost
            else ""
        )
    )
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:4])))
