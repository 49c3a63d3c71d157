"""The gallery's listing with stacks: filter, order and group, all on the caller's (worker) thread.

Grouping 20,000 images is a pass in Python; done here, the window receives the stacks ready to
lay out and never groups on its UI thread. The filters apply before grouping, so a stack holds
only the images they let through: its count is what is visible, its top the best visible.
Changing only Stack by groups the images already listed again (`regroup`): no second listing
of 20,000 rows (each with its recipe) is read and held beside the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cutie_app.core.model.records import ImageQuery, ImageRecord
from cutie_app.core.model.stacks import StackedListing, StackMode, group_stacks

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService

__all__ = ["list_gallery", "regroup"]


def list_gallery(project: ProjectService, query: ImageQuery) -> StackedListing:
    """The images `query` lists, in its order, grouped by `query.stack`.

    "Most consistent" sorts by the cached scores (unscored images last, newest first), and the
    same scores break ties between equally flagged and rated candidates for a stack's top.
    """
    records = project.images(query)
    if query.stack is StackMode.OFF:
        return group_stacks(records, StackMode.OFF, {}, {})
    return group_stacks(records, query.stack, project.stack_tops(), project.cached_scores())


def regroup(project: ProjectService, records: Sequence[ImageRecord], mode: StackMode) -> StackedListing:
    """`records` (a listing's images, already filtered and in the gallery's order) grouped by
    `mode`, with the project's chosen tops and cached scores as they are now."""
    if mode is StackMode.OFF:
        return group_stacks(records, StackMode.OFF, {}, {})
    return group_stacks(records, mode, project.stack_tops(), project.cached_scores())
