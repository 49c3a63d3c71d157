"""Which engine a window or a command gets: Google's service, or the built-in demo server.

`EngineFactory` is the one place that knows how to build an `ImageEngine` from the user's
settings and key. The engine itself (and its `CancelToken`) is handed to callers from here, so
the window and the CLI never import the genai package: the SDK loads with the first engine.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.errors import CutieError, MissingKeyError, UserMessage
from cutie_app.core.system import paths
from cutie_app.core.system.settings import load_settings

if TYPE_CHECKING:
    from cutie_app.core.genai.backend import ImageBackend
    from cutie_app.core.genai.engine import CancelToken, ImageEngine
    from cutie_app.core.genai.gemini import ClientSettings
    from cutie_app.demo.server import DemoServer

log = logging.getLogger("cutie.services")

#: The key the demo server accepts; it never leaves this machine.
DEMO_KEY = "demo-key"

__all__ = [
    "DEMO_KEY",
    "CancelToken",
    "EngineFactory",
    "EngineOptions",
    "ImageEngine",
    "bug_message",
    "error_message",
    "load_catalog",
    "new_cancel_token",
]


@dataclass(frozen=True)
class EngineOptions:
    """Per-run overrides; None takes the value from the user's settings."""

    concurrency: int | None = None
    timeout_s: float | None = None
    retry_attempts: int | None = None


def load_catalog(*, demo: bool = False) -> ModelCatalog:
    """The shipped catalogue plus what Cutie learned; in demo mode nothing learned is saved.

    The demo server's refusals and model list are made up: they must not teach the real catalogue.
    """
    catalog = ModelCatalog.load(paths.learned_catalog_file())
    if demo:
        catalog.stop_saving()
    return catalog


class EngineFactory:
    """Builds engines on demand (call it); stops the demo servers it started on `close()`.

    With `require_key`, a missing key is reported when the engine is built (the CLI's exit 3)
    rather than per request; the window leaves it to the first request, on the network thread,
    so the keyring is never read on the UI thread.
    """

    def __init__(
        self,
        catalog: ModelCatalog,
        *,
        demo: bool,
        options: EngineOptions | None = None,
        require_key: bool = False,
        backend_factory: Callable[[], ImageBackend] | None = None,
    ) -> None:
        self.catalog = catalog
        self.demo = demo
        self._options = options or EngineOptions()
        self._require_key = require_key
        self._backend_factory = backend_factory
        self._servers: list[DemoServer] = []
        self._lock = threading.Lock()

    def __call__(self) -> ImageEngine:
        from cutie_app.core.genai.engine import ImageEngine

        settings = load_settings()
        concurrency = self._options.concurrency or settings.concurrency
        timeout_s = self._options.timeout_s or float(settings.timeout_s)
        backend = self._backend_factory or (
            self._demo_backend(timeout_s) if self.demo else self._real_backend(timeout_s, settings.endpoint)
        )
        return ImageEngine(backend, self.catalog, concurrency=concurrency, timeout_s=timeout_s)

    def _demo_backend(self, timeout_s: float) -> Callable[[], ImageBackend]:
        from cutie_app.core.genai.gemini import GeminiBackend
        from cutie_app.demo.server import DemoServer

        server = DemoServer().start()
        with self._lock:
            self._servers.append(server)
        client = self._client_settings(DEMO_KEY, server.base_url, timeout_s)
        return lambda: GeminiBackend(client)

    def _real_backend(self, timeout_s: float, endpoint: str) -> Callable[[], ImageBackend]:
        from cutie_app.core.genai.gemini import GeminiBackend
        from cutie_app.core.system.secrets import load_api_key

        if self._require_key and load_api_key() is None:
            raise MissingKeyError()

        def backend() -> ImageBackend:  # runs on the network thread: keyring and SDK stay off the UI
            key = load_api_key()
            if key is None:
                raise MissingKeyError()
            # Preferences' endpoint (for proxies) wins; None lets the SDK read GOOGLE_GEMINI_BASE_URL.
            return GeminiBackend(self._client_settings(key.value, endpoint or None, timeout_s))

        return backend

    def _client_settings(self, api_key: str, base_url: str | None, timeout_s: float) -> ClientSettings:
        from cutie_app.core.genai.gemini import ClientSettings

        client = ClientSettings(api_key=api_key, base_url=base_url, timeout_s=timeout_s)
        if self._options.retry_attempts is not None:
            client = dataclasses.replace(client, retry_attempts=self._options.retry_attempts)
        return client

    def close(self) -> None:
        """Stop the demo servers this factory started (engines close themselves)."""
        with self._lock:
            servers, self._servers = self._servers, []
        for server in servers:
            server.stop()


def warm_up() -> None:
    """Import the engine and the scoring maths now (a worker at start-up), not with the first batch."""
    import importlib

    for module in ("cutie_app.core.genai.engine", "cutie_app.core.imaging.consistency"):
        importlib.import_module(module)


def new_cancel_token() -> CancelToken:
    """A token that cancels a batch, or single variants of it, from any thread."""
    from cutie_app.core.genai.engine import CancelToken

    return CancelToken()


def bug_message(exc: BaseException) -> UserMessage:
    """The message for a failure that is Cutie's own fault (the engine's wording)."""
    from cutie_app.core.genai.engine import bug_message as engine_bug_message

    return engine_bug_message(exc)


def error_message(exc: BaseException) -> UserMessage:
    return exc.message if isinstance(exc, CutieError) else bug_message(exc)
