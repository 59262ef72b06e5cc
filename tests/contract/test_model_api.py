"""Contract tests: given a recorded Model API exchange, when the client makes a call, then it
sends exactly the recorded requests and returns (or raises) the typed value the recording means.

Every test runs twice, through `RunComfy` and through `AsyncRunComfy` (the `flavour` fixture).
The recordings come from the emulator (`record.py`), which draws a new request_id per job: the
tests read request ids and timestamps from the recording, and state everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .conftest import Recording

BASE = "https://model-api.runcomfy.net"
MODEL_ID = "ideogram/ideogram-v3/reframe"
IMAGE = (
    "https://playgrounds-storage-public.runcomfy.net/tools/7063/media-files/usecase1-1-input.png"
)


def handle(request_id: str) -> RequestHandle:
    urls = f"{BASE}/v1/requests/{request_id}"
    return RequestHandle(
        request_id=request_id,
        model_id=MODEL_ID,
        status_url=f"{urls}/status",
        result_url=f"{urls}/result",
        cancel_url=f"{urls}/cancel",
    )


def media(request_id: str, name: str = "image.png") -> str:
    """Where the emulator serves a job's output file (at the base URL it answered on)."""
    return f"{BASE}/media/{request_id}/{name}"


def submit_photo(f: Any, r: Recording) -> Any:
    return f.client.submit(reframe.MODEL, {"image": IMAGE})


# -- calls that succeed ------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    recording: str
    when: Callable[[Any, Recording], Any]  # the call, given a Flavour and the recording
    then: Callable[[Recording], Any]  # the typed value it returns


SUCCESS_CASES = [
    Case(
        "submit",
        when=submit_photo,
        then=lambda r: handle(r.request_id),
    ),
    Case(
        "submit_accepted",
        when=lambda f, r: f.client.submit(
            reframe,
            reframe.Input(image=IMAGE, resolution="1344:768 (7:4)", rendering_speed="TURBO"),
        ),
        then=lambda r: handle(r.request_id),
    ),
    Case(
        "status_in_queue",
        when=lambda f, r: f.client.status(r.request_id),
        then=lambda r: RequestStatus(r.request_id, JobState.IN_QUEUE, "in_queue", queue_position=4),
    ),
    Case(
        "status_in_progress",
        when=lambda f, r: f.client.status(r.request_id),
        then=lambda r: RequestStatus(
            r.request_id, JobState.IN_PROGRESS, "in_progress", queue_position=None
        ),
    ),
    Case(
        "result_succeeded",
        when=lambda f, r: f.client.result(r.request_id, reframe.MODEL),
        then=lambda r: Result(
            request_id=r.request_id,
            state=JobState.SUCCEEDED,
            status="succeeded",
            output=reframe.Output(image=media(r.request_id)),
            created_at=r.answer["created_at"],
            finished_at=r.answer["finished_at"],
        ),
    ),
    Case(
        "cancel_cancelled",
        when=lambda f, r: f.client.cancel(r.request_id),
        then=lambda r: CancelResult(r.request_id, CancelOutcome.CANCELLED, status="cancelled"),
    ),
    Case(
        "cancel_not_cancellable",
        when=lambda f, r: f.client.cancel(r.request_id),
        then=lambda r: CancelResult(
            r.request_id, CancelOutcome.NOT_CANCELLABLE, status="in_progress"
        ),
    ),
]


@pytest.mark.parametrize("case", SUCCESS_CASES, ids=lambda c: c.recording)
def test_given_a_recording_when_called_then_the_typed_answer_is_returned(
    case: Case, flavour: Any, replay: Any
) -> None:
    recording = replay.load(case.recording)
    expected = case.then(recording)

    answer = case.when(flavour, recording)

    replay.assert_sent(recording)
    assert type(answer) is type(expected)
    assert answer == expected
    if isinstance(answer, Result):
        assert type(answer.output) is reframe.Output
        assert answer.output.image == expected.output.image
        assert answer.created_at and answer.finished_at  # timestamps, as recorded
    if isinstance(answer, RequestStatus):
        assert answer.state is expected.state
        assert answer.queue_position == expected.queue_position
    if isinstance(answer, CancelResult):
        assert answer.outcome is expected.outcome
        assert answer.cancelled is (expected.outcome is CancelOutcome.CANCELLED)


# -- calls that fail -----------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorCase:
    recording: str
    when: Callable[[Any, Recording], Any]
    raises: type[runcomfy.RunComfyError]
    fields: Callable[[Recording], dict[str, Any]]  # attributes of the raised error
    # what the message tells the caller to do
    says: Callable[[Recording], list[str]] = field(default=lambda r: [])


