"""The Gemini backend's lanes: calls spread over event-loop threads, cancelled there, closed there."""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
import threading
import time

import pytest

from cutie_app.core.genai.backend import CallConfig, user_content
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend, tls_client_args
from cutie_app.demo.server import DemoServer

CONTENTS = [user_content("Little Orange waving")]
IMAGE = CallConfig(aspect_ratio="1:1", image_size="1K")


def lane_threads() -> list[str]:
    return sorted(t.name for t in threading.enumerate() if t.name.startswith("cutie-lane-"))


def backend_for(base_url: str, **overrides: object) -> GeminiBackend:
    options = {"retry_attempts": 1, "timeout_s": 30.0, **overrides}
    return GeminiBackend(ClientSettings(api_key="test-key", base_url=base_url, **options))  # type: ignore[arg-type]


def test_parallel_calls_open_lanes_up_to_the_limit_and_overlap(demo_server: DemoServer):
    demo_server.latency_s = 0.8
    backend = backend_for(demo_server.base_url, max_lanes=2)
    seen: list[list[str]] = []

    async def run() -> list[int]:
        calls = [
            asyncio.ensure_future(backend.generate("gemini-3-pro-image", CONTENTS, IMAGE)) for _ in range(4)
        ]
        await asyncio.sleep(0.4)
        seen.append(lane_threads())
        replies = await asyncio.gather(*calls)
        await backend.aclose()
        return [len(reply.images) for reply in replies]

    started = time.monotonic()
    assert asyncio.run(run()) == [1, 1, 1, 1]
    # Four calls of 0.8 s each on two lanes still overlap: well under the 3.2 s of one after another.
    assert time.monotonic() - started < 2.4
    assert seen == [["cutie-lane-1", "cutie-lane-2"]]
    assert lane_threads() == []


def test_one_call_at_a_time_reuses_the_first_lane(demo_server: DemoServer):
    backend = backend_for(demo_server.base_url)

    async def run() -> list[str]:
        for _ in range(3):
            await backend.generate("gemini-3-pro-image", CONTENTS, IMAGE)
        threads = lane_threads()
        await backend.aclose()
        return threads

    assert asyncio.run(run()) == ["cutie-lane-1"]


def test_cancelling_a_call_abandons_its_http_request_on_the_lane():
    """A server that never answers sees the client hang up as soon as the call is cancelled."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    hung_up = threading.Event()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(10)
            try:
                while conn.recv(65536):  # read the request, then wait for EOF; never answer
                    pass
            except OSError:
                pass
            hung_up.set()

    server = threading.Thread(target=serve, daemon=True)
    server.start()
    backend = backend_for(f"http://127.0.0.1:{port}")

    async def run() -> float:
        call = asyncio.ensure_future(backend.generate("gemini-3-pro-image", CONTENTS, IMAGE))
        await asyncio.sleep(0.5)
        cancelled_at = time.monotonic()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        await asyncio.to_thread(hung_up.wait, 5)
        waited = time.monotonic() - cancelled_at
        await backend.aclose()
        return waited

    try:
        waited = asyncio.run(run())
    finally:
        listener.close()
    assert hung_up.is_set()
    assert waited < 2


def test_a_closed_backend_stops_its_lanes_and_takes_no_more_calls(demo_server: DemoServer):
    backend = backend_for(demo_server.base_url)

    async def run() -> None:
        await backend.generate("gemini-3-pro-image", CONTENTS, IMAGE)
        assert lane_threads() == ["cutie-lane-1"]
        await backend.aclose()
        assert lane_threads() == []
        with pytest.raises(RuntimeError, match="closed"):
            await backend.generate("gemini-3-pro-image", CONTENTS, IMAGE)

    asyncio.run(run())


def test_tls_trust_follows_ssl_cert_file(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """aiohttp gets the trust httpx would use: SSL_CERT_FILE when set, else the OS store."""
    default = tls_client_args()["ssl"]
    assert isinstance(default, ssl.SSLContext)
    assert default.verify_mode is ssl.CERT_REQUIRED and default.check_hostname

    import certifi  # installed with the SDK (through requests): any real CA certificate will do

    first = re.search(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", certifi.contents(), re.S)
    assert first is not None
    cafile = tmp_path / "company-root.pem"
    cafile.write_text(first.group(0) + "\n")
    monkeypatch.setenv("SSL_CERT_FILE", str(cafile))
    chosen = tls_client_args()["ssl"]
    assert chosen.cert_store_stats()["x509_ca"] == 1
