"""Comparing against the anchor: an anchor promoted from a generated image brings its recipe."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.services.slot_sync import SlotState
from cutie_app.ui.compare.comparator import Comparator
from cutie_app.ui.compare.compare_items import compare_items
from cutie_app.ui.compare.image_view import DecodeCache


@pytest.fixture
def project(tmp_path) -> Iterator[ProjectService]:
    service = ProjectService.open(tmp_path / "proj", create=True, name="Little Orange")
    yield service
    service.close()


def saved_id(project: ProjectService, index: int, **recipe) -> int:
    saved = project.save_variant(variant(index=index, **recipe), scene=recipe.get("scene", ""))
    (image_id,) = saved.image_ids
    return image_id


def promote(project: ProjectService, image_id: int) -> None:
    project.sync_slots([project.promoted_reference(image_id, ReferenceRole.ANCHOR)])


def test_the_anchor_item_carries_the_recipe_of_the_image_it_came_from(project):
    best = saved_id(project, 0, scene="waving", image_size="1K")
    other = saved_id(project, 1, scene="in the rain", image_size="2K")
    promote(project, best)
    items, mode = compare_items(project, [other], [best, other])
    assert mode == "compare"
    anchor = items[0]
    assert anchor.is_anchor and anchor.title == f"Anchor (#{best})"
    assert anchor.recipe == project.image(best).recipe_dict
    assert anchor.recipe["config"]["image_size"] == "1K"


def test_an_anchor_imported_from_a_file_has_no_recipe(project):
    other = saved_id(project, 1)
    role = ReferenceRole.ANCHOR
    imported = ReferenceImage(png(7), "image/png", role, DEFAULT_KIND[role], "anchor.png")
    project.sync_slots([SlotState("imported-anchor", imported, None)])
    items, _ = compare_items(project, [other], [other])
    assert items[0].is_anchor and items[0].title == "Anchor" and items[0].recipe == {}


def test_the_comparator_shows_the_recipe_diff_against_the_anchor(qtbot, project):
    best = saved_id(project, 0, scene="waving", image_size="1K")
    other = saved_id(project, 1, scene="in the rain", image_size="2K")
    promote(project, best)
    items, mode = compare_items(project, [other], [best, other])
    comparator = Comparator(cache=DecodeCache())
    qtbot.addWidget(comparator)
    comparator.resize(1000, 600)
    comparator.show()
    try:
        comparator.set_items(items, mode=mode)
        changed = {c.key for c in comparator.recipe.changes if not c.incidental}
        assert {"config.image_size", "scene"} <= changed
        text = comparator.recipe.plain_text()
        assert "Only one of the two images has a recipe" not in text
        assert "in the rain" in text and "waving" in text
    finally:
        comparator.shutdown()
