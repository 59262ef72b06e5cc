"""Record the contract tests' recordings from the in-process emulator.

    .venv/bin/python tests/contract/record.py

Every scenario runs against its own `runcomfy.emulator.ModelAPI` through the project's pytest
plugin machinery (`RunComfyCassette` in record mode, whose `RecordingTransport` writes what was
sent and answered, with the API key redacted as it is for any user's cassette). The emulator
answers at `https://model-api.runcomfy.net` (an in-process `EmulatorTransport`, no network), so
the recordings hold the paths and URLs the client uses by default.

Time is virtual and starts at 0: only the clients' sleeps and the script's `advance()` move it,
so every status, queue position and poll count is the same on each run. What changes from one
run to the next is only what the emulator draws itself: request ids (uuid4), and the wall-clock
`created_at` / `finished_at` of results.

The recordings this script cannot make (see HAND_WRITTEN) are left untouched; README.md says
why, and how each recording was checked against RunComfy's documentation.
"""

from __future__ import annotations

import contextlib
import copy
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from runcomfy import (
    DEFAULT_BASE_URL,
    AuthenticationError,
    BadRequestError,
    CancelOutcome,
    ClientConfig,
    JobCancelledError,
    JobFailedError,
    JobState,
    NotFoundError,
    PollSchedule,
    RequestHandle,
    RunComfy,
    RunComfyError,
    UnprocessableEntityError,
)
from runcomfy.emulator import (
    FAULT_HEADER,
    EmulatedModel,
    EmulatorTransport,
    FaultPlan,
    ModelAPI,
    Timings,
    load_models,
)
from runcomfy.testing import RunComfyCassette, VirtualClock
from runcomfy_models.ideogram.ideogram_v3 import reframe

ROOT = Path(__file__).resolve().parents[2]
RECORDINGS = Path(__file__).resolve().parent / "recordings"
BASE_URL = DEFAULT_BASE_URL
MODEL_ID = reframe.MODEL.model_id
IMAGE = (
    "https://playgrounds-storage-public.runcomfy.net/tools/7063/media-files/usecase1-1-input.png"
)
# The key the recording client sends. It is a secret like any user's key: the cassette redacts
# it wherever it would appear, and `save()` below checks that it appears nowhere.
RECORDING_KEY = "rc-contract-recording-key-0001"
# The only token the emulator of the 401 scenario accepts: the recording key is not it.
OTHER_ACCOUNT_TOKEN = "rc-another-accounts-token-0002"
UNKNOWN_REQUEST_ID = "e9f1a3c5-7b2d-4e8f-a6c0-3b5d7f9e1c84"  # no job has this id
POLL = PollSchedule.fixed(1.0)  # one poll per virtual second
TIMINGS = Timings(queue_seconds=1.0, run_seconds=1.0, queue_length=3)
ORIGIN = "Recorded from the emulator by tests/contract/record.py"
# Recordings the emulator cannot produce: hand-written, left as they are.
HAND_WRITTEN = {
    "submit_accepted": "the emulator answers every accepted submit with HTTP 200, never 202",
    "error_200_with_error_code": "the emulator has no permissions, so no error_code 403001; "
    "its only HTTP 200 error (error_code 400002) is recorded as error_400002_no_balance",
}

MODELS: dict[str, EmulatedModel] = load_models(ROOT / "specs")


