"""The batches this session started, as a queue of jobs with typed events.

The window used to keep this bookkeeping itself, keyed by strings; now a `Job` carries what a
batch was asked for (to retry it), how far it got and what it cost, and the queue turns the
engine bridge's events into `job_added` / `job_updated` / `job_finished`. Preflight (key, seed,
budget cap) lives here too, so a batch that would be refused never reaches the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, Signal

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.catalog import ModelInfo
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage, missing_key_message
from cutie_app.core.model.generation import BatchResult, GenerationRequest, Variant
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.ui.models.engine_bridge import EngineBridge
from cutie_app.ui.models.thumbs import Thumb


class JobKind(Enum):
    BATCH = "batch"  # Generate: N variants of one prompt
    SERIES = "series"  # one scene of a series
    RETRY = "retry"  # one variant again


class JobState(Enum):
    RUNNING = "running"
    FINISHED = "finished"  # every variant came back (delivered, failed or cancelled)
    REFUSED = "refused"  # refused before anything was sent, or the engine crashed


@dataclass(eq=False)
class Job:
    """One batch: what it asked for (to retry a variant) and how far it got."""

    id: str
    kind: JobKind
    request: GenerationRequest
    spec: CharacterSpec
    count: int
    label: str = ""
    state: JobState = JobState.RUNNING
    finished: int = 0  # variants back, whatever their outcome
    delivered: int = 0
    spent: float = 0.0
    result: BatchResult | None = None
    error: UserMessage | None = None
    cancelled: set[int] = field(default_factory=set)  # variant indexes the user cancelled

    @property
    def series(self) -> bool:
        return self.kind is JobKind.SERIES


def preflight(
    info: ModelInfo,
    image_size: str | None,
    total_images: int,
    cap: float | None,
    *,
    can_send: bool,
    seed_problem: str | None,
) -> UserMessage | None:
    """Why a batch of `total_images` must not start (no key, a bad seed, over the cap), or None."""
    if not can_send:
        return missing_key_message()  # one clear message, not N failed tiles
    if seed_problem:
        return UserMessage(
            kind=ErrorKind.INVALID_REQUEST,
            title=QT_TRANSLATE_NOOP("JobQueue", "Check the seed"),
            detail=seed_problem,
        )
    from cutie_app.core.services.generate import check_budget  # with the first batch, not at start

    try:
        check_budget(info, image_size, total_images, cap)
    except CutieError as exc:
        return exc.message
    return None


class JobQueue(QObject):
    """Starts batches on the engine bridge and keeps one `Job` per batch.

    Signals:
        job_added(Job): a batch was accepted by the engine.
        variant_arrived(Job, Variant, object): a variant came back (the third value is its
            `Thumb` or None); the job's counters already include it.
        job_updated(Job): the job's counters or state changed.
        job_finished(Job): every variant of the job came back; `job.result` holds them.
        job_refused(Job): the batch was refused or crashed; `job.error` says why.
        spent_changed(float): what this session has spent, after a variant's cost arrived.
    """

    job_added = Signal(Job)
    variant_arrived = Signal(Job, Variant, object)
    job_updated = Signal(Job)
    job_finished = Signal(Job)
    job_refused = Signal(Job)
    spent_changed = Signal(float)

    def __init__(self, bridge: EngineBridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.jobs: dict[str, Job] = {}
        self.series_ids: list[str] = []  # the jobs of the latest series
        self.spent = 0.0
        bridge.variant_ready.connect(self._variant_ready)
        bridge.batch_done.connect(self._batch_done)
        bridge.batch_refused.connect(self._refused)
        bridge.batch_crashed.connect(self._refused)

    @property
    def running(self) -> bool:
        return self.bridge.running

    def job(self, job_id: object) -> Job | None:
        return self.jobs.get(str(job_id))

    def start(
        self, request: GenerationRequest, spec: CharacterSpec, count: int, *, kind: JobKind, label: str = ""
    ) -> Job | None:
        """Send a batch; None when the engine would not take it (it says why through `job_refused`)."""
        import secrets  # with the first batch, not with the window

        job = Job(secrets.token_hex(4), kind, request, spec, count, label)
        self.jobs[job.id] = job
        if not self.bridge.start(job.id, request, count):
            self.jobs.pop(job.id, None)
            return None
        if kind is JobKind.SERIES:
            self.series_ids.append(job.id)
        self.job_added.emit(job)
        return job

    def new_series(self) -> None:
        self.series_ids = []

    def retry(self, job_id: object, index: int) -> Job | None:
        """Run variant `index` of a job again, as a job of its own."""
        job = self.job(job_id)
        if job is None:
            return None
        return self.start(job.request, job.spec, 1, kind=JobKind.RETRY, label="retry")

    def cancel(self, job_id: object = None, index: int | None = None) -> None:
        """Cancel one variant, one job, or (with no arguments) everything running."""
        targets = [self.jobs[str(job_id)]] if job_id is not None and str(job_id) in self.jobs else []
        if job_id is None:
            targets = [j for j in self.jobs.values() if j.state is JobState.RUNNING]
        for job in targets:
            job.cancelled.update([index] if index is not None else range(job.count))
        self.bridge.cancel(job_id, index)

    def series_progress(self) -> tuple[int, int, float]:
        """(variants back, variants asked for, dollars spent) over the latest series."""
        jobs = [self.jobs[i] for i in self.series_ids if i in self.jobs]
        return sum(j.finished for j in jobs), sum(j.count for j in jobs), sum(j.spent for j in jobs)

    # -- the bridge's events ----------------------------------------------------------------------

    def _variant_ready(self, key: object, variant: Variant, thumb: Thumb | None) -> None:
        cost = variant.recipe.cost_usd or 0.0
        self.spent += cost
        job = self.job(key)
        if job is not None:
            job.finished += 1
            job.spent += cost
            job.delivered += int(variant.delivered)
            self.variant_arrived.emit(job, variant, thumb)
            self.job_updated.emit(job)
        self.spent_changed.emit(self.spent)

    def _batch_done(self, key: object, result: BatchResult) -> None:
        job = self.job(key)
        if job is None:
            return
        job.state = JobState.FINISHED
        job.result = result
        self.job_finished.emit(job)
        self.job_updated.emit(job)

    def _refused(self, key: object, message: UserMessage) -> None:
        job = self.jobs.pop(str(key), None)
        if job is None:
            return
        job.state = JobState.REFUSED
        job.error = message
        self.job_refused.emit(job)
