"""Prompt composer: golden texts, determinism, section rules, override, serialisation.

Golden files hold the exact composed text plus one trailing newline. After a deliberate
change, rewrite them with ``CUTIE_UPDATE_GOLDEN=1 pytest tests/core/test_prompt.py`` and
read the diff before committing it.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import cutie_app
import cutie_app.core
from cutie_app.core.model.prompt import PromptParts, PromptSection, compose
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, Outfit, PaletteColor

GOLDEN = Path(__file__).parent / "golden"
SAMPLE = Path(cutie_app.core.__file__).parent / "data" / "samples" / "little_orange.spec.json"
REPO_ROOT = Path(__file__).resolve().parents[2]

SCENE_B = (
    "Little Orange jumping into a puddle on a rainy autumn street, full body, three-quarter view, "
    "seen from slightly above."
)
EDIT_C = "make her smile with her mouth open"
PLAIN_D = "A watercolour fox curled up asleep under a maple tree, soft morning light."


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _spec() -> CharacterSpec:
    return CharacterSpec.load(SAMPLE)


def _case(name: str) -> str:
    """The four golden cases; also run in a subprocess, so it builds everything itself."""
    spec = _spec()
    if name == "little_orange_no_scene":
        return compose(spec).text
    if name == "little_orange_scene_refs_outfit":
        refs = [
            ReferenceImage.from_bytes(_png("orange"), ReferenceRole.IDENTITY, label="front.png"),
            ReferenceImage.from_bytes(_png("white"), ReferenceRole.SIDE, label="side.png"),
            ReferenceImage.from_bytes(_png("moccasin"), ReferenceRole.BACK),
        ]
        return compose(spec, SCENE_B, refs, outfit="raincoat").text
    if name == "little_orange_edit_anchor":
        anchor = ReferenceImage.from_bytes(_png("orange"), ReferenceRole.ANCHOR, label="turnaround v3")
        return compose(spec, references=[anchor], edit=EDIT_C).text
    if name == "plain_prompt":
        return compose(None, PLAIN_D).text
    raise AssertionError(name)


CASES = [
    "little_orange_no_scene",
    "little_orange_scene_refs_outfit",
    "little_orange_edit_anchor",
    "plain_prompt",
]


@pytest.mark.parametrize("name", CASES)
def test_golden(name):
    path = GOLDEN / f"{name}.txt"
    actual = (_case(name) + "\n").encode("utf-8")
    if os.environ.get("CUTIE_UPDATE_GOLDEN") == "1":
        path.write_bytes(actual)
    assert path.exists(), f"{path} is missing; run with CUTIE_UPDATE_GOLDEN=1 to create it"
    assert path.read_bytes() == actual, (
        f"{path.name} differs; run with CUTIE_UPDATE_GOLDEN=1 and review the diff"
    )


def test_plain_prompt_passes_through_unchanged():
    assert compose(None, PLAIN_D).text == PLAIN_D
    assert compose(CharacterSpec(), PLAIN_D).text == PLAIN_D
    assert compose(CharacterSpec(notes="only notes"), PLAIN_D).text == PLAIN_D


def test_compose_twice_gives_the_same_bytes():
    for name in CASES:
        assert _case(name) == _case(name)


@pytest.mark.slow
def test_same_bytes_in_a_subprocess_with_another_hash_seed():
    code = (
        "import sys; from tests.core.test_prompt import _case, CASES; "
        "sys.stdout.buffer.write('\\x00'.join(_case(n) for n in CASES).encode('utf-8'))"
    )
    expected = "\x00".join(_case(n) for n in CASES).encode("utf-8")
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO_ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, check=True, timeout=60
        )
        assert result.stdout == expected


# -- section rules ------------------------------------------------------------------------


def test_section_order_and_keys():
    ref = ReferenceImage(data=b"x", mime_type="image/png", role=ReferenceRole.IDENTITY)
    parts = compose(_spec(), "a scene", [ref], "an edit")
    assert [s.key for s in parts.sections] == [
        "identity",
        "palette",
        "references",
        "scene",
        "edit",
        "constraints",
    ]
    text = parts.text
    positions = [text.index(s.title.upper() + "\n") for s in parts.sections]
    assert positions == sorted(positions)


def test_empty_fields_and_sections_are_omitted():
    parts = compose(CharacterSpec(name="Pip", hair="green curls"))
    assert [s.key for s in parts.sections] == ["identity", "constraints"]
    identity = parts.sections[0].text
    assert identity == "Character: Pip\nHair: green curls"
    assert "Always" not in parts.text and "Never" not in parts.text
    assert compose().sections == ()
    assert compose().text == ""


def test_whitespace_is_normalised():
    spec = CharacterSpec(name="Pip", face="round\n   face\twith  freckles")
    parts = compose(spec, "  line one   \r\n\r\n\r\n\n  line two  \n\n", edit="  be\nhappy  ")
    text = parts.text
    assert "Face: round face with freckles" in text
    assert "SCENE\nline one\n\n  line two\n\n" in text  # inner indentation is the user's
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert "\n\n\n" not in text
    assert text == text.strip()


def test_outfit_selection_is_case_insensitive_with_first_as_default():
    spec = CharacterSpec(
        name="Pip", outfits=(Outfit("Everyday", "blue dress"), Outfit("Rain Coat", "yellow coat"))
    )
    assert "Outfit (Rain Coat): yellow coat" in compose(spec, outfit="  rain coat ").text
    assert "Outfit (Everyday): blue dress" in compose(spec, outfit="tuxedo").text
    assert "Outfit (Everyday): blue dress" in compose(spec).text
    assert "yellow coat" not in compose(spec).text
    assert "Outfit: pj" in compose(CharacterSpec(outfits=(Outfit("", "pj"),))).text


def test_palette_block():
    spec = CharacterSpec(palette=(PaletteColor("deep orange", "ff8c00"), PaletteColor("", "#fff")))
    palette = compose(spec).sections[0]
    assert palette.key == "palette"
    assert "exactly these colours" in palette.text
    assert palette.text.endswith("- Deep orange #FF8C00\n- #FFFFFF")


@pytest.mark.parametrize("role", list(ReferenceRole))
def test_every_role_has_an_instruction(role):
    ref = ReferenceImage(data=b"x", mime_type="image/png", role=role, kind=ReferenceKind.PERSON)
    line = compose(references=[ref]).text
    assert line.startswith("Image 1 is ") and line.endswith(".")


def test_reference_lines_number_label_and_kind():
    refs = [
        ReferenceImage(data=b"a", mime_type="image/png", role=ReferenceRole.ANCHOR, label="best  take"),
        ReferenceImage(data=b"b", mime_type="image/png", role=ReferenceRole.PROP, kind=ReferenceKind.OBJECT),
        ReferenceImage(
            data=b"c", mime_type="image/png", role=ReferenceRole.OUTFIT, kind=ReferenceKind.PERSON
        ),
        ReferenceImage(
            data=b"d", mime_type="image/png", role=ReferenceRole.IDENTITY, kind=ReferenceKind.OBJECT
        ),
    ]
    assert compose(references=refs).sections[0].text.split("\n") == [
        'Image 1 ("best take") is the approved anchor image: match this character exactly.',
        "Image 2 is a prop: include this object as shown.",
        "Image 3 is an outfit reference, showing a person: dress the character in this outfit, "
        "matching its cut and details.",
        "Image 4 is the front view (identity), showing an object: keep face, hair and proportions.",
    ]


def test_outfit_note_only_for_a_chosen_non_default_outfit_with_references():
    spec = CharacterSpec(
        name="Pip", outfits=(Outfit("Everyday", "blue dress"), Outfit("Rain", "yellow coat"))
    )
    front = ReferenceImage(data=b"a", mime_type="image/png", role=ReferenceRole.IDENTITY)
    outfit_ref = ReferenceImage(data=b"b", mime_type="image/png", role=ReferenceRole.OUTFIT)
    note = "Where a reference image shows a different outfit, use the Rain outfit from the character sheet."
    assert compose(spec, references=[front], outfit="rain").sections[1].text.endswith(note)
    assert note not in compose(spec, references=[front], outfit="everyday").text
    assert note not in compose(spec, outfit="rain").text
    assert note not in compose(spec, references=[front, outfit_ref], outfit="rain").text


def test_edit_block():
    parts = compose(edit="make her smile")
    assert parts.text == (
        "Change only this: make her smile.\n"
        "Keep everything else exactly the same: identity, outfit, palette, framing and style."
    )
    assert compose(edit="make her smile!").text.startswith("Change only this: make her smile!\n")


def test_constraints_block():
    spec = CharacterSpec(name="Pip", always=("red scarf",), never=("hats", "text"))
    constraints = compose(spec).sections[-1]
    assert constraints.key == "constraints"
    lines = constraints.text.split("\n")
    assert lines[:2] == ["Always: red scarf", "Never: hats; text"]
    assert "consistent" in lines[2]


# -- override and serialisation -----------------------------------------------------------


def test_override_replaces_the_text_but_keeps_the_sections():
    spec = _spec()
    parts = compose(spec, "a scene", override="My own prompt, exactly.")
    assert parts.text == "My own prompt, exactly."
    assert parts.composed_text == compose(spec, "a scene").text
    assert parts.sections == compose(spec, "a scene").sections


def test_blank_override_counts_as_none():
    assert compose(None, "scene", override="  \n ").override is None
    assert PromptParts(sections=(PromptSection("scene", "Scene", "scene"),), override=" ").text == "scene"


def test_to_dict_from_dict_round_trip():
    parts = compose(_spec(), SCENE_B, outfit="pajamas", override="custom")
    data = parts.to_dict()
    assert list(data) == ["sections", "override", "text"]
    assert data["text"] == "custom"
    assert data["sections"][0] == {
        "key": "identity",
        "title": "Character sheet",
        "text": parts.sections[0].text,
    }
    again = PromptParts.from_dict(data)
    assert again == parts
    assert again.composed_text == parts.composed_text


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"sections": "x"},
        {"sections": [{"key": "scene", "title": "Scene"}]},
        {"sections": [], "override": 3},
    ],
)
def test_from_dict_rejects_bad_shapes(data):
    with pytest.raises(ValueError, match="prompt parts"):
        PromptParts.from_dict(data)
