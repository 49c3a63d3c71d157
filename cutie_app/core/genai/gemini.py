"""The only module that imports google.genai: client set-up, request mapping, error reduction.

google.genai costs about a second to import, so it is imported inside `GeminiBackend.__init__`,
which runs in a worker, never at start-up. SDK exceptions are reduced here to the core's plain
`ServiceError` / `NetworkError`; the core decides what they mean to a user.

Calls run in "lanes": a few event loops on their own threads, each with its own SDK client, one
call per lane while there are lanes to spare. Reading a 4K answer (about 4 MB of JSON) and
parsing it cost the SDK ~15 ms of CPU; on one loop, eight answers that land together are read
and parsed one after another, while on several lanes one answer's socket reads (which release
the GIL) overlap another's parsing. A cancelled call is still cancelled on its lane, so its HTTP
request is abandoned at once. The SDK sends through aiohttp when it is installed (Cutie depends
on it: it reads large bodies with far less Python per chunk than httpx's async client).

Each lane hands the SDK its own aiohttp session, traced, so Cutie sees every HTTP attempt the
SDK's retries make: an attempt that reached Google and got no answer (the connection closed, or
timed out) may still have been billed, and is counted as an "unknown outcome". The SDK does not
retry an answer cut off mid-body (aiohttp's `ClientPayloadError`); Cutie retries that itself,
with the same attempts and backoff.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
import ssl
import threading
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from cutie_app.core.genai.backend import CallConfig, ContentDict, ModelReply
from cutie_app.core.genai.netloop import NetworkLoop
from cutie_app.core.model.catalog import ListedModel
from cutie_app.core.model.errors import NetworkError, ServiceError
from cutie_app.core.model.generation import GeneratedImage, Usage

log = logging.getLogger("cutie.genai")
T = TypeVar("T")

#: Measured on two cores with eight 4K answers at once: one lane is the slowest batch, while four
#: or more let parsing threads take turns on the GIL long enough to stall the UI (PNG answers).
MAX_LANES = 3

#: The statuses worth retrying: timeouts, quota, and server-side failures. A 400 never is.
RETRY_STATUS_CODES = (408, 429, 500, 502, 503, 504)
#: The read buffer the SDK gives its own aiohttp sessions (4 MiB: a 4K answer in a few reads).
_READ_BUFFER = 2**22
#: Transport errors raised before anything was sent: the request never reached Google.
_NOT_SENT = frozenset(
    {
        "ClientConnectorError",
        "ClientConnectorDNSError",
        "ClientConnectorSSLError",
        "ClientConnectorCertificateError",
        "ClientProxyConnectionError",
        "ClientSSLError",
        "ConnectionTimeoutError",
        "ConnectError",
        "ConnectTimeout",
        "ConnectionRefusedError",
        "UnsupportedProtocol",
        "InvalidURL",
    }
)
#: Transport errors raised while an answer's body was being read.
_BODY_ERRORS = frozenset({"ClientPayloadError", "ContentLengthError", "TransferEncodingError"})


@dataclass
class _AttemptLog:
    """What the HTTP attempts of one SDK call did (the SDK retries inside the call)."""

    #: Attempts that reached Google and ended without an answer (closed, reset or timed out).
    lost: int = 0
    #: HTTP status of the latest attempt's answer; None until its headers arrive.
    status: int | None = None
    #: True once the transport reported an attempt (the SDK sent through Cutie's traced session).
    traced: bool = False


_ATTEMPTS: contextvars.ContextVar[_AttemptLog | None] = contextvars.ContextVar("cutie_attempts", default=None)


def _never_sent(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) failed before the request left this machine."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return False
        names = {cls.__name__ for cls in type(seen).__mro__}
        if names & _NOT_SENT:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@dataclass(frozen=True)
class ClientSettings:
    """How to reach the service. `base_url=None` lets the SDK read GOOGLE_GEMINI_BASE_URL."""

    api_key: str
    base_url: str | None = None
    #: v1beta is where every image example and feature is documented; SDK 3.x defaults to v1.
    api_version: str = "v1beta"
    #: 4K images from Pro can take minutes; the SDK default is no client-side limit at all.
    timeout_s: float = 600.0
    retry_attempts: int = 5
    retry_initial_delay_s: float = 1.0
    retry_max_delay_s: float = 60.0
    retry_jitter_s: float = 1.0
    #: Event loops (threads) calls are spread over; lanes open as calls need them.
    max_lanes: int = MAX_LANES

    def __repr__(self) -> str:  # never let the key reach a log line or a traceback
        return f"ClientSettings(base_url={self.base_url!r}, api_version={self.api_version!r}, api_key=***)"


class GeminiBackend:
    """`ImageBackend` over the official SDK's async client, with calls spread over lanes."""

    def __init__(self, settings: ClientSettings) -> None:
        from google import genai
        from google.genai import errors, types

        self._genai = genai
        self._types = types
        self._errors = errors
        self.settings = settings
        self._http_options = types.HttpOptions(
            base_url=settings.base_url,
            api_version=settings.api_version,
            timeout=int(settings.timeout_s * 1000),
            retry_options=types.HttpRetryOptions(
                attempts=settings.retry_attempts,
                initial_delay=settings.retry_initial_delay_s,
                max_delay=settings.retry_max_delay_s,
                jitter=settings.retry_jitter_s,
                http_status_codes=list(RETRY_STATUS_CODES),
            ),
            async_client_args=tls_client_args(),
        )
        self._lanes: list[_Lane] = []
        self._lock = threading.Lock()
        self._closed = False

    def _new_client(self) -> tuple[Any, Any]:
        """An SDK client and the traced aiohttp session it sends through (on the lane's loop)."""
        import aiohttp  # the SDK's own transport; it is installed with google-genai[aiohttp]

        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0),
            trust_env=True,
            read_bufsize=_READ_BUFFER,
            trace_configs=[_attempt_trace(aiohttp)],
        )
        options = self._http_options.model_copy(update={"aiohttp_client": session})
        return self._genai.Client(api_key=self.settings.api_key, http_options=options), session

    async def _on_lane(self, call: Callable[[Any], Coroutine[Any, Any, T]]) -> T:
        """Run `call(client)` on the least busy lane; cancelling the caller cancels it there."""
        lane = self._pick_lane()
        try:
            return await asyncio.wrap_future(lane.net.submit(lane.run(call)))
        finally:
            with self._lock:
                lane.busy -= 1

    def _pick_lane(self) -> _Lane:
        with self._lock:
            if self._closed:
                raise RuntimeError("the Gemini backend is closed")
            idle = [lane for lane in self._lanes if lane.busy == 0]
            if idle:
                lane = idle[0]
            elif len(self._lanes) < max(1, self.settings.max_lanes):
                lane = _Lane(f"cutie-lane-{len(self._lanes) + 1}", self._new_client)
                self._lanes.append(lane)
            else:
                lane = min(self._lanes, key=lambda candidate: candidate.busy)
            lane.busy += 1
            return lane

    async def generate(self, model: str, contents: Sequence[ContentDict], config: CallConfig) -> ModelReply:
        async def call(client: Any) -> ModelReply:
            # Mapping runs on the lane too: validating 14 references decodes their base64.
            sdk_contents, gen_config = self._request(contents, config)
            unknown = 0
            attempts = max(1, self.settings.retry_attempts)
            for attempt in range(1, attempts + 1):
                tried = _AttemptLog()
                token = _ATTEMPTS.set(tried)
                try:
                    response = await client.aio.models.generate_content(
                        model=model, contents=sdk_contents, config=gen_config
                    )
                except Exception as exc:
                    error = self._reduce(exc, tried, unknown)
                    if isinstance(error, NetworkError) and error.cut_off and attempt < attempts:
                        # The SDK does not retry an answer cut off mid-body; Cutie does, alike.
                        unknown = error.unknown_outcomes
                        log.info("%s: answer cut off (%s); retry %d", model, error.detail, attempt)
                        await asyncio.sleep(self._backoff(attempt))
                        continue
                    raise error from exc
                finally:
                    _ATTEMPTS.reset(token)
                return self._reply(response, unknown + tried.lost)
            raise AssertionError("unreachable: the last attempt returns or raises")

        return await self._on_lane(call)

    def _backoff(self, attempt: int) -> float:
        """The SDK's own wait before retry `attempt + 1`: exponential from the initial delay, plus jitter."""
        settings = self.settings
        delay = min(settings.retry_max_delay_s, settings.retry_initial_delay_s * 2.0 ** (attempt - 1))
        return delay + random.uniform(0, settings.retry_jitter_s)

    def _request(self, contents: Sequence[ContentDict], config: CallConfig) -> tuple[list[Any], Any]:
        """The SDK's contents and GenerateContentConfig for one call."""
        types = self._types
        image_config = None
        if config.aspect_ratio or config.image_size:
            image_config = types.ImageConfig(aspect_ratio=config.aspect_ratio, image_size=config.image_size)
        gen_config = types.GenerateContentConfig(
            response_modalities=list(config.response_modalities) or None,
            image_config=image_config,
            seed=config.seed,
            response_mime_type=config.response_mime_type,
            # JSON Schema as is (`response_schema` would convert it to the OpenAPI subset).
            response_json_schema=dict(config.response_json_schema) if config.response_json_schema else None,
        )
        return [types.Content.model_validate(c) for c in contents], gen_config

    async def list_models(self) -> list[ListedModel]:
        return await self._on_lane(self._list_models)

    async def _list_models(self, client: Any) -> list[ListedModel]:
        listed: list[ListedModel] = []
        tried = _AttemptLog()
        token = _ATTEMPTS.set(tried)
        try:
            pager = await client.aio.models.list(config={"page_size": 100})
            async for model in pager:
                listed.append(
                    ListedModel(
                        id=(model.name or "").removeprefix("models/"),
                        display_name=model.display_name or "",
                        description=model.description or "",
                        methods=tuple(model.supported_actions or ()),
                    )
                )
        except Exception as exc:
            raise self._reduce(exc, tried) from exc
        finally:
            _ATTEMPTS.reset(token)
        return listed

    async def aclose(self) -> None:
        """Close every lane's connections on its own loop, then stop the lanes."""
        with self._lock:
            self._closed = True
            lanes, self._lanes = self._lanes, []
        for lane in lanes:
            await asyncio.to_thread(lane.close)

    # -- mapping ----------------------------------------------------------------------------

    def _reduce(self, exc: Exception, tried: _AttemptLog, earlier: int = 0) -> Exception:
        """SDK and transport exceptions as the core's plain errors; anything else is a bug.

        `tried` holds what the call's HTTP attempts did; `earlier` counts unknown outcomes of
        calls before this one (Cutie's own retries). Both go into the error's count.
        """
        if isinstance(exc, self._errors.APIError):
            return ServiceError(
                int(exc.code or 0),
                str(exc.status or ""),
                str(exc.message or ""),
                unknown_outcomes=earlier + tried.lost,
            )
        name = type(exc).__name__
        module = type(exc).__module__ or ""
        if not (
            module.startswith(("httpx", "httpcore", "aiohttp")) or isinstance(exc, OSError | TimeoutError)
        ):
            return exc
        timed_out = "Timeout" in name or isinstance(exc, TimeoutError)
        # Headers of the last attempt arrived, so this broke while its body was read (the SDK
        # retries nothing after that point): the answer was cut off, or timed out mid-way.
        answer_started = tried.status is not None
        reached = answer_started or not _never_sent(exc)
        if answer_started:
            lost_now = 1 if tried.status == 200 else 0  # an error answer cut short is not billed
        elif tried.traced:
            lost_now = 0  # failed before its answer began: the trace counted it already
        else:
            lost_now = 1 if reached else 0
        return NetworkError(
            timed_out,
            f"{name}: {exc}",
            reached=reached,
            cut_off=answer_started and not timed_out,
            unknown_outcomes=earlier + tried.lost + lost_now,
        )

    def _reply(self, response: Any, unknown_outcomes: int = 0) -> ModelReply:
        candidate = response.candidates[0] if response.candidates else None
        content = candidate.content if candidate is not None else None
        images: list[GeneratedImage] = []
        texts: list[str] = []
        for part in (content.parts or []) if content is not None else []:
            if part.thought:
                continue  # thinking parts, including interim images, are never results
            if part.inline_data is not None and part.inline_data.data:
                images.append(
                    GeneratedImage(
                        part.inline_data.data, part.inline_data.mime_type or "application/octet-stream"
                    )
                )
            elif part.text:
                texts.append(part.text)

        def dump_content() -> ContentDict | None:
            # Only conversation turns ask for it (see ModelReply).
            if content is None or not content.parts:
                return None
            dumped: ContentDict = content.model_dump(mode="json", exclude_none=True)
            return dumped

        feedback = response.prompt_feedback
        headers = dict(response.sdk_http_response.headers or {}) if response.sdk_http_response else {}
        return ModelReply(
            images=tuple(images),
            text="\n".join(texts).strip(),
            dump_content=dump_content,
            finish_reason=_enum_name(candidate.finish_reason) if candidate is not None else None,
            finish_message=candidate.finish_message if candidate is not None else None,
            block_reason=_enum_name(feedback.block_reason) if feedback is not None else None,
            usage=_usage(response.usage_metadata),
            response_id=response.response_id or "",
            model_version=response.model_version or "",
            headers=headers,
            unknown_outcomes=unknown_outcomes,
        )


