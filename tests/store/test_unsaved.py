"""Billed calls whose image could not be saved, and text that is not valid UTF-8."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png

from cutie_app.core.model.conversation import Conversation
from cutie_app.core.model.generation import Variant, VariantStatus
from cutie_app.core.model.references import ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store import PROJECT_FILE, DiskFullError, Project


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as proj:
        yield proj


def _fail_commit_with_a_full_disk(project: Project, monkeypatch: pytest.MonkeyPatch, v: Variant) -> str:
    """The real add_variant, its commit failing as SQLite fails on a full disk; returns the message."""
    real = project._db.transaction

    def full(fn):
        def write(conn: sqlite3.Connection):
            fn(conn)
            raise sqlite3.OperationalError("database or disk is full")

        return real(write)

    monkeypatch.setattr(project._db, "transaction", full)
    with pytest.raises(DiskFullError) as caught:
        project.add_variant(v)
    monkeypatch.undo()
    return str(caught.value.message)


# -- record_unsaved -------------------------------------------------------------------------------


@pytest.mark.expected_log("cutie.store")
def test_an_unsaved_call_keeps_its_cost_and_says_why(project: Project) -> None:
    project.record_unsaved(variant(png(1), png(2)), "The disk is full.")
    [entry] = project.ledger()
    assert (entry.outcome, entry.images, entry.estimated_usd, entry.response_id, entry.detail) == (
        "unsaved",
        2,
        0.134,
        "resp-1",
        "The disk is full.",
    )
    assert (entry.prompt_tokens, entry.output_tokens, entry.thoughts_tokens) == (100, 1290, 40)
    assert project.spend_usd() == pytest.approx(0.134)
    assert project.images() == []
    report = project.check()
    assert report.ok  # recorded as lost: not a problem of the project
    assert report.ledger_without_images == ()
    assert report.unsaved_calls == ("ledger row #1 (response resp-1, batch b1, $0.134): The disk is full.",)
    assert "Billed, but the image could not be saved" in report.text()


@pytest.mark.expected_log("cutie.store")
def test_a_call_is_recorded_once_and_never_beside_its_saved_images(project: Project) -> None:
    saved = variant(png(1), response_id="resp-saved")
    project.add_variant(saved)
    project.record_unsaved(saved, "the caller thought the save had failed")
    lost = variant(png(2), response_id="resp-lost", index=1)
    project.record_unsaved(lost, "The disk is full.")
    project.record_unsaved(lost, "The disk is full.")
    assert [(e.outcome, e.response_id) for e in project.ledger()] == [
        ("image", "resp-saved"),
        ("unsaved", "resp-lost"),
    ]


@pytest.mark.expected_log("cutie.store")
def test_calls_that_never_reached_the_service_are_not_recorded(project: Project) -> None:
    project.record_unsaved(
        variant(status=VariantStatus.CANCELLED, response_id="", cost_usd=None), "cancelled"
    )
    project.record_unsaved(variant(status=VariantStatus.FAILED, response_id="", cost_usd=None), "no network")
    project.record_unsaved(variant(status=VariantStatus.BLOCKED, response_id="resp-b", cost_usd=0.01), "disk")
    assert [(e.outcome, e.response_id, e.images, e.detail) for e in project.ledger()] == [
        ("blocked", "resp-b", 0, "disk")
    ]


@pytest.mark.expected_log("cutie.store")
def test_a_retried_save_turns_the_unsaved_row_into_the_image_call(project: Project) -> None:
    v = variant(png(3))
    project.record_unsaved(v, "The disk is full.")
    [record] = project.add_variant(v)
    assert [(e.outcome, e.images, e.detail) for e in project.ledger()] == [("image", 1, "")]
    assert project.spend_usd() == pytest.approx(0.134)
    assert project.image_path(record).read_bytes() == png(3)
    assert project.check().ok


@pytest.mark.expected_log("cutie.store")
def test_a_failed_commit_recorded_as_unsaved_is_an_image_call_again_after_recovery(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = variant(png(4), png(5))
    message = _fail_commit_with_a_full_disk(project, monkeypatch, v)
    assert "disk is full" in message.lower()
    project.record_unsaved(v, message)
    assert [(e.outcome, e.images) for e in project.ledger()] == [("unsaved", 2)]
    folder = project.folder
    project.close()

    with Project.open(folder) as again:
        assert len(again.recovery.recovered) == 2
        assert [(e.outcome, e.images, e.detail, e.estimated_usd) for e in again.ledger()] == [
            ("image", 2, "", 0.134)
        ]
        assert len(again.images()) == 2
        assert again.check().ok


@pytest.mark.expected_log("cutie.store")
def test_the_ledger_outcome_survives_a_reopen(project: Project) -> None:
    project.record_unsaved(variant(png(6)), "The disk is full.")
    folder = project.folder
    project.close()
    with Project.open(folder, read_only=True) as again:
        assert [(e.outcome, e.detail) for e in again.ledger()] == [("unsaved", "The disk is full.")]


# -- text that is not valid UTF-8 -----------------------------------------------------------------

LATIN1_NAME = b"caf\xe9 sketch.png".decode("utf-8", "surrogateescape")  # 'caf\udce9 sketch.png'
UTF8_NAME = "café".encode().decode("ascii", "surrogateescape")  # UTF-8 bytes read as ASCII


def test_names_that_are_not_utf8_never_break_a_save(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    slot = project.add_reference(ReferenceImage.from_bytes(png(7), ReferenceRole.IDENTITY, label=LATIN1_NAME))
    assert slot.label == "caf\ufffd sketch.png"
    project.update_reference(slot.id, label=UTF8_NAME)
    records = project.add_variant(variant(png(8), scene=f"at {LATIN1_NAME}"))
    scene = project.add_scene(f"by {UTF8_NAME}")
    project.update_scene(scene.id, f"near {LATIN1_NAME}")
    project.save_spec(CharacterSpec(name=LATIN1_NAME))
    project.record_unsaved(variant(png(9), response_id="resp-2", index=1), f"could not write {LATIN1_NAME}")

    folder = project.folder
    project.close()
    with Project.open(folder) as again:
        assert [s.label for s in again.references()] == ["café"]
        assert [s.text for s in again.scenes()] == ["near caf\ufffd sketch.png"]
        assert again.image(records[0].id).recipe().scene == "at caf\ufffd sketch.png"
        assert again.spec() is not None and again.spec()[1].name == "caf\ufffd sketch.png"
        assert again.ledger()[-1].detail == "could not write caf\ufffd sketch.png"
        assert again.check().ok
        raw = (folder / PROJECT_FILE).read_bytes()
        assert b"\xed\xb3" not in raw  # no surrogate was written as (invalid) UTF-8
    assert caplog.records  # the unsaved call was logged, in text a UTF-8 log file can hold
    for record in caplog.records:
        record.getMessage().encode("utf-8")


def test_a_conversation_with_such_names_is_saved(project: Project) -> None:
    conv = Conversation("gemini-3-pro-image-preview")
    text = f"put her in {LATIN1_NAME}"
    conv.add_exchange(None, {"role": "user", "parts": [{"text": text}]}, text, None, VariantStatus.DELIVERED)
    project.save_conversation(conv)
    loaded = project.load_conversation(conv.id)
    [user, _model] = loaded.path(loaded.head)
    assert user.text == "put her in caf\ufffd sketch.png"
    assert user.content["parts"][0]["text"] == user.text


# -- check: rows entered twice, billed calls without their images ---------------------------------


@pytest.mark.expected_log("cutie.store")
def test_check_reports_duplicates_and_billed_calls_without_images_and_changes_nothing(
    project: Project,
) -> None:
    project.add_variant(variant(png(1), response_id="resp-a"))
    project.add_variant(variant(png(2), response_id="resp-b", index=1))
    project.add_variant(variant(status=VariantStatus.BLOCKED, response_id="resp-c", index=2))
    project.record_unsaved(variant(png(3), response_id="resp-d", index=3), "The disk is full.")
    assert project.check().ok

    def damage(conn: sqlite3.Connection) -> None:
        # The same image row twice, the same call billed twice, and a call whose image row is gone.
        columns = [r[1] for r in conn.execute("PRAGMA table_info(images)") if r[1] != "id"]
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO images ({names}) SELECT {names} FROM images WHERE id = 1")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(ledger)") if r[1] != "id"]
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO ledger ({names}) SELECT {names} FROM ledger WHERE response_id = 'resp-a'")
        conn.execute("DELETE FROM images WHERE id = 2")

    project._db.transaction(damage)
    before = (project.images(), project.ledger())
    report = project.check()
    assert not report.ok
    assert report.duplicate_images == ("images #1, 3: batch b1, variant 1, image 1",)
    assert report.duplicate_ledger == ("ledger rows #1, 5: response resp-a",)
    assert report.ledger_without_images == (
        "ledger row #2 (response resp-b, batch b1, $0.134): 1 image(s) billed, none in the project",
    )
    assert len(report.unsaved_calls) == 1  # the unsaved call is not a missing image
    text = report.text()
    assert "Images entered twice" in text and "Billed calls entered twice" in text
    assert "Billed image calls with no image in the project" in text
    assert (project.images(), project.ledger()) == before  # reported, not "fixed"


def test_calls_whose_answers_never_arrived_are_in_the_ledger_as_unknown(project: Project) -> None:
    """A failed variant with no response id still records its lost calls: each may be billed."""
    failed = dataclasses.replace(
        variant(response_id="", status=VariantStatus.FAILED), unknown_outcomes=2, unknown_cost_usd=0.268
    )
    assert project.add_variant(failed) == []
    delivered = dataclasses.replace(
        variant(png(1), response_id="resp-2"), unknown_outcomes=1, unknown_cost_usd=0.134
    )
    assert len(project.add_variant(delivered)) == 1

    outcomes = [(e.outcome, e.images, round(e.estimated_usd, 3)) for e in project.ledger()]
    assert sorted(outcomes) == [
        ("image", 1, 0.134),
        ("unknown", 0, 0.134),
        ("unknown", 0, 0.134),
        ("unknown", 0, 0.134),
    ]
    unknown = [e for e in project.ledger() if e.outcome == "unknown"]
    assert all("may have been billed" in e.detail for e in unknown)
    assert project.spend_usd() == pytest.approx(0.134 * 4)
