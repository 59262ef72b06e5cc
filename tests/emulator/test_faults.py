"""The emulator's faults against the real clients: what each one makes the runtime do.

A fault is injected on chosen requests only, by a transport that adds `X-Emulator-Fault` to
the first requests of an endpoint (or for every request, with `FaultPlan(always=...)`); the
same table runs on `RunComfy` and on `AsyncRunComfy`. Sleeps are virtual.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from runcomfy import (
    AsyncRunComfy,
    BadRequestError,
    JobFailedError,
    JobState,
    RequestStatus,
    RunComfy,
    ServerError,
    UnexpectedResponseError,
)
from runcomfy._config import DEFAULT_MAX_RETRIES
from runcomfy.emulator import (
    FAULT_HEADER,
    EmulatedModel,
    EmulatorTransport,
    FaultPlan,
    ModelAPI,
)
from runcomfy.testing import VirtualClock
from runcomfy.testing.plugin import emulator_config, emulator_timings
from runcomfy_models.ideogram.ideogram_v3 import reframe

INPUT = {"image": "https://example.com/a.png"}
_REQUEST = re.compile(r"^/v1/requests/[^/]+/(status|result|cancel)$")


def endpoint_of(request: httpx.Request) -> str:
    match = _REQUEST.match(request.url.path)
    if match:
        return match[1]
    if request.method == "POST" and request.url.path.startswith("/v1/models/"):
        return "submit"
    return "other"


class FaultInjector(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Asks the emulator for a fault on the first requests of an endpoint, and counts every
    request per endpoint. `script["status"] = ["drop", ""]`: drop the first status request."""

    def __init__(self, inner: EmulatorTransport, script: Mapping[str, list[str]]) -> None:
        self.inner = inner
        self.script = {endpoint: list(faults) for endpoint, faults in script.items()}
        self.seen: Counter[str] = Counter()

    def _inject(self, request: httpx.Request) -> None:
        endpoint = endpoint_of(request)
        self.seen[endpoint] += 1
        faults = self.script.get(endpoint)
        if faults and (fault := faults.pop(0)):
            request.headers[FAULT_HEADER] = fault

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._inject(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._inject(request)
        return await self.inner.handle_async_request(request)


@dataclass
class Rig:
    api: ModelAPI
    transport: FaultInjector
    clock: VirtualClock
    statuses: list[RequestStatus] = field(default_factory=list)


@dataclass(frozen=True)
class Case:
    name: str
    check: Callable[[Any, Rig], None]  # given the output, or the exception raised
    script: Mapping[str, list[str]] = field(default_factory=dict)
    always: Mapping[str, str] = field(default_factory=dict)


def _succeeded(outcome: Any) -> None:
    assert isinstance(outcome, reframe.Output), outcome
    assert outcome.image


def _429_retried_once(outcome: Any, rig: Rig) -> None:
    _succeeded(outcome)
    assert rig.transport.seen["submit"] == 2  # the 429, then the one accepted
    assert len(rig.api.jobs) == 1
    assert rig.clock.sleeps[0] == rig.api.faults.retry_after  # Retry-After was honoured


def _500_not_resubmitted(outcome: Any, rig: Rig) -> None:
    assert isinstance(outcome, ServerError), outcome
    assert outcome.status_code == 500
    assert "may have created a job" in str(outcome)
    assert rig.transport.seen["submit"] == 1
    assert rig.transport.seen["status"] == 0


def _drop_retried(outcome: Any, rig: Rig) -> None:
    _succeeded(outcome)
    assert rig.transport.seen["submit"] == 1
    assert rig.transport.seen["status"] >= 2


def _503_on_status_retried(outcome: Any, rig: Rig) -> None:
    _succeeded(outcome)
    assert rig.transport.seen["status"] >= 3


def _malformed(outcome: Any, rig: Rig) -> None:
    assert isinstance(outcome, UnexpectedResponseError), outcome
    assert outcome.status_code == 200
    assert outcome.request_id is not None
    assert len(rig.api.jobs) == 1
    # Every status answer is malformed: a status poll is asked again, 1 + max_retries times.
    assert rig.transport.seen["status"] == 1 + DEFAULT_MAX_RETRIES
    assert rig.transport.seen["result"] == 0


def _error_code(outcome: Any, rig: Rig) -> None:
    assert isinstance(outcome, BadRequestError), outcome
    assert (outcome.status_code, outcome.error_code) == (200, 400002)
    assert len(rig.api.jobs) == 0


def _unknown_status_keeps_polling(outcome: Any, rig: Rig) -> None:
    _succeeded(outcome)
    unknown = [s for s in rig.statuses if s.state is JobState.UNKNOWN]
    assert unknown and unknown[0].status == "warming_up"
    assert rig.statuses[-1].state is JobState.SUCCEEDED
    assert rig.transport.seen["status"] >= 4


def _fail(outcome: Any, rig: Rig) -> None:
    assert isinstance(outcome, JobFailedError), outcome
    assert outcome.error == {
        "error_code": 500001,
        "error_message": "The model failed to process the input (emulated failure).",
    }
    assert outcome.request_id is not None
    assert rig.api.jobs.get(outcome.request_id) is not None
    assert outcome.model_id == reframe.MODEL_ID


CASES = [
    Case("429_on_submit_is_retried_once", _429_retried_once, script={"submit": ["429"]}),
    Case("500_on_submit_is_not_resubmitted", _500_not_resubmitted, script={"submit": ["500"]}),
    Case("drop_on_status_is_retried", _drop_retried, script={"status": ["drop"]}),
    Case("503_on_status_is_retried", _503_on_status_retried, script={"status": ["503", "503"]}),
    Case("malformed_status_is_unexpected_response", _malformed, always={"status": "malformed"}),
    Case("error_code_is_bad_request", _error_code, script={"submit": ["error_code"]}),
    Case(
        "unknown_status_keeps_polling",
        _unknown_status_keeps_polling,
        script={"status": ["unknown_status"] * 3},
    ),
    Case("fail_makes_the_job_fail", _fail, script={"submit": ["fail"]}),
]


def _rig(case: Case, models: dict[str, EmulatedModel], clock: VirtualClock) -> Rig:
    api = ModelAPI(
        models,
        timings=emulator_timings(),
        faults=FaultPlan(always=case.always),
        clock=clock.now,
    )
    return Rig(api=api, transport=FaultInjector(EmulatorTransport(api), case.script), clock=clock)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_fault_sync(
    case: Case, runcomfy_emulated_models: dict[str, EmulatedModel], runcomfy_clock: VirtualClock
) -> None:
    rig = _rig(case, runcomfy_emulated_models, runcomfy_clock)
    with httpx.Client(transport=rig.transport) as http:
        client = RunComfy(
            config=emulator_config(rig.clock), http_client=http, sleep=rig.clock.sleep
        )
        outcome: Any
        try:
            outcome = client.run(reframe.MODEL, INPUT, on_status=rig.statuses.append)
        except Exception as exc:
            outcome = exc
    case.check(outcome, rig)


@pytest.mark.asyncio
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_fault_async(
    case: Case, runcomfy_emulated_models: dict[str, EmulatedModel], runcomfy_clock: VirtualClock
) -> None:
    rig = _rig(case, runcomfy_emulated_models, runcomfy_clock)
    async with httpx.AsyncClient(transport=rig.transport) as http:
        client = AsyncRunComfy(
            config=emulator_config(rig.clock), http_client=http, sleep=rig.clock.async_sleep
        )
        outcome: Any
        try:
            outcome = await client.run(reframe.MODEL, INPUT, on_status=rig.statuses.append)
        except Exception as exc:
            outcome = exc
    case.check(outcome, rig)


def test_query_parameter_fault_and_fault_plan_agree(
    runcomfy_emulated_models: dict[str, EmulatedModel], runcomfy_clock: VirtualClock
) -> None:
    """`?fault=` asks for the same fault as the header; `FaultPlan` applies it every time."""
    api = ModelAPI(runcomfy_emulated_models, faults=FaultPlan(always={"submit": "503"}))
    with httpx.Client(transport=EmulatorTransport(api), base_url="http://emulator.local") as http:
        auth = {"Authorization": "Bearer any"}
        path = f"/v1/models/{reframe.MODEL_ID}"
        assert http.post(path, json=INPUT, headers=auth).status_code == 503
        assert http.post(path + "?fault=429", json=INPUT, headers=auth).status_code == 429
        assert len(api.jobs) == 0