def _attempt_trace(aiohttp: Any) -> Any:
    """An aiohttp TraceConfig that records each attempt of the running call in its `_AttemptLog`."""

    async def started(session: Any, context: Any, params: Any) -> None:
        log_ = _ATTEMPTS.get()
        if log_ is not None:
            log_.status = None
            log_.traced = True

    async def answered(session: Any, context: Any, params: Any) -> None:
        log_ = _ATTEMPTS.get()
        if log_ is not None:
            log_.status = int(params.response.status)

    async def failed(session: Any, context: Any, params: Any) -> None:
        log_ = _ATTEMPTS.get()
        if log_ is not None and not _never_sent(params.exception):
            log_.lost += 1

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(started)
    trace.on_request_end.append(answered)
    trace.on_request_exception.append(failed)
    return trace


class _Lane:
    """One event loop on its own thread with its own SDK client (built there, on first use)."""

    def __init__(self, name: str, make_client: Callable[[], tuple[Any, Any]]) -> None:
        self.net = NetworkLoop(name)
        self.busy = 0  # guarded by the backend's lock
        self._make_client = make_client
        self._client: Any = None  # touched only on this lane's thread
        self._session: Any = None

    async def run(self, call: Callable[[Any], Coroutine[Any, Any, T]]) -> T:
        # An SDK client's connections belong to the loop that opened them: one client per lane.
        if self._client is None:
            self._client, self._session = self._make_client()
        return await call(self._client)

    async def _aclose(self) -> None:
        if self._client is not None:
            await self._client.aio.aclose()
        if self._session is not None:
            await self._session.close()  # the SDK leaves a session it was given to its owner

    def close(self) -> None:
        self.net.close(self._aclose())


def tls_client_args() -> dict[str, Any]:
    """The TLS trust the SDK gives its httpx transport, handed to aiohttp as well.

    For aiohttp the SDK would load certifi's bundle; httpx2 uses the OS trust store (or
    SSL_CERT_FILE / SSL_CERT_DIR), which is the one that knows a company proxy's root.
    """
    try:
        import httpx2  # the SDK's own transport dependency
    except ImportError:
        return {}
    context: ssl.SSLContext = httpx2.create_ssl_context()
    return {"ssl": context}


def _enum_name(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _usage(meta: Any) -> Usage:
    if meta is None:
        return Usage()
    image_out = sum(
        d.token_count or 0
        for d in (meta.candidates_tokens_details or [])
        if _enum_name(d.modality) == "IMAGE"
    )
    return Usage(
        prompt_tokens=meta.prompt_token_count or 0,
        output_tokens=meta.candidates_token_count or 0,
        thoughts_tokens=meta.thoughts_token_count or 0,
        total_tokens=meta.total_token_count or 0,
        image_output_tokens=image_out,
    )
