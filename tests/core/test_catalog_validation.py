"""Model catalogue facts and request validation, without any network."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from cutie_app.core.model.catalog import (
    COMMON_ASPECT_RATIOS,
    ListedModel,
    ModelCatalog,
    ModelStatus,
    SeedSupport,
    unverified_model,
)
from cutie_app.core.model.errors import ErrorKind, InvalidRequestError
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.validation import (
    MAX_REQUEST_BYTES,
    MIN_REFERENCE_BYTES,
    base64_length,
    check_request,
    json_size,
    normalise_aspect_ratio,
    normalise_image_size,
    request_size,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def ref(
    role: ReferenceRole = ReferenceRole.IDENTITY, kind: ReferenceKind | None = None, size: int = 0
) -> ReferenceImage:
    return ReferenceImage(PNG + b"\x00" * size, "image/png", role, kind or ReferenceKind.PERSON)


@pytest.fixture
def catalog(tmp_path) -> ModelCatalog:
    return ModelCatalog.load(tmp_path / "learned.json")


def test_shipped_catalogue_matches_todays_facts(catalog):
    pro = catalog.find("gemini-3-pro-image")
    assert catalog.default_model == "gemini-3-pro-image"
    assert pro.image_sizes == ("1K", "2K", "4K") and len(pro.aspect_ratios) == 10
    assert (pro.max_input_images, pro.max_person_images, pro.max_object_images) == (14, 5, 6)
    assert pro.price_for("4K") == 0.24 and pro.price_for(None) == 0.134
    nb21 = catalog.find("gemini-nano-banana-2.1")
    assert "8:1" in nb21.aspect_ratios and "512" not in nb21.image_sizes
    assert catalog.find("gemini-3.1-flash-image").status is ModelStatus.DEPRECATED
    assert catalog.find("gemini-2.5-flash-image").status is ModelStatus.RESTRICTED
    lite = catalog.find("gemini-3.1-flash-lite-image")
    assert lite.image_sizes == () and lite.price_for("2K") == lite.price_per_image_usd["fixed"]
    for gone in (
        "gemini-3-pro-image-preview",
        "gemini-3.1-flash-image-preview",
        "imagen-4.0-ultra-generate-001",
    ):
        info = catalog.find(gone)
        assert info.status is ModelStatus.SHUT_DOWN and info.replacement
    assert catalog.find("models/gemini-3-pro-image") is pro
    # No seed for Nano Banana Pro, 2 and 2.1 (API_FACTS §1.6); the older and lighter ones are unknown.
    seeds = {m.id: m.seed for m in catalog.selectable()}
    assert seeds == {
        "gemini-3-pro-image": SeedSupport.NO,
        "gemini-nano-banana-2.1": SeedSupport.NO,
        "gemini-3.1-flash-image": SeedSupport.NO,
        "gemini-3.1-flash-lite-image": SeedSupport.UNKNOWN,
        "gemini-2.5-flash-image": SeedSupport.UNKNOWN,
    }
    assert catalog.find("no-such-model") is None
    selectable = [m.id for m in catalog.selectable()]
    assert selectable[0] == "gemini-3-pro-image" and "gemini-3-pro-image-preview" not in selectable


@pytest.mark.expected_log("cutie.catalog", "unreadable learned catalogue")
def test_learned_facts_persist_and_bad_files_are_ignored(tmp_path):
    path = tmp_path / "learned.json"
    first = ModelCatalog.load(path)
    first.remember_seed("gemini-3.1-flash-lite-image", SeedSupport.NO)
    first.merge_listed(
        [
            ListedModel("gemini-9-image", "Gemini 9 Image", methods=("generateContent",)),
            ListedModel("gemini-9-pro", "text model", methods=("generateContent",)),
            ListedModel("gemini-3-pro-image", methods=("generateContent",)),
        ]
    )
    again = ModelCatalog.load(path)
    assert again.find("gemini-3.1-flash-lite-image").seed is SeedSupport.NO
    assert again.find("gemini-9-image").status is ModelStatus.UNVERIFIED
    assert again.find("gemini-9-pro") is None
    assert json.loads(path.read_text())["schema_version"] == 1
    path.write_text("{not json")
    assert ModelCatalog.load(path).find("gemini-3.1-flash-lite-image").seed is SeedSupport.UNKNOWN


def test_the_model_list_is_stale_until_merged_and_again_a_day_later(tmp_path):
    path = tmp_path / "learned.json"
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    catalog = ModelCatalog.load(path)
    assert catalog.list_is_stale(monday)  # never listed on this machine
    assert catalog.merge_listed([], now=monday) == []  # nothing new is still a fresh list

    reopened = ModelCatalog.load(path)
    assert not reopened.list_is_stale(monday + timedelta(hours=23))
    assert reopened.list_is_stale(monday + timedelta(days=1, minutes=1))
    assert reopened.list_is_stale(monday - timedelta(hours=1))  # the clock went back: ask again
    assert ModelCatalog.load(None).list_is_stale(monday)  # a scratch catalogue remembers nothing
    path.write_text(json.dumps({"schema_version": 1, "listed_at": "yesterday-ish"}))
    assert ModelCatalog.load(path).list_is_stale(monday)


@pytest.mark.parametrize(
    ("given", "expected"), [("1k", "1K"), ("2K", "2K"), ("4096", "4K"), ("0.5K", "512"), (" 512px ", "512")]
)
def test_sizes_are_spelled_as_the_api_wants(given, expected):
    assert normalise_image_size(given) == expected


@pytest.mark.parametrize(("given", "expected"), [("16x9", "16:9"), ("16/9", "16:9"), (" 3 : 4 ", "3:4")])
def test_ratios_are_normalised(given, expected):
    assert normalise_aspect_ratio(given) == expected


def test_valid_request_passes_with_normalised_values(catalog):
    checked = check_request(catalog, "gemini-3-pro-image", [ref()], "16x9", "4k", None)
    assert (checked.aspect_ratio, checked.image_size, checked.seed, checked.notices) == (
        "16:9",
        "4K",
        None,
        (),
    )


def test_every_problem_is_reported_at_once(catalog):
    refs = [ref()] * 6 + [ref(ReferenceRole.PROP, ReferenceKind.OBJECT)] * 7
    with pytest.raises(InvalidRequestError) as info:
        check_request(catalog, "gemini-3-pro-image", refs, "4:1", "512", 2**40)
    detail = info.value.message.detail
    for needle in ("4:1", "512", "at most 5 character", "at most 6 object", "seed"):
        assert needle in detail
    assert "nothing was billed" in info.value.message.action


def test_total_input_limit_counts_history_images(catalog):
    with pytest.raises(InvalidRequestError, match="at most 14 input images"):
        check_request(catalog, "gemini-nano-banana-2.1", [ref()] * 2, None, None, None, history_images=13)


def test_fixed_size_models_refuse_a_size(catalog):
    with pytest.raises(InvalidRequestError, match="fixed size"):
        check_request(catalog, "gemini-2.5-flash-image", [], None, "1K", None)


def test_oversized_and_wrong_type_references(catalog):
    big = ref(size=8_000_000)
    gif = ReferenceImage(b"GIF89a", "image/gif", ReferenceRole.PROP, ReferenceKind.OBJECT)
    with pytest.raises(InvalidRequestError) as info:
        check_request(catalog, "gemini-3-pro-image", [big, gif], None, None, None)
    assert "MB" in info.value.message.detail and "image/gif" in info.value.message.detail


def test_seed_policy(catalog):
    lite = "gemini-3.1-flash-lite-image"
    assert check_request(catalog, lite, [], None, None, 5).seed == 5  # unknown: best effort
    catalog.remember_seed(lite, SeedSupport.NO)
    checked = check_request(catalog, lite, [], None, None, 5)
    assert checked.seed is None and checked.notices[0].kind is ErrorKind.SEED_REJECTED


@pytest.mark.parametrize("model", ["gemini-3-pro-image", "gemini-3.1-flash-image", "gemini-nano-banana-2.1"])
def test_models_without_a_seed_send_none_and_say_so_once(catalog, model):
    checked = check_request(catalog, model, [], None, None, 42)
    assert checked.seed is None
    seed_notices = [n for n in checked.notices if n.kind is ErrorKind.SEED_REJECTED]
    assert [n.title for n in seed_notices] == ["Seed not sent"]
    assert "does not take a seed" in seed_notices[0].detail


def test_status_notices(catalog):
    deprecated = check_request(catalog, "gemini-3.1-flash-image", [], None, "512", None)
    assert "gemini-nano-banana-2.1" in deprecated.notices[0].action
    restricted = check_request(catalog, "gemini-2.5-flash-image", [], None, None, None)
    assert restricted.notices[0].kind is ErrorKind.PERMISSION
    with pytest.raises(InvalidRequestError) as info:
        check_request(catalog, "imagen-4.0-generate-001", [], None, None, None)
    assert (
        info.value.message.kind is ErrorKind.MODEL_SHUT_DOWN
        and "Nano Banana Pro" in info.value.message.action
    )
    with pytest.raises(InvalidRequestError, match="Unknown model"):
        check_request(catalog, "dall-e-3", [], None, None, None)


# -- model discovery ----------------------------------------------------------------------------------


def listed(model_id: str, name: str = "", description: str = "", methods=("generateContent",)) -> ListedModel:
    return ListedModel(model_id, name, description, tuple(methods))


def test_image_models_are_found_by_what_the_list_says_not_by_their_id(tmp_path):
    scratch = ModelCatalog((), "gemini-3-pro-image")  # knows nothing, like the key test's
    found = scratch.merge_listed(
        [
            listed("gemini-nano-banana-2.1", "Nano Banana 2.1", "Updated Nano Banana 2."),
            listed("gemini-3-pro-image", "Nano Banana Pro", "Gemini 3 Pro Image"),
            listed("gemini-9-flash-image-preview", "Gemini 9 Flash Image Preview", ""),
            listed("gemini-10-canvas", "Gemini 10 Canvas", "Generates and edits images from text and pictures."),
            listed("gemini-3-flash", "Gemini 3 Flash", "Fast multimodal model: it reads images, answers in text."),
            listed("gemini-embedding-001", "Gemini Embedding", "Embeddings of text and images",
                   methods=("embedContent",)),
            listed("imagen-5.0-generate-001", "Imagen 5", "Image generation", methods=("predict",)),
            listed("gemini-image-tuner", "Image tuner", "Nano Banana tuning", methods=("createTunedModel",)),
        ]
    )  # fmt: skip
    assert [m.id for m in found] == [
        "gemini-nano-banana-2.1",
        "gemini-3-pro-image",
        "gemini-9-flash-image-preview",
        "gemini-10-canvas",
    ]
    assert all(m.status is ModelStatus.UNVERIFIED for m in found)


def test_an_unverified_model_gets_only_what_every_image_model_takes():
    plain = unverified_model(listed("gemini-10-canvas", "Gemini 10 Canvas", "Generates images."))
    assert plain.aspect_ratios == COMMON_ASPECT_RATIOS and len(COMMON_ASPECT_RATIOS) == 10
    assert "1:8" not in plain.aspect_ratios
    assert plain.image_sizes == () and plain.default_image_size is None  # the model's own size
    assert plain.seed is SeedSupport.UNKNOWN and plain.price_for(None) is None
    # ...until its listing shows more: sizes and ratios its description names.
    sized = unverified_model(
        listed("x", "X Image", "Image generation from 512 to 4K, ratios up to 1:8 and 8:1.")
    )
    assert sized.image_sizes == ("512", "1K", "2K", "4K") and sized.default_image_size == "1K"
    assert sized.aspect_ratios == (*COMMON_ASPECT_RATIOS, "1:8", "8:1")
    assert unverified_model(listed("x", "X Image", "Makes images up to 4K.")).image_sizes == (
        "1K",
        "2K",
        "4K",
    )
    assert unverified_model(listed("x", "X Image", "Image generation at a fixed 1K.")).image_sizes == ()


def test_an_unverified_model_is_refused_what_it_was_not_shown_to_take(catalog):
    catalog.merge_listed([listed("gemini-10-canvas", "Gemini 10 Canvas", "Generates images.")])
    ok = check_request(catalog, "gemini-10-canvas", [], "16:9", None, None)
    assert ok.aspect_ratio == "16:9" and ok.notices[0].title == "Gemini 10 Canvas is not verified"
    with pytest.raises(InvalidRequestError) as info:
        check_request(catalog, "gemini-10-canvas", [], "8:1", "4K", None)
    assert "8:1" in info.value.message.detail and "fixed size" in info.value.message.detail


def test_learned_unverified_models_follow_todays_rules(tmp_path):
    """A model learned by an older Cutie (offered everything then) is offered only the safe set now."""
    path = tmp_path / "learned.json"
    path.write_text(json.dumps({"schema_version": 1, "seed": {}, "listed": [
        {"id": "gemini-10-canvas", "display_name": "Gemini 10 Canvas", "description": "Generates images."}
    ]}))  # fmt: skip
    info = ModelCatalog.load(path).find("gemini-10-canvas")
    assert info.status is ModelStatus.UNVERIFIED and info.aspect_ratios == COMMON_ASPECT_RATIOS
    assert info.image_sizes == ()


# -- request size -------------------------------------------------------------------------------------


def big(n: int, size: int, kind: ReferenceKind = ReferenceKind.OBJECT) -> list[ReferenceImage]:
    role = ReferenceRole.PROP if kind is ReferenceKind.OBJECT else ReferenceRole.IDENTITY
    return [ReferenceImage(PNG + bytes(size), "image/png", role, kind, f"ref{i}.png") for i in range(n)]


def test_request_size_counts_base64_history_and_text():
    assert base64_length(0) == 0 and base64_length(1) == 4 and base64_length(3) == 4 and base64_length(4) == 8
    refs = big(2, 3_000_000)
    history = [{"role": "model", "parts": [{"inline_data": {"data": "A" * 8_000_000, "mime_type": "image/png"}},
                                           {"text": "Here is your image", "thought_signature": "-__-" * 10}]}]  # fmt: skip
    assert 8_000_000 < json_size(history) < 8_000_300
    size = request_size("héllo", refs, json_size(history))
    assert size == pytest.approx(json_size(history) + 2 * base64_length(3_000_040), abs=5_000)


def test_fourteen_big_references_are_fitted_not_sent_at_130_mb(catalog):
    refs = big(10, 6_900_000) + big(4, 6_900_000, ReferenceKind.PERSON)  # 14 × 6.9 MB: 129 MB as base64
    assert request_size("", refs) > 1.25 * MAX_REQUEST_BYTES
    checked = check_request(catalog, "gemini-nano-banana-2.1", refs, None, None, None)
    budget = checked.reference_budget
    assert budget is not None and MIN_REFERENCE_BYTES <= budget < 6_900_000
    assert 14 * (base64_length(budget) + 96) + 4_096 <= MAX_REQUEST_BYTES  # fitted, all of it counted
    (notice,) = [n for n in checked.notices if n.kind is ErrorKind.TOO_LARGE]
    assert "100 MB" in notice.detail and "all 14 references" in notice.detail


def test_small_references_keep_their_bytes_and_the_big_ones_share_the_rest(catalog):
    refs = big(2, 200_000) + big(8, 6_900_000)
    refs = refs + big(4, 6_900_000, ReferenceKind.PERSON)
    checked = check_request(catalog, "gemini-nano-banana-2.1", refs, None, None, None, history_images=0)
    assert checked.reference_budget is not None and checked.reference_budget > 200_000
    (notice,) = [n for n in checked.notices if n.kind is ErrorKind.TOO_LARGE]
    assert "12 largest references" in notice.detail


def test_within_the_limit_nothing_is_changed(catalog):
    checked = check_request(catalog, "gemini-nano-banana-2.1", big(10, 6_900_000), None, None, None)
    assert checked.reference_budget is None and checked.notices == ()


def test_a_conversation_too_long_for_one_more_turn_is_refused_with_what_to_do(catalog):
    with pytest.raises(InvalidRequestError) as info:
        check_request(
            catalog, "gemini-3-pro-image", [], None, None, None, history_bytes=99_999_000, text="x" * 2000
        )
    detail = info.value.message.detail
    assert "over Google's limit of 100 MB" in detail and "conversation so far is 100 MB" in detail
    assert "start a new conversation from the latest image" in detail and "remove" not in detail


def test_references_beside_a_long_conversation_say_how_many_to_remove(catalog):
    refs = big(10, 1_000_000)
    with pytest.raises(InvalidRequestError) as info:
        check_request(catalog, "gemini-nano-banana-2.1", refs, None, None, None, history_bytes=95_000_000)
    detail = info.value.message.detail
    assert "remove at least 1 of the 10 references (the largest: ref0.png (1.0 MB)" in detail
    assert "conversation so far is 95 MB" in detail and "or start a new conversation" in detail
    assert "nothing was billed" in info.value.message.action
