"""Network and service edge cases, end to end: the real SDK and engine against the demo server.

Answers cut off mid-body, connections closed before an answer, timeouts (each may have been
billed: "outcome unknown"), seeds refused mid-batch, requests near Google's 100 MB limit, and the
model list failing in plain words.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from PIL import Image

from cutie_app.core.genai.backend import user_content
from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog, SeedSupport
from cutie_app.core.model.errors import CutieError, ErrorKind, InvalidRequestError
from cutie_app.core.model.generation import GenerationRequest, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.validation import MAX_REQUEST_BYTES, json_size, request_size
from cutie_app.demo.server import DemoServer, Fault

PRO = "gemini-3-pro-image"
#: The catalogue does not know whether it takes a seed; the demo server refuses one.
UNKNOWN_SEED = "gemini-2.5-flash-image"
ATTEMPTS = 3
EngineFactory = Callable[..., ImageEngine]


@pytest.fixture
def make_engine(demo_server: DemoServer, tmp_path) -> Iterator[EngineFactory]:
    engines: list[ImageEngine] = []

    def factory(*, base_url: str | None = None, key: str = "test-key", **overrides: object) -> ImageEngine:
        options = {
            "retry_attempts": ATTEMPTS,
            "retry_initial_delay_s": 0.01,
            "retry_max_delay_s": 0.05,
            "retry_jitter_s": 0.0,
            "timeout_s": 30.0,
            **overrides,
        }
        settings = ClientSettings(api_key=key, base_url=base_url or demo_server.base_url, **options)  # type: ignore[arg-type]
        catalog = ModelCatalog.load(tmp_path / "learned.json")
        engine = ImageEngine(
            lambda: GeminiBackend(settings), catalog, concurrency=4, timeout_s=settings.timeout_s
        )
        engines.append(engine)
        return engine

    yield factory
    for engine in engines:
        engine.close()


def request(prompt: str = "Little Orange waving", **kw: object) -> GenerationRequest:
    refs = kw.pop("references", ())
    return GenerationRequest(
        model=str(kw.pop("model", PRO)),
        prompt=compose(None, prompt, refs),  # type: ignore[arg-type]
        references=refs,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def posts(server: DemoServer) -> list[dict]:
    return [r.body for r in server.requests if r.path.endswith(":generateContent") and r.body is not None]


# -- answers that never (fully) arrived ---------------------------------------------------------------


def test_an_answer_cut_off_mid_body_is_retried_and_counted_as_maybe_billed(make_engine, demo_server):
    demo_server.inject(Fault(cut_off=True), Fault(cut_off=True))
    (variant,) = make_engine().run_batch(request(image_size="4K"), 1).variants
    assert variant.delivered
    # Google made three images; two were lost on the way and may be billed.
    assert (demo_server.generate_count, demo_server.cut_off_count) == (3, 2)
    assert variant.unknown_outcomes == 2
    assert variant.unknown_cost_usd == pytest.approx(2 * 0.24)  # two 4K Pro images at worst
    assert variant.recipe.cost_usd == pytest.approx(0.24, abs=0.01)  # the delivered one


def test_answers_cut_off_every_time_fail_saying_so(make_engine, demo_server):
    (variant,) = make_engine().run_batch(request("Little Orange [demo:drop]"), 1).variants
    assert variant.status is VariantStatus.FAILED and variant.error is not None
    assert variant.error.kind is ErrorKind.CUT_OFF and variant.error.retryable
    assert variant.error.title == "The answer was cut off"
    assert "outcome unknown" in variant.error.detail
    text = str(variant.error)
    assert "internet connection" not in text and "Cannot reach" not in text
    assert "ClientPayloadError" in variant.error.technical
    # Retried like any transient failure: as many attempts as the retry settings allow.
    assert len(posts(demo_server)) == ATTEMPTS == demo_server.cut_off_count
    assert variant.unknown_outcomes == ATTEMPTS
    assert variant.unknown_cost_usd == pytest.approx(ATTEMPTS * 0.134)


def test_a_connection_closed_before_the_answer_is_retried_by_the_sdk_and_counted(make_engine, demo_server):
    demo_server.inject(Fault(drop_connection=True))
    (variant,) = make_engine().run_batch(request(), 1).variants
    assert variant.delivered and variant.unknown_outcomes == 1
    assert len(posts(demo_server)) == 2


def test_a_timeout_may_be_billed_but_a_refused_connection_is_not(make_engine, demo_server):
    demo_server.latency_s = 3.0
    (late,) = make_engine(timeout_s=1.0).run_batch(request(), 1).variants
    assert late.error is not None and late.error.kind is ErrorKind.TIMEOUT
    assert late.unknown_outcomes == 1 and "outcome unknown" in late.error.detail

    closed = DemoServer().start()
    url = closed.base_url
    closed.stop()
    (refused,) = make_engine(base_url=url).run_batch(request(), 1).variants
    assert refused.error is not None and refused.error.kind is ErrorKind.OFFLINE
    assert refused.unknown_outcomes == 0 and refused.unknown_cost_usd is None


def test_http_errors_are_answers_not_unknown_outcomes(make_engine, demo_server):
    demo_server.inject(Fault(503), Fault(429))
    (variant,) = make_engine().run_batch(request(), 1).variants
    assert variant.delivered and variant.unknown_outcomes == 0


# -- seeds ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [PRO, "gemini-3.1-flash-image", "gemini-nano-banana-2.1"])
def test_models_without_a_seed_never_get_one(make_engine, demo_server, model):
    result = make_engine().run_batch(request(model=model, seed=42, image_size="1K"), 3)
    assert all(v.delivered for v in result.variants)
    assert [n.title for n in result.notices if n.kind is ErrorKind.SEED_REJECTED] == ["Seed not sent"]
    assert len(posts(demo_server)) == 3 and all(
        "seed" not in b["generationConfig"] for b in posts(demo_server)
    )
    assert all(v.recipe.seed_requested == 42 and v.recipe.seed_sent is None for v in result.variants)


def test_the_first_seed_refusal_stops_the_seed_for_the_rest_of_the_batch(make_engine, demo_server):
    demo_server.latency_s = 0.3  # answers take a while, as real ones do
    result = make_engine().run_batch(request(model=UNKNOWN_SEED, seed=42), 8)
    assert all(v.delivered for v in result.variants)
    sent = posts(demo_server)
    seeded = [b for b in sent if "seed" in b["generationConfig"]]
    # Only the requests already out when the refusal came (at most the 4 in flight) carried it.
    assert 1 <= len(seeded) <= 4
    assert len(sent) == 8 + len(seeded) <= 12  # was 16: every variant sent it and was refused
    assert [n.kind for n in result.notices].count(ErrorKind.SEED_REJECTED) == 1


def test_any_400_naming_the_seed_counts_as_a_refusal(make_engine, demo_server, tmp_path):
    lite = "gemini-3.1-flash-lite-image"  # the demo takes its seed: the refusal comes from the fault
    demo_server.inject(
        Fault(400, "Seed is not supported for this model (it is a best-effort hint elsewhere).")
    )
    (variant,) = (result := make_engine().run_batch(request(model=lite, seed=7), 1)).variants
    assert variant.delivered and variant.recipe.seed_sent is None
    assert [n.kind for n in result.notices] == [ErrorKind.SEED_REJECTED]
    assert ModelCatalog.load(tmp_path / "learned.json").find(lite).seed is SeedSupport.NO


# -- request size -------------------------------------------------------------------------------------


def noise_png(side: int) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(
        out, format="PNG", compress_level=0
    )
    return out.getvalue()


def test_the_size_estimate_is_an_upper_bound_of_what_the_sdk_sends(make_engine, demo_server):
    refs = tuple(
        ReferenceImage.from_bytes(noise_png(side), ReferenceRole.PROP, label=f"r{side}.png")
        for side in (40, 300, 700)
    )
    req = request('Little Orange waving — «ünïcode» and "quotes"', references=refs, aspect_ratio="3:4")
    assert make_engine().run_batch(req, 1).variants[0].delivered
    (sent,) = [r for r in demo_server.requests if r.path.endswith(":generateContent")]
    actual = int(sent.headers["content-length"])
    estimate = request_size(req.prompt.text, refs)
    assert actual <= estimate < actual + 5_000


def test_a_conversation_turn_over_the_limit_is_refused_before_sending(make_engine, demo_server):
    history = [
        user_content("draw her"),
        {"role": "model", "parts": [{"inline_data": {"data": "A" * 99_999_000, "mime_type": "image/png"}}]},
    ]
    assert json_size(history) > 99_999_000
    with pytest.raises(InvalidRequestError) as info:
        make_engine().submit_turn(request("now make her smile"), history)
    assert "new conversation" in info.value.message.detail
    assert posts(demo_server) == []


@pytest.mark.slow
def test_fourteen_large_references_are_made_to_fit_not_sent_at_130_mb(make_engine, demo_server):
    """The reported case: 14 references of ~7 MB made a 130 MB body. Now: re-encoded, under 100 MB."""
    refs = tuple(
        ReferenceImage(
            noise_png(1516),
            "image/png",
            ReferenceRole.PROP if n < 10 else ReferenceRole.IDENTITY,
            ReferenceKind.OBJECT if n < 10 else ReferenceKind.PERSON,
            f"sheet-{n}.png",
        )
        for n in range(14)
    )
    assert all(6_800_000 < len(r.data) < 7_000_000 for r in refs)
    assert request_size("", refs) > 1.25 * MAX_REQUEST_BYTES
    engine = make_engine()
    req = request(model="gemini-nano-banana-2.1", references=refs)
    checked = engine.check(req)
    assert checked.reference_budget is not None
    result = engine.run_batch(req, 1)
    (variant,) = result.variants
    assert variant.delivered, variant.error
    assert any(n.title == "References made smaller to fit" for n in result.notices)
    (sent,) = [r for r in demo_server.requests if r.path.endswith(":generateContent")]
    assert int(sent.headers["content-length"]) <= MAX_REQUEST_BYTES
    # The recipe names what was sent: 14 references, re-encoded, each within the budget.
    assert len(variant.recipe.references) == 14
    assert {r.sha256 for r in variant.recipe.references}.isdisjoint({r.sha256 for r in refs})
    assert all(r.mime_type == "image/jpeg" for r in variant.recipe.references)


# -- the model list -----------------------------------------------------------------------------------


def test_refreshing_the_model_list_fails_in_plain_words(make_engine):
    with DemoServer(api_keys={"the-right-key"}) as strict, pytest.raises(CutieError) as bad_key:
        make_engine(base_url=strict.base_url, key="wrong-key").refresh_models().result(30)
    assert bad_key.value.message.kind is ErrorKind.INVALID_KEY
    assert "wrong-key" not in str(bad_key.value.message) + bad_key.value.message.technical

    closed = DemoServer().start()
    url = closed.base_url
    closed.stop()
    with pytest.raises(CutieError) as offline:
        make_engine(base_url=url, retry_attempts=1).refresh_models().result(30)
    assert offline.value.message.kind is ErrorKind.OFFLINE


def test_cutie_models_refresh_prints_a_message_not_a_traceback(tmp_path):
    def run(base_url: str, key: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("GEMINI_API_KEY", "GOOGLE_API_KEY")}
        env.update({"GOOGLE_GEMINI_BASE_URL": base_url, "GEMINI_API_KEY": key})
        return subprocess.run(
            [sys.executable, "-m", "cutie_app", "models", "--refresh", "--timeout", "20"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    with DemoServer(api_keys={"the-right-key"}) as strict:
        bad = run(strict.base_url, "wrong-key")
    assert "Traceback" not in bad.stderr and bad.stdout == ""
    assert bad.returncode == 3  # the documented "key or account refused"
    assert "The API key was not accepted" in bad.stderr

    closed = DemoServer().start()
    url = closed.base_url
    closed.stop()
    offline = run(url, "any-key")
    assert "Traceback" not in offline.stderr and offline.stdout == ""
    assert "Cannot reach Google" in offline.stderr
    assert offline.returncode not in (0, 1)  # a plain failure, not success and not "a bug in Cutie"
