"""The adjustment stack as data: editing, looks, copy and paste, JSON, recipes."""

from __future__ import annotations

import json

import pytest

from cutie_app.core.model.adjustments import (
    AdjustmentError,
    AdjustmentRecord,
    AdjustmentStack,
    Brightness,
    ColourMatch,
    Contrast,
    CurveChannel,
    Curves,
    Exposure,
    Grain,
    LabStats,
    Levels,
    Look,
    Lut,
    PasteMode,
    Saturation,
    StepKind,
    Tint,
    Vignette,
    Warmth,
    step_from_dict,
)
from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.prompt import PromptParts, PromptSection

SHA = "ab" * 32

ONE_OF_EACH = AdjustmentStack(
    (
        Exposure(0.5),
        Brightness(0.85),
        Contrast(1.2),
        Saturation(0.7),
        Warmth(0.3),
        Tint(-0.25),
        Levels(black=0.05, white=0.9, gamma=1.3, out_black=0.02, out_white=0.98),
        Curves(points=((0.0, 0.0), (0.4, 0.5), (1.0, 1.0)), channel=CurveChannel.RED),
        Lut(amount=0.6, sha256=SHA, name="Kodak-ish"),
        ColourMatch(0.8, LabStats((60.0, 12.0, 30.0), (18.0, 9.0, 11.0)), anchor_sha256="cd" * 32),
        Vignette(0.4, midpoint=0.3),
        Grain(0.2, seed=1234, enabled=False),
    )
)


def test_every_kind_round_trips_through_json() -> None:
    assert {s.KIND for s in ONE_OF_EACH} == set(StepKind)
    text = json.dumps(ONE_OF_EACH.to_dict())
    again = AdjustmentStack.from_dict(json.loads(text))
    assert again == ONE_OF_EACH
    assert again.to_dict() == ONE_OF_EACH.to_dict()
    assert json.loads(text)["version"] == 1


def test_older_forms_are_read() -> None:
    # No version key, a bare list, missing optional fields, and fields this version doesn't know.
    assert AdjustmentStack.from_dict({"steps": [{"kind": "brightness", "amount": 0.5}]}) == AdjustmentStack(
        (Brightness(0.5),)
    )
    bare = AdjustmentStack.from_dict([{"kind": "grain", "amount": 0.3, "legacy_size": 2}])
    assert bare == AdjustmentStack((Grain(0.3, seed=0),))
    assert AdjustmentStack.from_dict({"version": 1, "steps": [{"kind": "levels"}]})[0] == Levels()


def test_newer_and_unknown_data_is_refused_with_a_reason() -> None:
    with pytest.raises(AdjustmentError, match="newer version of Cutie"):
        AdjustmentStack.from_dict({"version": 99, "steps": []})
    with pytest.raises(AdjustmentError, match="Step 2: Unknown adjustment 'sharpen'"):
        AdjustmentStack.from_dict({"steps": [{"kind": "brightness"}, {"kind": "sharpen", "amount": 1}]})
    with pytest.raises(AdjustmentError, match="Step 1: Brightness factor must be between 0 and 8"):
        AdjustmentStack.from_dict({"steps": [{"kind": "brightness", "amount": -1}]})
    with pytest.raises(AdjustmentError, match="must be a number"):
        step_from_dict({"kind": "contrast", "amount": "lots"})
    with pytest.raises(AdjustmentError, match="must be a number"):
        step_from_dict({"kind": "contrast", "amount": True})
    with pytest.raises(AdjustmentError, match="between"):
        Exposure(float("nan"))
    with pytest.raises(AdjustmentError, match="white point must be above"):
        Levels(black=0.6, white=0.5)
    with pytest.raises(AdjustmentError, match="same x"):
        Curves(points=((0.5, 0.1), (0.5, 0.9)))
    with pytest.raises(AdjustmentError, match="SHA-256"):
        Lut(sha256="not-a-hash")
    with pytest.raises(AdjustmentError, match="seed"):
        Grain(0.1, seed=-3)


def test_editing_returns_new_stacks() -> None:
    stack = AdjustmentStack((Brightness(0.8), Contrast(1.3), Saturation(0.5)))
    moved = stack.move(2, 0)
    assert [s.KIND for s in moved] == [StepKind.SATURATION, StepKind.BRIGHTNESS, StepKind.CONTRAST]
    assert [s.KIND for s in stack.move(0, 99)] == [
        StepKind.CONTRAST,
        StepKind.SATURATION,
        StepKind.BRIGHTNESS,
    ]
    assert [s.KIND for s in stack] == [StepKind.BRIGHTNESS, StepKind.CONTRAST, StepKind.SATURATION]

    muted = stack.set_enabled(1, False)
    assert not muted[1].enabled
    assert [s.KIND for s in muted.active] == [StepKind.BRIGHTNESS, StepKind.SATURATION]
    assert muted.set_enabled(1, True) == stack

    assert stack.reset_step(0)[0] == Brightness(1.0)
    assert stack.reset().is_identity
    assert len(stack.reset()) == 3  # the rows stay for the pane
    assert stack.remove(-1) == AdjustmentStack((Brightness(0.8), Contrast(1.3)))
    assert stack.insert(1, Exposure(1.0))[1] == Exposure(1.0)
    assert stack.replace(0, Brightness(0.5))[0] == Brightness(0.5)
    with pytest.raises(AdjustmentError, match="no step 5"):
        stack.remove(5)


def test_reset_keeps_what_identifies_a_step() -> None:
    assert Lut(amount=0.3, sha256=SHA, name="film").reset() == Lut(amount=0.0, sha256=SHA, name="film")
    assert Grain(0.5, seed=9).reset() == Grain(0.0, seed=9)
    assert Curves(points=((0, 0.2), (1, 1)), channel=CurveChannel.BLUE).reset() == Curves(
        channel=CurveChannel.BLUE
    )
    assert Levels(black=0.2).reset().is_neutral


