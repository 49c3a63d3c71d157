"""Model catalogue facts and request validation, without any network."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from cutie_app.core.model.catalog import ListedModel, ModelCatalog, ModelStatus, SeedSupport
from cutie_app.core.model.errors import ErrorKind, InvalidRequestError
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.validation import check_request, normalise_aspect_ratio, normalise_image_size

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
    assert catalog.find("no-such-model") is None
    selectable = [m.id for m in catalog.selectable()]
    assert selectable[0] == "gemini-3-pro-image" and "gemini-3-pro-image-preview" not in selectable


@pytest.mark.expected_log("cutie.catalog", "unreadable learned catalogue")
def test_learned_facts_persist_and_bad_files_are_ignored(tmp_path):
    path = tmp_path / "learned.json"
    first = ModelCatalog.load(path)
    first.remember_seed("gemini-nano-banana-2.1", SeedSupport.NO)
    first.merge_listed(
        [
            ListedModel("gemini-9-image", "Gemini 9 Image", methods=("generateContent",)),
            ListedModel("gemini-9-pro", "text model", methods=("generateContent",)),
            ListedModel("gemini-3-pro-image", methods=("generateContent",)),
        ]
    )
    again = ModelCatalog.load(path)
    assert again.find("gemini-nano-banana-2.1").seed is SeedSupport.NO
    assert again.find("gemini-9-image").status is ModelStatus.UNVERIFIED
    assert again.find("gemini-9-pro") is None
    assert json.loads(path.read_text())["schema_version"] == 1
    path.write_text("{not json")
    assert ModelCatalog.load(path).find("gemini-nano-banana-2.1").seed is SeedSupport.UNKNOWN


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
    assert (
        check_request(catalog, "gemini-nano-banana-2.1", [], None, None, 5).seed == 5
    )  # unknown: best effort
    catalog.remember_seed("gemini-nano-banana-2.1", SeedSupport.NO)
    checked = check_request(catalog, "gemini-nano-banana-2.1", [], None, None, 5)
    assert checked.seed is None and checked.notices[0].kind is ErrorKind.SEED_REJECTED


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
