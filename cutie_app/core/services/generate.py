"""Generate N variants of the character into a project or a plain folder.

The rules a batch obeys live here once, for the window and the CLI alike: how many variants a
batch may have, the budget cap, what "nothing to draw" means, how the prompt is composed from
the character and the scene, and that every delivered variant is saved (or reported as not
saved, see `saving`). The request checks themselves (model, ratio, size, seed, reference
budget) are the catalogue's (`model.validation`), run by the engine before anything is sent.

Blocking: `run_batch` waits for the whole batch. Variants are saved one at a time on a saver
thread as they arrive, so the network thread never waits for the disk.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.catalog import ModelInfo
from cutie_app.core.model.errors import ErrorKind, InvalidRequestError, UserMessage
from cutie_app.core.model.generation import BatchResult, GenerationRequest, Variant
from cutie_app.core.model.pricing import preflight_cost
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.references import ReferenceImage
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.model.validation import MAX_VARIANTS, CheckedRequest
from cutie_app.core.services.character import Character, loose_character
from cutie_app.core.services.engines import error_message
from cutie_app.core.services.saving import SavedVariant, SaveStatus, save_into_folder, slug

if TYPE_CHECKING:
    from cutie_app.core.genai.engine import CancelToken, ImageEngine
    from cutie_app.core.services.projects import ProjectService

log = logging.getLogger("cutie.services")

SavedCallback = Callable[[SavedVariant], None]


@dataclass(frozen=True)
class Order:
    """What to make, apart from the character: the scene and the request's settings.

    `prompt` replaces the composed prompt (an override); `outfit` names one of the spec's
    outfits (None: the default). `budget_cap_usd` refuses a batch estimated above it.
    """

    scene: str = ""
    prompt: str | None = None
    outfit: str | None = None
    model: str | None = None
    variants: int = 1
    aspect_ratio: str | None = None
    image_size: str | None = None
    seed: int | None = None
    budget_cap_usd: float | None = None


@dataclass(frozen=True)
class BatchPlan:
    """A batch checked and priced, not yet sent."""

    request: GenerationRequest
    variants: int
    checked: CheckedRequest
    cost_usd: float | None

    @property
    def notices(self) -> tuple[UserMessage, ...]:
        return self.checked.notices


@dataclass(frozen=True)
class GenerateResult:
    """A finished batch and what became of each variant (`saved`, in index order)."""

    plan: BatchPlan
    batch: BatchResult
    saved: tuple[SavedVariant, ...]
    interrupted: bool = False

    @property
    def delivered(self) -> int:
        """Variants delivered and saved."""
        return sum(s.saved for s in self.saved)

    @property
    def lost(self) -> tuple[SavedVariant, ...]:
        """Variants delivered (and billed) that could not be saved where they belong."""
        return tuple(s for s in self.saved if s.lost)

    @property
    def notices(self) -> tuple[UserMessage, ...]:
        return self.batch.notices


def check_variant_count(count: int) -> None:
    if not 1 <= count <= MAX_VARIANTS:
        raise InvalidRequestError(
            UserMessage(
                ErrorKind.INVALID_REQUEST,
                QT_TRANSLATE_NOOP("core.generate", "Too many or too few variants"),
                QT_TRANSLATE_NOOP(
                    "core.generate", "A batch makes between 1 and {limit} variants, not {count}."
                ).format(limit=MAX_VARIANTS, count=count),
                QT_TRANSLATE_NOOP("core.generate", "Each variant is one request, billed on its own."),
            )
        )


def check_budget(info: ModelInfo, image_size: str | None, images: int, cap_usd: float | None) -> float | None:
    """The estimated cost of `images` images; refused when it is over `cap_usd` (None or 0: no cap)."""
    cost = preflight_cost(info, image_size, images)
    if cap_usd and cost is not None and cost > cap_usd:
        raise InvalidRequestError(
            UserMessage(
                ErrorKind.INVALID_REQUEST,
                QT_TRANSLATE_NOOP("core.generate", "Over your budget cap"),
                QT_TRANSLATE_NOOP(
                    "core.generate",
                    "This would cost about ${cost:.2f} ({images} images); your cap is ${cap:.2f}.",
                ).format(cost=cost, images=images, cap=cap_usd),
                QT_TRANSLATE_NOOP(
                    "core.generate", "Make fewer variants, pick a smaller size, or raise the cap."
                ),
            )
        )
    return cost


def nothing_to_draw() -> InvalidRequestError:
    return InvalidRequestError(
        UserMessage(
            ErrorKind.INVALID_REQUEST,
            QT_TRANSLATE_NOOP("core.generate", "Nothing to draw yet"),
            QT_TRANSLATE_NOOP(
                "core.generate", "Describe the character, give a scene or a prompt, or add reference images."
            ),
        )
    )


def build_request(character: Character, order: Order, default_model: str) -> GenerationRequest:
    """The request for one variant: the prompt composed from the character and the scene."""
    prompt = compose(
        character.spec, order.scene, character.references, outfit=order.outfit, override=order.prompt
    )
    if not prompt.text.strip():
        raise nothing_to_draw()
    return GenerationRequest(
        model=order.model or default_model,
        prompt=prompt,
        references=character.references,
        aspect_ratio=order.aspect_ratio,
        image_size=order.image_size,
        seed=order.seed,
        spec_version=character.spec_version,
        scene=order.scene.strip(),
    )


def plan_batch(engine: ImageEngine, character: Character, order: Order) -> BatchPlan:
    """Check and price a batch without sending it; raises InvalidRequestError (nothing billed)."""
    check_variant_count(order.variants)
    request = build_request(character, order, engine.catalog.default_model)
    checked = engine.check(request)
    cost = check_budget(checked.model, checked.image_size, order.variants, order.budget_cap_usd)
    return BatchPlan(request, order.variants, checked, cost)


def run_batch(
    engine: ImageEngine,
    plan: BatchPlan,
    save: Callable[[Variant], SavedVariant],
    *,
    on_saved: SavedCallback | None = None,
    token: CancelToken | None = None,
) -> GenerateResult:
    """Send the batch and save each variant as it arrives; blocks until all are saved.

    Ctrl+C (KeyboardInterrupt) cancels what is still running; what arrived is kept and the
    result says `interrupted`.
    """
    from cutie_app.core.genai.engine import CancelToken

    token = token or CancelToken()
    saver = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="cutie-save")
    saved: dict[int, concurrent.futures.Future[SavedVariant]] = {}

    def save_and_report(variant: Variant) -> SavedVariant:
        outcome = save(variant)
        if on_saved is not None:
            try:
                on_saved(outcome)
            except Exception:
                log.exception("a saved-variant callback failed")
        return outcome

    def arrived(variant: Variant) -> None:  # network thread: hand over, never wait for the disk
        saved[variant.index] = saver.submit(save_and_report, variant)

    interrupted = False
    try:
        future = engine.submit_batch(plan.request, plan.variants, on_variant=arrived, token=token)
        try:
            batch = future.result()
        except KeyboardInterrupt:
            interrupted = True
            token.cancel()
            batch = future.result()
    finally:
        saver.shutdown(wait=True)
    outcomes = tuple(_outcome(saved.get(v.index), v) for v in batch.variants)
    return GenerateResult(plan, batch, outcomes, interrupted)


def _outcome(future: concurrent.futures.Future[SavedVariant] | None, variant: Variant) -> SavedVariant:
    if future is None:  # the engine never delivered it to the callback (it should have)
        status = SaveStatus.NOTHING if not variant.images else SaveStatus.NOT_SAVED
        return SavedVariant(
            variant,
            status,
            reason=""
            if not variant.images
            else QT_TRANSLATE_NOOP("core.generate", "It was never handed over for saving."),
        )
    try:
        return future.result()
    except Exception as exc:  # save functions don't raise; if one does, say so rather than lose it
        return SavedVariant(variant, SaveStatus.NOT_SAVED, reason=str(error_message(exc)))


# -- into a project -------------------------------------------------------------------------------


def plan_project_batch(
    engine: ImageEngine,
    project: ProjectService,
    order: Order,
    *,
    spec: CharacterSpec | None = None,
    references: Sequence[ReferenceImage] | None = None,
) -> BatchPlan:
    """A batch of the project's character (or the `spec`/`references` given, saved as its own)."""
    return plan_batch(engine, project.character(spec=spec, references=references), order)