def test_neutral_steps_are_not_active() -> None:
    neutral = AdjustmentStack((Brightness(), Exposure(), Levels(), Curves(), Grain(0.0, seed=3), Vignette()))
    assert neutral.is_identity
    assert AdjustmentStack((Lut(amount=0.0, sha256=SHA),)).is_identity
    assert not AdjustmentStack((Lut(sha256=SHA),)).is_identity
    assert AdjustmentStack((Lut(sha256=SHA), Lut(sha256="cd" * 32, enabled=False))).lut_hashes == {SHA}


def test_a_look_scales_every_step_from_neutral() -> None:
    look = Look(
        " Autumn ", AdjustmentStack((Brightness(0.8), Exposure(1.0), Lut(sha256=SHA), Warmth(0.6))), 0.5
    )
    assert look.name == "Autumn"
    applied = look.applied()
    assert applied[0].amount == pytest.approx(0.9)
    assert applied[1].amount == pytest.approx(0.5)
    assert applied[2].amount == pytest.approx(0.5)
    assert applied[3].amount == pytest.approx(0.3)
    assert Look("Full", look.stack).applied() == look.stack  # amount 1 changes nothing, exactly
    assert (
        Look("Exact", AdjustmentStack((Brightness(0.1),))).applied()[0].amount == 0.1
    )  # 1 + (0.1 - 1) is not
    assert Look("Off", look.stack, 0.0).applied().is_identity
    doubled = Look("Strong", look.stack, 2.0).applied()
    assert doubled[0].amount == pytest.approx(0.6)
    assert doubled[3].amount == 1.0  # clamped to the step's limit
    assert Look.from_dict(json.loads(json.dumps(look.to_dict()))) == look
    with pytest.raises(AdjustmentError, match="needs a name"):
        Look("  ", look.stack)
    with pytest.raises(AdjustmentError, match="between 0 and 2"):
        Look("x", look.stack, 3.0)


def test_copy_chosen_steps_and_paste_append() -> None:
    source = AdjustmentStack((Brightness(0.85), Contrast(1.1), Lut(sha256=SHA), Grain(0.2, seed=1)))
    copied = source.select(kinds=[StepKind.BRIGHTNESS, StepKind.LUT])
    assert copied == AdjustmentStack((Brightness(0.85), Lut(sha256=SHA)))
    assert source.select(indices=[3, 0]) == AdjustmentStack((Brightness(0.85), Grain(0.2, seed=1)))
    target = AdjustmentStack((Saturation(0.5), Brightness(1.2)))
    assert target.paste(copied, PasteMode.APPEND) == AdjustmentStack(
        (Saturation(0.5), Brightness(1.2), Brightness(0.85), Lut(sha256=SHA))
    )


def test_paste_replace_swaps_kinds_in_place_and_keeps_the_rest() -> None:
    copied = AdjustmentStack((Brightness(0.85), Lut(sha256=SHA)))
    target = AdjustmentStack((Exposure(0.3), Brightness(1.2), Saturation(0.5), Brightness(0.4)))
    assert target.paste(copied, PasteMode.REPLACE) == AdjustmentStack(
        (Exposure(0.3), Brightness(0.85), Saturation(0.5), Lut(sha256=SHA))
    )
    assert target.paste(copied, PasteMode.REPLACE_ALL) == copied


def test_paste_onto_a_selection() -> None:
    """Sync one image's grade to a selection: each target keeps its own other steps."""
    approved = AdjustmentStack((Brightness(0.85), Warmth(0.2), Vignette(0.3)))
    clipboard = approved.select(kinds=[StepKind.BRIGHTNESS, StepKind.WARMTH])
    selection = [
        AdjustmentStack(),
        AdjustmentStack((Brightness(1.3),)),
        AdjustmentStack((Grain(0.1, seed=2), Warmth(-0.5))),
    ]
    pasted = [stack.paste(clipboard) for stack in selection]
    assert pasted == [
        AdjustmentStack((Brightness(0.85), Warmth(0.2))),
        AdjustmentStack((Brightness(0.85), Warmth(0.2))),
        AdjustmentStack((Grain(0.1, seed=2), Warmth(0.2), Brightness(0.85))),
    ]


def _recipe(**changes: object) -> Recipe:
    values: dict[str, object] = {
        "model": "gemini-3-pro-image",
        "prompt": PromptParts((PromptSection("scene", "Scene", "waving"),)),
        "aspect_ratio": "1:1",
        "image_size": "1K",
        "seed_requested": None,
        "seed_sent": None,
        "references": (),
        "prompt_text": "waving",
    }
    values.update(changes)
    return Recipe(**values)  # type: ignore[arg-type]


def test_a_recipe_without_adjustments_is_unchanged() -> None:
    recipe = _recipe()
    assert "adjustments" not in recipe.to_dict()
    assert Recipe.from_dict(recipe.to_dict()).adjustments is None


def test_the_recipe_of_an_adjusted_image_names_its_source_and_stack() -> None:
    record = AdjustmentRecord(ONE_OF_EACH, "ef" * 32, 17, look="Autumn", look_amount=0.5)
    recipe = _recipe(adjustments=record)
    data = json.loads(json.dumps(recipe.to_dict()))
    assert data["adjustments"]["source"] == {"sha256": "ef" * 32, "image_id": 17}
    assert data["adjustments"]["look"] == {"name": "Autumn", "amount": 0.5}
    assert data["adjustments"]["stack"]["steps"][1] == {"kind": "brightness", "amount": 0.85, "enabled": True}
    again = Recipe.from_dict(data)
    assert again.adjustments == record
    assert again == recipe
