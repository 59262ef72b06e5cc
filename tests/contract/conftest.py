"""Contract-test plumbing: recorded Model API exchanges replayed with pytest-httpx.

A recording (`recordings/<scenario>.json`) is a list of exchanges, in the order the client is
expected to make them:

    {"description": "...",
     "exchanges": [{"request": {"method": "GET", "path": "/v1/requests/<id>/status"},
                    "response": {"status_code": 200, "json": {...}}}]}

`replay.load("<scenario>")` serves the recording with the project's own pytest plugin
(`runcomfy.testing`: matched on method, full URL and body; several exchanges on one URL are
answered in order), and `replay.assert_sent(...)` checks the requests the client made against
the recording, one by one.

`flavour` runs each test twice: with `RunComfy`, and with `AsyncRunComfy` whose coroutines are
run to completion, so one table of scenarios covers both clients.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from runcomfy import AsyncRunComfy, RequestHandle, RunComfy
from runcomfy.testing import RunComfyCassette
from runcomfy_models.ideogram.ideogram_v3 import reframe

BASE_URL = "https://model-api.runcomfy.net"
API_KEY = "test-key"
RECORDINGS = Path(__file__).parent / "recordings"
NO_BODY = object()  # a recorded request without "json": nothing may be sent as body


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    request_json: Any  # NO_BODY when the request carries no body
    status_code: int
    response_json: Any
    response_headers: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return BASE_URL + self.path


@dataclass(frozen=True)
class Recording:
    name: str
    description: str
    exchanges: tuple[Exchange, ...]


def load_recording(name: str) -> Recording:
    data = json.loads((RECORDINGS / f"{name}.json").read_text(encoding="utf-8"))
    exchanges = tuple(
        Exchange(
            method=item["request"]["method"],
            path=item["request"]["path"],
            request_json=item["request"].get("json", NO_BODY),
            status_code=item["response"]["status_code"],
            response_json=item["response"]["json"],
            response_headers=item["response"].get("headers", {}),
        )
        for item in data["exchanges"]
    )
    return Recording(name=name, description=data["description"], exchanges=exchanges)


class Replay:
    """Serves recordings through `httpx_mock` and checks what the client sent."""

    def __init__(self, httpx_mock: HTTPXMock) -> None:
        self.httpx_mock = httpx_mock

    def load(self, name: str) -> Recording:
        """Serve a recording as the project's pytest plugin serves any cassette."""
        path = RECORDINGS / f"{name}.json"
        cassette = RunComfyCassette(
            path, mode="replay", description=name, base_url=BASE_URL, api_key=API_KEY
        )
        cassette.load_into(self.httpx_mock, RunComfyCassette.read(path))
        return load_recording(name)

    @property
    def sent(self) -> list[httpx.Request]:
        return self.httpx_mock.get_requests()

    def assert_sent(self, recording: Recording) -> None:
        """The client made exactly the recorded requests: method, URL, auth header and body."""
        sent = self.sent
        expected = [f"{e.method} {e.url}" for e in recording.exchanges]
        assert [f"{r.method} {r.url}" for r in sent] == expected
        for request, exchange in zip(sent, recording.exchanges, strict=True):
            assert request.headers["Authorization"] == f"Bearer {API_KEY}"
            if exchange.request_json is NO_BODY:
                assert request.content == b"", f"{exchange.method} {exchange.path} sent a body"
            else:
                assert request.headers["Content-Type"] == "application/json"
                assert json.loads(request.content) == exchange.request_json


@pytest.fixture
def replay(httpx_mock: HTTPXMock) -> Replay:
    return Replay(httpx_mock)


@pytest.fixture(autouse=True)
def _hermetic_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting from the developer's shell may steer the clients under test."""
    for name in ("RUNCOMFY_API_KEY", "RUNCOMFY_BASE_URL", "RUNCOMFY_POLL_INTERVAL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def slept() -> list[float]:
    """The delays the clients asked to sleep; nothing really waits."""
    return []


@pytest.fixture
def sync_client(slept: list[float]) -> Iterator[RunComfy]:
    def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    client = RunComfy(api_key=API_KEY, sleep=no_sleep)
    yield client
    client.close()


@pytest.fixture
def async_client(slept: list[float]) -> Iterator[AsyncRunComfy]:
    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    client = AsyncRunComfy(api_key=API_KEY, sleep=no_sleep)
    yield client
    asyncio.run(client.close())


class Blocking:
    """An `AsyncRunComfy` whose coroutine methods are run to completion when called."""

    def __init__(self, client: AsyncRunComfy) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._client, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            return asyncio.run(method(*args, **kwargs))

        return call


@dataclass(frozen=True)
class Flavour:
    """One way to call the Model API: blocking, or async run to completion."""

    name: str
    client: Any  # a RunComfy, or a Blocking(AsyncRunComfy): the same methods, same results
    reframe_run: Callable[..., reframe.Output]  # the generated run() / run_async()
    reframe_submit: Callable[..., RequestHandle]  # the generated submit() / submit_async()


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    if request.param == "sync":
        sync_client: RunComfy = request.getfixturevalue("sync_client")
        return Flavour(
            name="sync",
            client=sync_client,
            reframe_run=lambda **kw: reframe.run(client=sync_client, **kw),
            reframe_submit=lambda **kw: reframe.submit(client=sync_client, **kw),
        )
    async_client: AsyncRunComfy = request.getfixturevalue("async_client")
    return Flavour(
        name="async",
        client=Blocking(async_client),
        reframe_run=lambda **kw: asyncio.run(reframe.run_async(client=async_client, **kw)),
        reframe_submit=lambda **kw: asyncio.run(reframe.submit_async(client=async_client, **kw)),
    )
