"""A scriptable `ImageBackend` for fast UI and service tests (end-to-end tests use the demo server).

It answers like the real backend does: `ModelReply` values for HTTP 200 answers (images, safety
blocks), `ServiceError` / `NetworkError` for failures. Script answers in order with `push`, or
rely on `default` (a fresh image per call); `hold()` makes calls wait until `release()`; every
call is kept in `requests`. Inject it through `ImageEngine(lambda: backend, catalog)`; nothing
in the SDK is patched.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cutie_app.core.genai.backend import CallConfig, ContentDict, ModelReply
from cutie_app.core.model.catalog import ListedModel
from cutie_app.core.model.generation import GeneratedImage, Usage
from helpers.images import png

Answer = ModelReply | BaseException | Callable[[int], ModelReply]


def image_reply(data: bytes, mime: str = "image/png", *, response_id: str = "fake-1") -> ModelReply:
    """An HTTP 200 answer carrying one image."""
    return ModelReply(
        images=(GeneratedImage(data, mime),),
        text="",
        dump_content=lambda: {"role": "model", "parts": []},
        finish_reason="STOP",
        finish_message=None,
        block_reason=None,
        usage=Usage(prompt_tokens=300, output_tokens=1120, total_tokens=1420, image_output_tokens=1120),
        response_id=response_id,
        model_version="fake-model-001",
    )


def blocked_reply(reason: str = "IMAGE_SAFETY", *, response_id: str = "fake-blocked") -> ModelReply:
    """A safety block: HTTP 200 with a finish reason and no image (billed)."""
    return ModelReply(
        images=(),
        text="",
        dump_content=lambda: None,
        finish_reason=reason,
        finish_message="The image was blocked.",
        block_reason=None,
        usage=Usage(prompt_tokens=300),
        response_id=response_id,
        model_version="fake-model-001",
    )


@dataclass(frozen=True)
class Call:
    model: str
    contents: tuple[ContentDict, ...]
    config: CallConfig


class FakeBackend:
    """See the module docstring. Thread-safe: tests script it from the test thread."""

    def __init__(self, *answers: Answer, listed: Sequence[ListedModel] = ()) -> None:
        self._answers: deque[Answer] = deque(answers)
        self._lock = threading.Lock()
        self._open = threading.Event()
        self._open.set()
        self._counter = itertools.count(1)
        self.listed = list(listed)
        self.requests: list[Call] = []
        self.started = threading.Semaphore(0)  # released once per call that reached the backend
        self.closed = False

    def push(self, *answers: Answer) -> None:
        with self._lock:
            self._answers.extend(answers)

    def hold(self) -> None:
        """Calls from now on wait (cancellably) until `release()`."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def default(self, number: int) -> ModelReply:
        return image_reply(png(number), response_id=f"fake-{number}")

    async def generate(self, model: str, contents: Sequence[ContentDict], config: CallConfig) -> ModelReply:
        with self._lock:
            number = next(self._counter)
            self.requests.append(Call(model, tuple(contents), config))
            answer: Answer = self._answers.popleft() if self._answers else self.default
        self.started.release()
        while not self._open.is_set():
            await asyncio.sleep(0.005)
        if isinstance(answer, BaseException):
            raise answer
        return answer(number) if callable(answer) else answer

    async def list_models(self) -> list[ListedModel]:
        return list(self.listed)

    async def aclose(self) -> None:
        self.closed = True
