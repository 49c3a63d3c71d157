"""Apply an approved effect to other images with the model, when local tools can't repeat it.

The approved result is a version of another image (its parent), so the pair shows the effect.
Each target image becomes one request: the original, the approved result and the target, with
the change measured in numbers ("brightness about 85 % of the original, contrast unchanged")
and a warning not to over-apply; N variants per target to pick from. When the approved result
was made with local adjustments, the exact local version is the better tool and
`exact_alternative` says so (the window shows both side by side in the comparator).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.imaging.adjust import AdjustImageError, decode_image
from cutie_app.core.imaging.colour_match import ColourMatchError
from cutie_app.core.imaging.effect import EffectMeasure, describe_effect, measure_effect
from cutie_app.core.model.adjustments import AdjustmentStack
from cutie_app.core.model.generation import GenerationRequest
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.services.adjust import AdjustBatchError, AdjustStore, current_stack
from cutie_app.core.services.generate import (
    BatchPlan,
    GenerateResult,
    SavedCallback,
    check_budget,
    check_variant_count,
    run_into_project,
)

if TYPE_CHECKING:
    from cutie_app.core.genai.engine import CancelToken, ImageEngine
    from cutie_app.core.services.projects import ProjectService

#: The scene the made variants are saved under, so the gallery can group them.
EFFECT_SCENE = "Approved effect"


@dataclass(frozen=True)
class ApprovedEffect:
    """An approved result, the image it was made from, and the change measured between them."""

    original: ImageRecord
    approved: ImageRecord
    original_data: bytes
    approved_data: bytes
    measure: EffectMeasure
    description: str

    @property
    def exact_alternative(self) -> AdjustmentStack | None:
        """The local stack that made the approved result, if it was made locally."""
        stack = current_stack(self.approved)
        return stack if stack.steps else None


def _read(store: AdjustStore, record: ImageRecord) -> bytes:
    try:
        return store.image_path(record).read_bytes()
    except OSError as exc:
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP("core.adjust", "Image #{id} can't be read: {error}.").format(
                id=record.id, error=exc.strerror or exc
            )
        ) from None


def approved_effect(store: AdjustStore, approved_id: int) -> ApprovedEffect:
    """Measure what the approved image changed relative to the image it was made from.

    Raises:
        AdjustBatchError: the image is not a version of another one, or can't be read.
    """
    approved = store.image(approved_id)
    if approved.parent_image_id is None:
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP(
                "core.adjust",
                "Image #{id} is not a version of another image, so there is "
                "no effect to measure. Pick the approved result of an edit.",
            ).format(id=approved_id)
        )
    original = store.image(approved.parent_image_id)
    original_data, approved_data = _read(store, original), _read(store, approved)
    try:
        measure = measure_effect(
            decode_image(original_data, label=f"Image #{original.id}", max_side=1024).image,
            decode_image(approved_data, label=f"Image #{approved.id}", max_side=1024).image,
        )
    except (AdjustImageError, ColourMatchError) as exc:
        raise AdjustBatchError(str(exc)) from None
    return ApprovedEffect(original, approved, original_data, approved_data, measure, describe_effect(measure))


def effect_prompt(description: str) -> PromptParts:
    """The instruction: what the three images are, the measured change, and not to overdo it."""
    return PromptParts(
        (
            PromptSection(
                "images",
                "Images",
                "Image 1 is an original picture. Image 2 is the same picture after an approved edit. "
                "Image 3 is a new picture.",
            ),
            PromptSection(
                "effect",
                "Effect",
                f"Apply to Image 3 exactly the change that turned Image 1 into Image 2. Measured: "
                f"{description}.",
            ),
            PromptSection(
                "constraints",
                "Constraints",
                "Do not over-apply: match those amounts, not more. Keep everything else of Image 3 "
                "as it is: the character, pose, composition, framing, details and style.",
            ),
        )
    )


def effect_request(effect: ApprovedEffect, target: bytes, target_id: int, model: str) -> GenerationRequest:
    """One request (one variant) applying the effect to the target image's bytes."""

    def ref(data: bytes, label: str) -> ReferenceImage:
        try:
            return ReferenceImage.from_bytes(data, ReferenceRole.STYLE, ReferenceKind.OBJECT, label)
        except ValueError as exc:
            raise AdjustBatchError(
                QT_TRANSLATE_NOOP("core.adjust", "{name} can't be sent: {error}.").format(
                    name=label, error=user_text(exc)
                )
            ) from None

    return GenerationRequest(
        model=model,
        prompt=effect_prompt(effect.description),
        references=(
            ref(effect.original_data, f"Image #{effect.original.id} (original)"),
            ref(effect.approved_data, f"Image #{effect.approved.id} (approved)"),
            ref(target, f"Image #{target_id} (to change)"),
        ),
        scene=EFFECT_SCENE,
    )


def plan_effect(
    engine: ImageEngine,
    store: AdjustStore,
    approved_id: int,
    target_ids: Sequence[int],
    variants: int,
    *,
    model: str | None = None,
    budget_cap_usd: float | None = None,
) -> tuple[ApprovedEffect, list[tuple[int, BatchPlan]]]:
    """Check and price one batch per target without sending anything (nothing is billed).

    Raises:
        AdjustBatchError: nothing to measure, or a target can't be read.
        InvalidRequestError: the catalogue refuses the request, or the budget cap is exceeded.
    """
    check_variant_count(variants)
    effect = approved_effect(store, approved_id)
    chosen = model or engine.catalog.default_model
    plans: list[tuple[int, BatchPlan]] = []
    for target_id in target_ids:
        request = effect_request(effect, _read(store, store.image(target_id)), target_id, chosen)
        checked = engine.check(request)
        plans.append((target_id, BatchPlan(request, variants, checked, None)))
    if plans:
        first = plans[0][1].checked
        total = len(plans) * variants
        check_budget(first.model, first.image_size, total, budget_cap_usd)  # refuses over the cap
        each = check_budget(first.model, first.image_size, variants, None)
        plans = [(i, BatchPlan(p.request, p.variants, p.checked, each)) for i, p in plans]
    return effect, plans


def run_effect(
    engine: ImageEngine,
    project: ProjectService,
    plans: Sequence[tuple[int, BatchPlan]],
    *,
    on_saved: SavedCallback | None = None,
    on_target: Callable[[int, GenerateResult], None] | None = None,
    token: CancelToken | None = None,
) -> list[tuple[int, GenerateResult]]:
    """Send the planned batches one target after another; every variant is saved as it arrives."""
    results: list[tuple[int, GenerateResult]] = []
    for target_id, plan in plans:
        if token is not None and token.is_cancelled(-1):  # the whole run was cancelled
            break
        result = run_into_project(engine, project, plan, on_saved=on_saved, token=token)
        results.append((target_id, result))
        if on_target is not None:
            on_target(target_id, result)
    return results
