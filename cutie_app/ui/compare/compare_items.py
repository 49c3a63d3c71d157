"""What the comparator shows for a selection (built on the store worker: it reads the project).

One selected image is compared with the anchor, and the arrow keys then step through the other
images in gallery order; two to eight are compared side by side. An anchor promoted from a
generated image carries that image's recipe, so comparing against it shows a recipe diff.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cutie_app.core.model.errors import CutieError
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.services.projects import ProjectService
from cutie_app.ui.compare.comparator import CompareItem

MAX_SURVEY = 8
MAX_CANDIDATES = 400


def _title(record: ImageRecord) -> str:
    scene = str(record.recipe_dict.get("scene") or "")
    if len(scene) > 28:
        scene = scene[:27] + "…"
    return f"#{record.id}" + (f" · {scene}" if scene else "")


def item_for(project: ProjectService, record: ImageRecord, scores: dict[int, float]) -> CompareItem:
    score = scores.get(record.id)
    return CompareItem(
        image_id=record.id,
        path=project.image_path(record),
        title=_title(record),
        flag=record.flag,
        rating=record.rating,
        recipe=record.recipe_dict,
        badge=f"{round(score * 100)} %" if score is not None else "",
        preview=project.preview_file(record.sha256),
    )


def _source_recipe(project: ProjectService, image_id: int | None) -> dict[str, Any]:
    """The recipe of the image an anchor was promoted from ({} if none, or if it was deleted)."""
    if image_id is None:
        return {}
    try:
        return dict(project.image(image_id).recipe_dict)
    except CutieError:
        return {}


def compare_items(
    project: ProjectService, selected: Sequence[int], in_view: Sequence[int]
) -> tuple[list[CompareItem], str]:
    """(items, mode) for the comparator."""
    scores = project.cached_scores()
    if len(selected) >= 2:
        records = [project.image(i) for i in selected[:MAX_SURVEY]]
        items = [item_for(project, r, scores) for r in records]
        return items, "compare" if len(items) == 2 else "survey"
    if not selected:
        return [], "survey"
    first = selected[0]
    order = list(in_view) if first in in_view else [first, *in_view]
    start = order.index(first)
    ids = (order[start:] + order[:start])[:MAX_CANDIDATES]
    items = [item_for(project, project.image(i), scores) for i in ids]
    anchor = project.anchor()
    if anchor is not None:
        source = anchor.source_image_id
        items = [i for i in items if i.image_id != source]
        items.insert(
            0,
            CompareItem(
                image_id=-anchor.slot_id,
                path=anchor.path,
                title="Anchor" + (f" (#{source})" if source else ""),
                recipe=_source_recipe(project, source),
                is_anchor=True,
                preview=anchor.preview,
            ),
        )
    return items, "compare" if len(items) >= 2 else "survey"
