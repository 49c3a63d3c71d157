"""A local stand-in for the Gemini REST API (the subset Cutie uses), for tests and the app's demo mode.

The real google-genai SDK is pointed at it with `HttpOptions(base_url=server.base_url, api_version="v1beta")`,
so everything from request serialisation to error mapping runs exactly as in production. It answers with
Google-shaped JSON, real PNG bytes and Google's error texts, enforces the same limits as the real models
(see `cutie_app.demo.models`) and refuses what the service refuses (`cutie_app.demo.schema`: unknown
fields, wrong image types or bytes, bad response modalities, bodies over 100 MB). Thought signatures
are HMACs it verifies statelessly, so a history saved against one server process is accepted by the
next; it also remembers every signature it issued, so a part sent back without its signature is
refused like the service refuses it.

Faults for tests: `inject(Fault(...))` queues failures (HTTP errors, a dropped connection, an
answer cut off mid-body); prompts can trigger them too (`[demo:overloaded]`, `[demo:drop]`...).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import hashlib
import hmac
import io
import json
import logging
import random
import re
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, urlsplit

from PIL import Image, UnidentifiedImageError

from cutie_app.demo.models import MODELS, DemoModel, lookup, nominal_size
from cutie_app.demo.placeholder import draw_placeholder, draw_thought
from cutie_app.demo.schema import (
    IMAGE_INPUT_MIME,
    MAX_REQUEST_BYTES,
    TEXT_INPUT_MIME,
    RefusedError,
    check_fields,
    check_inline_image,
    check_modalities,
    too_large,
)

log = logging.getLogger(__name__)

# --- Google's texts -------------------------------------------------------------------------------

MSG_INVALID_ARGUMENT = "Request contains an invalid argument."
MSG_UNREGISTERED = (
    "Method doesn't allow unregistered callers (callers without established identity). "
    "Please use API Key or other form of API consumer identity to call this API."
)
MSG_BAD_KEY = "API key not valid. Please pass a valid API key."
MSG_NOT_FOUND = (
    "models/{model} is not found for API version {version}, or is not supported for generateContent. "
    "Call ListModels to see the list of available models and their supported methods."
)
MSG_METHOD_NOT_FOUND = "Method not found."
MSG_BAD_JSON = "Invalid JSON payload received. Unexpected token."
MSG_QUOTA = (
    "You exceeded your current quota, please check your plan and billing details. For more information "
    "on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits."
)
MSG_OVERLOADED = "The model is overloaded. Please try again later."
MSG_INTERNAL = (
    "An internal error has occurred. Please retry or report in "
    "https://developers.generativeai.google/guide/troubleshooting"
)
MSG_DEADLINE = "Deadline expired before operation could complete."
MSG_REGION = "Image generation is not available in your country."
MSG_BAD_SIGNATURE = "Thought signature is not valid."
_SIGNATURE_DOCS = "https://ai.google.dev/gemini-api/docs/thought-signatures#model-behavior"

GRPC_STATUS: dict[int, str] = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

BAD_KEY_DETAILS: tuple[dict[str, Any], ...] = (
    {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {"service": "generativelanguage.googleapis.com"},
    },
)


def quota_details(model_id: str, retry_delay: str = "26s") -> tuple[dict[str, Any], ...]:
    """`details` of a real free-tier 429 (QuotaFailure, Help, RetryInfo); handy for `Fault(details=...)`."""
    return (
        {
            "@type": "type.googleapis.com/google.rpc.QuotaFailure",
            "violations": [
                {
                    "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                    "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                    "quotaDimensions": {"location": "global", "model": model_id},
                    "quotaValue": "10",
                }
            ],
        },
        {
            "@type": "type.googleapis.com/google.rpc.Help",
            "links": [
                {
                    "description": "Learn more about Gemini API quotas",
                    "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
                }
            ],
        },
        {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay},
    )


_SAFETY_TRIGGERS: dict[str, tuple[str, str]] = {
    "[demo:image-safety]": (
        "IMAGE_SAFETY",
        "Unable to show the generated image. The image was filtered out because it violated Google's "
        "Generative AI Prohibited Use policy. (demo)",
    ),
    "[demo:prohibited]": (
        "IMAGE_PROHIBITED_CONTENT",
        "The model output could not be generated. This output contains sensitive words that violate "
        "Google's Responsible AI practices. (demo)",
    ),
    "[demo:no-image]": (
        "NO_IMAGE",
        "The model was expected to generate an image, but none was generated. (demo)",
    ),
    "[demo:image-other]": (
        "IMAGE_OTHER",
        "Unable to show the generated image. The image could not be generated for an unspecified "
        "reason. (demo)",
    ),
}
_TEXT_ONLY_REPLY = "I can describe her, but here is no image. (demo)"
#: Answered for `[demo:bad-json]`: what a JSON answer cut off mid-way looks like.
_BAD_JSON_REPLY = '{"items": [{"trait": "hair", "verdict": "match", "note": "cut off (demo)'
#: Trait lines of a checklist prompt, `- key: label = expected` (see cutie_app.core.model.spec_check).
_TRAIT_LINE_RE = re.compile(r"^- (?P<key>[A-Za-z0-9_]+): (?P<rest>.+)$", re.MULTILINE)
_VERDICTS = ("match", "mismatch", "unclear")
_SLOW_RE = re.compile(r"\[demo:slow=(\d+(?:\.\d+)?)\]")
_ROUTE_RE = re.compile(
    r"^/(?P<version>v1beta|v1)/models(?:/(?P<model>[^/:]+)(?::(?P<action>[A-Za-z]+))?)?/?$"
)
_SIG_PREFIX = b"\xfb\xff\xfe"
_MAX_IMAGES = 14
_INT32 = (-(2**31), 2**31 - 1)
_DEFAULT_PAGE_SIZE = 50
_MAX_PAGE_SIZE = 1000


def default_message(status: int, *, model: str = "", version: str = "v1beta") -> str:
    """Google's standard text for an HTTP status, used when a Fault leaves `message` empty."""
    texts = {
        400: MSG_INVALID_ARGUMENT,
        403: MSG_UNREGISTERED,
        404: MSG_NOT_FOUND.format(model=model, version=version),
        429: MSG_QUOTA,
        500: MSG_INTERNAL,
        503: MSG_OVERLOADED,
        504: MSG_DEADLINE,
    }
    if status in texts:
        return texts[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown error."


# --- public records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fault:
    """One queued failure, consumed by the next matching generateContent call."""

    status: int = 503
    message: str = ""
    grpc_status: str = ""
    details: tuple[dict[str, Any], ...] = ()
    #: Close the connection without answering (after reading the request).
    drop_connection: bool = False
    #: Make the real answer (so it counts as billed), send half of it, then hang up.
    cut_off: bool = False
    #: With `status=200`: no error at all, only a real answer after `delay_s` (a slow model).
    delay_s: float = 0.0
    model: str | None = None


@dataclass(frozen=True)
class RecordedRequest:
    """What the SDK actually sent, so tests can assert on the wire format rather than on our own code."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict[str, Any] | None
    received_at: float


# --- internal plumbing ----------------------------------------------------------------------------


class _ApiError(Exception):
    """A Google-shaped error answer; raised anywhere in request handling."""

    def __init__(
        self, code: int, message: str, status: str = "", details: tuple[Any, ...] | list[Any] = ()
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or GRPC_STATUS.get(code, "UNKNOWN")
        self.details = list(details)

    def payload(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message, "status": self.status}
        if self.details:
            error["details"] = self.details
        return {"error": error}


def _invalid(message: str) -> _ApiError:
    return _ApiError(400, message, "INVALID_ARGUMENT")


@dataclass(frozen=True)
class _Reply:
    status: int
    payload: dict[str, Any]
    #: Close the connection after this share of the body (0 < cut_at < 1): an answer cut off mid-way.
    cut_at: float | None = None


def _get(obj: dict[str, Any], camel: str, snake: str) -> Any:
    """Proto JSON accepts both lowerCamel and snake_case field names; SDK 3.x mixes them (`mime_type`)."""
    return obj[camel] if camel in obj else obj.get(snake)


def _unknown_field(name: str) -> _ApiError:
    return _invalid(
        f"Invalid JSON payload received. Unknown name \"{name}\" at 'generation_config': Cannot find field."
    )


def _b64decode(value: Any) -> bytes | None:
    """Decode standard or URL-safe base64, padded or not; None if it is not base64 at all."""
    if not isinstance(value, str):
        return None
    text = value.strip().replace("-", "+").replace("_", "/").rstrip("=")
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class _Blob:
    """Base64 text already encoded to ASCII bytes: image data that goes out as is."""

    ascii: bytes

    @classmethod
    def of(cls, data: bytes) -> _Blob:
        return cls(base64.b64encode(data))


_BLOB_MARK = "\ue000blob{}\ue000"


def _encode_json(payload: dict[str, Any]) -> list[bytes]:
    """Pretty JSON as Google sends it, as chunks to write in order, with image data spliced in.

    Escaping scans every character, which costs ~70 ms for one 4K image and holds the GIL: eight
    answers at once would add half a second to a batch. Image data is base64 made by this server,
    which never needs escaping, so it skips the encoder and is written from its own buffer.
    """
    blobs: list[bytes] = []

    def swap(obj: Any) -> Any:
        if isinstance(obj, dict):
            return {k: swap(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [swap(v) for v in obj]
        if isinstance(obj, _Blob):
            blobs.append(obj.ascii)
            return _BLOB_MARK.format(len(blobs) - 1)
        return obj

    text = json.dumps(swap(payload), indent=2, ensure_ascii=False)
    chunks: list[bytes] = []
    for n, blob in enumerate(blobs):
        head, text = text.split(_BLOB_MARK.format(n), 1)
        chunks += [head.encode("utf-8"), blob]
    chunks.append(text.encode("utf-8"))
    return chunks


@functools.lru_cache(maxsize=16)
def _thought_blob(prompt: str, width: int, height: int) -> _Blob:
    """Thought images depend only on their inputs; drawing one at 4K costs ~25 ms of GIL."""
    return _Blob.of(draw_thought(prompt, width, height))


def _one_of(values: tuple[str, ...]) -> str:
    quoted = [f"'{v}'" for v in values]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def _int32_or_none(value: Any) -> int | None:
    """The int a proto TYPE_INT32 field would accept, or None if the JSON value is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        value = int(value)
    if isinstance(value, int) and _INT32[0] <= value <= _INT32[1]:
        return value
    return None


def _image_mime(data: bytes) -> str:
    """The MIME type Pillow recognises in `data`; PNG when it recognises nothing."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.get_format_mimetype() or "image/png"
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return "image/png"


def _image_dims(data: bytes) -> tuple[int, int] | None:
    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


@dataclass
class _Scan:
    """What generateContent needs to know about `contents` after validation."""

    text_chars: int
    image_count: int
    last_user_text: str
    inputs: list[bytes]


# --- HTTP layer -----------------------------------------------------------------------------------


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    #: socketserver's default backlog of 5 overflows when a batch opens 8-16 connections at once;
    #: Linux then drops the SYNs and the client resends them only after a second.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], demo: DemoServer) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.demo = demo
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client hang-ups are routine (dropped faults, cancelled calls); keep them out of stderr."""
        log.debug("demo server: connection error from %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 120  # idle keep-alive connections give their thread back eventually
    server: _HttpServer
    _MAX_BODY: ClassVar[int] = 256 * 1024 * 1024

    def version_string(self) -> str:
        return "scaffolding on HTTPServer2"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("demo server: " + format, *args)

    def setup(self) -> None:
        super().setup()
        self.server.demo._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.demo._track(self.connection, add=False)

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET  # noqa: N815

    def _read_body(self, limit: int) -> bytes | None:
        """The request body; None when it is over `limit` (read to its end and dropped)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks) if total <= limit else None
                total += size
                chunk = self.rfile.read(size)
                if total <= limit:
                    chunks.append(chunk)
                else:
                    chunks.clear()
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > self._MAX_BODY:
            raise ValueError(f"bad Content-Length {length}")
        if length <= limit:
            return self.rfile.read(length) if length else b""
        left = length  # read it all, as the service does, so the client gets the answer
        while left > 0:
            got = self.rfile.read(min(left, 1 << 20))
            if not got:
                break
            left -= len(got)
        return None

    def _dispatch(self) -> None:
        demo = self.server.demo
        received_at = time.monotonic()
        try:
            raw = self._read_body(demo.max_request_bytes)
        except ValueError:
            self.close_connection = True  # the stream position is unknown; do not reuse the connection
            self._send(400, _invalid(MSG_INVALID_ARGUMENT).payload())
            return
        split = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        reply: _Reply | None
        try:
            reply = demo._handle(
                self.command, unquote(split.path), dict(parse_qsl(split.query)), headers, raw, received_at
            )
        except _ApiError as err:
            reply = _Reply(err.code, err.payload())
        except RefusedError as err:
            reply = _Reply(err.code, _ApiError(err.code, err.message, err.status).payload())
        except Exception:  # a bug must answer like Google's 500, never kill the server
            log.exception("demo server: handler failed for %s %s", self.command, self.path)
            reply = _Reply(500, _ApiError(500, MSG_INTERNAL).payload())
        if reply is None:
            self._drop()
        else:
            self._send(reply.status, reply.payload, reply.cut_at)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, status: int, payload: dict[str, Any], cut_at: float | None = None) -> None:
        chunks = _encode_json(payload)
        length = sum(len(c) for c in chunks)
        if cut_at is not None:
            self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(length))
        self.send_header("Vary", "Origin, X-Origin, Referer")
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        if cut_at is None:
            for chunk in chunks:
                self.wfile.write(chunk)
            return
        # Promise the whole body, send part of it, hang up: what a proxy or a flaky link does.
        left = max(1, int(length * cut_at))
        for chunk in chunks:
            self.wfile.write(chunk[:left])
            left -= min(left, len(chunk))
            if not left:
                break
        self.wfile.flush()
        self._drop()


# --- the server -----------------------------------------------------------------------------------


class DemoServer:
    """Serve the fake Gemini API on a daemon thread; see the module docstring."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_s: float = 0.0,
        api_keys: set[str] | None = None,
        image_scale: float = 0.25,
        signature_secret: bytes = b"cutie-demo",
        image_payload: bytes | None = None,
        max_request_bytes: int = MAX_REQUEST_BYTES,
    ) -> None:
        """`image_payload`: PNG or JPEG bytes sent as every final image instead of a drawn
        placeholder, for benchmarks that need real-size (e.g. 4K) answers without drawing them.
        `max_request_bytes`: the body size refused as too large (the service's 100 MB)."""
        self.host = host
        self.port = port
        self.latency_s = latency_s
        self.api_keys = frozenset(api_keys) if api_keys is not None else None
        self.image_scale = image_scale
        self._secret = bytes(signature_secret)
        self.image_payload = image_payload
        self.max_request_bytes = max_request_bytes
        # Encoded once: at 4K, hashing and base64 per answer would add server time to every benchmark.
        self._payload_signature = self.image_signature(image_payload) if image_payload else b""
        self._payload_blob = _Blob.of(image_payload) if image_payload else _Blob(b"")
        self._payload_mime = _image_mime(image_payload) if image_payload else "image/png"
        self._lock = threading.Lock()
        self._faults: deque[Fault] = deque()
        self._requests: list[RecordedRequest] = []
        self._generate_count = 0
        self._cut_off_count = 0
        #: Every thought signature handed out, so a part sent back without its own is caught.
        self._issued: set[bytes] = set()
        self._fault_rate = 0.0
        self._fault_mix: tuple[Fault, ...] = ()
        self._random = random.Random()
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    @property
    def base_url(self) -> str:
        """`http://host:port/` with a trailing slash, as `HttpOptions(base_url=...)` expects."""
        if self._httpd is None:
            raise RuntimeError("DemoServer is not started")
        address = self._httpd.server_address
        host, port = str(address[0]), int(address[1])
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1" if host == "0.0.0.0" else "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def start(self) -> DemoServer:
        """Bind and serve on a daemon thread; a no-op when already running."""
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = _HttpServer((self.host, self.port), self)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="cutie-demo-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the listening socket and every open connection; idempotent, never hangs."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._httpd = self._thread = None
        self._stopping.set()  # wakes handlers sleeping for latency
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            connections = list(self._connections)
            self._connections.clear()
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join(timeout=2.0)

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # test hooks

    def inject(self, *faults: Fault) -> None:
        """Queue failures for coming generateContent calls (FIFO, first match by model wins)."""
        with self._lock:
            self._faults.extend(faults)

    def random_faults(self, rate: float, faults: Sequence[Fault] = (), *, seed: int | None = None) -> None:
        """From now on, each generateContent call that finds no queued fault fails with
        probability `rate`, with a fault drawn from `faults` (for soak tests); rate 0 stops it."""
        with self._lock:
            self._fault_rate = rate if faults else 0.0
            self._fault_mix = tuple(faults)
            self._random = random.Random(seed)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far (all endpoints, failures included)."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        """Forget recorded requests, e.g. between phases of one test."""
        with self._lock:
            self._requests.clear()

    @property
    def generate_count(self) -> int:
        """generateContent calls answered with HTTP 200 (safety outcomes included): what is billed.

        Answers cut off on purpose count too: the service made them, only the client lost them.
        """
        with self._lock:
            return self._generate_count

    @property
    def cut_off_count(self) -> int:
        """Answers this server made and then cut off mid-body (`[demo:drop]`, `Fault(cut_off=True)`)."""
        with self._lock:
            return self._cut_off_count

    def image_signature(self, data: bytes) -> bytes:
        """The thought signature this server issues for an image part with these bytes."""
        return self._sign(b"img:", data)

    def text_signature(self, text: str) -> bytes:
        """The thought signature this server issues for a text part with this text."""
        return self._sign(b"txt:", text.encode("utf-8"))

    # internals used by the handler

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        """Remember open connections so stop() can close idle keep-alive sockets rather than leak threads."""
        with self._lock:
            if not add:
                self._connections.discard(conn)
                return
            if not self._stopping.is_set():
                self._connections.add(conn)
                return
        with contextlib.suppress(OSError):  # accepted just before stop(): close it right away
            conn.shutdown(socket.SHUT_RDWR)

    def _sign(self, kind: bytes, payload: bytes) -> bytes:
        return _SIG_PREFIX + hmac.new(self._secret, kind + payload, hashlib.sha256).digest()

    def _issue(self, signature: bytes) -> str:
        """Hand out `signature` (base64 for the answer) and remember that it was handed out."""
        with self._lock:
            self._issued.add(signature)
        return _b64encode(signature)

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server stops meanwhile; returns False if it is stopping."""
        if seconds > 0:
            self._stopping.wait(seconds)
        return not self._stopping.is_set()

    def _take_fault(self, model_id: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.model is None or fault.model.removeprefix("models/") == model_id:
                    self._faults.remove(fault)
                    return fault
            if self._fault_rate and self._random.random() < self._fault_rate:
                return self._random.choice(self._fault_mix)
        return None

    def _handle(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        raw: bytes | None,
        received_at: float,
    ) -> _Reply | None:
        """Answer one request; None means: close the connection without a response.

        `raw` is None when the body was over the size limit (it was read and dropped).
        """
        body: Any = None
        body_ok = True
        if raw:
            try:
                body = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                body_ok = False
        record = RecordedRequest(
            method=method,
            path=path,
            query=query,
            headers=headers,
            body=body if isinstance(body, dict) else None,
            received_at=received_at,
        )
        with self._lock:
            self._requests.append(record)
        if raw is None:
            raise too_large(self.max_request_bytes)

        match = _ROUTE_RE.match(path)
        if match is None:
            raise _ApiError(404, MSG_METHOD_NOT_FOUND)
        version, model_id, action = match["version"], match["model"], match["action"]
        if method == "GET" and model_id is None:
            self._authenticate(headers, query)
            return self._list_models(query)
        if model_id is None:
            raise _ApiError(404, MSG_METHOD_NOT_FOUND)
        model_id = model_id.removeprefix("models/")
        if method == "GET" and action is None:
            self._authenticate(headers, query)
            return _Reply(200, self._model_or_404(model_id, version).to_json())
        if method == "POST" and action in ("generateContent", "countTokens"):
            self._authenticate(headers, query)
            model = self._model_or_404(model_id, version)
            if action not in model.methods:
                raise _ApiError(404, MSG_NOT_FOUND.format(model=model_id, version=version), "NOT_FOUND")
            if not body_ok:
                raise _invalid(MSG_BAD_JSON)
            if body is None:
                body = {}
            if not isinstance(body, dict):
                raise _invalid(
                    'Invalid JSON payload received. Unknown name "": Root element must be a message.'
                )
            if action == "countTokens":
                check_fields(body, "CountTokensRequest")
                return self._count_tokens(model, body)
            return self._generate(model, version, body)
        raise _ApiError(404, MSG_METHOD_NOT_FOUND)

    def _authenticate(self, headers: dict[str, str], query: dict[str, str]) -> None:
        key = headers.get("x-goog-api-key") or query.get("key") or ""
        if not key:
            raise _ApiError(403, MSG_UNREGISTERED, "PERMISSION_DENIED")
        if self.api_keys is not None and key not in self.api_keys:
            raise _ApiError(400, MSG_BAD_KEY, "INVALID_ARGUMENT", BAD_KEY_DETAILS)

    @staticmethod
    def _model_or_404(model_id: str, version: str) -> DemoModel:
        model = lookup(model_id)
        if model is None:
            raise _ApiError(404, MSG_NOT_FOUND.format(model=model_id, version=version), "NOT_FOUND")
        return model

    @staticmethod
    def _list_models(query: dict[str, str]) -> _Reply:
        raw_size = query.get("pageSize", "")
        page_size = _int32_or_none(raw_size) if raw_size else _DEFAULT_PAGE_SIZE
        if page_size is None:
            raise _invalid(f"Invalid value at 'page_size' (TYPE_INT32), \"{raw_size}\"")
        page_size = _DEFAULT_PAGE_SIZE if page_size <= 0 else min(page_size, _MAX_PAGE_SIZE)
        offset = 0
        token = query.get("pageToken", "")
        if token:
            decoded = _b64decode(token)
            text = decoded.decode("ascii", "replace") if decoded else ""
            if not text.startswith("offset:") or not text[7:].isdigit():
                raise _invalid("Invalid page token.")
            offset = int(text[7:])
        listed = list(MODELS.values())
        page = listed[offset : offset + page_size]
        payload: dict[str, Any] = {"models": [m.to_json() for m in page]}
        if offset + page_size < len(listed):
            payload["nextPageToken"] = base64.urlsafe_b64encode(
                f"offset:{offset + page_size}".encode()
            ).decode()
        return _Reply(200, payload)

    def _count_tokens(self, model: DemoModel, body: dict[str, Any]) -> _Reply:
        contents = body.get("contents")
        if contents is None and isinstance(body.get("generateContentRequest"), dict):
            contents = body["generateContentRequest"].get("contents")
        scan = self._scan_contents(model, contents, check_signatures=False)
        text_tokens, image_tokens = self._prompt_tokens(scan)
        return _Reply(
            200,
            {
                "totalTokens": text_tokens + image_tokens,
                "promptTokensDetails": self._modality_details(text_tokens, image_tokens),
            },
        )

    # generateContent

    def _generate(self, model: DemoModel, version: str, body: dict[str, Any]) -> _Reply | None:
        fault = self._take_fault(model.id)
        if fault is not None and not fault.cut_off and fault.status != 200:
            return self._answer_fault(fault, model, version)
        if fault is not None and not self._sleep(fault.delay_s):  # a slow answer, or one cut off
            return None
        check_fields(body)
        config = _get(body, "generationConfig", "generation_config") or {}
        if not isinstance(config, dict):
            raise _invalid(MSG_INVALID_ARGUMENT)
        self._check_config(model, config)
        scan = self._scan_contents(model, _get(body, "contents", "contents"), check_signatures=True)
        reply = self._answer(model, config, scan)
        cut = (fault is not None and fault.cut_off) or "[demo:drop]" in scan.last_user_text.lower()
        if reply is not None and reply.status == 200 and cut:
            with self._lock:
                self._cut_off_count += 1
            return replace(reply, cut_at=0.5)
        return reply

    def _answer(self, model: DemoModel, config: dict[str, Any], scan: _Scan) -> _Reply | None:
        """The answer to a valid request: prompt triggers, then text or an image."""
        prompt = scan.last_user_text
        lowered = prompt.lower()
        if "[demo:region]" in lowered:
            raise _ApiError(400, MSG_REGION, "FAILED_PRECONDITION")
        if "[demo:quota]" in lowered:
            raise _ApiError(429, MSG_QUOTA, "RESOURCE_EXHAUSTED", quota_details(model.id))
        if "[demo:overloaded]" in lowered:
            raise _ApiError(503, MSG_OVERLOADED, "UNAVAILABLE")
        slow = sum(float(m) for m in _SLOW_RE.findall(lowered))
        if not self._sleep(self.latency_s + slow):
            return None

        text_tokens, image_tokens = self._prompt_tokens(scan)
        prompt_usage: dict[str, Any] = {
            "promptTokenCount": text_tokens + image_tokens,
            "totalTokenCount": text_tokens + image_tokens,
            "promptTokensDetails": self._modality_details(text_tokens, image_tokens),
        }
        envelope = {"modelVersion": model.id, "responseId": secrets.token_urlsafe(16)}

        if "[demo:prompt-blocked]" in lowered:
            return self._ok(
                {
                    "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
                    "usageMetadata": prompt_usage,
                    **envelope,
                }
            )
        for trigger, (reason, message) in _SAFETY_TRIGGERS.items():
            if trigger in lowered:
                candidate = {
                    "content": {"role": "model"},
                    "finishReason": reason,
                    "finishMessage": message,
                    "index": 0,
                }
                return self._ok({"candidates": [candidate], "usageMetadata": prompt_usage, **envelope})

        modalities = [  # checked in _check_config
            str(m).upper() for m in (_get(config, "responseModalities", "response_modalities") or [])
        ]
        if model.kind == "text":
            reply = self._text_reply(model, config, scan)
            return self._text_answer(reply, prompt_usage, envelope, sign=False)
        if "[demo:text-only]" in lowered or (modalities and "IMAGE" not in modalities):
            return self._text_answer(_TEXT_ONLY_REPLY, prompt_usage, envelope, sign=True)
        return self._image_answer(model, config, scan, modalities, prompt_usage, envelope)

    def _text_reply(self, model: DemoModel, config: dict[str, Any], scan: _Scan) -> str:
        """Plain text; for JSON, a checklist when the schema asks for one, else `{"ok": true}`."""
        if "[demo:bad-json]" in scan.last_user_text.lower():
            return _BAD_JSON_REPLY
        if _get(config, "responseMimeType", "response_mime_type") != "application/json":
            return f"This is a short demo reply from {model.id}. (demo)"
        schema = _get(config, "responseJsonSchema", "response_json_schema") or _get(
            config, "responseSchema", "response_schema"
        )
        verdicts = _checklist_verdicts(schema)
        if verdicts is None:
            return '{"ok": true}'
        return json.dumps(_checklist(scan.last_user_text, scan.inputs, verdicts), ensure_ascii=False)

    def _answer_fault(self, fault: Fault, model: DemoModel, version: str) -> _Reply | None:
        if not self._sleep(fault.delay_s) or fault.drop_connection:
            return None
        message = fault.message or default_message(fault.status, model=model.id, version=version)
        status = fault.grpc_status or GRPC_STATUS.get(fault.status, "UNKNOWN")
        return _Reply(fault.status, _ApiError(fault.status, message, status, fault.details).payload())

    def _ok(self, payload: dict[str, Any]) -> _Reply:
        with self._lock:
            self._generate_count += 1
        return _Reply(200, payload)

    def _check_config(self, model: DemoModel, config: dict[str, Any]) -> None:
        """Rules 3-6: candidate count, seed, misplaced image fields, per-model ratio and size."""
        count = _get(config, "candidateCount", "candidate_count")
        if count is not None:
            as_int = _int32_or_none(count)
            if as_int is None:
                raise _invalid(
                    f"Invalid value at 'generation_config.candidate_count' (TYPE_INT32), {json.dumps(count)}"
                )
            if as_int > 1:
                raise _invalid("Multiple candidates is not enabled for this model")
        if "seed" in config:
            if not model.accepts_seed:
                raise _unknown_field("seed")
            seed = config["seed"]
            if _int32_or_none(seed) is None:
                shown = seed if isinstance(seed, str) else json.dumps(seed)
                raise _invalid(f"Invalid value at 'generation_config.seed' (TYPE_INT32), {shown}")
        check_modalities(config, model.produces)
        if model.kind != "image":
            return
        image_config = _get(config, "imageConfig", "image_config") or {}
        if not isinstance(image_config, dict):
            raise _invalid(MSG_INVALID_ARGUMENT)
        problems = []
        ratio = _get(image_config, "aspectRatio", "aspect_ratio")
        if ratio is not None and ratio not in model.ratios:
            problems.append(
                "* GenerateContentRequest.generation_config.image_config.aspect_ratio: "
                f"aspect_ratio must be one of {_one_of(model.ratios)}."
            )
        size = _get(image_config, "imageSize", "image_size")
        if size is not None and size not in model.image_sizes:
            prefix = "* GenerateContentRequest.generation_config.image_config.image_size: "
            if model.image_sizes:
                problems.append(f"{prefix}image_size must be one of {_one_of(model.image_sizes)}.")
            else:
                problems.append(f"{prefix}image_size is not supported for this model.")
        if problems:
            raise _invalid("\n".join(problems))

    def _scan_contents(self, model: DemoModel, contents: Any, *, check_signatures: bool) -> _Scan:
        """Validate `contents` (shape, image types and bytes, image count, signatures) and collect
        what the answer needs."""
        accepted = IMAGE_INPUT_MIME if model.kind == "image" else TEXT_INPUT_MIME
        if not contents:
            raise _invalid("* GenerateContentRequest.contents: contents is not specified\n")
        if not isinstance(contents, list):
            contents = [contents]
        text_chars = 0
        images: list[tuple[int, bytes]] = []  # (content index, bytes) of non-thought images
        signed: list[tuple[dict[str, Any], str, bytes | None, Any, int, int]] = []  # checked after the count
        last_user = -1
        for c_idx, content in enumerate(contents):
            if not isinstance(content, dict):
                raise _invalid(MSG_INVALID_ARGUMENT)
            role = content.get("role") or "user"
            if role not in ("user", "model"):
                raise _invalid("Please use a valid role: user, model.")
            parts = content.get("parts")
            if not parts or not isinstance(parts, list):
                raise _invalid(
                    f"* GenerateContentRequest.contents[{c_idx}].parts: contents.parts must not be empty.\n"
                )
            if role == "user":
                last_user = c_idx
            for p_idx, part in enumerate(parts):
                if not isinstance(part, dict):
                    raise _invalid(MSG_INVALID_ARGUMENT)
                inline = _get(part, "inlineData", "inline_data")
                data: bytes | None = None
                if inline is not None:
                    data = _b64decode(inline.get("data", "") if isinstance(inline, dict) else None)
                    if data is None:
                        raise _invalid(
                            f"Invalid value at 'contents[{c_idx}].parts[{p_idx}].inline_data.data' "
                            "(TYPE_BYTES), Base64 decoding failed."
                        )
                    check_inline_image(
                        _get(inline, "mimeType", "mime_type"),
                        data,
                        accepted,
                        f"contents[{c_idx}].parts[{p_idx}].inline_data",
                    )
                if part.get("thought") is True:
                    continue
                text = part.get("text")
                if isinstance(text, str):
                    text_chars += len(text)
                if data is not None:
                    images.append((c_idx, data))
                signed.append((part, role, data, text, c_idx + 1, p_idx + 1))
        if len(images) > _MAX_IMAGES:
            raise _invalid(
                f"Too many images in the request: {len(images)}. "
                f"This model accepts at most {_MAX_IMAGES} input images."
            )
        if check_signatures:
            for args in signed:
                self._check_signature(*args)
        last_text = ""
        inputs: list[bytes] = []
        if last_user >= 0:
            parts = contents[last_user]["parts"]
            last_text = "\n".join(
                p["text"] for p in parts if isinstance(p.get("text"), str) and p.get("thought") is not True
            )
            inputs = [data for c_idx, data in images if c_idx == last_user]
        if not inputs and images:
            inputs = [images[-1][1]]  # an edit turn without new images refers to the latest picture
        return _Scan(text_chars, len(images), last_text, inputs)

    def _check_signature(
        self, part: dict[str, Any], role: str, data: bytes | None, text: Any, c_pos: int, p_pos: int
    ) -> None:
        signature = _get(part, "thoughtSignature", "thought_signature")
        if data is not None:
            expected: bytes | None = self._sign(b"img:", data)
        elif isinstance(text, str):
            expected = self._sign(b"txt:", text.encode("utf-8"))
        else:
            expected = None
        if signature is None:
            if role != "model":
                return
            with self._lock:
                issued = expected in self._issued
            if data is not None or issued:  # image parts always carry one; others if they had one
                kind = "Image" if data is not None else "Text"
                raise _invalid(
                    f"{kind} part is missing a thought_signature in content position "
                    f"{c_pos}, part position {p_pos}. Please refer to {_SIGNATURE_DOCS} for more details."
                )
            return
        decoded = _b64decode(signature)
        if decoded is None or expected is None or not hmac.compare_digest(decoded, expected):
            raise _invalid(MSG_BAD_SIGNATURE)

    @staticmethod
    def _prompt_tokens(scan: _Scan) -> tuple[int, int]:
        text_tokens = max(1, scan.text_chars // 4) if scan.text_chars else 0
        return text_tokens, 258 * scan.image_count

    @staticmethod
    def _modality_details(text_tokens: int, image_tokens: int) -> list[dict[str, Any]]:
        details = [{"modality": "TEXT", "tokenCount": text_tokens}]
        if image_tokens:
            details.append({"modality": "IMAGE", "tokenCount": image_tokens})
        return details

    def _text_answer(
        self, reply: str, usage: dict[str, Any], envelope: dict[str, Any], *, sign: bool
    ) -> _Reply:
        part: dict[str, Any] = {"text": reply}
        if sign:
            part["thoughtSignature"] = self._issue(self.text_signature(reply))
        out_tokens = max(1, len(reply) // 4)
        usage = {
            **usage,
            "candidatesTokenCount": out_tokens,
            "totalTokenCount": usage["promptTokenCount"] + out_tokens,
            "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": out_tokens}],
        }
        candidate = {"content": {"role": "model", "parts": [part]}, "finishReason": "STOP", "index": 0}
        return self._ok({"candidates": [candidate], "usageMetadata": usage, **envelope})

    def _image_answer(
        self,
        model: DemoModel,
        config: dict[str, Any],
        scan: _Scan,
        modalities: list[str],
        usage: dict[str, Any],
        envelope: dict[str, Any],
    ) -> _Reply:
        image_config = _get(config, "imageConfig", "image_config") or {}
        ratio = _get(image_config, "aspectRatio", "aspect_ratio")
        size = _get(image_config, "imageSize", "image_size") or "1K"
        input_wh = _image_dims(scan.inputs[0]) if ratio is None and scan.inputs else None
        width, height = nominal_size(ratio, size, input_wh=input_wh)
        label = ratio or ("input ratio" if input_wh else "1:1")
        # The response id makes each variant a different picture, as with the real models.
        caption = f"{label} · {size} ({width}×{height} nominal) · take {envelope['responseId'][:6]}"
        draw_w = max(64, round(width * self.image_scale))
        draw_h = max(64, round(height * self.image_scale))
        prompt = scan.last_user_text
        if self.image_payload is not None:
            blob, signature, mime = self._payload_blob, self._payload_signature, self._payload_mime
        else:
            png = draw_placeholder(prompt, draw_w, draw_h, scan.inputs, caption)
            blob, signature, mime = _Blob.of(png), self.image_signature(png), "image/png"

        parts: list[dict[str, Any]] = []
        thoughts_tokens = 0
        if model.thinking:
            short = " ".join(prompt.split())[:80]
            parts.append(
                {
                    "text": f"**Planning** a {label} composition at {size} for: {short!r}. (demo)",
                    "thought": True,
                }
            )
            parts.append(
                {
                    "inlineData": {
                        "mimeType": "image/png",
                        "data": _thought_blob(prompt, max(64, draw_w // 3), max(64, draw_h // 3)),
                    },
                    "thought": True,
                }
            )
            thoughts_tokens = 180 + hashlib.sha256(prompt.encode("utf-8")).digest()[0] % 41
        if not modalities or "TEXT" in modalities:
            text = f"Here is your {label} image at {size}. (demo)"
            parts.append({"text": text, "thoughtSignature": self._issue(self.text_signature(text))})
        parts.append(
            {
                "inlineData": {"mimeType": mime, "data": blob},
                "thoughtSignature": self._issue(signature),
            }
        )
        image_tokens = model.image_tokens(size)
        usage = {
            **usage,
            "candidatesTokenCount": image_tokens,
            "totalTokenCount": usage["promptTokenCount"] + image_tokens + thoughts_tokens,
            "candidatesTokensDetails": [{"modality": "IMAGE", "tokenCount": image_tokens}],
        }
        if thoughts_tokens:
            usage["thoughtsTokenCount"] = thoughts_tokens
        candidate = {"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}
        return self._ok({"candidates": [candidate], "usageMetadata": usage, **envelope})


# --- checklist answers ----------------------------------------------------------------------------


def _properties(schema: Any) -> dict[str, Any]:
    props = schema.get("properties") if isinstance(schema, dict) else None
    return props if isinstance(props, dict) else {}


def _checklist_verdicts(schema: Any) -> tuple[str, ...] | None:
    """The verdict values when `schema` asks for `{"items": [{"trait", "verdict", ...}]}`, else None.

    Works for JSON Schema (`responseJsonSchema`) and the OpenAPI subset (`responseSchema`) alike.
    """
    items = _properties(schema).get("items")
    item = items.get("items") if isinstance(items, dict) else None
    fields = _properties(item)
    if "trait" not in fields or "verdict" not in fields:
        return None
    enum = fields["verdict"].get("enum") if isinstance(fields["verdict"], dict) else None
    if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
        return tuple(enum)
    return _VERDICTS


def _checklist(prompt: str, images: list[bytes], verdicts: tuple[str, ...]) -> dict[str, Any]:
    """One item per `- key: label = expected` line of the prompt, verdicts from the image bytes.

    Deterministic: the same image and trait always get the same verdict; another image gets others.
    """
    digest = hashlib.sha256(b"".join(images)).digest()
    items = []
    counts = dict.fromkeys(verdicts, 0)
    for match in _TRAIT_LINE_RE.finditer(prompt):
        key = match["key"]
        label = match["rest"].split(" = ", 1)[0].strip()
        pick = hashlib.sha256(digest + key.encode("utf-8")).digest()[0] % len(verdicts)
        counts[verdicts[pick]] += 1
        note = f"Demo verdict for {label}; nothing was looked at."
        items.append({"trait": key, "verdict": verdicts[pick], "note": note})
    tally = ", ".join(f"{n} {v}" for v, n in counts.items())
    summary = (
        f"Demo answer, not a real check: {len(items)} traits ({tally}), "
        "derived from the image bytes rather than from looking at the picture."
    )
    return {"items": items, "summary": summary}
