"""CharacterSpec: validation, JSON round trip, schema versions, diffs, the sample file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cutie_app.core
from cutie_app.core.model.spec import (
    CharacterSpec,
    FieldChange,
    Outfit,
    PaletteColor,
    SpecError,
    diff_specs,
)

SAMPLE = Path(cutie_app.core.__file__).parent / "data" / "samples" / "little_orange.spec.json"


@pytest.fixture
def sample() -> CharacterSpec:
    return CharacterSpec.load(SAMPLE)


# -- hex colours ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ff8c00", "#FF8C00"),
        ("#FF8C00", "#FF8C00"),
        ("#ff8c00", "#FF8C00"),
        ("#f80", "#FF8800"),
        ("F80", "#FF8800"),
        ("  #ffe4b5 ", "#FFE4B5"),
    ],
)
def test_hex_is_normalised(raw, expected):
    assert PaletteColor("x", raw).hex == expected


@pytest.mark.parametrize("raw", ["", "#", "ff8c0", "#ff8c000", "#GG8C00", "orange", "##ff8c00", "#ff 8c00"])
def test_bad_hex_is_rejected_naming_the_value(raw):
    with pytest.raises(SpecError) as info:
        PaletteColor("x", raw)
    assert repr(raw) in str(info.value)


def test_bad_hex_in_file_names_the_item():
    with pytest.raises(SpecError, match=r'"palette" item 2.*#12345X'):
        CharacterSpec.from_dict({"palette": [{"name": "a", "hex": "#fff"}, {"name": "b", "hex": "#12345X"}]})


def test_palette_item_without_hex_is_rejected():
    with pytest.raises(SpecError, match=r'"palette" item 1 has no hex value'):
        CharacterSpec.from_dict({"palette": [{"name": "a"}]})


# -- construction and validation -------------------------------------------------------


def test_from_dict_strips_whitespace_and_drops_empty_items():
    spec = CharacterSpec.from_dict(
        {
            "name": "  Little Orange \n",
            "accessories": ["  clip ", "", "   ", "bag"],
            "outfits": [{"name": " ", "description": ""}, {"name": " Everyday ", "description": " dress "}],
            "never": [None, "text"],
        }
    )
    assert spec.name == "Little Orange"
    assert spec.accessories == ("clip", "bag")
    assert spec.outfits == (Outfit("Everyday", "dress"),)
    assert spec.never == ("text",)


def test_constructor_normalises_lists_to_tuples():
    spec = CharacterSpec(accessories=["clip"], palette=[PaletteColor("white", "fff")])  # type: ignore[arg-type]
    assert spec.accessories == ("clip",)
    assert spec.palette == (PaletteColor("white", "#FFFFFF"),)
    hash(spec)  # frozen and hashable: safe to pass between threads and use as a key


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        ({"hair": 5}, r'"hair" must be text, not a number'),
        ({"name": ["x"]}, r'"name" must be text, not a list'),
        ({"accessories": "clip"}, r'"accessories" must be a list, not text'),
        ({"marks": ["ok", 3]}, r'"marks" item 2 must be text, not a number'),
        ({"outfits": ["dress"]}, r'"outfits" item 1 must be an object'),
        ({"outfits": [{"name": "a", "description": False}]}, r'"outfits" item 1\.description must be text'),
        ({"palette": "#fff"}, r'"palette" must be a list'),
        ({"palette": [{"name": 1, "hex": "#fff"}]}, r'"palette" item 1\.name must be text'),
        ({"always": {"a": 1}}, r'"always" must be a list, not an object'),
    ],
)
def test_wrong_types_are_rejected_with_the_field_named(data, pattern):
    with pytest.raises(SpecError, match=pattern):
        CharacterSpec.from_dict(data)


def test_null_means_empty():
    assert CharacterSpec.from_dict({"hair": None, "marks": None}) == CharacterSpec()


def test_unknown_keys_are_ignored():
    spec = CharacterSpec.from_dict(
        {"name": "A", "favourite_food": "oranges", "palette": [{"hex": "fff", "x": 1}]}
    )
    assert spec == CharacterSpec(name="A", palette=(PaletteColor("", "#FFFFFF"),))


def test_top_level_must_be_an_object():
    with pytest.raises(SpecError, match="must be a JSON object, not a list"):
        CharacterSpec.from_json("[1, 2]")


def test_is_empty():
    assert CharacterSpec().is_empty()
    assert CharacterSpec(name="   ").is_empty()
    assert not CharacterSpec(notes="idea").is_empty()
    assert not CharacterSpec(palette=(PaletteColor("", "#000"),)).is_empty()


def test_with_changes_validates(sample):
    changed = sample.with_changes(hair="  short bob ", marks=["freckles", ""])
    assert changed.hair == "short bob"
    assert changed.marks == ("freckles",)
    assert changed.name == sample.name
    with pytest.raises(SpecError, match='"hair" must be text'):
        sample.with_changes(hair=3)
    with pytest.raises(SpecError, match="Unknown character spec field: colour"):
        sample.with_changes(colour="red")


# -- JSON ------------------------------------------------------------------------------


def test_json_round_trip_is_equal_and_byte_stable(sample):
    text = sample.to_json()
    again = CharacterSpec.from_json(text)
    assert again == sample
    assert again.to_json() == text
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")


def test_to_dict_key_order_and_schema_version(sample):
    data = sample.to_dict()
    assert list(data)[:3] == ["schema_version", "name", "art_style"]
    assert list(data)[-1] == "notes"
    assert data["schema_version"] == 1
    assert data["palette"][0] == {"name": "deep orange", "hex": "#FF8C00"}
    json.dumps(data)  # JSON-ready


def test_to_json_keeps_non_ascii_readable():
    text = CharacterSpec(name="Petite Orange — été").to_json()
    assert "Petite Orange — été" in text


def test_empty_spec_json_lists_every_field():
    data = json.loads(CharacterSpec().to_json())
    assert data["schema_version"] == 1
    assert data["outfits"] == [] and data["name"] == ""
    assert CharacterSpec.from_json(CharacterSpec().to_json()) == CharacterSpec()


def test_missing_schema_version_means_1():
    assert CharacterSpec.from_json('{"name": "A"}') == CharacterSpec(name="A")


def test_newer_schema_is_refused_clearly():
    with pytest.raises(SpecError) as info:
        CharacterSpec.from_json('{"schema_version": 2, "name": "A"}')
    message = str(info.value)
    assert "newer version of Cutie" in message
    assert "schema version 2" in message


@pytest.mark.parametrize("version", [0, -1, "1", 1.5, True, None])
def test_bad_schema_version_is_refused(version):
    with pytest.raises(SpecError, match="schema_version"):
        CharacterSpec.from_dict({"schema_version": version})


def test_migration_hook_runs_for_older_versions(monkeypatch):
    from cutie_app.core.model import spec as spec_module

    def v1_to_v2(data):
        return {**data, "name": data.get("title", "")}

    monkeypatch.setattr(CharacterSpec, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(spec_module._MIGRATIONS, 1, v1_to_v2)
    assert CharacterSpec.from_dict({"schema_version": 1, "title": "Old"}).name == "Old"


def test_malformed_json_mentions_line_and_column():
    with pytest.raises(SpecError, match=r"line 3, column 3"):
        CharacterSpec.from_json('{\n  "name": "A",\n  oops\n}')


def test_load_names_the_file_on_errors(tmp_path):
    missing = tmp_path / "missing.spec.json"
    with pytest.raises(SpecError, match=r"missing\.spec\.json"):
        CharacterSpec.load(missing)

    binary = tmp_path / "binary.spec.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SpecError, match=r"binary\.spec\.json.*UTF-8"):
        CharacterSpec.load(binary)

    broken = tmp_path / "broken.spec.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(SpecError, match=r"broken\.spec\.json.*line 1, column 2"):
        CharacterSpec.load(broken)

    newer = tmp_path / "newer.spec.json"
    newer.write_text('{"schema_version": 99}', encoding="utf-8")
    with pytest.raises(SpecError, match=r"newer\.spec\.json.*newer version of Cutie"):
        CharacterSpec.load(newer)


def test_load_accepts_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.spec.json"
    path.write_bytes(b"\xef\xbb\xbf" + CharacterSpec(name="A").to_json().encode())
    assert CharacterSpec.load(path).name == "A"


# -- the sample ------------------------------------------------------------------------


def test_sample_file_loads_and_is_canonical(sample):
    assert sample.name == "Little Orange"
    assert [c.hex for c in sample.palette] == ["#FF8C00", "#FFA500", "#FFFFFF", "#FFE4B5"]
    assert [c.name for c in sample.palette] == ["deep orange", "orange", "white", "moccasin"]
    assert "pigtails" in sample.hair
    assert any("fruit hair clip" in a for a in sample.accessories)
    empty = [f for f, v in sample.to_dict().items() if v in ("", [])]
    assert empty == [], f"sample leaves fields empty: {empty}"
    # The shipped file is exactly what to_json writes, so saving it unchanged is a no-op.
    assert SAMPLE.read_text(encoding="utf-8") == sample.to_json()


# -- diffs -----------------------------------------------------------------------------


def test_diff_specs_in_field_order(sample):
    new = sample.with_changes(
        notes="",
        hair="short orange bob",
        palette=(*sample.palette[:3], PaletteColor("peach", "#FFDAB9")),
        name="Little Orange",
        accessories=(),
    )
    assert diff_specs(sample, new) == [
        FieldChange("hair", "Hair", sample.hair, "short orange bob"),
        FieldChange("accessories", "Accessories", "; ".join(sample.accessories), ""),
        FieldChange(
            "palette",
            "Palette",
            "deep orange #FF8C00; orange #FFA500; white #FFFFFF; moccasin #FFE4B5",
            "deep orange #FF8C00; orange #FFA500; white #FFFFFF; peach #FFDAB9",
        ),
        FieldChange("notes", "Notes", sample.notes, ""),
    ]


def test_diff_specs_renders_outfits_and_reports_nothing_for_equal(sample):
    assert diff_specs(sample, CharacterSpec.from_json(sample.to_json())) == []
    changes = diff_specs(
        CharacterSpec(), CharacterSpec(outfits=(Outfit("Rain", "yellow coat"), Outfit("", "pj")))
    )
    assert changes == [FieldChange("outfits", "Outfits", "", "Rain: yellow coat; pj")]