def run_into_project(
    engine: ImageEngine,
    project: ProjectService,
    plan: BatchPlan,
    *,
    on_saved: SavedCallback | None = None,
    token: CancelToken | None = None,
) -> GenerateResult:
    """Run a planned batch; each variant is saved under the order's scene, with its spec version."""
    return run_batch(
        engine,
        plan,
        lambda v: project.save_variant(v, scene=plan.request.scene),
        on_saved=on_saved,
        token=token,
    )


def generate_into_project(
    engine: ImageEngine,
    project: ProjectService,
    order: Order,
    *,
    spec: CharacterSpec | None = None,
    references: Sequence[ReferenceImage] | None = None,
    on_saved: SavedCallback | None = None,
    token: CancelToken | None = None,
) -> GenerateResult:
    plan = plan_project_batch(engine, project, order, spec=spec, references=references)
    return run_into_project(engine, project, plan, on_saved=on_saved, token=token)


# -- into a plain folder ----------------------------------------------------------------------------


def plan_folder_batch(
    engine: ImageEngine,
    order: Order,
    *,
    spec: CharacterSpec | None = None,
    references: Sequence[ReferenceImage] = (),
) -> BatchPlan:
    return plan_batch(engine, loose_character(spec, references), order)


def folder_stem(plan: BatchPlan, spec: CharacterSpec | None) -> str:
    """File names start with the character's name, else the scene, else the prompt."""
    return slug((spec.name if spec else "") or plan.request.scene or plan.request.prompt.text)


def run_into_folder(
    engine: ImageEngine,
    folder: Path,
    plan: BatchPlan,
    *,
    stem: str = "image",
    on_saved: SavedCallback | None = None,
    token: CancelToken | None = None,
    writer: Callable[[Path, bytes], None] | None = None,
) -> GenerateResult:
    """Run a planned batch into `folder` (created first): images plus a recipe file per variant."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidRequestError(
            UserMessage(
                ErrorKind.INVALID_REQUEST,
                QT_TRANSLATE_NOOP("core.generate", "Cannot create the output folder"),
                QT_TRANSLATE_NOOP("core.generate", "Cutie could not create {folder}: {error}.").format(
                    folder=folder, error=exc.strerror or exc
                ),
                QT_TRANSLATE_NOOP("core.generate", "Pick another folder; nothing was sent."),
            )
        ) from exc
    if writer is None:
        return run_batch(
            engine, plan, lambda v: save_into_folder(folder, stem, v), on_saved=on_saved, token=token
        )
    chosen = writer
    return run_batch(
        engine,
        plan,
        lambda v: save_into_folder(folder, stem, v, writer=chosen),
        on_saved=on_saved,
        token=token,
    )
