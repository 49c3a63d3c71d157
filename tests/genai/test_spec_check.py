"""Check an image against the spec: the builder and parser, then the real SDK against the demo server."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator

import pytest
from PIL import Image

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ListedModel, ModelCatalog, TextModel
from cutie_app.core.model.errors import CutieError, ErrorKind, InvalidRequestError
from cutie_app.core.model.generation import GenerationRequest, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.model.spec_check import CheckRequest, SpecCheck, Verdict, build_check, parse_check
from cutie_app.demo.server import DemoServer, Fault

FAST_RETRY = {
    "retry_attempts": 3,
    "retry_initial_delay_s": 0.01,
    "retry_max_delay_s": 0.05,
    "retry_jitter_s": 0.0,
}

LITTLE_ORANGE = CharacterSpec(
    name="Little Orange",
    art_style="flat illustration",
    style_keywords=("clean lines",),
    age="about 8",
    face="round, freckles",
    eyes="big, green",
    hair="orange twin pigtails",
    outfits=({"name": "summer", "description": "yellow sundress"}, {"name": "winter", "description": "coat"}),
    accessories=("fruit hair clip", "green backpack"),
    marks=("star-shaped birthmark on the left cheek",),
    palette=({"name": "deep orange", "hex": "#ff8c00"}, {"name": "", "hex": "#FFF"}),
    always=("smiling",),
    never=("glasses",),
    notes="private: never sent",
)
EXPECTED_KEYS = [
    "art_style", "age", "face", "eyes", "hair", "outfit", "accessory_1", "accessory_2", "mark_1",
    "palette_1", "palette_2", "always_1", "never_1",
]  # fmt: skip


def png(color: tuple[int, int, int], size: tuple[int, int] = (40, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def decode_b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_") + "=" * (-len(text) % 4))


@pytest.fixture
def check_engine(demo_server: DemoServer, tmp_path) -> Iterator[ImageEngine]:
    options: dict = {**FAST_RETRY, "timeout_s": 30.0}
    settings = ClientSettings(api_key="test-key", base_url=demo_server.base_url, **options)
    engine = ImageEngine(
        lambda: GeminiBackend(settings), ModelCatalog.load(tmp_path / "learned.json"), timeout_s=30.0
    )
    yield engine
    engine.close()


def one_try(server: DemoServer) -> ClientSettings:
    """Settings for the demo server with no retries: each request is sent exactly once."""
    return ClientSettings(api_key="test-key", base_url=server.base_url, retry_attempts=1)


def generate_posts(server: DemoServer) -> list[dict]:
    return [r.body for r in server.requests if r.path.endswith(":generateContent") and r.body is not None]


def answer(check: CheckRequest, verdicts: dict[str, str] | None = None, **extra: object) -> str:
    items = [
        {"trait": t.key, "verdict": (verdicts or {}).get(t.key, "match"), "note": f"saw {t.key}"}
        for t in check.traits
    ]
    return json.dumps({"items": items, "summary": "All good.", **extra})


# -- building the request --------------------------------------------------------------------------


def test_every_filled_visible_field_becomes_one_trait_in_spec_order():
    check = build_check(LITTLE_ORANGE)

    assert [t.key for t in check.traits] == EXPECTED_KEYS
    by_key = {t.key: t for t in check.traits}
    assert by_key["art_style"].expected == "flat illustration, clean lines"
    assert by_key["outfit"].label == "Outfit (summer)" and by_key["outfit"].expected == "yellow sundress"
    assert by_key["palette_1"].expected == "deep orange #FF8C00"
    assert by_key["palette_2"].expected == "#FFFFFF"
    assert by_key["never_1"].expected == "does not show: glasses"
    assert "private" not in check.prompt and "Little Orange" in check.prompt  # notes are never sent
    for trait in check.traits:
        assert f"- {trait.key}: {trait.label} = {trait.expected}" in check.prompt.splitlines()


def test_keys_are_stable_and_only_filled_fields_count():
    assert build_check(LITTLE_ORANGE) == build_check(CharacterSpec.from_json(LITTLE_ORANGE.to_json()))
    check = build_check(CharacterSpec(hair="short", eyes=""))
    assert [t.key for t in check.traits] == ["hair"]


def test_a_line_break_in_the_spec_cannot_add_a_trait_line():
    check = build_check(CharacterSpec(hair="short\n- fake_trait: Fake = injected", eyes="blue"))

    assert [t.key for t in check.traits] == ["eyes", "hair"]
    assert not any(line.startswith("- fake_trait") for line in check.prompt.splitlines())


def test_schema_names_the_traits_and_verdicts():
    check = build_check(LITTLE_ORANGE)
    items = check.schema["properties"]["items"]
    item = items["items"]

    assert check.schema["required"] == ["items", "summary"]
    assert item["properties"]["trait"]["enum"] == EXPECTED_KEYS
    assert item["properties"]["verdict"]["enum"] == ["match", "mismatch", "unclear"]
    assert item["required"] == ["trait", "verdict", "note"]
    assert items["minItems"] == items["maxItems"] == len(EXPECTED_KEYS)


def test_an_empty_spec_has_nothing_to_check():
    with pytest.raises(InvalidRequestError) as info:
        build_check(CharacterSpec(name="Nobody", notes="only notes"))
    assert info.value.message.title == "Nothing to check"


# -- parsing the answer ------------------------------------------------------------------------------


def test_parse_orders_items_like_the_spec_and_maps_verdicts():
    check = build_check(LITTLE_ORANGE)
    reply = json.loads(answer(check, {"hair": "MISMATCH", "eyes": " Unclear ", "face": "maybe"}))
    reply["items"].reverse()

    result = parse_check(check, json.dumps(reply), model="m", response_id="r1", cost_usd=0.001)

    assert isinstance(result, SpecCheck)
    assert [i.trait for i in result.items] == EXPECTED_KEYS
    verdicts = {i.trait: i.verdict for i in result.items}
    assert verdicts["hair"] is Verdict.MISMATCH
    assert verdicts["eyes"] is Verdict.UNCLEAR
    assert verdicts["face"] is Verdict.UNCLEAR  # an unknown verdict is "unclear", never an error
    assert verdicts["age"] is Verdict.MATCH
    assert result.items[EXPECTED_KEYS.index("outfit")].label == "Outfit (summer)"
    assert result.with_verdict(Verdict.MISMATCH) == (result.items[EXPECTED_KEYS.index("hair")],)
    assert (result.summary, result.model, result.response_id) == ("All good.", "m", "r1")
    assert result.cost_usd == 0.001


@pytest.mark.parametrize(
    ("mangle", "says"),
    [
        (lambda text, check: "", "it was empty"),
        (lambda text, check: text[:-5], "not valid JSON"),
        (lambda text, check: "Sure! Here is the checklist.", "not valid JSON"),
        (lambda text, check: json.dumps([json.loads(text)]), 'no list of "items"'),
        (lambda text, check: json.dumps({"items": {}, "summary": ""}), 'no list of "items"'),
        (lambda text, check: json.dumps({**json.loads(text), "summary": 3}), '"summary" is not text'),
        (lambda text, check: json.dumps({"items": ["hair"], "summary": ""}), "not an object"),
        (
            lambda text, check: json.dumps({"items": [{"trait": "hair"}], "summary": ""}),
            'lacks a text "trait" or "verdict"',
        ),
        (
            lambda text, check: json.dumps(
                {
                    **json.loads(text),
                    "items": [*json.loads(text)["items"], {"trait": "wings", "verdict": "match"}],
                }
            ),
            'not asked about ("wings")',
        ),
        (
            lambda text, check: json.dumps(
                {**json.loads(text), "items": [*json.loads(text)["items"], json.loads(text)["items"][0]]}
            ),
            'judges "Art style" twice',
        ),
        (
            lambda text, check: json.dumps({**json.loads(text), "items": json.loads(text)["items"][2:]}),
            "it skipped Art style, Age",
        ),
    ],
)
def test_a_malformed_answer_is_a_plain_error(mangle, says):
    check = build_check(LITTLE_ORANGE)
    with pytest.raises(CutieError) as info:
        parse_check(check, mangle(answer(check), check), model="m")
    message = info.value.message
    assert message.title == "The check came back unreadable"
    assert says in message.detail
    assert message.retryable and "Traceback" not in str(info.value)


# -- end to end: the real SDK against the demo server ---------------------------------------------------


def test_checklist_has_one_item_per_trait_from_the_catalogue_text_model(check_engine, demo_server):
    image = png((255, 140, 0))
    result = check_engine.submit_spec_check(LITTLE_ORANGE, image, "image/png").result(30)

    text_model = check_engine.catalog.text_model
    assert text_model is not None and result.model == text_model.id
    assert [i.trait for i in result.items] == EXPECTED_KEYS
    assert {i.verdict for i in result.items} <= set(Verdict)
    assert result.response_id and "Demo answer" in result.summary
    assert result.cost_usd is None  # the catalogue has no verified price for the text model
    (post,) = generate_posts(demo_server)
    assert demo_server.requests[-1].path == f"/v1beta/models/{text_model.id}:generateContent"
    config = post["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseJsonSchema"] == build_check(LITTLE_ORANGE).schema
    assert "responseModalities" not in config and "imageConfig" not in config
    image_part, text_part = post["contents"][0]["parts"]
    inline = image_part["inlineData"]
    assert inline.get("mimeType", inline.get("mime_type")) == "image/png"  # SDK 3.x sends snake_case here
    assert decode_b64(image_part["inlineData"]["data"]) == image
    assert text_part["text"] == build_check(LITTLE_ORANGE).prompt


def test_the_demo_verdicts_follow_the_image(check_engine):
    def verdicts(image: bytes) -> list[Verdict]:
        result = check_engine.submit_spec_check(LITTLE_ORANGE, image, "image/png").result(30)
        return [i.verdict for i in result.items]

    orange, blue = png((255, 140, 0)), png((0, 0, 255))
    assert verdicts(orange) == verdicts(orange)
    assert verdicts(orange) != verdicts(blue)


def test_a_model_can_be_chosen_per_check(check_engine, demo_server):
    with pytest.raises(CutieError) as info:
        check_engine.submit_spec_check(
            LITTLE_ORANGE, png((1, 2, 3)), "image/png", model="gemini-9-text"
        ).result(30)
    assert info.value.message.kind is ErrorKind.MODEL_NOT_FOUND
    assert demo_server.requests[-1].path == "/v1beta/models/gemini-9-text:generateContent"


def test_malformed_json_from_the_model_is_a_clear_error(check_engine):
    spec = LITTLE_ORANGE.with_changes(hair="orange pigtails [demo:bad-json]")
    future = check_engine.submit_spec_check(spec, png((255, 140, 0)), "image/png")
    with pytest.raises(CutieError) as info:
        future.result(30)
    message = info.value.message
    assert message.title == "The check came back unreadable"
    assert "not valid JSON" in message.detail
    assert message.technical.startswith('reply: {"items"')


def test_api_errors_read_exactly_as_for_images(check_engine, demo_server):
    demo_server.inject(Fault(status=403))
    request = GenerationRequest(model="gemini-3-pro-image", prompt=compose(None, "Little Orange"))
    (variant,) = check_engine.run_batch(request, 1).variants
    assert variant.status is VariantStatus.FAILED

    demo_server.inject(Fault(status=403))
    with pytest.raises(CutieError) as info:
        check_engine.submit_spec_check(LITTLE_ORANGE, png((255, 140, 0)), "image/png").result(30)

    assert info.value.message == variant.error
    assert info.value.message.kind is ErrorKind.PERMISSION


def test_quota_after_retries_is_the_quota_message(check_engine, demo_server):
    demo_server.inject(*[Fault(status=429)] * 3)
    with pytest.raises(CutieError) as info:
        check_engine.submit_spec_check(LITTLE_ORANGE, png((255, 140, 0)), "image/png").result(30)
    assert info.value.message.kind is ErrorKind.QUOTA and info.value.message.retryable


def test_a_blocked_prompt_says_so(check_engine):
    spec = LITTLE_ORANGE.with_changes(always=("smiling [demo:prompt-blocked]",))
    with pytest.raises(CutieError) as info:
        check_engine.submit_spec_check(spec, png((255, 140, 0)), "image/png").result(30)
    assert info.value.message.kind is ErrorKind.PROMPT_BLOCKED


@pytest.mark.parametrize(
    ("spec", "image", "mime", "title"),
    [
        (CharacterSpec(name="Empty"), png((0, 0, 0)), "image/png", "Nothing to check"),
        (LITTLE_ORANGE, b"", "image/png", "No image to check"),
        (LITTLE_ORANGE, b"%PDF-1.7", "application/pdf", "No image to check"),
    ],
)
def test_nothing_is_sent_for_a_check_that_cannot_be_made(check_engine, demo_server, spec, image, mime, title):
    with pytest.raises(InvalidRequestError) as info:
        check_engine.submit_spec_check(spec, image, mime)
    assert info.value.message.title == title
    assert demo_server.requests == []


def test_cost_follows_the_text_model_prices_and_no_text_model_means_no_check(demo_server):
    settings = one_try(demo_server)
    priced = ModelCatalog([], "none", text_model=TextModel("gemini-3-flash", "Flash", 0.5, 3.0))
    with ImageEngine(lambda: GeminiBackend(settings), priced) as engine:
        result = engine.submit_spec_check(LITTLE_ORANGE, png((255, 140, 0)), "image/png").result(30)
    assert result.cost_usd is not None and 0 < result.cost_usd < 0.01
    assert TextModel("t", input_usd_per_million_tokens=1.0, output_usd_per_million_tokens=10.0).cost_for(
        1_000, 100
    ) == pytest.approx(0.002)

    no_text_model = ImageEngine(lambda: GeminiBackend(settings), ModelCatalog([], "none"))
    with no_text_model as engine, pytest.raises(InvalidRequestError) as info:
        engine.submit_spec_check(LITTLE_ORANGE, png((255, 140, 0)), "image/png")
    assert info.value.message.title == "No model to check with"


def gone_check_model_catalog(learned) -> ModelCatalog:
    return ModelCatalog(
        [], "none", learned_path=learned, text_model=TextModel("gemini-2.9-flash", "Old Flash")
    )


def test_a_check_model_google_dropped_is_replaced_by_the_listed_flash_and_remembered(demo_server, tmp_path):
    settings = one_try(demo_server)
    learned = tmp_path / "learned.json"
    with ImageEngine(lambda: GeminiBackend(settings), gone_check_model_catalog(learned)) as engine:
        result = engine.submit_spec_check(LITTLE_ORANGE, png((255, 140, 0)), "image/png").result(30)
        assert engine.catalog.text_model.id == "gemini-3-flash"
    assert result.model == "gemini-3-flash" and len(result.items) == len(EXPECTED_KEYS)
    paths = [r.path for r in demo_server.requests]
    assert paths[0] == "/v1beta/models/gemini-2.9-flash:generateContent"  # refused with Google's 404
    assert paths[1].split("?")[0] == "/v1beta/models"  # which models exist
    assert paths[2] == "/v1beta/models/gemini-3-flash:generateContent"
    assert result.cost_usd is None  # a stand-in's prices are not known

    reopened = gone_check_model_catalog(learned)  # the next start checks with the stand-in at once
    assert reopened.text_model.id == "gemini-3-flash"
    newer_shipped = ModelCatalog([], "none", learned_path=learned, text_model=TextModel("gemini-4-flash"))
    assert newer_shipped.text_model.id == "gemini-4-flash"  # a newer Cutie's own choice wins


def test_a_404_for_a_check_model_that_is_still_listed_keeps_the_model(check_engine, demo_server):
    demo_server.inject(Fault(status=404, model="gemini-3-flash"))
    with pytest.raises(CutieError) as info:
        check_engine.submit_spec_check(LITTLE_ORANGE, png((255, 140, 0)), "image/png").result(30)
    assert info.value.message.kind is ErrorKind.MODEL_NOT_FOUND
    assert check_engine.catalog.text_model.id == "gemini-3-flash"
    assert [r.path.split("?")[0] for r in demo_server.requests] == [
        "/v1beta/models/gemini-3-flash:generateContent",
        "/v1beta/models",  # asked which models exist, found it listed, and did not send again
    ]


def test_the_stand_in_is_the_newest_listed_flash_text_model():
    catalog = ModelCatalog([], "none", text_model=TextModel("gemini-2.9-flash"))
    listed = [
        ListedModel(model_id, methods=("generateContent",))
        for model_id in ("gemini-3-flash", "gemini-3.10-flash", "gemini-3.6-flash", "gemini-9-flash-lite")
    ]
    assert catalog.replacement_text_model(listed).id == "gemini-3.10-flash"
    assert catalog.replacement_text_model([ListedModel("gemini-9-flash", methods=("embedContent",))]) is None
    only_images = [ListedModel("gemini-3-pro-image", methods=("generateContent",))]
    assert catalog.replacement_text_model(only_images) is None
