"""Cached consistency scores in a real project: computed once, keyed on what they compare with."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cutie_app.core.imaging.consistency import SCORE_VERSION, ConsistencyScore
from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.model.references import ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, PaletteColor
from cutie_app.core.store import PROJECT_FILE, SCHEMA_VERSION, ImageRecord, Project, ProjectError
from cutie_app.core.store import migrations as mig
from cutie_app.core.store.db import Database

PALETTE = ("#FF8C00", "#FFA500", "#FFFFFF", "#FFE4B5")


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def character(hair: str = "#FF8C00", shift: int = 0, size: int = 256) -> bytes:
    """A flat character: hair, face, pigtails and a dress on white, moved right by `shift`."""
    image = Image.new("RGB", (size, size), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    s, x = size / 256, shift
    draw.ellipse([78 * s + x, 20 * s, 178 * s + x, 120 * s], fill=hair)
    draw.ellipse([93 * s + x, 40 * s, 163 * s + x, 115 * s], fill="#FFE4B5")
    draw.ellipse([48 * s + x, 40 * s, 83 * s + x, 110 * s], fill=hair)
    draw.ellipse([173 * s + x, 40 * s, 208 * s + x, 110 * s], fill=hair)
    draw.polygon([(128 * s + x, 120 * s), (73 * s + x, 235 * s), (183 * s + x, 235 * s)], fill="#FFA500")
    return png(image)


def landscape() -> bytes:
    image = Image.new("RGB", (256, 256), "#1B2A49")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 170, 256, 256], fill="#2E8B57")
    draw.ellipse([180, 20, 240, 80], fill="#6A5ACD")
    return png(image)


def variant(data: bytes, index: int) -> Variant:
    recipe = Recipe(
        model="gemini-3-pro-image-preview",
        prompt=PromptParts((PromptSection("scene", "Scene", "Little Orange waves hello"),)),
        aspect_ratio="1:1",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        spec_version=1,
        scene="",
        batch_id="b1",
        variant_index=index,
        response_id=f"resp-{index}",
        usage=Usage(prompt_tokens=100, output_tokens=1290, thoughts_tokens=0, total_tokens=1390),
        cost_usd=0.134,
        started_at="2026-01-01T10:00:00.000+00:00",
        finished_at="2026-01-01T10:00:20.000+00:00",
        prompt_text="Little Orange waves hello",
    )
    return Variant(index, VariantStatus.DELIVERED, recipe, images=(GeneratedImage(data, "image/png"),))


def add(project: Project, data: bytes, index: int) -> ImageRecord:
    (record,) = project.add_variant(variant(data, index))
    return record


def save_palette(project: Project, *hexes: str) -> None:
    spec = CharacterSpec(name="Little Orange", palette=tuple(PaletteColor("", h) for h in hexes))
    project.save_spec(spec)


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as proj:
        yield proj


@pytest.fixture
def gallery(project: Project) -> dict[str, ImageRecord]:
    """Four variants: the future anchor, a near copy, the same colours elsewhere, and a landscape."""
    records = {
        "anchor": add(project, character(), 0),
        "near": add(project, character(hair="#F88A08"), 1),
        "moved": add(project, character(shift=60, size=256), 2),
        "landscape": add(project, landscape(), 3),
    }
    save_palette(project, *PALETTE)
    project.set_anchor(records["anchor"].id)
    return records


# -- scoring and the cache ------------------------------------------------------------------------


def test_score_images_scores_saves_and_ranks(project: Project, gallery: dict[str, ImageRecord]) -> None:
    scores = project.score_images()
    ids = {name: record.id for name, record in gallery.items()}
    assert set(scores) == set(ids.values())
    assert all(s.version == SCORE_VERSION and s.palette is not None for s in scores.values())
    assert scores[ids["anchor"]].similarity == pytest.approx(1.0)
    overall = {name: scores[i].overall for name, i in ids.items()}
    assert overall["anchor"] > overall["near"] > overall["moved"] > overall["landscape"]

    basis = project.score_basis()
    assert project.scores(basis) == scores  # saved, and read back as equal values
    ranked = [r.id for r in project.images(order="consistency")]
    assert ranked == [ids["anchor"], ids["near"], ids["moved"], ids["landscape"]]
    assert [r.id for r in project.images(order="consistency", basis=basis)] == ranked


def test_cached_scores_are_not_recomputed(project: Project, gallery: dict[str, ImageRecord]) -> None:
    first = project.score_images()
    moved = gallery["moved"]
    project.image_path(moved).unlink()  # a recomputation would have to read it
    assert project.score_images() == first
    assert project.score_images([moved.id]) == {moved.id: first[moved.id]}


def test_only_the_asked_images_are_scored(project: Project, gallery: dict[str, ImageRecord]) -> None:
    near, landscape = gallery["near"].id, gallery["landscape"].id
    scores = project.score_images([near, landscape, 999_999])
    assert set(scores) == {near, landscape}
    assert set(project.scores(project.score_basis())) == {near, landscape}
    # Unscored images sort last, newest first.
    ranked = [r.id for r in project.images(order="consistency")]
    assert ranked[:2] == [near, landscape]
    assert ranked[2:] == [gallery["moved"].id, gallery["anchor"].id]
    assert project.score_images([]) == {}


def test_a_new_anchor_makes_old_scores_stale(project: Project, gallery: dict[str, ImageRecord]) -> None:
    old_scores = project.score_images()
    old_basis = project.score_basis()
    project.set_anchor(gallery["landscape"].id)
    new_basis = project.score_basis()
    assert new_basis != old_basis
    assert project.scores(new_basis) == {}
    assert project.scores(old_basis) == old_scores  # still there until rescored
    # Nothing fresh: sorted as unscored, newest first.
    assert [r.id for r in project.images(order="consistency")] == [r.id for r in project.images()]

    new_scores = project.score_images()
    assert project.scores(new_basis) == new_scores
    assert project.scores(old_basis) == {}  # one score per image: the old one was replaced
    landscape = gallery["landscape"].id
    assert new_scores[landscape].similarity == pytest.approx(1.0)
    assert new_scores[landscape].overall > old_scores[landscape].overall


def test_the_basis_follows_references_and_palette_but_not_order(
    project: Project, gallery: dict[str, ImageRecord]
) -> None:
    basis = project.score_basis()
    background = project.add_reference(
        ReferenceImage.from_bytes(landscape(), ReferenceRole.BACKGROUND, label="park.png")
    )
    assert project.score_basis() == basis  # backgrounds are not expected to look like her
    side = project.add_reference(ReferenceImage.from_bytes(character(shift=20), ReferenceRole.SIDE))
    with_side = project.score_basis()
    assert with_side != basis
    project.move_reference(side.id, 0)
    project.move_reference(background.id, 0)
    assert project.score_basis() == with_side
    project.update_reference(background.id, role=ReferenceRole.IDENTITY)
    assert project.score_basis() != with_side
    project.remove_reference(background.id)
    assert project.score_basis() == with_side

    save_palette(project, *reversed(PALETTE))  # a new spec version, same colours
    assert project.score_basis() == with_side
    save_palette(project, "#FF8C00")
    assert project.score_basis() != with_side


def test_references_without_an_anchor_and_palette_only(project: Project) -> None:
    first = add(project, character(), 0)
    other = add(project, landscape(), 1)
    assert project.score_images() == {}  # nothing to compare with: nothing saved
    assert project.scores(project.score_basis()) == {}

    save_palette(project, *PALETTE)
    palette_only = project.score_images()
    assert palette_only[first.id].similarity is None
    assert palette_only[first.id].overall == palette_only[first.id].palette
    assert palette_only[first.id].overall > palette_only[other.id].overall

    project.add_reference(ReferenceImage.from_bytes(character(), ReferenceRole.IDENTITY))
    with_reference = project.score_images()
    assert with_reference[first.id].similarity == pytest.approx(1.0)


@pytest.mark.expected_log("cutie.store", "no consistency score")
def test_an_unreadable_image_is_left_out(project: Project, gallery: dict[str, ImageRecord]) -> None:
    broken = gallery["near"]
    project.image_path(broken).write_bytes(b"no longer a picture")
    scores = project.score_images()
    assert broken.id not in scores
    assert set(scores) == {r.id for r in gallery.values()} - {broken.id}


def test_a_missing_or_broken_anchor_is_a_project_error(
    project: Project, gallery: dict[str, ImageRecord]
) -> None:
    anchor = next(s for s in project.references() if s.is_anchor)
    path = project.reference_path(anchor)
    path.write_bytes(b"garbage")
    with pytest.raises(ProjectError, match="The anchor image cannot be read"):
        project.score_images()
    path.unlink()
    with pytest.raises(ProjectError, match="The anchor image is missing"):
        project.score_images()
    assert project.scores(project.score_basis()) == {}


def test_save_score_replaces_and_checks(project: Project) -> None:
    record = add(project, character(), 0)
    project.save_score(record.id, ConsistencyScore(0.5, None, 0.5), "basis-a")
    assert project.scores("basis-a") == {record.id: ConsistencyScore(0.5, None, 0.5)}
    project.save_score(record.id, ConsistencyScore(None, 0.75, 0.75), "basis-b")
    assert project.scores("basis-a") == {}
    assert project.scores("basis-b") == {record.id: ConsistencyScore(None, 0.75, 0.75)}
    # A score from another formula version is not current, so it is not handed out.
    project.save_score(record.id, ConsistencyScore(0.5, 0.5, 0.5, version=SCORE_VERSION + 1), "basis-b")
    assert project.scores("basis-b") == {}
    with pytest.raises(ProjectError, match="No image #424242"):
        project.save_score(424242, ConsistencyScore(0.5, None, 0.5), "basis-a")


def test_unknown_order_is_refused(project: Project) -> None:
    with pytest.raises(ValueError, match="'time', 'rating' or 'consistency'"):
        project.images(order="score")


# -- schema ---------------------------------------------------------------------------------------


def test_a_project_of_the_previous_schema_gains_the_score_table(tmp_path: Path) -> None:
    folder = tmp_path / "Old"
    folder.mkdir()
    previous = SCHEMA_VERSION - 1
    assert previous >= 1
    with Database(folder / PROJECT_FILE) as db:  # what the previous Cutie made
        db.call(lambda conn: mig.migrate(conn, target=previous))
        db.transaction(
            lambda conn: conn.execute(
                "INSERT INTO project (id, name, created_at, app_version) VALUES (1, 'Old', 'then', '0.1')"
            )
        )
        tables = db.call(lambda conn: {r[0] for r in conn.execute("SELECT name FROM sqlite_master")})
    assert "image_scores" not in tables
    assert mig.schema_version_of(folder / PROJECT_FILE) == previous

    with Project.open(folder) as project:
        assert mig.schema_version_of(folder / PROJECT_FILE) == SCHEMA_VERSION
        record = add(project, character(), 0)
        save_palette(project, *PALETTE)
        scores = project.score_images()
        assert scores[record.id].palette == pytest.approx(1.0, abs=0.01)
    with Project.open(folder) as project:
        assert project.scores(project.score_basis()) == scores


def test_scores_go_when_their_image_row_goes(project: Project) -> None:
    record = add(project, character(), 0)
    project.save_score(record.id, ConsistencyScore(1.0, None, 1.0), "b")

    def delete(conn) -> int:
        conn.execute("DELETE FROM images WHERE id = ?", (record.id,))
        return conn.execute("SELECT COUNT(*) FROM image_scores").fetchone()[0]

    assert project._db.transaction(delete) == 0
