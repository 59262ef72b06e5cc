"""Contract-test plumbing: recorded Model API exchanges replayed with pytest-httpx.

A recording (`recordings/<scenario>.json`) is a cassette of the project's pytest plugin: the
exchanges, in the order the client is expected to make them.

    {"description": "...", "base_url": "https://model-api.runcomfy.net",
     "exchanges": [{"request": {"method": "GET", "path": "/v1/requests/<id>/status"},
                    "response": {"status_code": 200, "json": {...}}}]}

Most are recorded from the emulator by `record.py`; README.md says which are hand-written, and
how each was checked against RunComfy's documentation. Request ids are drawn anew by every
recording run, so the tests read them (and timestamps) from the recording: `Recording.request_id`
and `Recording.answer`.

`replay.load("<scenario>")` serves the recording with the project's own pytest plugin
(`runcomfy.testing`: matched on method, full URL and body; several exchanges on one URL are
answered in order), and `replay.assert_sent(...)` checks the requests the client made against
the recording, one by one. No recording holds an `Authorization` header (the plugin never
saves request headers): the header checked is the one the test's own client sends.

`flavour` runs each test twice: with `RunComfy`, and with `AsyncRunComfy` whose coroutines are
run to completion, so one table of scenarios covers both clients.
"""

from __future__ import annotations

import asyncio
import json
import re
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
REQUEST_PATH = re.compile(r"^/v1/requests/(?P<id>[^/]+)/(?:status|result|cancel)$")


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
    base_url: str
    exchanges: tuple[Exchange, ...]

    @property
    def request_id(self) -> str:
        """The job the recording is about: from the first request path that names one, or
        from the first answer that does (a submit)."""
        for exchange in self.exchanges:
            if match := REQUEST_PATH.match(exchange.path):
                return match["id"]
        for exchange in self.exchanges:
            if isinstance(exchange.response_json, dict) and exchange.response_json.get(
                "request_id"
            ):
                return str(exchange.response_json["request_id"])
        raise LookupError(f"{self.name} names no request_id")

    @property
    def answer(self) -> Any:
        """The JSON body of the last answer (a result's timestamps, an error's message)."""
        return self.exchanges[-1].response_json


def load_recording(name: str) -> Recording:
    data = RunComfyCassette.read(RECORDINGS / f"{name}.json")
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
    return Recording(
        name=name,
        description=data["description"],
        base_url=data.get("base_url", BASE_URL),
        exchanges=exchanges,
    )


class Replay:
    """Serves recordings through `httpx_mock` and checks what the client sent."""

    def __init__(self, httpx_mock: HTTPXMock) -> None:
        self.httpx_mock = httpx_mock

    def load(self, name: str) -> Recording:
        """Serve a recording as the project's pytest plugin serves any cassette."""
        path = RECORDINGS / f"{name}.json"
        recording = load_recording(name)
        # The clients under test use the default base URL: the recording must be of it.
        assert recording.base_url == BASE_URL, f"{name} was recorded at {recording.base_url}"
        # api_key: a body holding the test's key would compare redacted, as the plugin does.
        cassette = RunComfyCassette(
            path, mode="replay", description=name, base_url=BASE_URL, api_key=API_KEY
        )
        cassette.load_into(self.httpx_mock, RunComfyCassette.read(path))
        return recording

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
