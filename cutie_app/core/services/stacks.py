"""The gallery's listing with stacks: filter, order and group, all on the caller's (worker) thread.

Grouping 20,000 images is a pass in Python; done here, the window receives the stacks ready to
lay out and never groups on its UI thread. The filters apply before grouping, so a stack holds
only the images they let through: its count is what is visible, its top the best visible.
"""

from __future__ import annotations

from cutie_app.core.model.stacks import StackedListing, StackMode, group_stacks
from cutie_app.core.services.projects import ImageQuery, ProjectService

__all__ = ["list_gallery"]


def list_gallery(project: ProjectService, query: ImageQuery) -> StackedListing:
    """The images `query` lists, in its order, grouped by `query.stack`.

    "Most consistent" sorts by the cached scores (unscored images last, newest first), and the
    same scores break ties between equally flagged and rated candidates for a stack's top.
    """
    records = project.images(query)
    if query.stack is StackMode.OFF:
        return group_stacks(records, StackMode.OFF, {}, {})
    return group_stacks(records, query.stack, project.stack_tops(), project.cached_scores())