class Faults(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Between the recorder and the emulator: asks the emulator, with `X-Emulator-Fault`, for
    the next faults in `script` (one per request; None for none). Request headers are never
    recorded, so the recording holds exactly what the client sent and what it was answered."""

    def __init__(self, inner: EmulatorTransport, script: list[str | None]) -> None:
        self.inner = inner
        self.script = list(script)

    def _ask(self, request: httpx.Request) -> None:
        fault = self.script.pop(0) if self.script else None
        if fault is not None:
            request.headers[FAULT_HEADER] = fault

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._ask(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._ask(request)
        return await self.inner.handle_async_request(request)


class Scenario:
    """One emulator on a virtual clock: an unrecorded client to set a job up, and a recorder."""

    def __init__(
        self,
        *,
        timings: Timings = TIMINGS,
        token: str | None = None,
        faults: FaultPlan | None = None,
        models: Mapping[str, EmulatedModel] = MODELS,
    ) -> None:
        self.clock = VirtualClock(real=lambda: 0.0)  # no real time: runs are repeatable
        self.api = ModelAPI(
            models, token=token, timings=timings, faults=faults, clock=self.clock.now
        )
        self.transport = EmulatorTransport(self.api, base_url=BASE_URL)

    def config(self) -> ClientConfig:
        return ClientConfig(
            api_key=RECORDING_KEY, base_url=BASE_URL, poll=POLL, clock=self.clock.now
        )

    @contextlib.contextmanager
    def setup(self) -> Iterator[RunComfy]:
        """A client whose exchanges are not recorded: what happens before the scenario."""
        with httpx.Client(transport=self.transport) as http:
            yield RunComfy(config=self.config(), http_client=http, sleep=self.clock.sleep)

    def submit(self) -> RequestHandle:
        """Create a job without recording it (the scenario starts after the submit)."""
        with self.setup() as client:
            return client.submit(reframe.MODEL, {"image": IMAGE})

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @contextlib.contextmanager
    def recording(
        self, name: str, shows: str, *, faults: list[str | None] | None = None
    ) -> Iterator[RunComfy]:
        """A client whose exchanges are written to recordings/<name>.json when the block ends."""
        inner = Faults(self.transport, faults or [])
        cassette = RunComfyCassette(
            RECORDINGS / f"{name}.json",
            mode="record",
            description=f"{ORIGIN}. {shows}",
            base_url=BASE_URL,
            api_key=RECORDING_KEY,
            transports=lambda: (inner, inner),
            clock=self.clock,
            poll=POLL,
        )
        with cassette.client() as client:
            yield client
        cassette.close()
        save(cassette)


def save(cassette: RunComfyCassette) -> None:
    assert cassette.exchanges, f"{cassette.path.name}: nothing was recorded"
    cassette.save()
    text = cassette.path.read_text(encoding="utf-8")
    for secret in (RECORDING_KEY, OTHER_ACCOUNT_TOKEN):
        assert secret not in text, f"{cassette.path.name} holds a secret"
    print(f"recorded {cassette.path.relative_to(ROOT)} ({len(cassette.exchanges)} exchanges)")


@contextlib.contextmanager
def raises(kind: type[RunComfyError]) -> Iterator[None]:
    """The block must raise `kind`: the scenario was recorded as meant, or the script stops."""
    try:
        yield
    except kind:
        return
    raise AssertionError(f"expected {kind.__name__}")


def with_input_schema(model: EmulatedModel, image: dict[str, Any]) -> EmulatedModel:
    """`model` with a stricter `image` field than the one its spec publishes."""
    schema = copy.deepcopy(model.input_schema)
    schema["properties"]["image"].update(image)
    return replace(model, input_schema=schema)


# -- the scenarios ---------------------------------------------------------------------------


def submit() -> None:
    with Scenario().recording(
        "submit",
        "A submit answers 200 with the documented handle: request_id, status_url, result_url, "
        "cancel_url.",
    ) as client:
        handle = client.submit(reframe.MODEL, {"image": IMAGE})
    assert handle.status_url == f"{BASE_URL}/v1/requests/{handle.request_id}/status"


def status_in_queue() -> None:
    scenario = Scenario(timings=replace(TIMINGS, queue_length=5))
    handle = scenario.submit()
    with scenario.recording(
        "status_in_queue",
        "A job just submitted: status in_queue with its queue_position.",
    ) as client:
        status = client.status(handle.request_id)
    assert (status.state, status.queue_position) == (JobState.IN_QUEUE, 4), status


def status_in_progress() -> None:
    scenario = Scenario()
    handle = scenario.submit()
    scenario.advance(TIMINGS.queue_seconds)
    with scenario.recording(
        "status_in_progress",
        "A running job: status in_progress, and no queue_position.",
    ) as client:
        status = client.status(handle.request_id)
    assert (status.state, status.queue_position) == (JobState.IN_PROGRESS, None), status


def result_succeeded() -> None:
    scenario = Scenario()
    handle = scenario.submit()
    scenario.advance(TIMINGS.queue_seconds + TIMINGS.run_seconds)
    with scenario.recording(
        "result_succeeded",
        "The result of a finished job: request_id, status, output (the image URL), created_at "
        "and finished_at.",
    ) as client:
        result = client.result(handle.request_id, reframe.MODEL)
    assert result.state is JobState.SUCCEEDED and result.output and result.output.image


def result_unknown_output_field() -> None:
    # An emulated reframe whose jobs produce audio: the published output schema names no
    # `audio` field, so the emulator sends it as the service would, under a name the
    # client does not know.
    models = {**MODELS, MODEL_ID: replace(MODELS[MODEL_ID], output_type="AUDIO")}
    scenario = Scenario(models=models)
    handle = scenario.submit()
    scenario.advance(TIMINGS.queue_seconds + TIMINGS.run_seconds)
    with scenario.recording(
        "result_unknown_output_field",
        "A result whose output holds a field the published output schema does not name "
        "(audio); the emulator serves reframe with output_type AUDIO to produce it.",
    ) as client:
        result = client.result(handle.request_id, reframe.MODEL)
    assert result.output is not None and result.output.model_extra, result


def wait_failed() -> None:
    scenario = Scenario(faults=FaultPlan(always={"submit": "fail"}))
    handle = scenario.submit()
    scenario.advance(TIMINGS.queue_seconds + TIMINGS.run_seconds)
    with (
        scenario.recording(
            "wait_failed",
            "Waiting on a job that failed (emulator fault `fail` on its submit): status "
            "failed, then the result with its error payload.",
        ) as client,
        raises(JobFailedError),
    ):
        client.wait(handle.request_id, reframe.MODEL)


def wait_cancelled() -> None:
    scenario = Scenario()
    handle = scenario.submit()
    with scenario.setup() as elsewhere:
        assert elsewhere.cancel(handle.request_id).outcome is CancelOutcome.CANCELLED
    with (
        scenario.recording(
            "wait_cancelled",
            "Waiting on a job cancelled elsewhere while queued: status cancelled, then the "
            "result with created_at and finished_at and no output.",
        ) as client,
        raises(JobCancelledError),
    ):
        client.wait(handle.request_id, reframe.MODEL)


def wait_unknown_status() -> None:
    scenario = Scenario(timings=replace(TIMINGS, run_seconds=3.0))
    handle = scenario.submit()
    scenario.advance(TIMINGS.queue_seconds)  # running from the first poll on
    with scenario.recording(
        "wait_unknown_status",
        "A status this client does not know (warming_up, emulator fault `unknown_status` on "
        "the first two polls) is not terminal: polling goes on until succeeded.",
        faults=["unknown_status", "unknown_status"],
    ) as client:
        client.wait(handle.request_id, reframe.MODEL)
    assert scenario.clock.sleeps == [1.0, 1.0, 1.0], scenario.clock.sleeps


def cancel_cancelled() -> None:
    scenario = Scenario()
    handle = scenario.submit()
    with scenario.recording(
        "cancel_cancelled",
        "Cancelling a queued job: 202 with request_id, status cancelled, outcome cancelled.",
    ) as client:
        answer = client.cancel(handle.request_id)
    assert answer.outcome is CancelOutcome.CANCELLED, answer


def cancel_not_cancellable() -> None:
    scenario = Scenario()
    handle = scenario.submit()
    scenario.advance(TIMINGS.queue_seconds)
    with scenario.recording(
        "cancel_not_cancellable",
        "Cancelling a running job: 202 with request_id, status in_progress, outcome "
        "not_cancellable.",
    ) as client:
        answer = client.cancel(handle.request_id)
    assert answer.outcome is CancelOutcome.NOT_CANCELLABLE, answer


def error_401_unauthorized() -> None:
    with (
        Scenario(token=OTHER_ACCOUNT_TOKEN).recording(
            "error_401_unauthorized",
            "A submit with a token the service does not accept: 401 with error_code 400004 "
            "(UserAccountError) and error_message.",
        ) as client,
        raises(AuthenticationError),
    ):
        client.submit(reframe.MODEL, {"image": IMAGE})


def error_404001_unknown_request() -> None:
    with (
        Scenario().recording(
            "error_404001_unknown_request",
            "The status of a request_id the service does not know: 404 with error_code "
            "404001 (ResourceNotFound) and error_message.",
        ) as client,
        raises(NotFoundError),
    ):
        client.status(UNKNOWN_REQUEST_ID)


def error_400002_no_balance() -> None:
    with (
        Scenario(faults=FaultPlan(always={"submit": "error_code"})).recording(
            "error_400002_no_balance",
            "A submit from an account with no balance left (emulator fault `error_code`): "
            "HTTP 200 whose body is an error, error_code 400002 (InsufficientResources), not "
            "a handle.",
        ) as client,
        raises(BadRequestError),
    ):
        client.submit(reframe.MODEL, {"image": IMAGE})


def error_422_invalid_field() -> None:
    # The service can be stricter than the schema it publishes: this emulated reframe also
    # wants `image` to be an http(s) URL, which the published schema does not say.
    strict = with_input_schema(MODELS[MODEL_ID], {"pattern": "^https?://"})
    with (
        Scenario(models={**MODELS, MODEL_ID: strict}).recording(
            "error_422_invalid_field",
            "An input the published schema allows but the service rejects: 422 with "
            "error_message and a detail list naming the field; the emulator serves reframe "
            "with a stricter image field (an http(s) URL) to produce it.",
        ) as client,
        raises(UnprocessableEntityError),
    ):
        client.submit(reframe.MODEL, {"image": "photo.png"})


def run_succeeded() -> None:
    scenario = Scenario()
    with scenario.recording(
        "run_succeeded",
        "A whole job: submit, status in_queue (queue_position 2), in_progress, succeeded, "
        "then the result with the output image.",
    ) as client:
        output = client.run(reframe.MODEL, {"image": IMAGE})
    assert output.image and scenario.clock.sleeps == [1.0, 1.0], scenario.clock.sleeps


SCENARIOS = [
    submit,
    status_in_queue,
    status_in_progress,
    result_succeeded,
    result_unknown_output_field,
    wait_failed,
    wait_cancelled,
    wait_unknown_status,
    cancel_cancelled,
    cancel_not_cancellable,
    error_401_unauthorized,
    error_404001_unknown_request,
    error_400002_no_balance,
    error_422_invalid_field,
    run_succeeded,
]


def main() -> int:
    for scenario in SCENARIOS:
        scenario()
    for name, reason in HAND_WRITTEN.items():
        path = RECORDINGS / f"{name}.json"
        data = RunComfyCassette.read(path)
        assert str(data["description"]).startswith("Hand-written"), path
        print(f"kept     {path.relative_to(ROOT)} (hand-written: {reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
