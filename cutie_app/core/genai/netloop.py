"""An asyncio event loop on its own daemon thread, so network calls never run on a caller's thread.

The engine runs its batches on one; the Gemini backend runs SDK calls on a few more (see
`gemini.GeminiBackend`), so reading one large answer overlaps parsing another.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

log = logging.getLogger("cutie.network")
T = TypeVar("T")


class NetworkLoop:
    """An asyncio event loop on a daemon thread; coroutines are submitted from any thread."""

    def __init__(self, name: str = "cutie-network") -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)
        self._thread.start()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def close(self, final: Coroutine[Any, Any, Any] | None = None, timeout_s: float = 10.0) -> None:
        """Run `final` (e.g. closing HTTP clients), cancel what is left, stop the thread."""
        if self._loop.is_closed():
            return
        if final is not None:
            try:
                self.submit(final).result(timeout_s)
            except Exception as exc:  # closing must never raise at shutdown
                log.warning("error while closing network clients: %s", exc)

        async def _cancel_rest() -> None:
            current = asyncio.current_task()
            rest = [t for t in asyncio.all_tasks() if t is not current]
            for task in rest:
                task.cancel()
            await asyncio.gather(*rest, return_exceptions=True)

        try:
            self.submit(_cancel_rest()).result(timeout_s)
        except Exception as exc:
            log.warning("tasks did not stop cleanly: %s", exc)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout_s)
        if not self._thread.is_alive():
            self._loop.close()
