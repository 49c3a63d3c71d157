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

from PySide6.QtCore import QObject, Signal

from cutie_app.core.engine import CancelToken, ImageEngine, bug_message
from cutie_app.core.errors import CutieError
from cutie_app.core.generation import BatchResult, GenerationRequest, Variant
from cutie_app.ui.thumbs import make_thumb

log = logging.getLogger("cutie.ui")


class EngineBridge(QObject):
    """Runs batches on an `ImageEngine` and reports through signals.

    Signals:
        variant_ready(object, object): (Variant, Thumb or None) as each arrives.
        batch_done(object): the BatchResult, after every variant.
        batch_refused(object): a UserMessage when the request was refused before sending.
        batch_crashed(object): a UserMessage for an unexpected failure (a bug).
    """

    variant_ready = Signal(object, object)
    batch_done = Signal(object)
    batch_refused = Signal(object)
    batch_crashed = Signal(object)

    def __init__(self, engine_factory: Callable[[], ImageEngine]) -> None:
        super().__init__()
        self._factory = engine_factory
        self._engine: ImageEngine | None = None
        self._images = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="cutie-img")
        self._token: CancelToken | None = None
        self._running = 0
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

    def start(self, request: GenerationRequest, variants: int) -> bool:
        """Begin a batch; False (and `batch_refused`) when it cannot be sent."""
        token = CancelToken()
        try:
            future = self.engine.submit_batch(request, variants, on_variant=self._arrived, token=token)
        except CutieError as exc:
            self.batch_refused.emit(exc.message)
            return False
        self._token = token
        with self._lock:
            self._running += 1
        future.add_done_callback(self._finished)
        return True

    def cancel(self, index: int | None = None) -> None:
        if self._token is not None:
            self._token.cancel(index)

    def _arrived(self, variant: Variant) -> None:  # network thread
        self._images.submit(self._decode, variant)

    def _decode(self, variant: Variant) -> None:  # image pool
        thumb = make_thumb(variant.images[0].data) if variant.images else None
        self.variant_ready.emit(variant, thumb)

    def _finished(self, future: concurrent.futures.Future[BatchResult]) -> None:  # network thread
        with self._lock:
            self._running -= 1
        exc = future.exception()
        if exc is not None:
            log.error("batch failed unexpectedly", exc_info=exc)
            self.batch_crashed.emit(bug_message(exc))
            return
        # Let thumbnails queued before this point go first, so "done" follows the last tile.
        self._images.submit(self.batch_done.emit, future.result())

    def close(self) -> None:
        if self._token is not None:
            self._token.cancel()
        if self._engine is not None:
            self._engine.close()
        self._images.shutdown(wait=True, cancel_futures=False)
