"""The project store against real SQLite files and real image files: every method round-trips."""

from __future__ import annotations

import base64
import hashlib
import io
import threading
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.model.adjustments import AdjustmentRecord, AdjustmentStack, Brightness
from cutie_app.core.model.conversation import Conversation
from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, PaletteColor
from cutie_app.core.store import (
    PROJECT_FILE,
    ImageRecord,
    Project,
    ProjectDamagedError,
    ProjectError,
    ProjectTooNewError,
)
from cutie_app.core.store.db import Database


def png(seed: int, size: tuple[int, int] = (40, 30)) -> bytes:
    """A distinct real PNG per seed (odd multipliers are bijections mod 256)."""
    buf = io.BytesIO()
    Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)).save(buf, "PNG")
    return buf.getvalue()


def recipe(**changes) -> Recipe:
    values = {
        "model": "gemini-3-pro-image-preview",
        "prompt": PromptParts((PromptSection("scene", "Scene", "Little Orange waves hello"),)),
        "aspect_ratio": "1:1",
        "image_size": "1K",
        "seed_requested": None,
        "seed_sent": None,
        "references": (),
        "spec_version": 1,
        "scene": "",
        "batch_id": "b1",
        "response_id": "resp-1",
        "usage": Usage(prompt_tokens=100, output_tokens=1290, thoughts_tokens=40, total_tokens=1430),
        "cost_usd": 0.134,
        "started_at": "2026-01-01T10:00:00.000+00:00",
        "finished_at": "2026-01-01T10:00:20.000+00:00",
        "prompt_text": "Little Orange waves hello",
    }
    values.update(changes)
    return Recipe(**values)


def variant(*images: bytes, index: int = 0, status=VariantStatus.DELIVERED, **recipe_changes) -> Variant:
    return Variant(
        index,
        status,
        recipe(variant_index=index, **recipe_changes),
        images=tuple(GeneratedImage(data, "image/png") for data in images),
    )


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as proj:
        yield proj


# -- create / open --------------------------------------------------------------------------------


