"""The engine end to end: the real google-genai SDK against the local demo server."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Callable, Iterator

import pytest
from PIL import Image

from cutie_app.core.genai.engine import CancelToken, ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog, SeedSupport
from cutie_app.core.model.errors import ErrorKind, InvalidRequestError
from cutie_app.core.model.generation import GenerationRequest, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.demo.server import DemoServer, Fault

FAST_RETRY = {
    "retry_attempts": 3,
    "retry_initial_delay_s": 0.01,
    "retry_max_delay_s": 0.05,
    "retry_jitter_s": 0.0,
}
EngineFactory = Callable[..., ImageEngine]


def png(color: tuple[int, int, int], size: tuple[int, int] = (48, 64)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def decode_b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_") + "=" * (-len(text) % 4))


@pytest.fixture
def make_engine(demo_server: DemoServer, tmp_path) -> Iterator[EngineFactory]:
    engines: list[ImageEngine] = []

    def factory(*, key: str = "test-key", base_url: str | None = None, **overrides: object) -> ImageEngine:
        options = {**FAST_RETRY, "timeout_s": 30.0, **overrides}
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
        model=str(kw.pop("model", "gemini-3-pro-image")),
        prompt=compose(None, prompt, refs),  # type: ignore[arg-type]
        references=refs,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def generate_posts(server: DemoServer) -> list[dict]:
    return [r.body for r in server.requests if r.path.endswith(":generateContent") and r.body is not None]


# -- variants ---------------------------------------------------------------------------------------


def test_variants_with_references_are_parallel_single_candidate_requests(make_engine, demo_server):
    front = ReferenceImage.from_bytes(png((255, 140, 0)), ReferenceRole.IDENTITY, label="front.png")
    side = ReferenceImage.from_bytes(png((255, 165, 0)), ReferenceRole.SIDE)
    engine = make_engine()
    result = engine.run_batch(
        request(references=(front, side), aspect_ratio="16x9", image_size="2k", scene="waving"), 4
    )

    assert [v.status for v in result.variants] == [VariantStatus.DELIVERED] * 4
    posts = generate_posts(demo_server)
    assert len(posts) == 4
    for body in posts:
        config = body["generationConfig"]
        assert config["imageConfig"] == {"aspectRatio": "16:9", "imageSize": "2K"}  # spelled as the API wants
        assert config.get("candidateCount", 1) == 1
        assert "seed" not in config
        parts = body["contents"][0]["parts"]
        sent = [decode_b64(p["inlineData"]["data"]) for p in parts if "inlineData" in p]
        assert sent == [front.data, side.data]  # byte-exact, in slot order
        assert parts[-1]["text"].startswith("REFERENCE IMAGES") or "Image 1" in parts[-1]["text"]
    ids = {v.recipe.response_id for v in result.variants}
    assert len(ids) == 4 and "" not in ids
    for v in result.variants:
        (image,) = v.images
        assert image.mime_type == "image/png"
        with Image.open(io.BytesIO(image.data)) as im:
            assert im.width / im.height == pytest.approx(16 / 9, rel=0.05)
        recipe = v.recipe
        assert recipe.model == "gemini-3-pro-image" and recipe.model_version
        assert [(r.sha256, r.role) for r in recipe.references] == [
            (front.sha256, "identity"),
            (side.sha256, "side"),
        ]
        assert recipe.usage.output_tokens > 0 and recipe.cost_usd == pytest.approx(0.134, abs=0.01)
        assert recipe.prompt_text == v.recipe.prompt.text and "Image 1" in recipe.prompt_text
        assert recipe.batch_id == result.batch_id
    assert sorted(v.recipe.variant_index for v in result.variants) == [0, 1, 2, 3]


def test_thought_images_are_never_results(make_engine, demo_server):
    from google import genai
    from google.genai import types

    client = genai.Client(
        api_key="k", http_options=types.HttpOptions(base_url=demo_server.base_url, api_version="v1beta")
    )
    raw = client.models.generate_content(model="gemini-3-pro-image", contents="Little Orange waving")
    parts = raw.candidates[0].content.parts
    thought_images = [p.inline_data.data for p in parts if p.thought and p.inline_data]
    final_images = [p.inline_data.data for p in parts if not p.thought and p.inline_data]
    assert len(thought_images) == 1 and len(final_images) == 1  # the server does send an interim image

    variant = make_engine().run_batch(request(), 1).variants[0]
    (image,) = variant.images
    assert image.data != thought_images[0]  # the interim picture is deterministic, so it would match
    with Image.open(io.BytesIO(image.data)) as final, Image.open(io.BytesIO(final_images[0])) as expected:
        assert final.size == expected.size  # the full-size final image, not the small thought
    assert "Planning" not in variant.text and "demo" in variant.text.lower()


def test_variants_arrive_one_by_one_through_the_callback(make_engine, demo_server):
    demo_server.latency_s = 0.2
    arrived: list[tuple[int, float]] = []
    start = time.monotonic()
    result = make_engine().run_batch(
        request(), 3, on_variant=lambda v: arrived.append((v.index, time.monotonic()))
    )
    assert sorted(i for i, _ in arrived) == [0, 1, 2]
    assert all(v.delivered for v in result.variants)
    # Parallel: three 0.2 s calls finish well before 3 × 0.2 s.
    assert time.monotonic() - start < 0.55


def test_partial_success_keeps_the_delivered_and_explains_the_failed(make_engine, demo_server):
    demo_server.inject(Fault(status=400, message="Request contains an invalid argument."))
    result = make_engine().run_batch(request(), 4)
    statuses = sorted(v.status.value for v in result.variants)
    assert statuses == ["delivered", "delivered", "delivered", "failed"]
    (failed,) = [v for v in result.variants if not v.delivered]
    assert failed.error is not None and failed.error.kind is ErrorKind.INVALID_REQUEST
    assert "400" in failed.error.technical and not failed.images
    assert len(result.delivered) == 3


@pytest.mark.parametrize("status", [429, 503])
def test_transient_errors_are_retried_by_the_sdk(make_engine, demo_server, status):
    demo_server.inject(Fault(status=status), Fault(status=status))
    result = make_engine().run_batch(request(), 1)
    assert result.variants[0].delivered
    assert len(generate_posts(demo_server)) == 3  # two failures, then success


def test_overloaded_after_all_retries(make_engine, demo_server):
    demo_server.inject(*[Fault(status=503)] * 3)
    (variant,) = make_engine().run_batch(request(), 1).variants
    assert variant.status is VariantStatus.FAILED
    assert variant.error.kind is ErrorKind.OVERLOADED and variant.error.retryable
    assert len(generate_posts(demo_server)) == 3


def test_quota_after_all_retries(make_engine, demo_server):
    demo_server.inject(*[Fault(status=429)] * 3)
    (variant,) = make_engine().run_batch(request(), 1).variants
    assert variant.error.kind is ErrorKind.QUOTA
    assert "RESOURCE_EXHAUSTED" in variant.error.technical


def test_cancel_one_variant_in_flight(make_engine, demo_server):
    demo_server.latency_s = 1.5
    engine = make_engine()
    token = CancelToken()
    future = engine.submit_batch(request(), 3, token=token)
    time.sleep(0.3)
    started = time.monotonic()
    token.cancel(1)
    token_all_done = future.result(timeout=10)
    statuses = [v.status for v in token_all_done.variants]
    assert statuses == [VariantStatus.DELIVERED, VariantStatus.CANCELLED, VariantStatus.DELIVERED]
    assert token_all_done.variants[1].error.kind is ErrorKind.CANCELLED
    assert time.monotonic() - started < 3


def test_cancel_all_returns_quickly(make_engine, demo_server):
    demo_server.latency_s = 5
    engine = make_engine()
    token = CancelToken()
    future = engine.submit_batch(request(), 4, token=token)
    time.sleep(0.2)
    started = time.monotonic()
    token.cancel()
    result = future.result(timeout=10)
    assert time.monotonic() - started < 1.5
    assert {v.status for v in result.variants} == {VariantStatus.CANCELLED}


# -- seeds ------------------------------------------------------------------------------------------


#: The catalogue does not know whether it takes a seed; the demo server refuses one.
UNKNOWN_SEED = "gemini-2.5-flash-image"


def test_seed_refused_is_resent_without_it_told_once_and_remembered(make_engine, demo_server, tmp_path):
    engine = make_engine()
    assert engine.catalog.find(UNKNOWN_SEED).seed is SeedSupport.UNKNOWN
    result = engine.run_batch(request(model=UNKNOWN_SEED, seed=42), 3)

    assert all(v.delivered for v in result.variants)
    seed_notices = [n for n in result.notices if n.kind is ErrorKind.SEED_REJECTED]
    assert len(seed_notices) == 1
    assert "reference images" in seed_notices[0].action and "anchor" in seed_notices[0].action
    assert all(v.recipe.seed_requested == 42 and v.recipe.seed_sent is None for v in result.variants)
    # Remembered on disk: a new catalogue (new process) does not send the seed again.
    assert ModelCatalog.load(tmp_path / "learned.json").find(UNKNOWN_SEED).seed is SeedSupport.NO
    demo_server.clear_requests()
    again = make_engine().run_batch(request(model=UNKNOWN_SEED, seed=42), 1)
    assert [n.title for n in again.notices if n.kind is ErrorKind.SEED_REJECTED] == ["Seed not sent"]
    assert all("seed" not in b["generationConfig"] for b in generate_posts(demo_server))
    assert len(generate_posts(demo_server)) == 1


def test_seed_is_sent_where_the_model_may_take_it(make_engine, demo_server):
    result = make_engine().run_batch(request(model="gemini-3.1-flash-lite-image", seed=7), 1)
    assert result.variants[0].delivered and result.variants[0].recipe.seed_sent == 7
    assert generate_posts(demo_server)[0]["generationConfig"]["seed"] == 7
    assert result.notices == ()


def test_int32_seed_error_from_the_service_is_handled_like_a_refusal(make_engine, demo_server):
    demo_server.inject(
        Fault(status=400, message="Invalid value at 'generation_config.seed' (TYPE_INT32), 99")
    )
    result = make_engine().run_batch(request(model="gemini-3.1-flash-lite-image", seed=99), 1)
    assert result.variants[0].delivered and result.variants[0].recipe.seed_sent is None
    assert [n.kind for n in result.notices] == [ErrorKind.SEED_REJECTED]


def test_out_of_range_seed_is_refused_before_sending(make_engine, demo_server):
    with pytest.raises(InvalidRequestError) as info:
        make_engine().submit_batch(request(seed=230718326286594), 1)
    assert "seed" in str(info.value.message).lower()
    assert generate_posts(demo_server) == []


# -- errors -----------------------------------------------------------------------------------------


def one_failure(make_engine, demo_server, req: GenerationRequest | None = None, **engine_kw) -> Variant:
    (variant,) = make_engine(**engine_kw).run_batch(req or request(), 1).variants
    assert not variant.delivered and variant.error is not None
    assert not variant.error.technical.count("test-key")
    return variant


def test_invalid_key(make_engine):
    with DemoServer(api_keys={"the-right-key"}) as strict:
        variant = one_failure(make_engine, strict, base_url=strict.base_url, key="wrong-key")
    assert variant.error.kind is ErrorKind.INVALID_KEY
    assert "Preferences" in variant.error.action
    assert "wrong-key" not in str(variant.error) + variant.error.technical


def test_permission_denied(make_engine, demo_server):
    demo_server.inject(Fault(status=403))
    assert one_failure(make_engine, demo_server).error.kind is ErrorKind.PERMISSION


def test_timeout(make_engine, demo_server):
    demo_server.latency_s = 3.0
    variant = one_failure(make_engine, demo_server, timeout_s=1.0, retry_attempts=1)
    assert variant.error.kind is ErrorKind.TIMEOUT


def test_no_network(make_engine, demo_server):
    closed = DemoServer().start()
    url = closed.base_url
    closed.stop()
    variant = one_failure(make_engine, demo_server, base_url=url, retry_attempts=2)
    assert variant.error.kind is ErrorKind.OFFLINE and variant.error.retryable
    assert "offline" in variant.error.detail


def test_dropped_connection(make_engine, demo_server):
    demo_server.inject(Fault(drop_connection=True), Fault(drop_connection=True))
    variant = one_failure(make_engine, demo_server, retry_attempts=2)
    # Google was reached both times and never answered: not "offline", and maybe billed.
    assert variant.error.kind is ErrorKind.CUT_OFF and "before any answer came back" in variant.error.detail
    assert variant.unknown_outcomes == 2


def test_shut_down_model_refused_before_sending_names_replacement(make_engine, demo_server):
    for model, replacement in (
        ("gemini-3-pro-image-preview", "gemini-3-pro-image"),
        ("imagen-4.0-generate-001", "gemini-3-pro-image"),
        ("gemini-3.1-flash-image-preview", "gemini-nano-banana-2.1"),
    ):
        with pytest.raises(InvalidRequestError) as info:
            make_engine().submit_batch(request(model=model), 1)
        assert info.value.message.kind is ErrorKind.MODEL_SHUT_DOWN
        assert replacement in info.value.message.action
    assert generate_posts(demo_server) == []


def test_model_gone_at_the_service_names_replacement(make_engine, demo_server):
    demo_server.inject(Fault(status=404))
    variant = one_failure(make_engine, demo_server, request(model="gemini-3.1-flash-image"))
    assert variant.error.kind is ErrorKind.MODEL_SHUT_DOWN
    assert "gemini-nano-banana-2.1" in variant.error.action


def test_region_block(make_engine, demo_server):
    variant = one_failure(make_engine, demo_server, request("[demo:region] a girl"))
    assert variant.error.kind is ErrorKind.REGION_BLOCKED


@pytest.mark.parametrize(
    ("trigger", "finish"),
    [
        ("[demo:image-safety]", "IMAGE_SAFETY"),
        ("[demo:prohibited]", "IMAGE_PROHIBITED_CONTENT"),
        ("[demo:no-image]", "NO_IMAGE"),
        ("[demo:image-other]", "IMAGE_OTHER"),
    ],
)
def test_safety_outcomes_arrive_as_http_200(make_engine, demo_server, trigger, finish):
    variant = one_failure(make_engine, demo_server, request(f"{trigger} a girl"))
    assert variant.finish_reason == finish
    assert variant.status is VariantStatus.BLOCKED
    expected = ErrorKind.NO_IMAGE if finish == "NO_IMAGE" else ErrorKind.SAFETY_BLOCKED
    assert variant.error.kind is expected
    assert finish in variant.error.technical
    assert variant.recipe.response_id  # it was a real (possibly billed) answer


def test_prompt_block(make_engine, demo_server):
    variant = one_failure(make_engine, demo_server, request("[demo:prompt-blocked] a girl"))
    assert variant.error.kind is ErrorKind.PROMPT_BLOCKED
    assert "prohibited content" in variant.error.detail


def test_text_only_answer(make_engine, demo_server):
    variant = one_failure(make_engine, demo_server, request("[demo:text-only] a girl"))
    assert variant.status is VariantStatus.TEXT_ONLY
    assert variant.error.kind is ErrorKind.TEXT_ONLY and "no image" in variant.error.detail


def test_invalid_request_settings_never_reach_the_service(make_engine, demo_server):
    refs = tuple(ReferenceImage.from_bytes(png((i, i, i)), ReferenceRole.IDENTITY) for i in range(6))
    with pytest.raises(InvalidRequestError) as info:
        make_engine().submit_batch(request(references=refs, aspect_ratio="1:8", image_size="512"), 1)
    text = str(info.value.message)
    assert "1:8" in text and "512" in text and "at most 5 character images" in text
    assert generate_posts(demo_server) == []


def test_unknown_image_models_from_the_list_become_unverified(make_engine, demo_server):
    engine = make_engine()
    added = engine.refresh_models().result(10)
    assert [m.id for m in added] == ["gemini-4-flash-image-exp"]
    # Only what every image model takes, plus the sizes its listing names ("up to 4K").
    with pytest.raises(InvalidRequestError, match="8:1"):
        engine.submit_batch(request(model="gemini-4-flash-image-exp", aspect_ratio="8:1"), 1)
    result = engine.run_batch(
        request(model="gemini-4-flash-image-exp", aspect_ratio="16:9", image_size="4K"), 1
    )
    assert result.variants[0].delivered
    assert [n.title for n in result.notices] == ["Gemini 4 Flash Image (experimental) is not verified"]
    assert result.variants[0].recipe.cost_usd is None  # price unknown, not invented


def test_people_and_object_limits_follow_the_model(make_engine):
    refs = tuple(ReferenceImage.from_bytes(png((i, 0, 0)), ReferenceRole.PROP) for i in range(7))
    with pytest.raises(InvalidRequestError):
        make_engine().check(request(references=refs))  # Pro: 6 objects
    engine = make_engine()
    assert (
        engine.check(request(model="gemini-nano-banana-2.1", references=refs)).model.max_object_images == 10
    )
    assert refs[0].kind is ReferenceKind.OBJECT