ERROR_CASES = [
    ErrorCase(
        "error_401_unauthorized",
        when=submit_photo,
        raises=AuthenticationError,
        fields=lambda r: {
            "status_code": 401,
            "error_code": 400004,
            "error_message": "Invalid API token.",
            "detail": None,
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=lambda r: ["RUNCOMFY_API_KEY"],
    ),
    ErrorCase(
        "error_404001_unknown_request",
        when=lambda f, r: f.client.status(r.request_id),
        raises=NotFoundError,
        fields=lambda r: {
            "status_code": 404,
            "error_code": 404001,
            "error_message": f"Request {r.request_id} not found.",
            "detail": None,
            "request_id": r.request_id,
            "model_id": None,
        },
        says=lambda r: ["check the request_id", r.request_id],
    ),
    ErrorCase(
        "error_400002_no_balance",
        when=submit_photo,
        raises=BadRequestError,  # HTTP 200, classed by its error_code
        fields=lambda r: {
            "status_code": 200,
            "error_code": 400002,
            "error_message": "Insufficient balance (emulated).",
            "detail": None,
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=lambda r: ["top up the balance"],
    ),
    ErrorCase(
        "error_422_invalid_field",
        when=lambda f, r: f.client.submit(reframe.MODEL, {"image": "photo.png"}),
        raises=UnprocessableEntityError,
        fields=lambda r: {
            "status_code": 422,
            "error_code": None,
            "error_message": "Input validation failed: image.",
            "detail": [
                {
                    "loc": ["body", "image"],
                    "msg": "'photo.png' does not match '^https?://'",
                    "type": "pattern",
                }
            ],
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=lambda r: ["see `detail`", "'image'"],
    ),
    ErrorCase(
        "error_200_with_error_code",
        when=submit_photo,
        raises=PermissionDeniedError,
        fields=lambda r: {
            "status_code": 200,
            "error_code": 403001,
            "error_message": f"This API token has no permission to use {MODEL_ID}",
            "detail": None,
            "request_id": None,
            "model_id": MODEL_ID,
        },
        says=lambda r: ["lacks permission"],
    ),
    ErrorCase(
        "wait_failed",
        when=lambda f, r: f.client.wait(r.request_id, reframe.MODEL),
        raises=JobFailedError,
        fields=lambda r: {
            "request_id": r.request_id,
            "model_id": MODEL_ID,
            "error": {
                "error_code": 500001,
                "error_message": "The model failed to process the input (emulated failure).",
            },
        },
        says=lambda r: ["The model failed to process the input", "not retried automatically"],
    ),
    ErrorCase(
        "wait_cancelled",
        when=lambda f, r: f.client.wait(r.request_id, reframe.MODEL),
        raises=JobCancelledError,
        fields=lambda r: {"request_id": r.request_id, "model_id": MODEL_ID},
        says=lambda r: ["was cancelled", "submit it again"],
    ),
]


@pytest.mark.parametrize("case", ERROR_CASES, ids=lambda c: c.recording)
def test_given_an_error_recording_when_called_then_a_typed_error_says_what_to_do(
    case: ErrorCase, flavour: Any, replay: Any
) -> None:
    recording = replay.load(case.recording)

    with pytest.raises(case.raises) as raised:
        case.when(flavour, recording)

    replay.assert_sent(recording)  # sent once: none of these answers is retried
    error = raised.value
    assert type(error) is case.raises
    for name, value in case.fields(recording).items():
        assert getattr(error, name) == value, name
    for words in case.says(recording):
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
    assert output.image == media(recording.request_id)
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
    assert output.image == media(recording.request_id)


def test_given_a_recording_when_the_generated_submit_is_called_then_it_returns_a_handle(
    flavour: Any, replay: Any
) -> None:
    recording = replay.load("submit")

    answer = flavour.reframe_submit(image=IMAGE)

    replay.assert_sent(recording)
    assert answer == handle(recording.request_id)


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
    audio = media(recording.request_id, "audio.wav")

    result = flavour.client.result(recording.request_id, reframe.MODEL)

    replay.assert_sent(recording)
    assert result.state is JobState.SUCCEEDED
    output = result.output
    assert type(output) is reframe.Output
    assert output.image is None  # the one field this output has is not a published one
    assert output.model_extra == {"audio": audio}
    assert output.model_dump(exclude_none=True) == {"audio": audio}


def test_given_an_unknown_status_when_waiting_then_polling_goes_on(
    flavour: Any, replay: Any, slept: list[float]
) -> None:
    recording = replay.load("wait_unknown_status")
    seen: list[RequestStatus] = []

    output = flavour.client.wait(recording.request_id, reframe.MODEL, on_status=seen.append)

    replay.assert_sent(recording)  # all four status polls, then the result
    assert [(s.state, s.status) for s in seen] == [
        (JobState.UNKNOWN, "warming_up"),
        (JobState.IN_PROGRESS, "in_progress"),
        (JobState.SUCCEEDED, "succeeded"),
    ]
    assert not JobState.UNKNOWN.is_terminal
    assert len(slept) == 3  # waited after warming_up, warming_up and in_progress
    assert type(output) is reframe.Output
    assert output.image == media(recording.request_id)
