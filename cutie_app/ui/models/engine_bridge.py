"""The engine as seen from Qt: batches go out, variants come back as signals.

The engine runs its network loop on its own thread; the variant callback fires there, so
thumbnails are decoded (with Pillow) in a separate image pool, never on the UI thread, and
everything reaches widgets through queued signals.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cutie_app.core.model.errors import CutieError
from cutie_app.core.model.generation import BatchResult, GenerationRequest, Variant
from cutie_app.ui.models.thumbs import make_thumb

if TYPE_CHECKING:  # the engine (asyncio, the network layer) loads with the first batch, not at start-up
    from cutie_app.core.model.catalog import ModelInfo
    from cutie_app.core.model.spec import CharacterSpec
    from cutie_app.core.model.spec_check import SpecCheck
    from cutie_app.core.services.engines import CancelToken, ImageEngine

log = logging.getLogger("cutie.ui")


class EngineBridge(QObject):
    """Runs batches on an `ImageEngine` and reports through signals.

    Every batch has a key chosen by the caller; all signals carry it, so several batches (a
    series) can run at once.

    Signals:
        variant_ready(object, object, object): (key, Variant, Thumb or None) as each arrives.
        batch_done(object, object): (key, BatchResult), after every variant of that batch.
        batch_refused(object, object): (key, UserMessage) when the request was refused before sending.
        batch_crashed(object, object): (key, UserMessage) for an unexpected failure (a bug).
        models_listed(object): the list of ModelInfo the API's model list added to the catalogue
            (often empty), after `list_models_if_stale` asked.
    """

    spec_checked = Signal(object, object)  # (key, SpecCheck)
    spec_check_failed = Signal(object, object)  # (key, UserMessage)
    variant_ready = Signal(object, object, object)
    batch_done = Signal(object, object)
    batch_refused = Signal(object, object)
    batch_crashed = Signal(object, object)
    models_listed = Signal(object)

    def __init__(self, engine_factory: Callable[[], ImageEngine]) -> None:
        super().__init__()
        self._factory = engine_factory
        self._engine: ImageEngine | None = None
        self._images = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="cutie-img")
        self._tokens: dict[object, CancelToken] = {}
        self._decoding: dict[object, int] = {}  # thumbnails still being made, per batch
        self._results: dict[object, BatchResult] = {}  # finished batches waiting for their thumbnails
        self._running = 0
        self._listing = False
        self._lock = threading.Lock()  # the count changes on the network thread, is read on the UI thread

    @property
    def engine(self) -> ImageEngine:
        if self._engine is None:
            self._engine = self._factory()
        return self._engine

    def replace_factory(self, engine_factory: Callable[[], ImageEngine]) -> None:
        """Point later batches elsewhere (e.g. switching to the demo server)."""
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self._factory = engine_factory

    @property
    def running(self) -> bool:
        with self._lock:
            return self._running > 0

    def start(self, key: object, request: GenerationRequest, variants: int) -> bool:
        """Begin a batch; False (and `batch_refused`) when it cannot be sent."""
        from cutie_app.core.services.engines import new_cancel_token

        token = new_cancel_token()
        try:
            future = self.engine.submit_batch(
                request, variants, on_variant=lambda v: self._arrived(key, v), token=token
            )
        except CutieError as exc:
            self.batch_refused.emit(key, exc.message)
            return False
        with self._lock:
            self._tokens[key] = token
            self._running += 1
        future.add_done_callback(lambda f: self._finished(key, f))
        return True

    def list_models_if_stale(self) -> bool:
        """Ask the API for its model list in the background when the catalogue's copy is stale.

        Opportunistic: called once a batch has gone through (so a key is set and the service is
        reachable); a failure is only logged, since the next batch reports any real problem.
        Returns True when a request went out.
        """
        engine = self._engine
        with self._lock:
            if engine is None or self._listing or not engine.catalog.list_is_stale():
                return False
            self._listing = True

        def done(f: concurrent.futures.Future[list[ModelInfo]]) -> None:  # network thread
            with self._lock:
                self._listing = False
            exc = f.exception()
            if exc is not None:
                log.info("the model list was not refreshed: %s", exc)
                return
            self.models_listed.emit(f.result())

        engine.refresh_models().add_done_callback(done)
        return True

    def check_spec(self, key: object, spec: CharacterSpec, image: bytes, mime: str) -> None:
        """Ask the text model for a per-trait checklist of `image` against `spec`."""
        try:
            future = self.engine.submit_spec_check(spec, image, mime)
        except CutieError as exc:
            self.spec_check_failed.emit(key, exc.message)
            return

        def done(f: concurrent.futures.Future[SpecCheck]) -> None:  # network thread
            exc = f.exception()
            if exc is None:
                self.spec_checked.emit(key, f.result())
            elif isinstance(exc, CutieError):
                self.spec_check_failed.emit(key, exc.message)
            else:
                from cutie_app.core.services.engines import bug_message

                log.error("spec check failed unexpectedly", exc_info=exc)
                self.spec_check_failed.emit(key, bug_message(exc))

        future.add_done_callback(done)

    def cancel(self, key: object = None, index: int | None = None) -> None:
        """Cancel one variant of one batch, one batch, or (no key) everything running."""
        with self._lock:
            tokens = (
                list(self._tokens.values())
                if key is None
                else [t for k, t in self._tokens.items() if k == key]
            )
        for token in tokens:
            token.cancel(index)

    def _arrived(self, key: object, variant: Variant) -> None:  # network thread
        with self._lock:
            self._decoding[key] = self._decoding.get(key, 0) + 1
        self._images.submit(self._decode, key, variant)

    def _decode(self, key: object, variant: Variant) -> None:  # image pool
        try:
            thumb = make_thumb(variant.images[0].data) if variant.images else None
            self.variant_ready.emit(key, variant, thumb)
        finally:
            with self._lock:
                self._decoding[key] -= 1
                done = self._decoding[key] == 0 and key in self._results
                result = self._results.pop(key, None) if done else None
                if done:
                    del self._decoding[key]
            if result is not None:
                self.batch_done.emit(key, result)

    def _finished(
        self, key: object, future: concurrent.futures.Future[BatchResult]
    ) -> None:  # network thread
        with self._lock:
            self._running -= 1
            self._tokens.pop(key, None)
        exc = future.exception()
        if exc is not None:
            from cutie_app.core.services.engines import bug_message

            log.error("batch failed unexpectedly", exc_info=exc)
            self.batch_crashed.emit(key, bug_message(exc))
            return
        # "done" must follow the batch's last tile: if thumbnails are still decoding, the last
        # decode emits it instead.
        with self._lock:
            pending = self._decoding.get(key, 0)
            if pending:
                self._results[key] = future.result()
            else:
                self._decoding.pop(key, None)
        if not pending:
            self.batch_done.emit(key, future.result())

    def close(self) -> None:
        self.cancel()
        if self._engine is not None:
            self._engine.close()
        self._images.shutdown(wait=True, cancel_futures=False)
