"""Contract tests: given a recorded Model API exchange, when the client makes a call, then it
sends exactly the recorded requests and returns (or raises) the typed value the recording means.

Every test runs twice, through `RunComfy` and through `AsyncRunComfy` (the `flavour` fixture).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

import runcomfy
from runcomfy import (
    AuthenticationError,
    BadRequestError,
    CancelOutcome,
    CancelResult,
    InputValidationError,
    JobCancelledError,
    JobFailedError,
    JobState,
    NotFoundError,
    PermissionDeniedError,
    RequestHandle,
    RequestStatus,
    Result,
    UnprocessableEntityError,
)
from runcomfy_models.ideogram.ideogram_v3 import reframe

BASE = "https://model-api.runcomfy.net"
MODEL_ID = "ideogram/ideogram-v3/reframe"
IMAGE = (
    "https://playgrounds-storage-public.runcomfy.net/tools/7063/media-files/usecase1-1-input.png"
)
OUTPUTS = "https://playgrounds-storage-public.runcomfy.net/model-api"

SUBMITTED = "8c1f4d2e-5b7a-4e3c-9f1d-2a6b8c0e4f71"
ACCEPTED = "5e0b7c93-1d4f-4a2b-8e6c-9f3a2d7b1c05"
RUNNING = "c3e5a7b9-0d2f-4e6a-b8c1-5f7d9e1a3b46"
FAILED = "b7d3e1f0-2c8a-4b6e-9d4f-1a5c7e3b9d62"
CANCELLED = "4a8c2e6f-9b1d-4f3a-8c5e-7d9b1f3a5c20"
UNKNOWN = "e9f1a3c5-7b2d-4e8f-a6c0-3b5d7f9e1c84"
WITH_AUDIO = "0f4e2a6c-7b9d-4c1e-a3f5-8d2b6e0c9a17"
RUN = "d2a9e6b4-3c1f-4a8e-b7d5-6f0c2e9a1b38"
WARMING_UP = "7b1d3f5a-8c0e-4a2c-9e4b-6d8f0a2c4e93"


def handle(request_id: str) -> RequestHandle:
    urls = f"{BASE}/v1/requests/{request_id}"
    return RequestHandle(
        request_id=request_id,
        model_id=MODEL_ID,
        status_url=f"{urls}/status",
        result_url=f"{urls}/result",
        cancel_url=f"{urls}/cancel",
    )


def submit_photo(f: Any) -> Any:
    return f.client.submit(reframe.MODEL, {"image": IMAGE})


# -- calls that succeed ------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    recording: str
    when: Callable[[Any], Any]  # the call, given a Flavour
    then: Any  # the typed value it returns


SUCCESS_CASES = [
    Case(
        "submit",
        when=submit_photo,
        then=handle(SUBMITTED),
    ),
    Case(
        "submit_accepted",
        when=lambda f: f.client.submit(
            reframe,
            reframe.Input(image=IMAGE, resolution="1344:768 (7:4)", rendering_speed="TURBO"),
        ),
        then=handle(ACCEPTED),
    ),
    Case(
        "status_in_queue",
        when=lambda f: f.client.status(SUBMITTED),
        then=RequestStatus(SUBMITTED, JobState.IN_QUEUE, "in_queue", queue_position=4),
    ),
    Case(
        "status_in_progress",
        when=lambda f: f.client.status(SUBMITTED),
        then=RequestStatus(SUBMITTED, JobState.IN_PROGRESS, "in_progress", queue_position=None),
    ),
    Case(
        "result_succeeded",
        when=lambda f: f.client.result(SUBMITTED, reframe.MODEL),
        then=Result(
            request_id=SUBMITTED,
            state=JobState.SUCCEEDED,
            status="succeeded",
            output=reframe.Output(image=f"{OUTPUTS}/{SUBMITTED}/output_0.png"),
            created_at="2025-06-03T09:12:41Z",
            finished_at="2025-06-03T09:13:02Z",
        ),
    ),
    Case(
        "cancel_cancelled",
        when=lambda f: f.client.cancel(SUBMITTED),
        then=CancelResult(SUBMITTED, CancelOutcome.CANCELLED, status="cancelled"),
    ),
    Case(
        "cancel_not_cancellable",
        when=lambda f: f.client.cancel(RUNNING),
        then=CancelResult(RUNNING, CancelOutcome.NOT_CANCELLABLE, status="in_progress"),
    ),
]


@pytest.mark.parametrize("case", SUCCESS_CASES, ids=lambda c: c.recording)
def test_given_a_recording_when_called_then_the_typed_answer_is_returned(
    case: Case, flavour: Any, replay: Any
) -> None:
    recording = replay.load(case.recording)

    answer = case.when(flavour)

    replay.assert_sent(recording)
    assert type(answer) is type(case.then)
    assert answer == case.then
    if isinstance(answer, Result):
        assert type(answer.output) is reframe.Output
        assert answer.output.image == case.then.output.image
    if isinstance(answer, RequestStatus):
        assert answer.state is case.then.state
        assert answer.queue_position == case.then.queue_position
    if isinstance(answer, CancelResult):
        assert answer.outcome is case.then.outcome
        assert answer.cancelled is (case.then.outcome is CancelOutcome.CANCELLED)


# -- calls that fail -----------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorCase:
    recording: str
    when: Callable[[Any], Any]
    raises: type[runcomfy.RunComfyError]
    fields: dict[str, Any]  # attributes of the raised error
    says: list[str] = field(default_factory=list)  # what the message tells the caller to do


ERROR_CASES = [
    ErrorCase(
        "error_401_unauthorized",
        when=submit_photo,
        raises=AuthenticationError,
        fields={
            "status_code": 401,
            "error_code": None,
            "error_message": "Invalid or missing API token",
            "detail": "The Authorization header must be 'Bearer <token>' with an active API token",
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=["RUNCOMFY_API_KEY"],
    ),
    ErrorCase(
        "error_404001_unknown_request",
        when=lambda f: f.client.status(UNKNOWN),
        raises=NotFoundError,
        fields={
            "status_code": 404,
            "error_code": 404001,
            "error_message": "Request not found",
            "detail": f"No request {UNKNOWN} exists for this account",
            "request_id": UNKNOWN,
            "model_id": None,
        },
        says=["check the request_id", UNKNOWN],
    ),
    ErrorCase(
        "error_400002_no_balance",
        when=submit_photo,
        raises=BadRequestError,
        fields={
            "status_code": 400,
            "error_code": 400002,
            "error_message": "Insufficient balance",
            "detail": "The account balance is 0.00 USD; "
            "this model needs at least 0.06 USD per request",
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=["top up the balance"],
    ),
    ErrorCase(
        "error_422_invalid_field",
        when=lambda f: f.client.submit(reframe.MODEL, {"image": "photo.png"}),
        raises=UnprocessableEntityError,
        fields={
            "status_code": 422,
            "error_code": None,
            "error_message": "Input validation failed",
            "detail": [
                {
                    "loc": ["body", "image"],
                    "msg": "image must be a publicly reachable http(s) URL",
                    "type": "value_error.url",
                }
            ],
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=["see `detail`", "'image'"],
    ),
    ErrorCase(
        "error_200_with_error_code",
        when=submit_photo,
        raises=PermissionDeniedError,
        fields={
            "status_code": 200,
            "error_code": 403001,
            "error_message": f"This API token has no permission to use {MODEL_ID}",
            "detail": None,
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=["lacks permission"],
    ),
    ErrorCase(
        "wait_failed",
        when=lambda f: f.client.wait(FAILED, reframe.MODEL),
        raises=JobFailedError,
        fields={
            "request_id": FAILED,
            "model_id": MODEL_ID,
            "error": {
                "type": "InputError",
                "message": "Could not download image: HTTP 403 from the image host",
            },
        },
        says=["Could not download image", "not retried automatically"],
    ),
    ErrorCase(
        "wait_cancelled",
        when=lambda f: f.client.wait(CANCELLED, reframe.MODEL),
        raises=JobCancelledError,
        fields={"request_id": CANCELLED, "model_id": MODEL_ID},
        says=["was cancelled", "submit it again"],
    ),
]


@pytest.mark.parametrize("case", ERROR_CASES, ids=lambda c: c.recording)
def test_given_an_error_recording_when_called_then_a_typed_error_says_what_to_do(
    case: ErrorCase, flavour: Any, replay: Any
) -> None:
    recording = replay.load(case.recording)

    with pytest.raises(case.raises) as raised:
        case.when(flavour)

    replay.assert_sent(recording)  # sent once: none of these answers is retried
    error = raised.value
    assert type(error) is case.raises
    for name, value in case.fields.items():
        assert getattr(error, name) == value, name
    for words in case.says:
        assert words in str(error)


# -- whole jobs ------------------------------------------------------------------------------


def test_given_a_whole_job_when_run_then_the_typed_output_is_returned(
    flavour: Any, replay: Any, slept: list[float]
) -> None:
    recording = replay.load("run_succeeded")
    seen: list[RequestStatus] = []

    output = flavour.client.run(reframe.MODEL, {"image": IMAGE}, on_status=seen.append)

    replay.assert_sent(recording)
    assert type(output) is reframe.Output
    assert output.image == f"{OUTPUTS}/{RUN}/output_0.png"
    assert [(s.state, s.queue_position) for s in seen] == [
        (JobState.IN_QUEUE, 2),
        (JobState.IN_PROGRESS, None),
        (JobState.SUCCEEDED, None),
    ]
    assert len(slept) == 2  # one wait after each non-terminal status


def test_given_a_whole_job_when_the_generated_run_is_called_then_only_set_fields_are_sent(
    flavour: Any, replay: Any
) -> None:
    # The recorded submit body is exactly {"image", "resolution": default}: the required
    # field's published default is sent, optional fields left out are not.
    recording = replay.load("run_succeeded")

    output = flavour.reframe_run(image=IMAGE)

    replay.assert_sent(recording)
    assert replay.sent[0].content  # a JSON body, compared field by field above
    assert type(output) is reframe.Output
    assert output.image == f"{OUTPUTS}/{RUN}/output_0.png"


def test_given_a_recording_when_the_generated_submit_is_called_then_it_returns_a_handle(
    flavour: Any, replay: Any
) -> None:
    recording = replay.load("submit")

    answer = flavour.reframe_submit(image=IMAGE)

    replay.assert_sent(recording)
    assert answer == handle(SUBMITTED)


@pytest.mark.parametrize(
    "bad_input",
    [
        {"image": IMAGE, "resolution": "1000:1000 (1:1)"},
        {"image": IMAGE, "seed": -1},
        {"image": IMAGE, "aspect_ratio": "4:3"},
        {"resolution": "1152:864 (4:3)"},
    ],
    ids=["bad-resolution", "negative-seed", "unknown-field", "missing-image"],
)
def test_given_an_invalid_input_when_run_then_input_validation_error_and_nothing_is_sent(
    bad_input: dict[str, Any], flavour: Any, replay: Any
) -> None:
    with pytest.raises(InputValidationError) as raised:
        flavour.client.run(reframe.MODEL, bad_input)

    assert replay.sent == []
    assert raised.value.model_id == MODEL_ID
    assert raised.value.problems
    assert "nothing was sent" in str(raised.value)


def test_given_an_invalid_input_when_the_generated_run_is_called_then_input_validation_error(
    flavour: Any, replay: Any
) -> None:
    try:
        with pytest.raises(InputValidationError):
            flavour.reframe_run(image=IMAGE, resolution="1000:1000 (1:1)")
    finally:
        assert replay.sent == []


def test_given_an_output_with_an_unknown_field_when_read_then_the_field_is_kept(
    flavour: Any, replay: Any
) -> None:
    recording = replay.load("result_unknown_output_field")

    result = flavour.client.result(WITH_AUDIO, reframe.MODEL)

    replay.assert_sent(recording)
    output = result.output
    assert type(output) is reframe.Output
    assert output.image == f"{OUTPUTS}/{WITH_AUDIO}/output_0.png"
    assert output.model_extra == {"audio": f"{OUTPUTS}/{WITH_AUDIO}/output_0.mp3"}
    assert output.model_dump(exclude_none=True)["audio"] == f"{OUTPUTS}/{WITH_AUDIO}/output_0.mp3"


def test_given_an_unknown_status_when_waiting_then_polling_goes_on(
    flavour: Any, replay: Any, slept: list[float]
) -> None:
    recording = replay.load("wait_unknown_status")
    seen: list[RequestStatus] = []

    output = flavour.client.wait(WARMING_UP, reframe.MODEL, on_status=seen.append)

    replay.assert_sent(recording)  # all four status polls, then the result
    assert [(s.state, s.status) for s in seen] == [
        (JobState.UNKNOWN, "warming_up"),
        (JobState.IN_PROGRESS, "in_progress"),
        (JobState.SUCCEEDED, "completed"),
    ]
    assert not JobState.UNKNOWN.is_terminal
    assert len(slept) == 3  # waited after warming_up, warming_up and in_progress
    assert type(output) is reframe.Output
    assert output.image == f"{OUTPUTS}/{WARMING_UP}/output_0.png"
