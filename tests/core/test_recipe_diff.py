"""Recipe diffs: which inputs changed between two images, as a person would describe it."""

from __future__ import annotations

from cutie_app.core.model.generation import Recipe, ReferenceRecord, Usage
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.model.recipe_diff import (
    LINE_BREAK_MARK,
    TextPiece,
    diff_lines,
    diff_recipes,
    flatten,
    word_diff,
)


def recipe(**overrides) -> dict:
    base = {
        "model": "gemini-3-pro-image-preview",
        "prompt": PromptParts((PromptSection("scene", "Scene", "waving in a park"),)),
        "aspect_ratio": "3:4",
        "image_size": "1K",
        "seed_requested": None,
        "seed_sent": None,
        "references": (
            ReferenceRecord("a" * 64, "identity", "person", "image/png", "front.png"),
            ReferenceRecord("b" * 64, "side", "person", "image/png", "side.png"),
        ),
        "scene": "waving in a park",
        "response_id": "resp-1",
        "usage": Usage(prompt_tokens=100, total_tokens=1400),
        "cost_usd": 0.134,
        "started_at": "2025-01-01T10:00:00.000+00:00",
        "finished_at": "2025-01-01T10:00:09.000+00:00",
        "prompt_text": "Little Orange waving in a park.\nFlat colours, thick outlines.",
    }
    base.update(overrides)
    return Recipe(**base).to_dict()


def by_key(changes):
    return {c.key: c for c in changes}


def test_identical_recipes_have_no_changes():
    assert diff_recipes(recipe(), recipe()) == []


def test_changed_fields_are_listed_by_dotted_key():
    changes = by_key(diff_recipes(recipe(), recipe(image_size="2K", model="gemini-2.5-flash-image")))
    assert changes["config.image_size"].before == "1K"
    assert changes["config.image_size"].after == "2K"
    assert changes["config.image_size"].kind == "changed"
    assert changes["model"].after == "gemini-2.5-flash-image"
    assert not changes["model"].incidental
    assert "config.aspect_ratio" not in changes


def test_run_details_are_incidental_and_listed_last():
    changes = diff_recipes(
        recipe(),
        recipe(response_id="resp-2", finished_at="2025-01-02T00:00:00.000+00:00", seed_sent=7),
    )
    keys = [c.key for c in changes]
    assert keys == ["config.seed_sent", "response_id", "finished_at"]
    assert [c.incidental for c in changes] == [False, True, True]


def test_references_are_keyed_by_role_with_a_hash_prefix():
    swapped = (
        ReferenceRecord("a" * 64, "identity", "person", "image/png", "front.png"),
        ReferenceRecord("c" * 64, "side", "person", "image/png", "side-new.png"),
        ReferenceRecord("d" * 64, "side", "object", "image/png", "figurine.png"),
    )
    changes = by_key(diff_recipes(recipe(), recipe(references=swapped)))
    assert "references.identity" not in changes
    assert changes["references.side"].before == "bbbbbbbbbb (person) side.png"
    assert changes["references.side"].after == "cccccccccc (person) side-new.png"
    assert changes["references.side#2"].kind == "added"
    assert changes["references.side#2"].before is None


def test_removed_fields_and_fields_only_in_b():
    a = {"model": "m", "config": {"aspect_ratio": "1:1"}}
    b = {"model": "m", "config": {}, "extra": {"note": "x"}}
    changes = by_key(diff_recipes(a, b))
    assert changes["config.aspect_ratio"].kind == "removed"
    assert changes["config.aspect_ratio"].after is None
    assert changes["extra.note"].kind == "added"


def test_prompt_text_gets_a_word_diff_and_derived_prompt_keys_are_skipped():
    changes = by_key(
        diff_recipes(
            recipe(), recipe(prompt_text="Little Orange smiling in a park.\nFlat colours, thick outlines.")
        )
    )
    assert "prompt.text" not in changes
    change = changes["prompt_text"]
    assert TextPiece("delete", "waving") in change.text_diff
    assert TextPiece("insert", "smiling") in change.text_diff
    # Applying the diff's sides gives back each text exactly.
    assert "".join(p.text for p in change.text_diff if p.op != "insert") == change.before
    assert "".join(p.text for p in change.text_diff if p.op != "delete") == change.after


def test_short_values_get_no_text_diff():
    changes = by_key(diff_recipes({"scene": "park"}, {"scene": "beach"}))
    assert changes["scene"].text_diff == ()


def test_flatten_keeps_scalar_lists_whole_and_indexes_lists_of_objects():
    flat = flatten({"conversation_path": ["t1", "t2"], "items": [{"a": 1}, {"a": 2}], "n": 1.0})
    assert flat == {"conversation_path": ("t1", "t2"), "items.0.a": 1, "items.1.a": 2, "n": 1.0}


def test_numbers_compare_by_value():
    assert diff_recipes({"cost_usd": 1}, {"cost_usd": 1.0}) == []


def test_diff_lines_keeps_changed_lines_with_context_and_marks_gaps():
    old = "\n".join(f"line {i}" for i in range(10))
    new = old.replace("line 5", "line five")
    lines = diff_lines(word_diff(old, new), context=1)
    rendered = [None if line is None else "".join(p.text for p in line) for line in lines]
    assert rendered == [None, "line 4", "line 5five", "line 6", None]
    changed = lines[2]
    assert TextPiece("delete", "5") in changed
    assert TextPiece("insert", "five") in changed


def test_diff_lines_shows_an_added_line_break():
    lines = diff_lines(word_diff("one two", "one\ntwo"), context=0)
    flat = [p for line in lines if line for p in line]
    assert TextPiece("insert", LINE_BREAK_MARK) in flat
