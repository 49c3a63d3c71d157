"""Run generations: N variants as N parallel requests, each cancellable, each with a recipe.

Batches run on an asyncio loop in a dedicated thread (`NetworkLoop`; the Gemini backend spreads
the HTTP calls themselves over a few more), so a batch never blocks its caller's thread and
in-flight requests can be cancelled for real (the HTTP call is abandoned, not just ignored).
Callers get `concurrent.futures.Future`s and optional per-variant callbacks, which run on the
loop thread: the UI forwards them through queued Qt signals.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cutie_app.core.genai.backend import (
    CallConfig,
    ContentDict,
    ImageBackend,
    ModelReply,
    count_images,
    inline_image,
    user_content,
)
from cutie_app.core.genai.netloop import NetworkLoop
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, user_text
from cutie_app.core.model.catalog import ListedModel, ModelCatalog, ModelInfo, SeedSupport
from cutie_app.core.model.errors import (
    CutieError,
    ErrorKind,
    InvalidRequestError,
    NetworkError,
    ServiceError,
    UserMessage,
    api_error_message,
    cancelled_message,
    finish_message,
    is_seed_rejection,
    model_list_message,
    network_message,
    seed_rejected_message,
)
from cutie_app.core.model.generation import (
    BatchResult,
    GenerationRequest,
    Recipe,
    Usage,
    Variant,
    VariantStatus,
    reference_records,
    utc_now,
)
from cutie_app.core.model.references import ReferenceImage
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.model.spec_check import CheckRequest, SpecCheck, build_check, parse_check
from cutie_app.core.model.validation import MAX_VARIANTS, CheckedRequest, check_request, json_size

log = logging.getLogger("cutie.engine")
VariantCallback = Callable[[Variant], None]


class CancelToken:
    """Cancel a whole batch or single variants, from any thread, before or during the call."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._all = False
        self._indices: set[int] = set()
        self._tasks: dict[int, asyncio.Task[Any]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def cancel(self, index: int | None = None) -> None:
        with self._lock:
            if index is None:
                self._all = True
                targets = list(self._tasks.values())
            else:
                self._indices.add(index)
                targets = [self._tasks[index]] if index in self._tasks else []
            loop = self._loop
        if loop is not None and not loop.is_closed():
            for task in targets:
                loop.call_soon_threadsafe(task.cancel)

    def is_cancelled(self, index: int) -> bool:
        with self._lock:
            return self._all or index in self._indices

    def _attach(self, index: int, task: asyncio.Task[Any], loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            self._loop = loop
            self._tasks[index] = task
        if self.is_cancelled(index):
            task.cancel()


@dataclass
class _BatchState:
    """Per-batch facts shared by its variants.

    Once the service refuses the seed, no request of the batch that has not gone out yet sends
    it (the ones already in flight are sent again without it), and the user is told once.
    """

    seed_notice: UserMessage | None = None
    seed_refused: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass
class _CallOutcome:
    """Calls of one variant that reached Google and never answered: each may have been billed."""

    unknown: int = 0


@dataclass(frozen=True)
class TurnReply:
    """One conversation exchange: what was sent, what came back, and the variant it made."""

    user_content: ContentDict
    model_content: ContentDict | None
    variant: Variant
    notices: tuple[UserMessage, ...] = ()


def estimate_cost(info: ModelInfo, image_size: str | None, usage: Usage, images: int) -> float | None:
    """Images at the catalogue's per-image price plus input tokens; None when prices are unknown."""
    per_image = info.price_for(image_size)
    if per_image is None:
        return None
    cost = images * per_image
    if info.input_usd_per_million_tokens is not None:
        cost += usage.prompt_tokens * info.input_usd_per_million_tokens / 1_000_000
    return round(cost, 6)


class ImageEngine:
    """Generation use cases over an `ImageBackend`, safe to call from any thread."""

    def __init__(
        self,
        backend_factory: Callable[[], ImageBackend],
        catalog: ModelCatalog,
        *,
        concurrency: int = 4,
        timeout_s: float | None = None,
    ) -> None:
        self._factory = backend_factory
        self._backend: ImageBackend | None = None
        self.catalog = catalog
        self._timeout_s = timeout_s
        self._net = NetworkLoop()
        self._semaphore = asyncio.Semaphore(max(1, concurrency))

    def close(self) -> None:
        backend = self._backend
        self._net.close(backend.aclose() if backend is not None else None)

    def __enter__(self) -> ImageEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get_backend(self) -> ImageBackend:
        # Built on first use, on the network thread: the SDK import is slow.
        if self._backend is None:
            self._backend = self._factory()
        return self._backend

    # -- batches ------------------------------------------------------------------------------

    def check(
        self, request: GenerationRequest, *, history_images: int = 0, history_bytes: int = 0
    ) -> CheckedRequest:
        """Validate without sending: raises InvalidRequestError with every problem.

        `history_bytes` is the JSON size of a conversation's earlier turns (`json_size`): with
        the prompt and references it must fit Google's request limit.
        """
        return check_request(
            self.catalog,
            request.model,
            request.references,
            request.aspect_ratio,
            request.image_size,
            request.seed,
            history_images=history_images,
            history_bytes=history_bytes,
            text=request.prompt.text,
        )

    def submit_batch(
        self,
        request: GenerationRequest,
        variants: int,
        *,
        on_variant: VariantCallback | None = None,
        token: CancelToken | None = None,
    ) -> concurrent.futures.Future[BatchResult]:
        """Start N requests now; raises InvalidRequestError at once if the request cannot be sent."""
        if not 1 <= variants <= MAX_VARIANTS:
            raise ValueError(f"variants must be 1..{MAX_VARIANTS}")
        checked = self.check(request)
        return self._net.submit(self._batch(request, checked, variants, on_variant, token or CancelToken()))

    def run_batch(
        self,
        request: GenerationRequest,
        variants: int,
        *,
        on_variant: VariantCallback | None = None,
        token: CancelToken | None = None,
    ) -> BatchResult:
        """Blocking form of `submit_batch`, for worker threads and the CLI."""
        return self.submit_batch(request, variants, on_variant=on_variant, token=token).result()

    async def _batch(
        self,
        request: GenerationRequest,
        checked: CheckedRequest,
        count: int,
        on_variant: VariantCallback | None,
        token: CancelToken,
    ) -> BatchResult:
        batch_id = secrets.token_hex(6)
        state = _BatchState()
        try:
            request = await self._fit(request, checked)
        except CutieError as exc:  # nothing was sent: every variant fails with the reason
            return self._refused_batch(request, checked, count, batch_id, exc.message, on_variant)
        contents = [user_content(request.prompt.text, request.references)]
        loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[Variant]] = []

        async def one(index: int) -> Variant:
            variant, _ = await self._exchange(request, checked, contents, index, batch_id, state)
            return variant

        for index in range(count):
            task = loop.create_task(one(index))
            token._attach(index, task, loop)
            tasks.append(task)
            if on_variant is not None:
                deliver = functools.partial(
                    self._deliver, index=index, callback=on_variant, request=request, checked=checked,
                    batch_id=batch_id,
                )  # fmt: skip
                task.add_done_callback(deliver)
        done = await asyncio.gather(*tasks, return_exceptions=True)
        variants = tuple(
            self._settle(result, index, request, checked, batch_id) for index, result in enumerate(done)
        )
        notices = checked.notices + ((state.seed_notice,) if state.seed_notice else ())
        return BatchResult(batch_id, variants, notices)

    async def _fit(self, request: GenerationRequest, checked: CheckedRequest) -> GenerationRequest:
        """The request with its references re-encoded to the checked budget, if it has one.

        Runs the image work on a worker thread (never the caller's or the network loop's). The
        recipe then records the references as sent; the notice from `check` told the user.
        """
        budget = checked.reference_budget
        if budget is None:
            return request
        fitted = await asyncio.to_thread(fit_references, request.references, budget)
        return replace(request, references=fitted)

    def _refused_batch(
        self,
        request: GenerationRequest,
        checked: CheckedRequest,
        count: int,
        batch_id: str,
        message: UserMessage,
        on_variant: VariantCallback | None,
    ) -> BatchResult:
        variants = []
        for index in range(count):
            recipe = self._recipe(request, checked, index, batch_id, seed_sent=None)
            variant = Variant(index, VariantStatus.FAILED, recipe, error=message)
            variants.append(variant)
            if on_variant is not None:
                try:
                    on_variant(variant)
                except Exception:
                    log.exception("variant callback failed")
        return BatchResult(batch_id, tuple(variants), checked.notices)

    def _deliver(
        self,
        task: asyncio.Task[Variant],
        index: int,
        callback: VariantCallback,
        request: GenerationRequest,
        checked: CheckedRequest,
        batch_id: str,
    ) -> None:
        result: Variant | BaseException = (
            asyncio.CancelledError() if task.cancelled() else (task.exception() or task.result())
        )
        try:
            callback(self._settle(result, index, request, checked, batch_id))
        except Exception:
            log.exception("variant callback failed")

    def _settle(
        self,
        result: Variant | BaseException,
        index: int,
        request: GenerationRequest,
        checked: CheckedRequest,
        batch_id: str,
    ) -> Variant:
        if isinstance(result, Variant):
            return result
        recipe = self._recipe(request, checked, index, batch_id, seed_sent=checked.seed)
        if isinstance(result, asyncio.CancelledError):
            return Variant(index, VariantStatus.CANCELLED, recipe, error=cancelled_message())
        log.error("variant %d failed unexpectedly", index, exc_info=result)
        return Variant(index, VariantStatus.FAILED, recipe, error=bug_message(result))

    def _recipe(
        self,
        request: GenerationRequest,
        checked: CheckedRequest,
        index: int,
        batch_id: str,
        *,
        seed_sent: int | None,
        reply: ModelReply | None = None,
        started_at: str = "",
        conversation_path: tuple[str, ...] = (),
    ) -> Recipe:
        cost = None
        if reply is not None:
            cost = estimate_cost(checked.model, checked.image_size, reply.usage, len(reply.images))
        return Recipe(
            model=checked.model.id,
            prompt=request.prompt,
            aspect_ratio=checked.aspect_ratio,
            image_size=checked.image_size,
            seed_requested=request.seed,
            seed_sent=seed_sent,
            references=reference_records(request.references),
            spec_version=request.spec_version,
            scene=request.scene,
            variant_index=index,
            batch_id=batch_id,
            conversation_path=conversation_path,
            model_version=reply.model_version if reply else "",
            response_id=reply.response_id if reply else "",
            usage=reply.usage if reply else Usage(),
            cost_usd=cost,
            started_at=started_at,
            finished_at=utc_now(),
            prompt_text=request.prompt.text,
        )

    async def _call(
        self,
        model: ModelInfo,
        contents: Sequence[ContentDict],
        config: CallConfig,
        state: _BatchState,
        outcome: _CallOutcome,
    ) -> tuple[ModelReply, CallConfig]:
        """One call; if the service refuses the seed, learn that and send again without it.

        Calls that reached Google without an answer are added to `outcome` as they happen, so a
        failure after a seed refusal still counts the attempts before it.
        """
        backend = self._get_backend()
        if state.seed_refused:  # refused earlier in this batch: this request never sends it
            config = replace(config, seed=None)
        try:
            reply = await backend.generate(model.id, contents, config)
        except (ServiceError, NetworkError) as exc:
            outcome.unknown += exc.unknown_outcomes
            if (
                not isinstance(exc, ServiceError)
                or config.seed is None
                or not is_seed_rejection(exc.code, exc.message)
            ):
                raise
            async with state.lock:
                state.seed_refused = True
                if state.seed_notice is None:
                    state.seed_notice = seed_rejected_message(model, model.id)
                    self.catalog.remember_seed(model.id, SeedSupport.NO)
            log.info("%s refused the seed; sending again without it", model.id)
            config = replace(config, seed=None)
            try:
                reply = await backend.generate(model.id, contents, config)
            except (ServiceError, NetworkError) as again:
                outcome.unknown += again.unknown_outcomes
                raise
        outcome.unknown += reply.unknown_outcomes
        return reply, config

    async def _exchange(
        self,
        request: GenerationRequest,
        checked: CheckedRequest,
        contents: Sequence[ContentDict],
        index: int,
        batch_id: str,
        state: _BatchState,
        conversation_path: tuple[str, ...] = (),
    ) -> tuple[Variant, ModelReply | None]:
        config = CallConfig(checked.aspect_ratio, checked.image_size, checked.seed)
        outcome = _CallOutcome()
        async with self._semaphore:
            started = utc_now()
            try:
                reply, sent = await self._call(checked.model, contents, config, state, outcome)
            except (ServiceError, NetworkError, CutieError) as exc:
                recipe = self._recipe(request, checked, index, batch_id, seed_sent=None, started_at=started)
                message = self._failure_message(checked.model.id, exc)
                variant = Variant(
                    index,
                    VariantStatus.FAILED,
                    recipe,
                    error=message,
                    unknown_outcomes=outcome.unknown,
                    unknown_cost_usd=self._unknown_cost(checked, outcome.unknown),
                )
                return variant, None
        recipe = self._recipe(
            request,
            checked,
            index,
            batch_id,
            seed_sent=sent.seed,
            reply=reply,
            started_at=started,
            conversation_path=conversation_path,
        )
        problem = finish_message(
            reply.finish_reason, reply.finish_message, reply.block_reason, bool(reply.images), reply.text
        )
        if problem is None:
            status = VariantStatus.DELIVERED
        elif problem.kind is ErrorKind.TEXT_ONLY:
            status = VariantStatus.TEXT_ONLY
        else:
            status = VariantStatus.BLOCKED
        variant = Variant(
            index,
            status,
            recipe,
            reply.images,
            reply.text,
            reply.finish_reason,
            problem,
            unknown_outcomes=outcome.unknown,
            unknown_cost_usd=self._unknown_cost(checked, outcome.unknown),
        )
        return variant, reply

    @staticmethod
    def _unknown_cost(checked: CheckedRequest, calls: int) -> float | None:
        """Worst case for calls whose outcome is unknown: each billed as one image at this size."""
        if not calls:
            return None
        price = checked.model.price_for(checked.image_size)
        return None if price is None else round(calls * price, 6)

    def _failure_message(self, model_id: str, exc: ServiceError | NetworkError | CutieError) -> UserMessage:
        """The one place a failed call becomes a message, for images and text checks alike."""
        if isinstance(exc, ServiceError):
            return api_error_message(self.catalog, model_id, exc)
        if isinstance(exc, NetworkError):
            return network_message(exc, self._timeout_s)
        return exc.message  # e.g. no key when the backend is first built

    # -- conversations --------------------------------------------------------------------------

    def submit_turn(
        self,
        request: GenerationRequest,
        history: Sequence[ContentDict],
        *,
        conversation_path: tuple[str, ...] = (),
        token: CancelToken | None = None,
    ) -> concurrent.futures.Future[TurnReply]:
        """Send one conversation turn: `history` (curated, signatures intact) + this request."""
        checked = self.check(request, history_images=count_images(history), history_bytes=json_size(history))
        token = token or CancelToken()
        return self._net.submit(self._turn(request, checked, list(history), conversation_path, token))

    async def _turn(
        self,
        request: GenerationRequest,
        checked: CheckedRequest,
        history: list[ContentDict],
        conversation_path: tuple[str, ...],
        token: CancelToken,
    ) -> TurnReply:
        try:
            request = await self._fit(request, checked)
        except CutieError as exc:  # nothing was sent
            recipe = self._recipe(request, checked, 0, "", seed_sent=None)
            failed = Variant(0, VariantStatus.FAILED, recipe, error=exc.message)
            return TurnReply(user_content(request.prompt.text), None, failed, checked.notices)
        sent = user_content(request.prompt.text, request.references)
        state = _BatchState()
        task = asyncio.get_running_loop().create_task(
            self._exchange(request, checked, [*history, sent], 0, "", state, conversation_path)
        )
        token._attach(0, task, asyncio.get_running_loop())
        try:
            variant, reply = await task
        except asyncio.CancelledError:
            recipe = self._recipe(request, checked, 0, "", seed_sent=checked.seed)
            variant = Variant(0, VariantStatus.CANCELLED, recipe, error=cancelled_message())
            reply = None
        model_content = (
            reply.content if reply is not None and variant.status is not VariantStatus.FAILED else None
        )
        notices = checked.notices + ((state.seed_notice,) if state.seed_notice else ())
        return TurnReply(sent, model_content, variant, notices)

    # -- spec check -----------------------------------------------------------------------------

    def submit_spec_check(
        self, spec: CharacterSpec, image: bytes, mime: str, *, model: str | None = None
    ) -> concurrent.futures.Future[SpecCheck]:
        """Ask a text model whether `image` shows each trait of `spec`.

        Raises InvalidRequestError at once when nothing can be sent (empty spec, no image, no
        check model). The future raises CutieError (a plain message) for every failure after
        that: service and network errors as for images, and answers that are not a checklist.
        """
        check = build_check(spec)
        model_id = model or (self.catalog.text_model.id if self.catalog.text_model else "")
        if not model_id:
            raise InvalidRequestError(
                UserMessage(
                    ErrorKind.INVALID_REQUEST,
                    QT_TRANSLATE_NOOP("core.generate", "No model to check with"),
                    QT_TRANSLATE_NOOP(
                        "core.generate", "The check needs a Gemini text model, and none is named for it."
                    ),
                    QT_TRANSLATE_NOOP("core.generate", "Choose a model for the check, or update Cutie."),
                )
            )
        if not image or not mime.startswith("image/"):
            raise InvalidRequestError(
                UserMessage(
                    ErrorKind.INVALID_REQUEST,
                    QT_TRANSLATE_NOOP("core.generate", "No image to check"),
                    QT_TRANSLATE_NOOP("core.generate", "The check needs one picture (PNG, JPEG or WebP)."),
                    QT_TRANSLATE_NOOP("core.generate", "Select an image, then check it again."),
                    technical=f"{len(image)} bytes of {mime or 'unknown type'}",
                )
            )
        return self._net.submit(self._spec_check(check, model_id, image, mime, may_replace=model is None))

    async def _spec_check(
        self, check: CheckRequest, model_id: str, image: bytes, mime: str, *, may_replace: bool
    ) -> SpecCheck:
        """One check; if Google no longer offers the catalogue's check model, ask which models
        exist, switch to the newest Gemini Flash text model listed, and ask that one once."""
        contents = [{"role": "user", "parts": [inline_image(image, mime), {"text": check.prompt}]}]
        config = CallConfig.json_answer(check.schema)
        async with self._semaphore:
            try:
                reply = await self._get_backend().generate(model_id, contents, config)
            except ServiceError as exc:
                if exc.code != 404 or not may_replace:
                    raise CutieError(self._failure_message(model_id, exc)) from None
                model_id = await self._replace_text_model(model_id, exc)
                try:
                    reply = await self._get_backend().generate(model_id, contents, config)
                except (ServiceError, NetworkError, CutieError) as again:
                    raise CutieError(self._failure_message(model_id, again)) from None
            except (NetworkError, CutieError) as exc:
                raise CutieError(self._failure_message(model_id, exc)) from None
        if not reply.text:
            blocked = finish_message(reply.finish_reason, reply.finish_message, reply.block_reason, False, "")
            if blocked is not None and blocked.kind in (ErrorKind.PROMPT_BLOCKED, ErrorKind.SAFETY_BLOCKED):
                raise CutieError(blocked)
        text_model = self.catalog.text_model
        cost = None
        if text_model is not None and text_model.id == model_id:
            usage = reply.usage
            cost = text_model.cost_for(usage.prompt_tokens, usage.output_tokens + usage.thoughts_tokens)
        return parse_check(check, reply.text, model=model_id, response_id=reply.response_id, cost_usd=cost)

    async def _replace_text_model(self, gone: str, refusal: ServiceError) -> str:
        """The id of a listed stand-in for the check model `gone`, now the catalogue's; or raise."""
        try:
            listed = await self._get_backend().list_models()
        except (ServiceError, NetworkError, CutieError) as exc:
            raise CutieError(self._failure_message(gone, exc)) from None
        if any(m.id == gone for m in listed):  # still offered: the 404 meant something else
            raise CutieError(self._failure_message(gone, refusal))
        stand_in = self.catalog.replacement_text_model(listed)
        if stand_in is None:
            raise CutieError(
                UserMessage(
                    ErrorKind.MODEL_NOT_FOUND,
                    QT_TRANSLATE_NOOP("core.generate", "The check model is not offered"),
                    QT_TRANSLATE_NOOP(
                        "core.generate",
                        "Google no longer offers {model}, the model Cutie checks images with, "
                        "and lists no Gemini Flash text model to use instead.",
                    ).format(model=gone),
                    QT_TRANSLATE_NOOP("core.generate", "Update Cutie to get a current check model."),
                    technical=f"{refusal.code} {refusal.status}: {refusal.message}",
                )
            )
        log.info("check model %s is not offered; using %s", gone, stand_in.id)
        self.catalog.use_text_model(stand_in)
        return stand_in.id

    # -- models ---------------------------------------------------------------------------------

    def refresh_models(self) -> concurrent.futures.Future[list[ModelInfo]]:
        """Ask the API which models exist; unknown image models join the catalogue as unverified.

        The future raises `CutieError` with a plain message when the list cannot be had (no or
        a bad key, no network, an endpoint that is not the Gemini API): callers print or show
        it like any other failure, never a traceback.
        """

        async def _refresh() -> list[ModelInfo]:
            try:
                listed: list[ListedModel] = await self._get_backend().list_models()
            except ServiceError as exc:
                raise CutieError(model_list_message(self.catalog, exc)) from exc
            except NetworkError as exc:
                raise CutieError(network_message(exc, self._timeout_s)) from exc
            return self.catalog.merge_listed(listed)

        return self._net.submit(_refresh())


def fit_references(refs: Sequence[ReferenceImage], budget: int) -> tuple[ReferenceImage, ...]:
    """`refs` with every one over `budget` bytes re-encoded to fit it (blocking image work).

    Raises CutieError when a reference cannot be made that small, naming it.
    """
    from cutie_app.core.imaging.reference_import import ImageImportError, import_reference

    fitted: list[ReferenceImage] = []
    for number, ref in enumerate(refs, 1):
        if len(ref.data) <= budget:
            fitted.append(ref)
            continue
        try:
            smaller = import_reference(
                ref.data,
                name=ref.label
                or QT_TRANSLATE_NOOP("core.generate", "Reference {number}").format(number=number),
                max_bytes=budget,
            )
        except ImageImportError as exc:
            raise CutieError(
                UserMessage(
                    ErrorKind.TOO_LARGE,
                    QT_TRANSLATE_NOOP("core.generate", "A reference could not be made small enough"),
                    user_text(exc),
                    QT_TRANSLATE_NOOP(
                        "core.generate", "Remove some references so the others can be sent as they are."
                    ),
                )
            ) from exc
        privacy = ref.privacy.converted() if ref.privacy is not None else None  # re-encoding drops it
        fitted.append(replace(ref, data=smaller.data, mime_type=smaller.mime_type, privacy=privacy))
    return tuple(fitted)


def bug_message(exc: BaseException) -> UserMessage:
    return UserMessage(
        ErrorKind.UNKNOWN,
        QT_TRANSLATE_NOOP("core.generate", "Something went wrong in Cutie"),
        QT_TRANSLATE_NOOP(
            "core.generate", "This request failed because of an error in Cutie itself; your project is safe."
        ),
        QT_TRANSLATE_NOOP("core.generate", "Please copy the details into a bug report."),
        technical=f"{type(exc).__name__}: {exc}",
    )
