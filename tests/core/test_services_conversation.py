"""The conversation service's rules with a scripted backend and a real project: drift, limits,
retry, the list; and the pure helpers (quantified edits, request budgets)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.fake_backend import FakeBackend
from helpers.images import png

from cutie_app.core.genai.backend import ModelReply
from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.model.adjustments import AdjustmentStack, Brightness, Grain, Vignette, Warmth
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.edit_words import is_pure_tone_change, suggest, tone_steps
from cutie_app.core.model.errors import NetworkError
from cutie_app.core.model.generation import GeneratedImage, Usage, VariantStatus
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, PaletteColor
from cutie_app.core.model.turn_limits import TurnBudget, measure
from cutie_app.core.services.conversation import ConversationLimitError, ConversationService
from cutie_app.core.services.projects import ProjectService

ORANGE = (255, 140, 0)
SPEC = CharacterSpec(name="Little Orange", palette=(PaletteColor("orange", "#FF8C00"),))


def reply(colour: tuple[int, int, int], *, extra_images: int = 0, number: int = 1) -> ModelReply:
    """An answer whose stored content carries the image (and `extra_images` more) with a signature."""
    data = png(colour, (64, 64))
    part = {
        "inline_data": {"data": base64.urlsafe_b64encode(data).decode(), "mime_type": "image/png"},
        "thought_signature": base64.urlsafe_b64encode(b"\xfb\xff\xfe" + bytes([number])).decode(),
    }
    return ModelReply(
        images=(GeneratedImage(data, "image/png"),),
        text="",
        dump_content=lambda: {"role": "model", "parts": [part] * (1 + extra_images)},
        finish_reason="STOP",
        finish_message=None,
        block_reason=None,
        usage=Usage(prompt_tokens=100),
        response_id=f"resp-{number}",
        model_version="fake",
    )


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def engine(backend: FakeBackend, tmp_path: Path) -> Iterator[ImageEngine]:
    with ImageEngine(lambda: backend, ModelCatalog.load(tmp_path / "learned.json")) as built:
        yield built


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectService]:
    with ProjectService.open(tmp_path / "proj", create=True, name="Little Orange") as service:
        service.save_spec(SPEC)
        service.add_reference(
            ReferenceImage(
                png(ORANGE, (64, 64)), "image/png", ReferenceRole.ANCHOR, ReferenceKind.PERSON, "a"
            )
        )
        yield service


@pytest.fixture
def chats(project: ProjectService, engine: ImageEngine) -> ConversationService:
    return ConversationService(project, lambda: engine)


def test_an_edit_that_drops_below_its_parent_is_called_drift(
    chats: ConversationService, backend: FakeBackend
) -> None:
    backend.push(reply(ORANGE, number=1), reply((250, 145, 5), number=2), reply((20, 60, 220), number=3))
    conv = chats.start()
    first = chats.send(conv.id, "Little Orange waving").outcomes[0]
    close = chats.send(conv.id, "make her smile").outcomes[0]
    drifted = chats.send(conv.id, "make the background night").outcomes[0]

    assert first.drift is not None and first.drift.score is not None and first.drift.score > 0.8
    assert close.drift is not None and close.drift.warning == ""
    assert close.drift.parent_score == first.drift.score
    assert drifted.drift is not None and drifted.drift.score is not None
    assert drifted.drift.score < close.drift.score - 0.08
    assert drifted.drift.warning.startswith(
        "This edit drifted from the character: palette further from the spec"
    )
    assert drifted.drift.first is not None and drifted.drift.first < close.drift.first  # type: ignore[operator]
    # The report is stored with the turn, so a reopened conversation shows it too.
    stored = chats.get(conv.id).turns[drifted.model_turn.id]  # type: ignore[union-attr]
    assert stored.drift is not None and stored.drift["warning"] == drifted.drift.warning


def test_a_history_over_the_input_image_limit_is_refused_with_restart(
    chats: ConversationService, backend: FakeBackend
) -> None:
    backend.push(reply(ORANGE, extra_images=6, number=1), reply(ORANGE, extra_images=6, number=2))
    conv = chats.start()
    chats.send(conv.id, "Little Orange waving")  # 1 reference + 7 images back
    second = chats.send(conv.id, "make her smile").outcomes[0]  # 8 + 7 = 15 > 14 from here on
    assert second.model_turn is not None
    sent_before = len(backend.requests)
    budget = chats.budget(conv.id, second.model_turn.id)
    assert budget.over and budget.images == 15 and budget.max_images == 14
    with pytest.raises(ConversationLimitError) as refused:
        chats.send(conv.id, "add a hat")
    assert "15 of at most 14 input images" in str(refused.value.message)
    assert "Restart from this image" in refused.value.message.action
    assert refused.value.restart_from == second.model_turn.id
    assert len(backend.requests) == sent_before  # nothing was sent

    fresh = chats.restart_from(conv.id, refused.value.restart_from)
    assert fresh.origin["image_id"] == second.model_turn.image_ids[0]
    backend.push(reply(ORANGE, number=3))
    chats.send(fresh.id, "add a hat")
    images = [p for p in backend.requests[-1].contents[0]["parts"] if "inline_data" in p]
    assert len(backend.requests[-1].contents) == 1 and len(images) == 2  # the anchor + the restart image


def test_a_failed_turn_is_kept_with_its_reason_and_retry_replaces_it(
    chats: ConversationService, backend: FakeBackend
) -> None:
    backend.push(reply(ORANGE, number=1), NetworkError(False, "connection reset"), reply(ORANGE, number=2))
    conv = chats.start()
    t1 = chats.send(conv.id, "Little Orange waving").outcomes[0].model_turn
    failed = chats.send(conv.id, "make her smile").outcomes[0]
    assert failed.variant.status is VariantStatus.FAILED
    assert failed.model_turn is not None and failed.model_turn.status == "failed"
    assert failed.model_turn.error is not None
    assert t1 is not None and len(chats.get(conv.id).children(t1.id)) == 1

    retried = chats.retry(conv.id, failed.model_turn.id)
    assert retried.delivered
    tree = retried.conversation
    assert failed.model_turn.id not in tree.turns  # never billed: the retry takes its place
    (user,) = tree.children(t1.id)
    assert user.text == "make her smile"
    assert [c["role"] for c in backend.requests[-1].contents] == ["user", "model", "user"]


def test_the_list_renames_and_deletes_but_keeps_the_images(
    chats: ConversationService, project: ProjectService, backend: FakeBackend
) -> None:
    one = chats.start()
    chats.send(one.id, "Little Orange waving")
    two = chats.start(name="Second")
    listed = chats.summaries()
    assert [s.id for s in listed] == [two.id, one.id] or [s.id for s in listed] == [one.id, two.id]
    summary = next(s for s in listed if s.id == one.id)
    assert summary.title == "Little Orange waving" and summary.exchanges == 1 and summary.spend_usd > 0

    chats.rename(one.id, "  Waving   take  ")
    assert next(s for s in chats.summaries() if s.id == one.id).title == "Waving take"
    images_before = len(project.images())
    chats.delete(one.id)
    assert [s.id for s in chats.summaries()] == [two.id]
    assert len(project.images()) == images_before == 1


def test_an_empty_message_or_too_many_tries_is_refused(chats: ConversationService) -> None:
    from cutie_app.core.model.errors import InvalidRequestError

    conv = chats.start()
    with pytest.raises(InvalidRequestError, match="Nothing to send"):
        chats.send(conv.id, "   ")
    with pytest.raises(InvalidRequestError, match="between 1 and 16"):
        chats.send(conv.id, "x", tries=17)


@pytest.mark.parametrize(
    ("message", "phrase", "numbers"),
    [
        ("make it slightly darker", "slightly darker", "brightness at 85% of the original"),
        ("a bit warmer please", "a bit warmer", "warm orange tint, colour shift about 10%"),
        ("more saturated", "more saturated", "saturation at 125% of the original"),
        ("add subtle grain", "subtle grain", "film grain at about 5% intensity"),
        ("soft vignette", "soft vignette", "corners darkened by about 10%"),
    ],
)
def test_vague_degree_words_get_numbers(message: str, phrase: str, numbers: str) -> None:
    (found,) = suggest(message)
    assert found.phrase == phrase and numbers in found.wording and found.global_tone
    applied = found.apply(message)
    assert numbers in applied and applied.startswith(message[: found.start])


def test_only_global_tone_changes_count_as_pure_tone_edits() -> None:
    assert suggest("make her smile") == []
    assert is_pure_tone_change("make it slightly darker and a bit warmer")
    assert not is_pure_tone_change("make her smile and slightly darker")
    assert not is_pure_tone_change("make her hair a bit bigger")


def test_a_pure_tone_edit_becomes_local_steps_with_the_numbers_it_suggests() -> None:
    assert tone_steps("make it slightly darker and a bit warmer") == AdjustmentStack(
        (Brightness(amount=0.85), Warmth(amount=0.10))
    )
    assert tone_steps("much cooler") == AdjustmentStack((Warmth(amount=-0.25),))
    grain, vignette = tone_steps("subtle grain, soft vignette").steps  # type: ignore[union-attr]
    assert grain == Grain(amount=0.2) and vignette == Vignette(amount=0.1)
    assert tone_steps("make her smile and slightly darker") is None
    assert tone_steps("make it sharper") is None


def test_a_budget_counts_images_and_bytes_of_the_whole_request() -> None:
    picture = base64.urlsafe_b64encode(b"x" * 3_000_000).decode()  # 4 MB of base64
    history = [{"role": "user", "parts": [{"inline_data": {"data": picture, "mime_type": "image/png"}}]}]
    model = {"role": "model", "parts": [{"inline_data": {"data": "QUJD"}, "thought": True}, {"text": "hi"}]}
    ref = ReferenceImage(b"y" * 1_500_000, "image/png", ReferenceRole.IDENTITY, ReferenceKind.PERSON)
    budget = measure([*history, model], "make her smile", [ref], 14)
    assert budget.images == 2  # the history's picture and the new reference; thoughts don't count
    assert 6_000_000 < budget.bytes < 6_100_000 and not budget.over and not budget.near
    assert TurnBudget(3, 14, 101_000_000).over
    assert TurnBudget(12, 14, 10).near
    assert "2 of at most 14 input images and 6.0 MB of at most 100 MB" in budget.describe()


def test_editing_the_anchor_names_it_as_the_picture_to_edit(
    chats: ConversationService, backend: FakeBackend
) -> None:
    conv = chats.start(from_anchor=True)
    chats.send(conv.id, "make her smile")
    (sent,) = backend.requests[-1].contents
    images = [p for p in sent["parts"] if "inline_data" in p]
    assert len(images) == 1  # the anchor once, not again as the starting picture
    assert "Image 1 (the anchor) is the picture to edit." in sent["parts"][-1]["text"]

    bare = chats.start(from_anchor=True, with_character=False)
    chats.send(bare.id, "make her smile")
    (sent,) = backend.requests[-1].contents
    assert len([p for p in sent["parts"] if "inline_data" in p]) == 1
    assert "Image 1 is the picture to edit." in sent["parts"][-1]["text"]
    assert "Little Orange" not in sent["parts"][-1]["text"]


@pytest.mark.expected_log("cutie.services", "a conversation turn failed unexpectedly")
def test_a_try_that_breaks_unexpectedly_is_a_failed_turn_and_the_others_are_kept(
    chats: ConversationService, backend: FakeBackend
) -> None:
    backend.push(reply(ORANGE, number=1), RuntimeError("boom"), reply(ORANGE, number=2))
    conv = chats.start()
    first = chats.send(conv.id, "Little Orange waving").outcomes[0].model_turn
    result = chats.send(conv.id, "make her smile", tries=2)
    assert sorted(o.variant.status.value for o in result.outcomes) == ["delivered", "failed"]
    broken = next(o for o in result.outcomes if o.variant.status is VariantStatus.FAILED)
    assert broken.model_turn is not None and "RuntimeError: boom" in str(broken.model_turn.error)
    assert first is not None and len(result.conversation.children(first.id)) == 2


def gallery_image(project: ProjectService, colour: tuple[int, int, int]) -> int:
    from cutie_app.core.model.generation import Recipe, Variant
    from cutie_app.core.model.prompt import compose

    recipe = Recipe("gemini-3-pro-image", compose(None, "x"), None, None, None, None, (), response_id="g")
    image = GeneratedImage(png(colour, (64, 64)), "image/png")
    return project.save_variant(Variant(0, VariantStatus.DELIVERED, recipe, (image,))).image_ids[0]


def test_the_first_edit_of_a_picture_is_compared_with_that_picture(
    chats: ConversationService, project: ProjectService, backend: FakeBackend
) -> None:
    from helpers.fake_backend import blocked_reply

    backend.push(reply((20, 60, 220), number=1))
    conv = chats.start(image_id=gallery_image(project, ORANGE))
    edit = chats.send(conv.id, "make the night sky").outcomes[0]
    assert edit.drift is not None and edit.drift.parent_score is not None
    assert edit.drift.warning.startswith("This edit drifted from the character")

    # A blocked turn in between has no picture: the next edit is compared with the one before it.
    backend.push(reply(ORANGE, number=2), blocked_reply(), reply((20, 60, 220), number=3))
    fresh = chats.start(image_id=gallery_image(project, ORANGE))
    good = chats.send(fresh.id, "make her smile").outcomes[0]
    assert good.drift is not None and good.drift.warning == ""
    chats.send(fresh.id, "make it edgy")
    drifted = chats.send(fresh.id, "make the night sky").outcomes[0]
    assert drifted.drift is not None and drifted.drift.parent_score == good.drift.score
    assert "drifted" in drifted.drift.warning
