"""The job queue: batches as jobs with typed events, preflight, retry and cancel, over a fake backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.fake_backend import FakeBackend

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.errors import ErrorKind
from cutie_app.core.model.generation import GenerationRequest
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.ui.models.engine_bridge import EngineBridge
from cutie_app.ui.models.job_queue import Job, JobKind, JobQueue, JobState, preflight

WAIT = 15_000
SPEC = CharacterSpec(name="Little Orange", hair="orange pigtails")
MODEL = "gemini-2.5-flash-image"


def request(seed: int | None = None) -> GenerationRequest:
    return GenerationRequest(
        model=MODEL, prompt=compose(SPEC, "waving", []), references=(), seed=seed, scene="waving"
    )


@pytest.fixture
def catalog(tmp_path: Path) -> ModelCatalog:
    return ModelCatalog.load(tmp_path / "learned.json")


@pytest.fixture
def queue(catalog: ModelCatalog):
    backend = FakeBackend()
    bridge = EngineBridge(lambda: ImageEngine(lambda: backend, catalog))
    jobs = JobQueue(bridge)
    jobs.backend = backend  # type: ignore[attr-defined]
    yield jobs
    bridge.close()


def test_a_batch_is_one_job_from_added_to_finished(qtbot, queue: JobQueue) -> None:
    arrived: list[tuple[Job, int]] = []
    queue.variant_arrived.connect(lambda job, variant, _thumb: arrived.append((job, variant.index)))
    with qtbot.waitSignal(queue.job_added, timeout=WAIT) as added:
        job = queue.start(request(), SPEC, 3, kind=JobKind.BATCH, label="")
    assert job is not None and added.args == [job] and job.state is JobState.RUNNING
    with qtbot.waitSignal(queue.job_finished, timeout=WAIT) as finished:
        pass
    assert finished.args == [job]
    qtbot.waitUntil(lambda: job.finished == 3, timeout=WAIT)
    assert job.state is JobState.FINISHED and job.finished == 3 and job.delivered == 3
    assert job.result is not None and len(job.result.delivered) == 3
    assert sorted(i for j, i in arrived if j is job) == [0, 1, 2]
    assert job.spent > 0 and queue.spent == pytest.approx(job.spent)
    assert queue.jobs[job.id] is job and not queue.running


def test_a_refused_batch_is_a_refused_job_with_its_reason(qtbot, queue: JobQueue) -> None:
    with qtbot.waitSignal(queue.job_refused, timeout=WAIT) as refused:
        job = queue.start(request(seed=-5), SPEC, 2, kind=JobKind.BATCH)
    assert job is None
    (refused_job,) = refused.args
    assert refused_job.state is JobState.REFUSED and refused_job.error is not None
    assert refused_job.id not in queue.jobs and not queue.backend.requests  # type: ignore[attr-defined]


def test_retry_runs_the_same_request_again_as_a_job_of_its_own(qtbot, queue: JobQueue) -> None:
    with qtbot.waitSignal(queue.job_finished, timeout=WAIT):
        first = queue.start(request(), SPEC, 1, kind=JobKind.BATCH)
    assert first is not None
    with qtbot.waitSignal(queue.job_finished, timeout=WAIT) as finished:
        again = queue.retry(first.id, 0)
    assert again is not None and finished.args == [again]
    assert again.kind is JobKind.RETRY and again.request is first.request and again.spec is first.spec
    qtbot.waitUntil(lambda: again.finished == 1, timeout=WAIT)
    assert again.count == 1 and again.delivered == 1
    assert queue.retry("no-such-job", 0) is None


def test_cancelled_variants_are_remembered_as_cancelled(qtbot, queue: JobQueue) -> None:
    backend: FakeBackend = queue.backend  # type: ignore[attr-defined]
    backend.hold()
    job = queue.start(request(), SPEC, 2, kind=JobKind.BATCH)
    assert job is not None
    with qtbot.waitSignal(queue.job_finished, timeout=WAIT):
        queue.cancel(job.id, 1)
        queue.cancel()
        backend.release()
    assert job.cancelled == {0, 1}


def test_series_progress_counts_only_the_latest_series(qtbot, queue: JobQueue) -> None:
    queue.new_series()
    for _ in range(2):
        with qtbot.waitSignal(queue.job_finished, timeout=WAIT):
            queue.start(request(), SPEC, 2, kind=JobKind.SERIES, label="S")
    qtbot.waitUntil(lambda: queue.series_progress()[0] == 4, timeout=WAIT)
    done, total, spent = queue.series_progress()
    assert (done, total) == (4, 4) and spent > 0
    queue.new_series()
    assert queue.series_progress() == (0, 0, 0)


def test_preflight_says_why_a_batch_must_not_start(catalog: ModelCatalog) -> None:
    info = catalog.find(MODEL)
    assert info is not None
    assert preflight(info, None, 4, None, can_send=True, seed_problem=None) is None
    no_key = preflight(info, None, 4, None, can_send=False, seed_problem=None)
    assert no_key is not None and no_key.kind is ErrorKind.MISSING_KEY
    seed = preflight(info, None, 4, None, can_send=True, seed_problem="Seeds are whole numbers.")
    assert seed is not None and "seed" in seed.title.lower()
    over = preflight(info, None, 40, 0.01, can_send=True, seed_problem=None)
    assert over is not None and "budget" in over.title.lower()
