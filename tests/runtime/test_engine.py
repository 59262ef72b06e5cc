"""The lifecycle engine's rules, driven through both clients over an in-memory transport.

Each case is a scripted server (a list of answers per endpoint); the same table runs on the
sync and the async client, with sleeping recorded instead of waited.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import runcomfy
from runcomfy import AsyncRunComfy, JobState, RunComfy
from runcomfy_models.ideogram.ideogram_v3 import reframe

BASE = "https://model-api.runcomfy.net"
RID = "3f9e1c2a-8b7d-4e6f-9a1b-2c3d4e5f6a7b"
INPUT = {"image": "https://example.com/a.png"}

Answer = httpx.Response | type[Exception]


@dataclass
class Server:
    """A scripted Model API: answers per endpoint, consumed in order; the last one repeats."""

    script: dict[str, list[Answer]]
    seen: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        endpoint = _endpoint(request)
        answers = self.script[endpoint]
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        # A fresh copy each time: a response object can be read only once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def count(self, endpoint: str) -> int:
        return sum(1 for r in self.seen if _endpoint(r) == endpoint)


def _endpoint(request: httpx.Request) -> str:
    path = request.url.path
    return "submit" if path.startswith("/v1/models/") else path.rsplit("/", 1)[-1]


def ok(**body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


SUBMITTED = ok(
    request_id=RID,
    status_url=f"{BASE}/v1/requests/{RID}/status",
    result_url=f"{BASE}/v1/requests/{RID}/result",
    cancel_url=f"{BASE}/v1/requests/{RID}/cancel",
)
DONE = ok(request_id=RID, status="completed")
RESULT = ok(request_id=RID, status="succeeded", output={"image": "https://cdn/x.png"})


class Flavour:
    """Runs one client call on the sync or the async client, recording sleeps."""

    def __init__(self, is_async: bool, server: Server, **options: Any) -> None:
        self.sleeps: list[float] = []
        self.is_async = is_async
        self.server = server
        self.options = options

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self.call_with_options({}, method, *args, **kwargs)

    def call_with_options(
        self, options: dict[str, Any], method: str, *args: Any, **kwargs: Any
    ) -> Any:
        """Calls `method` on `client.with_options(**options)`, or on the client itself."""
        transport = httpx.MockTransport(self.server)
        if not self.is_async:
            client = RunComfy(
                "sk-test",
                http_client=httpx.Client(transport=transport),
                sleep=self.sleeps.append,
                **self.options,
            )
            chosen = client.with_options(**options) if options else client
            return getattr(chosen, method)(*args, **kwargs)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        async def go() -> Any:
            http = httpx.AsyncClient(transport=transport)
            client = AsyncRunComfy("sk-test", http_client=http, sleep=sleep, **self.options)
            chosen = client.with_options(**options) if options else client
            try:
                return await getattr(chosen, method)(*args, **kwargs)
            finally:
                await http.aclose()

        return asyncio.run(go())


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Callable[..., Flavour]:
    return lambda server, **options: Flavour(request.param, server, **options)


# -- status parsing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "state"),
    [
        ("in_queue", JobState.IN_QUEUE),
        ("in_progress", JobState.IN_PROGRESS),
        ("completed", JobState.SUCCEEDED),
        ("succeeded", JobState.SUCCEEDED),
        ("failed", JobState.FAILED),
        ("cancelled", JobState.CANCELLED),
        ("canceled", JobState.CANCELLED),
        ("COMPLETED", JobState.SUCCEEDED),
        ("warming_up", JobState.UNKNOWN),
        (None, JobState.UNKNOWN),
        (42, JobState.UNKNOWN),
    ],
)
def test_status_strings_are_read_open_endedly(status: object, state: JobState) -> None:
    assert JobState.parse(status) is state
    assert state.is_terminal == (state in {JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED})


# -- retries: never a second paid submit ---------------------------------------------------

SUBMIT_FAULTS = [
    # (what the first submit meets, submits the server sees, outcome)
    (httpx.ConnectError, 2, None),
    (httpx.ConnectTimeout, 2, None),
    (httpx.ReadTimeout, 1, runcomfy.SubmitOutcomeUnknownError),
    (httpx.RemoteProtocolError, 1, runcomfy.SubmitOutcomeUnknownError),
    (httpx.Response(429, headers={"Retry-After": "2"}, json={}), 2, None),
    (httpx.Response(500, json={"error_message": "boom"}), 1, runcomfy.ServerError),
    (httpx.Response(503, json={}), 1, runcomfy.ServerError),
    (httpx.Response(200, content=b"<html>proxy error</html>"), 1, runcomfy.UnexpectedResponseError),
]


@pytest.mark.parametrize(("fault", "submits", "error"), SUBMIT_FAULTS)
def test_submit_is_resent_only_when_it_provably_never_arrived(
    flavour: Callable[..., Flavour], fault: Answer, submits: int, error: type[Exception] | None
) -> None:
    server = Server({"submit": [fault, SUBMITTED]})
    run = flavour(server)
    if error is None:
        handle = run.call("submit", reframe, INPUT)
        assert handle.request_id == RID
    else:
        with pytest.raises(error) as caught:
            run.call("submit", reframe, INPUT)
        assert "before submitting again" in str(caught.value)
    assert server.count("submit") == submits


def test_a_429_on_submit_waits_as_long_as_retry_after_says(flavour: Callable[..., Flavour]) -> None:
    server = Server({"submit": [httpx.Response(429, headers={"Retry-After": "7"}), SUBMITTED]})
    run = flavour(server)
    run.call("submit", reframe, INPUT)
    assert run.sleeps == [7.0]


@pytest.mark.parametrize(
    "fault",
    [
        httpx.ReadTimeout,
        httpx.ConnectError,
        httpx.RemoteProtocolError,
        httpx.Response(502),
        httpx.Response(503),
        httpx.Response(429),
    ],
)
def test_status_polls_are_retried(flavour: Callable[..., Flavour], fault: Answer) -> None:
    server = Server({"submit": [SUBMITTED], "status": [fault, DONE], "result": [RESULT]})
    output = flavour(server).call("run", reframe.MODEL, INPUT)
    assert output.image == "https://cdn/x.png"
    assert server.count("submit") == 1
    assert server.count("status") == 2


def test_retries_stop_at_max_retries(flavour: Callable[..., Flavour]) -> None:
    server = Server({"status": [httpx.Response(503)]})
    with pytest.raises(runcomfy.ServerError):
        flavour(server, max_retries=2).call("status", RID)
    assert server.count("status") == 3


# -- polling and deadlines -----------------------------------------------------------------


def test_polling_backs_off_and_queue_position_slows_it(flavour: Callable[..., Flavour]) -> None:
    queued = [ok(request_id=RID, status="in_queue", queue_position=p) for p in (8, 4)]
    running = [ok(request_id=RID, status="in_progress")] * 3
    server = Server(
        {"submit": [SUBMITTED], "status": [*queued, *running, DONE], "result": [RESULT]}
    )
    seen: list[JobState] = []
    run = flavour(server)
    run.call("run", reframe.MODEL, INPUT, on_status=lambda s: seen.append(s.state))
    assert seen == [JobState.IN_QUEUE, JobState.IN_QUEUE, JobState.IN_PROGRESS, JobState.SUCCEEDED]
    assert run.sleeps[0] > run.sleeps[2]  # far back in the queue: slower
    assert run.sleeps[2:] == sorted(run.sleeps[2:])  # running: backing off
    assert max(run.sleeps) <= runcomfy.PollSchedule().maximum


def test_an_unknown_status_keeps_polling(flavour: Callable[..., Flavour]) -> None:
    server = Server(
        {
            "submit": [SUBMITTED],
            "status": [ok(request_id=RID, status="warming_up"), DONE],
            "result": [RESULT],
        }
    )
    assert flavour(server).call("run", reframe.MODEL, INPUT).image == "https://cdn/x.png"


def test_deadline_cancels_a_queued_job_and_says_how_to_resume(
    flavour: Callable[..., Flavour],
) -> None:
    clock = iter(range(0, 10_000, 10))  # every reading is 10 s later
    server = Server(
        {
            "submit": [SUBMITTED],
            "status": [ok(request_id=RID, status="in_queue", queue_position=3)],
            "cancel": [httpx.Response(202, json={"request_id": RID, "outcome": "cancelled"})],
        }
    )
    config = runcomfy.ClientConfig(api_key="sk-test", clock=lambda: float(next(clock)))
    with pytest.raises(runcomfy.JobTimeoutError) as caught:
        flavour(server, config=config).call("run", reframe.MODEL, INPUT, timeout=30)
    assert caught.value.request_id == RID
    assert caught.value.cancelled
    assert RID in str(caught.value) and "submit it again" in str(caught.value)
    assert server.count("cancel") == 1


# -- answers that are not what they should be ----------------------------------------------


def test_http_200_with_error_code_is_an_error(flavour: Callable[..., Flavour]) -> None:
    body = {"error_code": 400002, "error_message": "Insufficient balance"}
    server = Server({"submit": [ok(**body)]})
    with pytest.raises(runcomfy.BadRequestError) as caught:
        flavour(server).call("submit", reframe, INPUT)
    error = caught.value
    assert (error.status_code, error.error_code) == (200, 400002)
    assert error.model_id == "ideogram/ideogram-v3/reframe"
    assert "top up" in str(error)


def test_malformed_json_is_a_typed_error_after_retries(flavour: Callable[..., Flavour]) -> None:
    server = Server({"status": [httpx.Response(200, content=b"<html>oops")]})
    with pytest.raises(runcomfy.UnexpectedResponseError) as caught:
        flavour(server, max_retries=2).call("status", RID)
    assert caught.value.request_id == RID
    assert server.count("status") == 3


def test_a_malformed_answer_once_is_asked_again(flavour: Callable[..., Flavour]) -> None:
    server = Server({"status": [httpx.Response(200, content=b"<html>oops"), DONE]})
    assert flavour(server).call("status", RID).state is JobState.SUCCEEDED


def test_invalid_input_sends_nothing(flavour: Callable[..., Flavour]) -> None:
    server = Server({"submit": [SUBMITTED]})
    with pytest.raises(runcomfy.InputValidationError) as caught:
        flavour(server).call("submit", reframe, {"image": "x", "resolution": "4:3", "sed": 1})
    assert [p.path for p in caught.value.problems] == ["/resolution", "/sed"]
    assert "did you mean 'seed'" in str(caught.value)
    assert server.seen == []


# -- secrets ------------------------------------------------------------------------------


def test_the_api_key_stays_out_of_reprs_and_errors(flavour: Callable[..., Flavour]) -> None:
    client = RunComfy("sk-canary-123")
    assert "sk-canary-123" not in repr(client)
    assert "sk-canary-123" not in repr(client.config)
    server = Server({"status": [httpx.Response(401, json={"error_message": "bad token"})]})
    with pytest.raises(runcomfy.AuthenticationError) as caught:
        flavour(server).call("status", RID)
    assert "RUNCOMFY_API_KEY" in str(caught.value)
    assert server.seen[0].headers["Authorization"] == "Bearer sk-test"


def test_a_missing_api_key_is_reported_before_any_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RUNCOMFY_API_KEY", raising=False)
    with pytest.raises(runcomfy.MissingAPIKeyError, match="RUNCOMFY_API_KEY"):
        RunComfy()


def test_environment_configures_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNCOMFY_API_KEY", "sk-env")
    monkeypatch.setenv("RUNCOMFY_BASE_URL", "http://127.0.0.1:9/")
    config = RunComfy().config
    assert (config.api_key, config.base_url) == ("sk-env", "http://127.0.0.1:9")
    assert config.headers == {"Authorization": "Bearer sk-env", "Accept": "application/json"}


# -- the fault table: every fault on every endpoint, and the submits the server saw ---------

CANCELLED = httpx.Response(202, json={"request_id": RID, "outcome": "cancelled"})
FAULTS: dict[str, Answer] = {
    "connection refused": httpx.ConnectError,
    "connect timeout": httpx.ConnectTimeout,
    "read timeout": httpx.ReadTimeout,
    "429 with Retry-After": httpx.Response(429, headers={"Retry-After": "3"}),
    "429 without Retry-After": httpx.Response(429),
    "500": httpx.Response(500),
    "502": httpx.Response(502),
    "503": httpx.Response(503),
    "504": httpx.Response(504),
    "malformed JSON": httpx.Response(200, content=b'{"request_id": '),
    "200 with error_code": ok(error_code=400002, error_message="Insufficient balance"),
}
# On submit, only a request that provably never arrived (or a 429) is sent again.
SUBMIT_OUTCOME: dict[str, type[Exception] | None] = {
    "connection refused": None,
    "connect timeout": None,
    "read timeout": runcomfy.SubmitOutcomeUnknownError,
    "429 with Retry-After": None,
    "429 without Retry-After": None,
    "500": runcomfy.ServerError,
    "502": runcomfy.ServerError,
    "503": runcomfy.ServerError,
    "504": runcomfy.ServerError,
    "malformed JSON": runcomfy.UnexpectedResponseError,
    "200 with error_code": runcomfy.BadRequestError,
}
GRID = [
    (fault, endpoint) for fault in FAULTS for endpoint in ("submit", "status", "result", "cancel")
]


def _expected(fault: str, endpoint: str) -> type[Exception] | None:
    if endpoint == "submit":
        return SUBMIT_OUTCOME[fault]
    # Reads and cancel are safe to repeat: every fault but an error answer is retried away.
    return runcomfy.BadRequestError if fault == "200 with error_code" else None


@pytest.mark.parametrize(("fault", "endpoint"), GRID)
def test_fault_table(flavour: Callable[..., Flavour], fault: str, endpoint: str) -> None:
    script: dict[str, list[Answer]] = {
        "submit": [SUBMITTED],
        "status": [DONE],
        "result": [RESULT],
        "cancel": [CANCELLED],
    }
    script[endpoint] = [FAULTS[fault], *script[endpoint]]
    server = Server(script)
    run = flavour(server)
    call = ("cancel", RID) if endpoint == "cancel" else ("run", reframe.MODEL, INPUT)
    error = _expected(fault, endpoint)
    if error is None:
        run.call(*call)
    else:
        with pytest.raises(error):
            run.call(*call)
    resent = endpoint == "submit" and error is None
    assert server.count("submit") == (0 if endpoint == "cancel" else 2 if resent else 1)
    if fault == "429 with Retry-After" and error is None:
        assert run.sleeps[0] == 3.0


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        ("cancelled", runcomfy.JobCancelledError),
        ("canceled", runcomfy.JobCancelledError),
        ("failed", runcomfy.JobFailedError),
        ("succeeded", None),
        ("completed", None),
    ],
)
def test_terminal_spellings(
    flavour: Callable[..., Flavour], status: str, outcome: type[Exception] | None
) -> None:
    final = ok(request_id=RID, status=status, output={"image": "https://cdn/x.png"})
    server = Server(
        {"submit": [SUBMITTED], "status": [ok(request_id=RID, status=status)], "result": [final]}
    )
    if outcome is None:
        assert flavour(server).call("run", reframe.MODEL, INPUT).image == "https://cdn/x.png"
    else:
        with pytest.raises(outcome):
            flavour(server).call("run", reframe.MODEL, INPUT)
    assert server.count("submit") == 1


def test_a_job_that_never_finishes_ends_at_the_deadline(flavour: Callable[..., Flavour]) -> None:
    ticks = iter(range(0, 100_000, 7))
    config = runcomfy.ClientConfig(api_key="sk-test", clock=lambda: float(next(ticks)))
    server = Server({"submit": [SUBMITTED], "status": [ok(request_id=RID, status="in_progress")]})
    with pytest.raises(runcomfy.JobTimeoutError) as caught:
        flavour(server, config=config).call("run", reframe.MODEL, INPUT, timeout=120)
    assert not caught.value.cancelled  # running jobs cannot be cancelled; none was tried
    assert server.count("cancel") == 0
    assert server.count("submit") == 1


def test_a_canary_key_never_reaches_logs_errors_or_reprs(
    flavour: Callable[..., Flavour], caplog: pytest.LogCaptureFixture
) -> None:
    canary = "sk-canary-7f3e9a"
    server = Server(
        {
            "submit": [httpx.ConnectError, SUBMITTED],
            "status": [httpx.Response(503), ok(request_id=RID, status="warming_up"), DONE],
            "result": [RESULT],
            "cancel": [httpx.Response(401, json={"error_message": "bad token"})],
        }
    )
    caplog.set_level(logging.DEBUG)
    run = flavour(server, config=runcomfy.ClientConfig(api_key=canary))
    texts = [repr(run.call("run", reframe.MODEL, INPUT))]
    with pytest.raises(runcomfy.AuthenticationError) as caught:
        run.call("cancel", RID)
    texts += [str(caught.value), repr(caught.value), repr(runcomfy.ClientConfig(api_key=canary))]
    assert server.seen[0].headers["Authorization"] == f"Bearer {canary}"  # it was used...
    assert caplog.records  # ...and logged about, at debug level
    assert all(canary not in text for text in [*texts, caplog.text])


def test_a_redirect_is_not_followed_with_the_api_key(flavour: Callable[..., Flavour]) -> None:
    moved = httpx.Response(307, headers={"Location": "https://elsewhere.example/steal"})
    server = Server({"status": [moved]})
    with pytest.raises(runcomfy.UnexpectedResponseError, match="redirects are not followed"):
        flavour(server).call("status", RID)
    assert [r.url.host for r in server.seen] == ["model-api.runcomfy.net"]


def test_retry_after_as_an_http_date_is_honoured_up_to_a_cap(
    flavour: Callable[..., Flavour],
) -> None:
    soon = email.utils.format_datetime(
        datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=30)
    )
    much_later = "Wed, 21 Oct 2099 07:28:00 GMT"
    server = Server(
        {
            "status": [
                httpx.Response(503, headers={"Retry-After": soon}),
                httpx.Response(429, headers={"Retry-After": much_later}),
                DONE,
            ]
        }
    )
    run = flavour(server)
    run.call("status", RID)
    assert 25 <= run.sleeps[0] <= 30
    assert run.sleeps[1] == 60.0  # the cap: a far-off date does not stall the caller for years


def test_with_options_changes_retries_for_one_call_only(flavour: Callable[..., Flavour]) -> None:
    server = Server({"status": [httpx.Response(503)]})
    run = flavour(server)
    with pytest.raises(runcomfy.ServerError):
        run.call_with_options({"max_retries": 0}, "status", RID)
    assert server.count("status") == 1
    with pytest.raises(runcomfy.ServerError):
        run.call("status", RID)
    assert server.count("status") == 1 + 1 + runcomfy.ClientConfig(api_key="k").max_retries


def test_polling_follows_a_retry_after_on_status(flavour: Callable[..., Flavour]) -> None:
    running = httpx.Response(
        200, headers={"Retry-After": "4"}, json={"request_id": RID, "status": "in_progress"}
    )
    server = Server({"submit": [SUBMITTED], "status": [running, DONE], "result": [RESULT]})
    run = flavour(server)
    run.call("run", reframe.MODEL, INPUT)
    assert run.sleeps == [4.0]
