"""Generating through the services: one set of rules for the window and the CLI (fake backend, real project)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.fake_backend import FakeBackend, blocked_reply
from helpers.images import png

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.errors import InvalidRequestError, ServiceError
from cutie_app.core.model.generation import VariantStatus
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services import generate as gen
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.services.saving import SaveStatus

SPEC = CharacterSpec(name="Little Orange", hair="orange pigtails")


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def engine(backend: FakeBackend, tmp_path: Path) -> Iterator[ImageEngine]:
    with ImageEngine(lambda: backend, ModelCatalog.load(tmp_path / "learned.json")) as engine:
        yield engine


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectService]:
    with ProjectService.open(tmp_path / "proj", create=True, name="Little Orange") as service:
        yield service


def ref(seed: int, role: ReferenceRole = ReferenceRole.IDENTITY, label: str = "") -> ReferenceImage:
    return ReferenceImage(png(seed), "image/png", role, ReferenceKind.PERSON, label or f"ref-{seed}.png")


def test_a_project_batch_draws_the_saved_character_and_stores_the_scene(
    engine: ImageEngine, backend: FakeBackend, project: ProjectService
) -> None:
    version = project.save_spec(SPEC)
    project.add_reference(ref(1, label="front.png"))
    project.add_reference(ref(2, ReferenceRole.ANCHOR))

    result = gen.generate_into_project(engine, project, gen.Order(scene="waving", variants=2))

    assert result.delivered == 2 and not result.lost
    sent = backend.requests[0].contents[0]["parts"]
    assert sum("inline_data" in p for p in sent) == 2  # the project's slots, anchor included
    assert "Little Orange" in sent[-1]["text"] and "waving" in sent[-1]["text"]
    images = project.images()
    scene_id = next(s.id for s in project.scenes() if s.text == "waving")
    assert {(r.scene_id, r.spec_version) for r in images} == {(scene_id, version)}
    assert sorted(i for s in result.saved for i in s.image_ids) == sorted(r.id for r in images)


def test_a_spec_given_now_becomes_the_projects_version(engine: ImageEngine, project: ProjectService) -> None:
    project.save_spec(CharacterSpec(name="Old"))
    result = gen.generate_into_project(engine, project, gen.Order(), spec=SPEC)
    latest = project.spec()
    assert latest is not None and latest[1] == SPEC
    [record] = project.images()
    assert record.spec_version == latest[0] and result.plan.request.spec_version == latest[0]


@pytest.mark.parametrize(
    ("order", "words"),
    [
        (gen.Order(scene="x", variants=0), "between 1 and 16"),
        (gen.Order(scene="x", variants=17), "between 1 and 16"),
        (gen.Order(scene="x", variants=4, image_size="4K", budget_cap_usd=0.5), "budget cap"),
        (gen.Order(), "Nothing to draw"),
    ],
)
def test_refusals_happen_before_anything_is_sent(
    engine: ImageEngine, backend: FakeBackend, tmp_path: Path, order: gen.Order, words: str
) -> None:
    with pytest.raises(InvalidRequestError) as refused:
        gen.plan_folder_batch(engine, order)
    assert words in str(refused.value)
    assert backend.requests == []


def test_a_budget_under_the_cap_goes_through(engine: ImageEngine) -> None:
    plan = gen.plan_folder_batch(engine, gen.Order(scene="x", variants=2, budget_cap_usd=5.0))
    assert plan.cost_usd is not None and 0 < plan.cost_usd < 5.0


def test_two_anchors_are_refused(engine: ImageEngine, project: ProjectService) -> None:
    refs = [ref(1, ReferenceRole.ANCHOR), ref(2, ReferenceRole.ANCHOR)]
    with pytest.raises(InvalidRequestError, match="Only one anchor"):
        gen.plan_project_batch(engine, project, gen.Order(scene="x"), references=refs)


def test_a_mixed_batch_reports_each_variant(
    engine: ImageEngine, backend: FakeBackend, project: ProjectService
) -> None:
    backend.push(blocked_reply(), ServiceError(500, "INTERNAL", "boom"))
    result = gen.generate_into_project(engine, project, gen.Order(scene="rain", variants=3))
    statuses = sorted((s.variant.status, s.status) for s in result.saved)
    assert statuses == sorted(
        [
            (VariantStatus.BLOCKED, SaveStatus.NOTHING),
            (VariantStatus.FAILED, SaveStatus.NOTHING),
            (VariantStatus.DELIVERED, SaveStatus.SAVED),
        ]
    )
    assert result.delivered == 1 and len(project.images()) == 1
    assert sorted(e.outcome for e in project.ledger().entries) == ["blocked", "image"]


@pytest.mark.usefixtures("isolated_user_dirs")
def test_a_folder_batch_on_a_full_disk_reports_every_variant_as_not_saved(
    engine: ImageEngine, tmp_path: Path
) -> None:
    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    plan = gen.plan_folder_batch(engine, gen.Order(prompt="Little Orange", variants=3))
    result = gen.run_into_folder(engine, tmp_path / "out", plan, writer=disk_full)
    assert result.delivered == 0 and len(result.lost) == 3
    assert all(s.rescued and "No space left" in s.reason for s in result.lost)