def test_create_makes_the_visible_layout_and_reopens(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as proj:
        assert proj.name == "Little Orange"
        assert proj.folder == folder.resolve()
        assert proj.recovery.clean and proj.recovery.removed_temp == ()
    for sub in (PROJECT_FILE, "images", "references", ".cache/thumbs"):
        assert (folder / sub).exists(), sub
    assert not (folder / ".project.cutie.creating").exists()
    with Project.open(folder / PROJECT_FILE) as again:  # the file works as well as the folder
        assert again.name == "Little Orange"
    with Project.create(tmp_path / "p2", name="Pumpkin") as named:
        assert named.name == "Pumpkin"
    Project.create(tmp_path / "Odd.cutie").close()  # a folder may end in .cutie too
    with Project.open(tmp_path / "Odd.cutie") as odd:
        assert odd.name == "Odd.cutie"


def test_create_refuses_non_empty_folders_and_existing_projects(tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(ProjectError, match="not empty"):
        Project.create(busy)
    assert sorted(p.name for p in busy.iterdir()) == ["holiday.jpg"]

    Project.create(tmp_path / "p").close()
    with pytest.raises(ProjectError, match="already a project"):
        Project.create(tmp_path / "p")

    only_os_litter = tmp_path / "litter"
    only_os_litter.mkdir()
    (only_os_litter / ".DS_Store").write_bytes(b"")
    Project.create(only_os_litter).close()


def test_open_or_create(tmp_path: Path) -> None:
    with Project.open_or_create(tmp_path / "new", name="New") as proj:
        proj.add_scene("first")
    with Project.open_or_create(tmp_path / "new") as proj:
        assert [s.text for s in proj.scenes()] == ["first"]
        assert proj.name == "New"


def test_open_refuses_what_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="No such folder"):
        Project.open(tmp_path / "nowhere")
    (tmp_path / "plain").mkdir()
    with pytest.raises(ProjectError, match="Not a Cutie project"):
        Project.open(tmp_path / "plain")
    other = tmp_path / "other.cutie"
    other.write_bytes(b"")
    with pytest.raises(ProjectError, match="Not a Cutie project"):
        Project.open(other)


def test_open_refuses_a_database_of_another_program(tmp_path: Path) -> None:
    folder = tmp_path / "foreign"
    folder.mkdir()
    with Database(folder / PROJECT_FILE) as db:
        db.call(lambda conn: conn.execute("CREATE TABLE notes (x TEXT)"))
    with pytest.raises(ProjectError, match="Not a Cutie project"):
        Project.open(folder)


@pytest.mark.parametrize(
    "content", [b"this is not sqlite" * 100, b"", b"SQLite format 3\x00" + b"\xff" * 200]
)
def test_garbage_database_is_a_project_error(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / PROJECT_FILE).write_bytes(content)
    with pytest.raises(ProjectError) as info:
        Project.open(folder)
    assert "damaged" in str(info.value)
    assert type(info.value) is ProjectDamagedError  # its own type: `cutie check` exits 6 for it
    assert (folder / PROJECT_FILE).read_bytes() == content


def test_too_new_error_is_a_project_error() -> None:
    assert issubclass(ProjectTooNewError, ProjectError)


def test_closed_project_refuses_work(tmp_path: Path) -> None:
    proj = Project.create(tmp_path / "p")
    proj.close()
    proj.close()  # twice is fine
    assert proj.closed
    with pytest.raises(ProjectError, match="closed"):
        proj.scenes()


# -- spec -----------------------------------------------------------------------------------------


def test_spec_versions_only_grow_when_the_content_changes(project: Project) -> None:
    assert project.spec() is None
    assert project.spec_versions() == []
    spec = CharacterSpec(
        name="Little Orange", hair="orange pigtails", palette=(PaletteColor("o", "#ff8c00"),)
    )
    assert project.save_spec(spec) == 1
    assert project.save_spec(CharacterSpec.from_json(spec.to_json())) == 1
    changed = spec.with_changes(hair="orange bob")
    assert project.save_spec(changed) == 2
    assert project.save_spec(spec) == 3  # going back is a new version, not a rewrite of history
    assert project.spec() == (3, spec)
    assert project.spec(2) == (2, changed)
    assert project.spec(99) is None
    assert [v for v, _ in project.spec_versions()] == [1, 2, 3]


# -- references -----------------------------------------------------------------------------------


def _ref(seed: int, role=ReferenceRole.IDENTITY, label: str = "") -> ReferenceImage:
    return ReferenceImage.from_bytes(png(seed), role, label=label or f"{role.value}.png")


def test_references_are_copied_ordered_moved_and_removed(project: Project) -> None:
    front = project.add_reference(_ref(1, label="front sketch.png"))
    side = project.add_reference(_ref(2, ReferenceRole.SIDE))
    back = project.add_reference(_ref(3, ReferenceRole.BACK))
    assert [s.id for s in project.references()] == [front.id, side.id, back.id]
    assert [s.position for s in project.references()] == [0, 1, 2]
    assert front.file.startswith("front-sketch-") and front.file.endswith(".png")
    assert project.reference_path(front).read_bytes() == png(1)
    assert front.sha256 == hashlib.sha256(png(1)).hexdigest()
    assert (front.role, front.kind, front.label) == (
        ReferenceRole.IDENTITY,
        ReferenceKind.PERSON,
        "front sketch.png",
    )

    project.move_reference(back.id, 0)
    assert [s.id for s in project.references()] == [back.id, front.id, side.id]
    project.move_reference(back.id, 99)  # clamped to the end
    assert [(s.id, s.position) for s in project.references()] == [(front.id, 0), (side.id, 1), (back.id, 2)]

    images = project.reference_images()
    assert [i.data for i in images] == [png(1), png(2), png(3)]
    assert [i.role for i in images] == [ReferenceRole.IDENTITY, ReferenceRole.SIDE, ReferenceRole.BACK]

    project.remove_reference(side.id)
    assert [(s.id, s.position) for s in project.references()] == [(front.id, 0), (back.id, 1)]
    assert not project.reference_path(side).exists()
    with pytest.raises(ProjectError):
        project.remove_reference(side.id)
    with pytest.raises(ProjectError):
        project.move_reference(side.id, 0)


def test_a_file_shared_by_two_slots_stays_until_the_last_goes(project: Project) -> None:
    a = project.add_reference(_ref(7, label="pose.png"))
    b = project.add_reference(_ref(7, ReferenceRole.POSE, label="pose.png"))
    assert a.file == b.file
    project.remove_reference(a.id)
    assert project.reference_path(b).read_bytes() == png(7)
    project.remove_reference(b.id)
    assert not project.reference_path(b).exists()


def test_update_reference(project: Project) -> None:
    slot = project.add_reference(_ref(1))
    updated = project.update_reference(slot.id, role=ReferenceRole.OUTFIT, kind="object", label="raincoat")
    assert (updated.role, updated.kind, updated.label) == (
        ReferenceRole.OUTFIT,
        ReferenceKind.OBJECT,
        "raincoat",
    )
    assert project.references() == [updated]
    assert project.update_reference(slot.id) == updated
    with pytest.raises(ValueError):
        project.update_reference(slot.id, role="hat")
    with pytest.raises(ProjectError):
        project.update_reference(999, label="x")


def test_set_anchor_promotes_and_replaces_keeping_lineage(project: Project) -> None:
    front = project.add_reference(_ref(1))
    first, second = (project.add_variant(variant(png(10 + i), index=i))[0] for i in range(2))

    anchor = project.set_anchor(first.id)
    assert anchor.is_anchor and anchor.role is ReferenceRole.ANCHOR and anchor.kind is ReferenceKind.PERSON
    assert anchor.source_image_id == first.id
    assert anchor.sha256 == first.sha256
    assert project.reference_path(anchor).read_bytes() == png(10)
    assert project.reference_path(anchor).parent.name == "references"
    assert [s.id for s in project.references()] == [anchor.id, front.id]  # the anchor leads
    assert project.set_anchor(first.id) == anchor  # promoting it again changes nothing

    project.move_reference(anchor.id, 1)
    replacement = project.set_anchor(second.id)
    slots = project.references()
    assert [s.id for s in slots] == [front.id, replacement.id]  # took the old anchor's place
    assert [s.is_anchor for s in slots] == [False, True]
    assert replacement.source_image_id == second.id
    assert not project.reference_path(anchor).exists()
    assert project.image_path(first).read_bytes() == png(10)  # the generated image itself stays

    with pytest.raises(ProjectError):
        project.set_anchor(12345)


def test_an_anchor_role_by_import_or_update_is_still_one_anchor(project: Project) -> None:
    imported = project.add_reference(_ref(1, ReferenceRole.ANCHOR))
    assert imported.is_anchor
    other = project.add_reference(_ref(2))
    promoted = project.update_reference(other.id, role=ReferenceRole.ANCHOR)
    assert promoted.is_anchor
    assert [s.id for s in project.references()] == [other.id]
    demoted = project.update_reference(other.id, role=ReferenceRole.FACE)
    assert not demoted.is_anchor


# -- scenes ---------------------------------------------------------------------------------------


def test_scenes_round_trip(project: Project) -> None:
    a = project.add_scene("in the rain")
    b = project.add_scene("at the beach")
    assert [(s.text, s.position) for s in project.scenes()] == [("in the rain", 0), ("at the beach", 1)]
    assert project.update_scene(a.id, "in the snow").text == "in the snow"
    project.remove_scene(a.id)
    assert [(s.id, s.position) for s in project.scenes()] == [(b.id, 0)]
    with pytest.raises(ProjectError):
        project.update_scene(a.id, "x")
    with pytest.raises(ProjectError):
        project.remove_scene(a.id)


def test_scenes_can_be_reordered(project: Project) -> None:
    a, b, c = (project.add_scene(t) for t in ("one", "two", "three"))
    project.move_scene(c.id, 0)
    assert [s.text for s in project.scenes()] == ["three", "one", "two"]
    project.move_scene(c.id, 99)  # clamped to the end
    assert [(s.text, s.position) for s in project.scenes()] == [("one", 0), ("two", 1), ("three", 2)]
    project.remove_scene(a.id)
    with pytest.raises(ProjectError):
        project.move_scene(a.id, 0)
    assert [s.id for s in project.scenes()] == [b.id, c.id]


# -- images and ledger ----------------------------------------------------------------------------


def test_add_variant_writes_files_rows_and_one_ledger_row(project: Project) -> None:
    scene = project.add_scene("waving at the train")
    data = png(1, size=(640, 480))
    v = variant(data, scene="waving at the train")
    [record] = project.add_variant(v, scene_id=scene.id)

    assert isinstance(record, ImageRecord)
    assert record.file.startswith("little-orange-waving-at-the-train-")
    assert record.file.endswith(f"-{hashlib.sha256(data).hexdigest()[:8]}.png")
    assert project.image_path(record).read_bytes() == data  # byte-exact
    assert (record.width, record.height, record.mime_type) == (640, 480, "image/png")
    assert record.sha256 == hashlib.sha256(data).hexdigest()
    assert (record.scene_id, record.model, record.spec_version, record.status) == (
        scene.id,
        "gemini-3-pro-image-preview",
        1,
        "delivered",
    )
    assert (record.flag, record.rating, record.batch_id, record.variant_index) == ("none", 0, "b1", 0)
    assert record.recipe() == v.recipe
    assert record.recipe_dict == v.recipe.to_dict()
    assert project.image(record.id) == record
    assert list(project.images_dir.glob("*.recipe.json")) == []

    thumb = project.thumbs_dir / f"{record.sha256}.png"
    assert thumb.is_file()
    with Image.open(thumb) as im:
        assert max(im.size) == 256 and im.size == (256, 192)
    thumb.unlink()
    assert project.thumbnail_path(record) == thumb and thumb.is_file()

    [entry] = project.ledger()
    assert (entry.model, entry.image_size, entry.outcome, entry.images) == (
        "gemini-3-pro-image-preview",
        "1K",
        "image",
        1,
    )
    assert (entry.prompt_tokens, entry.output_tokens, entry.thoughts_tokens) == (100, 1290, 40)
    assert (entry.estimated_usd, entry.actual_usd, entry.response_id) == (0.134, None, "resp-1")
    assert (entry.scene_id, entry.batch_id) == (scene.id, "b1")
    assert project.check().ok


def test_multi_image_variant_and_lineage(project: Project) -> None:
    records = project.add_variant(variant(png(1), png(2)))
    assert [r.image_index for r in records] == [0, 1]
    assert len(project.ledger()) == 1 and project.ledger()[0].images == 2
    [child] = project.add_variant(
        variant(png(3), response_id="resp-2"),
        parent_image_id=records[0].id,
        conversation_id="c1",
        turn_id="t1",
    )
    assert (child.parent_image_id, child.conversation_id, child.turn_id) == (records[0].id, "c1", "t1")


def test_variants_without_images_only_record_billed_calls(project: Project) -> None:
    blocked = variant(status=VariantStatus.BLOCKED, response_id="resp-blocked", cost_usd=0.01)
    assert project.add_variant(blocked) == []
    text_only = variant(status=VariantStatus.TEXT_ONLY, response_id="resp-text", cost_usd=0.002)
    assert project.add_variant(text_only) == []
    failed_unsent = variant(status=VariantStatus.FAILED, response_id="", cost_usd=None)
    assert project.add_variant(failed_unsent) == []
    cancelled = variant(status=VariantStatus.CANCELLED, response_id="", cost_usd=None)
    assert project.add_variant(cancelled) == []
    assert project.images() == []
    assert [(e.outcome, e.response_id, e.images) for e in project.ledger()] == [
        ("blocked", "resp-blocked", 0),
        ("text_only", "resp-text", 0),
    ]
    assert [p.name for p in project.images_dir.iterdir()] == []


def test_same_bytes_twice_share_one_file(project: Project) -> None:
    a = project.add_variant(variant(png(5), index=0))[0]
    b = project.add_variant(variant(png(5), index=1, response_id="resp-2"))[0]
    assert a.id != b.id and a.file == b.file
    assert len(list(project.images_dir.iterdir())) == 1
    assert project.check().ok


def test_add_variant_with_an_unknown_scene_writes_nothing(project: Project) -> None:
    with pytest.raises(ProjectError, match="scene"):
        project.add_variant(variant(png(1)), scene_id=42)
    with pytest.raises(ProjectError, match="image"):
        project.add_variant(variant(png(1)), parent_image_id=42)
    assert list(project.images_dir.iterdir()) == []
    assert project.ledger() == []


def test_image_name_falls_back_when_the_name_is_not_ascii(tmp_path: Path) -> None:
    with Project.create(tmp_path / "小橙") as proj:
        [record] = proj.add_variant(variant(png(1)))
        assert record.file.startswith("image-")
        assert proj.image_path(record).read_bytes() == png(1)


def test_gallery_filters_and_order(project: Project) -> None:
    rain = project.add_scene("rain")
    a = project.add_variant(variant(png(1), index=0), scene_id=rain.id)[0]
    b = project.add_variant(variant(png(2), index=1, model="gemini-3.1-flash-image-preview"))[0]
    c = project.add_variant(variant(png(3), index=2), scene_id=rain.id)[0]
    project.set_flag(a.id, "pick")
    project.set_flag(b.id, "reject")
    project.set_rating(a.id, 3)
    project.set_rating(c.id, 5)

    assert [r.id for r in project.images()] == [c.id, b.id, a.id]  # newest first
    assert [r.id for r in project.images(order="rating")] == [c.id, a.id, b.id]
    assert [r.id for r in project.images(scene_id=rain.id)] == [c.id, a.id]
    assert [r.id for r in project.images(flag="pick")] == [a.id]
    assert [r.id for r in project.images(min_rating=4)] == [c.id]
    assert [r.id for r in project.images(model="gemini-3.1-flash-image-preview")] == [b.id]
    assert project.images(scene_id=rain.id, flag="reject") == []
    assert project.image(a.id).flag == "pick" and project.image(a.id).rating == 3
    with pytest.raises(ValueError):
        project.images(order="size")
    with pytest.raises(ValueError):
        project.images(flag="maybe")
    with pytest.raises(ValueError, match="source must be one of generated, conversation, adjusted"):
        project.images(source="scanned")


def test_the_source_filter_tells_generated_conversation_and_adjusted_images(project: Project) -> None:
    made = project.add_variant(variant(png(1)))[0]
    chat = project.add_variant(variant(png(2), index=1), conversation_id="c0ffee", turn_id="t1")[0]
    stack = AdjustmentStack((Brightness(amount=0.85),))
    adjusted = recipe(adjustments=AdjustmentRecord(stack, made.sha256, made.id))
    version = project.add_derived_image(made.id, png(3), "image/png", adjusted)
    unrelated = project.add_derived_image(made.id, png(4), "image/png", recipe())  # no adjustments

    assert [r.id for r in project.images(source="conversation")] == [chat.id]
    assert [r.id for r in project.images(source="adjusted")] == [version.id]
    assert [r.id for r in project.images(source="generated")] == [unrelated.id, made.id]
    assert [r.id for r in project.images(source="conversation", scene_id=None, min_rating=1)] == []


def test_image_models_are_the_distinct_models_of_the_images_sorted(project: Project) -> None:
    assert project.image_models() == []
    made_with = ["gemini-3-pro-image", "gemini-nano-banana-2.1", "gemini-3-pro-image", "a-model", ""]
    for index, model in enumerate(made_with):
        project.add_variant(variant(png(index), index=index, model=model))
    project.add_variant(variant(index=9, status=VariantStatus.BLOCKED, model="only-a-ledger-row"))
    assert project.image_models() == sorted({r.model for r in project.images()})
    assert project.image_models() == ["", "a-model", "gemini-3-pro-image", "gemini-nano-banana-2.1"]


def test_flags_and_ratings_are_validated(project: Project) -> None:
    [record] = project.add_variant(variant(png(1)))
    for bad in ("maybe", "", "PICK"):
        with pytest.raises(ValueError):
            project.set_flag(record.id, bad)
    for bad in (-1, 6, 2.5, True, "3"):
        with pytest.raises(ValueError):
            project.set_rating(record.id, bad)  # type: ignore[arg-type]
    project.set_flag(record.id, "reject")
    project.set_flag(record.id, "none")
    project.set_rating(record.id, 0)
    project.set_rating(record.id, 5)
    assert (project.image(record.id).flag, project.image(record.id).rating) == ("none", 5)
    with pytest.raises(ProjectError):
        project.set_flag(999, "pick")
    with pytest.raises(ProjectError):
        project.set_rating(999, 1)
    with pytest.raises(ProjectError):
        project.image(999)


def test_spend_totals(project: Project) -> None:
    rain = project.add_scene("rain")
    beach = project.add_scene("beach")
    project.add_variant(variant(png(1), cost_usd=0.25), scene_id=rain.id)
    project.add_variant(variant(png(2), cost_usd=0.5), scene_id=rain.id)
    project.add_variant(variant(png(3), cost_usd=1.0), scene_id=beach.id)
    project.add_variant(variant(status=VariantStatus.BLOCKED, cost_usd=0.125))
    assert project.spend_usd() == pytest.approx(1.875)
    assert project.spend_by_scene() == pytest.approx({rain.id: 0.75, beach.id: 1.0, None: 0.125})
    project.remove_scene(beach.id)  # images and spend stay, no longer under the scene
    assert project.spend_by_scene() == pytest.approx({rain.id: 0.75, None: 1.125})
    assert len(project.images()) == 3


# -- conversations --------------------------------------------------------------------------------


def test_conversation_round_trip_is_lossless(project: Project) -> None:
    signature = base64.b64encode(bytes(range(256)) * 3).decode("ascii")
    image_b64 = base64.b64encode(png(9)).decode("ascii")
    conv = Conversation(model="gemini-3-pro-image-preview")
    user_content = {"role": "user", "parts": [{"text": "make her smile; keep everything else"}]}
    model_content = {
        "role": "model",
        "parts": [
            {"text": "Here she is, smiling.", "thought_signature": signature},
            {"inline_data": {"mime_type": "image/png", "data": image_b64}, "thought_signature": signature},
        ],
    }
    _, model_turn = conv.add_exchange(
        None,
        user_content,
        "make her smile",
        model_content,
        VariantStatus.DELIVERED,
        model_text="Here she is, smiling.",
        images=("smile.png",),
        recipe=recipe().to_dict(),
    )
    conv.add_exchange(model_turn.id, user_content, "again", None, VariantStatus.BLOCKED)
    project.save_conversation(conv)

    loaded = project.load_conversation(conv.id)
    assert loaded.to_dict() == conv.to_dict()
    assert loaded.turns[model_turn.id].content["parts"][1]["thought_signature"] == signature
    assert loaded.history(model_turn.id) == conv.history(model_turn.id)

    conv.add_exchange(model_turn.id, user_content, "branch", model_content, VariantStatus.DELIVERED)
    project.save_conversation(conv)  # saving again replaces
    assert project.load_conversation(conv.id).to_dict() == conv.to_dict()
    assert project.conversations() == [(conv.id, conv.model, conv.created_at)]
    with pytest.raises(ProjectError):
        project.load_conversation("nope")


# -- threads --------------------------------------------------------------------------------------


def test_concurrent_writers_do_not_corrupt_anything(project: Project) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(5)

    def writer(worker: int) -> None:
        try:
            start.wait()
            for n in range(25):
                seed = worker * 25 + n
                v = variant(png(seed), index=n, batch_id=f"w{worker}", response_id=f"r{seed}", cost_usd=0.01)
                [record] = project.add_variant(v)
                project.set_rating(record.id, seed % 6)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    start.wait()
    for i in range(20):  # the main thread reads and writes at the same time
        project.add_scene(f"scene {i}")
        project.images(order="rating")
    for t in threads:
        t.join()
    assert errors == []
    records = project.images()
    assert len(records) == 100
    assert len({r.file for r in records}) == 100
    assert len(project.ledger()) == 100
    assert project.spend_usd() == pytest.approx(1.0)
    assert len(project.scenes()) == 20
    report = project.check()
    assert report.ok, report.text()
    assert report.images_checked == 100
