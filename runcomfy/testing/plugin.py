"""The `runcomfy` pytest plugin, registered through the `pytest11` entry point.

Fixtures:

- `runcomfy_emulator`: a `ModelAPI` emulating every spec of the project in-process (specs from
  the `runcomfy_specs` ini option, default `specs/` under the rootdir), on `runcomfy_clock`.
- `runcomfy_client` / `async_runcomfy_client`: a `RunComfy` / `AsyncRunComfy` talking to it,
  whose polling sleeps advance the clock instead of waiting.
- `runcomfy_clock`: the `VirtualClock` the emulator and those clients share.
- `runcomfy_cassette`: record/replay of a test's exchanges with the real Model API (see
  `RunComfyCassette`); `--runcomfy-record` or `RUNCOMFY_RECORD=1` records.

See docs/testing.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from runcomfy._client import AsyncRunComfy, RunComfy
from runcomfy._config import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, ClientConfig
from runcomfy._polling import PollSchedule
from runcomfy.testing._cassette import (
    REPLAY_API_KEY,
    CassetteError,
    RunComfyCassette,
    cassette_path,
    close_async,
    replay_base_url,
)
from runcomfy.testing._clock import VirtualClock

if TYPE_CHECKING:
    from runcomfy.emulator import EmulatedModel, ModelAPI, Timings

RECORD_ENV = "RUNCOMFY_RECORD"
TARGETS = ("api", "emulator")
MARKER = "runcomfy_cassette"
EMULATOR_API_KEY = "emulator-api-key"
# Polling every quarter of a (virtual) second: a job of the fixture's timings is seen queued,
# running and done in a handful of polls, and no test waits for real.
POLL = PollSchedule.fixed(0.25)

_recorded = pytest.StashKey[list[Path]]()


def emulator_timings() -> Timings:
    """The fixture emulator's job timings: long enough that a job just submitted is surely
    still queued, and free, since only virtual time passes while a client polls."""
    from runcomfy.emulator import Timings

    return Timings(queue_seconds=1.0, run_seconds=1.0, queue_length=3)


# -- hooks -----------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("runcomfy", "RunComfy Model API testing")
    group.addoption(
        "--runcomfy-record",
        action="store_true",
        default=False,
        help="Record runcomfy_cassette tests against the service instead of replaying them "
        f"(also: {RECORD_ENV}=1).",
    )
    group.addoption(
        "--runcomfy-record-target",
        choices=TARGETS,
        default=None,
        help="Where recorded requests go: 'api' (RUNCOMFY_BASE_URL, default the Model API; "
        "needs RUNCOMFY_API_KEY) or 'emulator' (the in-process emulator).",
    )
    parser.addini(
        "runcomfy_specs",
        "Directory of RunComfy spec files the emulator serves, relative to the rootdir.",
        default="specs",
    )
    parser.addini(
        "runcomfy_record_target",
        "Default target of --runcomfy-record: api or emulator.",
        default="api",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(name): the cassette file of this test, relative to the recordings/ folder "
        "next to the test file (default: derived from the test's node id).",
    )
    config.stash[_recorded] = []


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    recorded = config.stash.get(_recorded, [])
    if recorded:
        terminalreporter.write_sep("-", f"runcomfy: recorded {len(recorded)} cassette(s)")
        for path in recorded:
            terminalreporter.write_line(str(path))


# -- the emulator ----------------------------------------------------------------------


def specs_dir(config: pytest.Config) -> Path:
    return Path(config.rootpath) / str(config.getini("runcomfy_specs"))


@pytest.fixture(scope="session")
def runcomfy_emulated_models(pytestconfig: pytest.Config) -> dict[str, EmulatedModel]:
    """Every model of the specs directory, read once per session."""
    from runcomfy.emulator import load_models

    folder = specs_dir(pytestconfig)
    if not folder.is_dir():
        pytest.fail(
            f"runcomfy: no specs directory at {folder}. Set the `runcomfy_specs` ini option "
            "to the folder of your spec files.",
            pytrace=False,
        )
    return load_models(folder)


@pytest.fixture
def runcomfy_clock() -> VirtualClock:
    """The clock of the emulator and of the emulator clients: their sleeps take no time."""
    return VirtualClock()


@pytest.fixture
def runcomfy_emulator(
    runcomfy_emulated_models: dict[str, EmulatedModel], runcomfy_clock: VirtualClock
) -> ModelAPI:
    """The Model API, emulated in-process for every spec; accepts any bearer token.

    Override it in a conftest.py to change it, e.g. `ModelAPI(..., faults=FaultPlan(...))`.
    """
    from runcomfy.emulator import ModelAPI

    return ModelAPI(runcomfy_emulated_models, timings=emulator_timings(), clock=runcomfy_clock.now)


def emulator_config(clock: VirtualClock, **options: Any) -> ClientConfig:
    from runcomfy.emulator import BASE_URL

    config = ClientConfig(api_key=EMULATOR_API_KEY, base_url=BASE_URL, poll=POLL, clock=clock.now)
    return config.with_options(**options)


@pytest.fixture
def runcomfy_client(
    runcomfy_emulator: ModelAPI, runcomfy_clock: VirtualClock
) -> Iterator[RunComfy]:
    """A `RunComfy` talking to `runcomfy_emulator` in-process; polling costs no real time."""
    from runcomfy.emulator import EmulatorTransport

    http = httpx.Client(transport=EmulatorTransport(runcomfy_emulator))
    client = RunComfy(
        config=emulator_config(runcomfy_clock), http_client=http, sleep=runcomfy_clock.sleep
    )
    yield client
    http.close()


@pytest.fixture
def async_runcomfy_client(
    runcomfy_emulator: ModelAPI, runcomfy_clock: VirtualClock
) -> Iterator[AsyncRunComfy]:
    """An `AsyncRunComfy` talking to `runcomfy_emulator` in-process."""
    from runcomfy.emulator import EmulatorTransport

    http = httpx.AsyncClient(transport=EmulatorTransport(runcomfy_emulator))
    client = AsyncRunComfy(
        config=emulator_config(runcomfy_clock), http_client=http, sleep=runcomfy_clock.async_sleep
    )
    yield client
    close_async(http)


# -- record / replay -------------------------------------------------------------------


def record_target(config: pytest.Config) -> str | None:
    """Where this session records to, or None to replay."""
    env = os.environ.get(RECORD_ENV, "").strip().lower()
    on = bool(config.getoption("runcomfy_record")) or env in {"1", "true", "yes", "on", *TARGETS}
    if not on:
        return None
    chosen = config.getoption("runcomfy_record_target") or (env if env in TARGETS else None)
    chosen = chosen or str(config.getini("runcomfy_record_target") or "api")
    if chosen not in TARGETS:
        raise pytest.UsageError(f"runcomfy_record_target must be one of {TARGETS}, not {chosen!r}")
    return str(chosen)


@pytest.fixture
def runcomfy_cassette(request: pytest.FixtureRequest) -> Iterator[RunComfyCassette]:
    """Clients whose Model API exchanges are replayed from, or recorded to, a cassette file.

    `runcomfy_cassette.client()` / `.async_client()` give a `RunComfy` / `AsyncRunComfy`;
    `.http_client()` a plain httpx client (to download outputs) under the same cassette.
    """
    marker = request.node.get_closest_marker(MARKER)
    name = _marker_name(marker) if marker is not None else None
    path = cassette_path(Path(request.node.path), request.node.nodeid, name)
    target = record_target(request.config)
    cassette = _replaying(request, path) if target is None else _recording(request, path, target)
    yield cassette
    cassette.close()
    if cassette.recording:
        cassette.save()
        request.config.stash[_recorded].append(path)


def _marker_name(marker: pytest.Mark) -> str:
    name = marker.args[0] if marker.args else marker.kwargs.get("name")
    if not isinstance(name, str) or not name:
        raise pytest.UsageError(f'@pytest.mark.{MARKER} takes a cassette name: {MARKER}("name")')
    return name


def _replaying(request: pytest.FixtureRequest, path: Path) -> RunComfyCassette:
    try:
        data = RunComfyCassette.read(path)
    except CassetteError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        httpx_mock = request.getfixturevalue("httpx_mock")
    except pytest.FixtureLookupError:
        pytest.fail(
            "runcomfy_cassette replays through pytest-httpx: pip install pytest-httpx",
            pytrace=False,
        )
    cassette = RunComfyCassette(
        path,
        mode="replay",
        description=str(data.get("description") or request.node.nodeid),
        base_url=replay_base_url(data),
        api_key=REPLAY_API_KEY,
        clock=VirtualClock(),
        poll=POLL,
    )
    # A body that carried the API key was recorded redacted: compare it redacted too.
    cassette.redact(os.environ.get(API_KEY_ENV, "").strip())
    cassette.load_into(httpx_mock, data)
    return cassette


def _recording(request: pytest.FixtureRequest, path: Path, target: str) -> RunComfyCassette:
    if target == "emulator":
        from runcomfy.emulator import BASE_URL, EmulatorTransport

        api: ModelAPI = request.getfixturevalue("runcomfy_emulator")
        clock: VirtualClock = request.getfixturevalue("runcomfy_clock")
        transport = EmulatorTransport(api)
        return RunComfyCassette(
            path,
            mode="record",
            description=request.node.nodeid,
            base_url=BASE_URL,
            api_key=os.environ.get(API_KEY_ENV, "").strip() or EMULATOR_API_KEY,
            transports=lambda: (transport, transport),
            clock=clock,
            poll=POLL,
        )
    key = os.environ.get(API_KEY_ENV, "").strip()
    if not key:
        pytest.fail(
            f"runcomfy: recording against the Model API needs {API_KEY_ENV}; it is never "
            "written to the cassette.",
            pytrace=False,
        )
    return RunComfyCassette(
        path,
        mode="record",
        description=request.node.nodeid,
        base_url=os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        api_key=key,
        transports=lambda: (httpx.HTTPTransport(), httpx.AsyncHTTPTransport()),
    )
