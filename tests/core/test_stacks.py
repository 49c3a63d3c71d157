"""Stacks: which images group together, which one is on top, and what a filter leaves of a stack."""

from __future__ import annotations

from helpers.records import image_record

from cutie_app.core.model.gallery_view import GalleryView
from cutie_app.core.model.stacks import Stack, StackMode, group_stacks, stack_key


def newest_first(*records):
    return sorted(records, key=lambda r: r.id, reverse=True)


def entries(listing) -> list[object]:
    """Each entry as its image id (a single) or (top id, count) (a stack)."""
    return [(e.top.id, e.count) if isinstance(e, Stack) else e.id for e in listing.entries]


def test_batch_and_scene_keys_and_images_that_stand_alone() -> None:
    generated = image_record(9, batch_id="a1b2", scene_id=4)
    adjusted = image_record(10, batch_id="", scene_id=4)
    no_scene = image_record(11, batch_id="c3", scene_id=None)
    assert stack_key(generated, StackMode.BATCH) == "batch:a1b2"
    assert stack_key(generated, StackMode.SCENE) == "scene:4"
    assert stack_key(generated, StackMode.OFF) is None
    assert stack_key(adjusted, StackMode.BATCH) is None  # no batch to join
    assert stack_key(adjusted, StackMode.SCENE) == "scene:4"
    assert stack_key(no_scene, StackMode.SCENE) is None


def test_the_top_is_the_pick_then_the_most_stars_then_the_score_then_the_newest() -> None:
    def top(*members, scores=None):
        listing = group_stacks(newest_first(*members), StackMode.BATCH, {}, scores or {})
        (stack,) = listing.entries
        return stack.top.id, stack.ranked

    plain = [image_record(i, batch_id="b") for i in (1, 2, 3, 4)]
    assert top(*plain) == (4, (4, 3, 2, 1))  # all equal: the newest
    assert top(*plain, scores={2: 0.7, 1: 0.9})[0] == 1  # a higher score beats newer ones
    rated = [*plain[:3], image_record(4, batch_id="b", rating=2), image_record(5, batch_id="b", rating=4)]
    assert top(*rated, scores={1: 0.99})[0] == 5  # stars before the score
    picked = [*rated, image_record(6, batch_id="b", flag="pick", rating=1)]
    assert top(*picked)[0] == 6  # a pick before more stars
    rejected = [image_record(7, batch_id="b", flag="reject", rating=5), image_record(8, batch_id="b")]
    assert top(*rejected) == (8, (8, 7))  # a reject comes last, whatever its stars


def test_a_chosen_top_wins_while_it_is_listed_and_the_best_visible_takes_over_when_not() -> None:
    members = [image_record(i, batch_id="b", rating=i) for i in range(1, 6)]  # 5 is the best
    listing = group_stacks(newest_first(*members), StackMode.BATCH, {"batch:b": 2}, {})
    (stack,) = listing.entries
    assert (stack.top.id, stack.chosen) == (2, True)
    assert [r.id for r in stack.members] == [2, 5, 4, 3, 1]  # the top, then the gallery's order
    assert stack.ranked == (2, 5, 4, 3, 1)

    filtered = [r for r in members if r.rating >= 3]  # a "3 stars or more" filter hides the choice
    (stack,) = group_stacks(newest_first(*filtered), StackMode.BATCH, {"batch:b": 2}, {}).entries
    assert (stack.top.id, stack.count, stack.chosen) == (5, 3, False)

    gone = group_stacks(newest_first(*members), StackMode.BATCH, {"batch:b": 99, "batch:x": 1}, {})
    assert gone.entries[0].top.id == 5  # a choice whose image is not listed changes nothing


def test_stacks_sit_where_their_first_member_is_and_count_what_is_listed() -> None:
    records = newest_first(
        image_record(1, batch_id="old"),
        image_record(2, batch_id="old", rating=5),
        image_record(3, batch_id=""),  # an adjusted version: on its own
        image_record(4, batch_id="new"),
        image_record(5, batch_id="lonely"),  # the only listed image of its batch: no stack
        image_record(6, batch_id="new"),
        image_record(7, batch_id="new", flag="pick"),
    )
    listing = group_stacks(records, StackMode.BATCH, {}, {})
    assert entries(listing) == [(7, 3), 5, 3, (2, 2)]
    assert (listing.images, listing.stacks) == (7, 2)
    assert listing.stack_of[4].key == "batch:new" and 5 not in listing.stack_of and 3 not in listing.stack_of

    best_rated = sorted(records, key=lambda r: (-r.rating, -r.id))  # the "Best rated" order
    assert entries(group_stacks(best_rated, StackMode.BATCH, {}, {})) == [(2, 2), (7, 3), 5, 3]

    picks_only = [r for r in records if r.flag == "pick"]  # every other member filtered out
    assert entries(group_stacks(picks_only, StackMode.BATCH, {}, {})) == [7]
    assert entries(group_stacks([], StackMode.BATCH, {}, {})) == []


def test_scenes_group_across_batches_and_off_lists_every_image() -> None:
    records = newest_first(
        image_record(1, batch_id="a", scene_id=1),
        image_record(2, batch_id="b", scene_id=2),
        image_record(3, batch_id="c", scene_id=1),
        image_record(4, batch_id="c", scene_id=None),
    )
    assert entries(group_stacks(records, StackMode.SCENE, {}, {})) == [4, (3, 2), 2]
    off = group_stacks(records, StackMode.OFF, {"scene:1": 1}, {})
    assert entries(off) == [4, 3, 2, 1] and off.stack_of == {}


def test_the_gallery_view_reads_back_what_it_wrote_and_survives_bad_values() -> None:
    view = GalleryView(StackMode.SCENE, "rating", 200)
    assert GalleryView.from_settings(view.to_settings()) == view
    assert GalleryView.from_settings({}) == GalleryView()
    damaged = {"gallery.stack": "pile", "gallery.order": "random", "gallery.tile": "huge"}
    assert GalleryView.from_settings(damaged) == GalleryView()
    assert GalleryView.from_settings({"gallery.tile": "100000", "gallery.stack": "batch"}) == GalleryView(
        StackMode.BATCH
    )
