"""Fixtures for the demo-server tests: a running DemoServer and real google-genai clients pointed at it."""

from __future__ import annotations

import http.client
import json
import ssl
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from google import genai
from google.genai import types

from cutie_app.demo.server import DemoServer

API_KEY = "demo-test-key"


@pytest.fixture
def server() -> Iterator[DemoServer]:
    srv = DemoServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def ssl_context() -> ssl.SSLContext:
    """One shared context: the SDK otherwise loads the trust store for every Client (~50 ms each)."""
    return ssl.create_default_context()


@pytest.fixture
def make_client(ssl_context: ssl.SSLContext) -> Iterator[Callable[..., genai.Client]]:
    """Build clients for any server; all closed at teardown (an unreferenced Client can be GC'd mid-call)."""
    clients: list[genai.Client] = []

    def make(srv: DemoServer, *, api_key: str = API_KEY, version: str = "v1beta") -> genai.Client:
        client = genai.Client(
            api_key=api_key,
            http_options=types.HttpOptions(
                base_url=srv.base_url,
                api_version=version,
                client_args={"verify": ssl_context},
                async_client_args={"verify": ssl_context},
            ),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(server: DemoServer, make_client: Callable[..., genai.Client]) -> genai.Client:
    return make_client(server)


def raw_request(
    srv: DemoServer,
    method: str,
    path: str,
    body: bytes | dict[str, Any] | None = None,
    headers: dict[str, str | None] | None = None,
) -> tuple[int, dict[str, str], Any]:
    """Bypass the SDK for what it cannot send (bad JSON, no key, misplaced fields).

    Returns (status, lower-case headers, parsed JSON body).
    """
    url = urlsplit(srv.base_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        data = json.dumps(body).encode() if isinstance(body, dict) else body
        all_headers = {"x-goog-api-key": API_KEY, "content-type": "application/json"}
        all_headers.update(headers or {})
        conn.request(method, path, body=data, headers={k: v for k, v in all_headers.items() if v is not None})
        resp = conn.getresponse()
        payload = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, json.loads(payload)
    finally:
        conn.close()


@pytest.fixture
def raw(server: DemoServer) -> Callable[..., tuple[int, dict[str, str], Any]]:
    """`raw(method, path, body=None, headers=None)` against the `server` fixture."""

    def call(
        method: str,
        path: str,
        body: bytes | dict[str, Any] | None = None,
        headers: dict[str, str | None] | None = None,
    ) -> tuple[int, dict[str, str], Any]:
        return raw_request(server, method, path, body, headers)

    return call
