"""The privacy setting decides whether references keep where and with what they were taken,
and every recipe says which of that data was removed before sending."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import phone_photo, png, png_file

from cutie_app.core.formats.provenance import read_recipe
from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.imaging.reference_import import privacy_of
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.recipe_diff import diff_recipes
from cutie_app.core.model.references import MetadataPrivacy, ReferenceImage, ReferenceRole
from cutie_app.core.services import generate as gen
from cutie_app.core.services.character import load_reference
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.store import Project
from cutie_app.core.system.settings import Settings, save_settings
from cutie_app.demo.server import DemoServer


def test_location_and_camera_data_go_by_default(tmp_path: Path, isolated_user_dirs: Path) -> None:
    loaded = load_reference(phone_photo(tmp_path / "phone.jpg"))
    assert b"PhoneMaker" not in loaded.reference.data
    assert any("location" in change for change in loaded.changes)


def test_turning_the_setting_off_keeps_them(tmp_path: Path, isolated_user_dirs: Path) -> None:
    save_settings(Settings(remove_reference_metadata=False))
    loaded = load_reference(phone_photo(tmp_path / "phone.jpg"))
    assert b"PhoneMaker" in loaded.reference.data
    assert not any("location" in change for change in loaded.changes)


# -- the recipe says so ---------------------------------------------------------------------------

REMOVED_BOTH = MetadataPrivacy(removed=("location", "camera"))
SENT_BOTH = MetadataPrivacy(sent=("location", "camera"))


@pytest.fixture
def engine(demo_server: DemoServer, tmp_path: Path) -> Iterator[ImageEngine]:
    settings = ClientSettings(api_key="test-key", base_url=demo_server.base_url, timeout_s=30.0)
    catalog = ModelCatalog.load(tmp_path / "learned.json")
    with ImageEngine(lambda: GeminiBackend(settings), catalog) as engine:
        yield engine


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectService]:
    with ProjectService.open(tmp_path / "proj", create=True, name="Little Orange") as service:
        yield service


def sent_images(server: DemoServer) -> list[bytes]:
    """The pictures of every generateContent call, as they reached the service."""
    bodies = [r.body for r in server.requests if r.path.endswith(":generateContent") and r.body]
    parts = [p for body in bodies for content in body["contents"] for p in content["parts"]]
    encoded = [p["inlineData"]["data"] for p in parts if "inlineData" in p]
    return [
        base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4))
        for text in encoded
    ]


def test_each_reference_in_the_recipe_says_what_became_of_its_private_data(
    tmp_path: Path,
    isolated_user_dirs: Path,
    demo_server: DemoServer,
    engine: ImageEngine,
    project: ProjectService,
) -> None:
    """Through the service that generates, against the demo server: the recipe, the exported
    file's embedded recipe and the comparator's diff all say it, and it matches what was sent."""
    project.add_reference(load_reference(phone_photo(tmp_path / "phone.jpg")).reference)
    project.add_reference(load_reference(png_file(tmp_path / "sketch.png"), ReferenceRole.SIDE).reference)
    save_settings(Settings(remove_reference_metadata=False))
    kept = load_reference(phone_photo(tmp_path / "kept.jpg"), ReferenceRole.BACK).reference
    project.add_reference(kept)

    result = gen.generate_into_project(engine, project, gen.Order(scene="waving", variants=1))
    assert result.delivered == 1

    removed, _sketch, sent = sent_images(demo_server)
    assert b"PhoneMaker" not in removed and b"PhoneMaker" in sent  # what the recipe is about to claim
    [record] = project.images()
    privacy = [r.private_metadata for r in record.recipe().references]
    assert privacy == [REMOVED_BOTH, MetadataPrivacy(), SENT_BOTH]
    stored = [r["private_metadata"] for r in record.recipe_dict["references"]]
    assert stored == [
        {"removed": ["location", "camera"], "sent": []},
        {"removed": [], "sent": []},
        {"removed": [], "sent": ["location", "camera"]},
    ]

    report = project.export(tmp_path / "out")
    [exported] = report.exported
    embedded = read_recipe(exported.file.read_bytes())
    assert embedded is not None
    assert [r["private_metadata"] for r in embedded["references"]] == stored

    # Between two images, what happened to the same slot's private data is an input that differs.
    other = {**record.recipe_dict, "references": [dict(r) for r in record.recipe_dict["references"]]}
    other["references"][0]["private_metadata"] = {"removed": [], "sent": ["location", "camera"]}
    [change] = [c for c in diff_recipes(record.recipe_dict, other) if not c.incidental]
    assert (change.key, change.before, change.after) == (
        "references.identity.private_metadata",
        REMOVED_BOTH,
        SENT_BOTH,
    )


def test_a_recipe_from_before_the_record_reads_as_unknown_and_stays_as_it_was(
    demo_server: DemoServer, engine: ImageEngine, project: ProjectService
) -> None:
    old_reference = ReferenceImage.from_bytes(png(3), ReferenceRole.IDENTITY, label="front.png")
    assert old_reference.privacy is None  # as the slots of a project made before it was recorded
    project.add_reference(old_reference)
    gen.generate_into_project(engine, project, gen.Order(scene="waving", variants=1))
    [record] = project.images()
    [reference] = record.recipe_dict["references"]
    assert "private_metadata" not in reference  # no claim either way
    assert record.recipe().references[0].private_metadata is None
    assert Recipe.from_dict(record.recipe_dict).to_dict() == record.recipe_dict

    # Against a newer recipe of the same inputs, "unknown" is a run detail, not a changed input.
    newer = {
        **record.recipe_dict,
        "references": [{**reference, "private_metadata": {"removed": [], "sent": []}}],
    }
    [change] = [c for c in diff_recipes(record.recipe_dict, newer) if c.key.endswith(".private_metadata")]
    assert change.incidental and change.before is None and change.after == MetadataPrivacy()


def test_pictures_sent_as_they_are_say_what_their_bytes_carry(tmp_path: Path) -> None:
    """Cutie's own images (an anchor promoted from the gallery, a conversation's start) are not
    imported: what they carry is read from their bytes, and an unreadable one is not known."""
    assert privacy_of(phone_photo(tmp_path / "phone.jpg").read_bytes()) == SENT_BOTH
    assert privacy_of(png(4)) == MetadataPrivacy()
    assert privacy_of(b"\x89PNG\r\n\x1a\n not really") is None
    with Project.create(tmp_path / "anchor-test") as store:
        [record] = store.add_variant(variant(png(6)))
        assert store.set_anchor(record.id).privacy == MetadataPrivacy()
        assert store.reference_images()[0].privacy == MetadataPrivacy()
