"""The request lifecycle, written once for sync and async.

Every operation is a generator that yields what it needs done (an `httpx.Request` to send, or
a `Sleep`) and receives the outcome (an `httpx.Response`, or an `httpx.TransportError` thrown
in). It performs no I/O itself: `RunComfy` and `AsyncRunComfy` drive the same generators with a
blocking or an async transport, so retry rules, polling and response parsing cannot drift
between the two.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from runcomfy._config import ClientConfig
from runcomfy._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    SubmitOutcomeUnknownError,
    UnexpectedResponseError,
    status_error_class,
)
from runcomfy._logging import logger
from runcomfy._model import ModelSpec
from runcomfy._polling import RetryBackoff
from runcomfy._types import (
    CancelOutcome,
    CancelResult,
    JobState,
    OutputModel,
    RequestHandle,
    RequestStatus,
    Result,
)

T = TypeVar("T")
OutputT = TypeVar("OutputT", bound=OutputModel)


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Submitted:
    """Tells the driver a job now exists, so it can cancel the job if the caller aborts."""

    handle: RequestHandle


Action = httpx.Request | Sleep | Submitted
Steps = Generator[Action, Any, T]
StatusListener = Callable[[RequestStatus], None]

# Answers worth asking again: the request was not processed, or the service hiccuped.
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# Transport failures that prove the request never reached the service.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class _Call:
    """One HTTP exchange with the Model API, with what is known about it for errors and logs."""

    method: str
    path: str
    body: dict[str, Any] | None = None
    model_id: str | None = None
    request_id: str | None = None
    # Safe to send again after a failure that may have reached the service.
    idempotent: bool = True


class Lifecycle:
    """Submit, status, result, cancel and the polling loop, as I/O-free step generators."""

    def __init__(self, config: ClientConfig, backoff: RetryBackoff | None = None) -> None:
        self.config = config
        self.backoff = backoff or RetryBackoff()

    # -- the four endpoints ----------------------------------------------------------------

    def submit(self, spec: ModelSpec[Any, Any], payload: Any) -> Steps[RequestHandle]:
        body = spec.prepare_input(payload)
        call = _Call("POST", f"/v1/models/{spec.model_id}", body, spec.model_id, idempotent=False)
        data = yield from self._exchange(call)
        request_id = data.get("request_id")
        if not isinstance(request_id, str) or not request_id:
            raise UnexpectedResponseError(
                "The submit answer has no request_id, so the job cannot be followed. "
                "A job may have been created: check the RunComfy dashboard before resubmitting.",
                status_code=200,
                body=json.dumps(data),
                model_id=spec.model_id,
            )
        logger.info("submitted %s as request %s", spec.model_id, request_id)
        return self._handle(request_id, spec.model_id, data)

    def status(self, request_id: str, model_id: str | None = None) -> Steps[RequestStatus]:
        call = _Call(
            "GET", f"/v1/requests/{_segment(request_id)}/status", None, model_id, request_id
        )
        data, response = yield from self._answer(call)
        status = _read_status(request_id, data)
        wait = _retry_after(response)
        return status if wait is None else replace(status, retry_after=wait)

    def result(self, request_id: str, spec: ModelSpec[Any, OutputT]) -> Steps[Result[OutputT]]:
        path = f"/v1/requests/{_segment(request_id)}/result"
        call = _Call("GET", path, None, spec.model_id or None, request_id)
        data = yield from self._exchange(call)
        return _read_result(request_id, spec, data)

    def cancel(self, request_id: str, model_id: str | None = None) -> Steps[CancelResult]:
        path = f"/v1/requests/{_segment(request_id)}/cancel"
        data = yield from self._exchange(_Call("POST", path, None, model_id, request_id))
        outcome = data.get("outcome")
        known = {o.value: o for o in CancelOutcome}
        status = data.get("status")
        return CancelResult(
            request_id=str(data.get("request_id") or request_id),
            outcome=known.get(outcome, CancelOutcome.UNKNOWN)
            if isinstance(outcome, str)
            else CancelOutcome.UNKNOWN,
            status=status if isinstance(status, str) else None,
            raw=data,
        )

    # -- the whole job -------------------------------------------------------------------

    def run(
        self,
        spec: ModelSpec[Any, OutputT],
        payload: Any,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> Steps[OutputT]:
        handle = yield from self.submit(spec, payload)
        yield Submitted(handle)
        return (yield from self.wait(handle.request_id, spec, timeout=timeout, on_status=on_status))

    def wait(
        self,
        request_id: str,
        spec: ModelSpec[Any, OutputT],
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> Steps[OutputT]:
        """Poll until the job ends, then return its typed output or raise why it has none.

        Polls the small `/status` answer and reads `/result` once, when the job is terminal.
        """
        clock = self.config.clock
        started = clock()
        last: RequestStatus | None = None
        while True:
            current = yield from self.status(request_id, spec.model_id or None)
            if on_status is not None and current != last:
                on_status(current)
            last = current
            if current.state.is_terminal:
                result = yield from self.result(request_id, spec)
                if result.state.is_terminal or result.output is not None:
                    return _outcome(result, spec)
            delay = self.config.poll.delay(clock() - started, current.state, current.queue_position)
            if current.retry_after is not None:  # the service knows best when to ask again
                delay = min(current.retry_after, self.backoff.retry_after_cap)
            if timeout is not None and clock() - started + delay > timeout:
                yield from self._give_up(current, spec, timeout)
            yield Sleep(delay)

    def _give_up(
        self, current: RequestStatus, spec: ModelSpec[Any, Any], timeout: float
    ) -> Steps[None]:
        cancelled = False
        if current.state is JobState.IN_QUEUE:
            # Best effort: a queued job that nobody waits for should not be billed.
            try:
                answer = yield from self.cancel(current.request_id, spec.model_id)
                cancelled = answer.cancelled
            except (APIStatusError, APIConnectionError, UnexpectedResponseError) as exc:
                logger.warning(
                    "could not cancel %s after its deadline: %s", current.request_id, exc
                )
        raise JobTimeoutError(
            request_id=current.request_id,
            model_id=spec.model_id,
            deadline=timeout,
            last_status=current.status,
            cancelled=cancelled,
        )

    # -- one exchange, with retries ------------------------------------------------------

    def _exchange(self, call: _Call) -> Steps[dict[str, Any]]:
        data, _ = yield from self._answer(call)
        return data

    def _answer(self, call: _Call) -> Steps[tuple[dict[str, Any], httpx.Response]]:
        """One exchange, with retries: the body read as a JSON object, and the response."""
        attempt = 0
        while True:
            request = self._request(call)
            try:
                response = yield request
            except httpx.TransportError as exc:
                if attempt >= self.config.max_retries or not _may_resend(call, exc):
                    raise _transport_error(call, exc) from exc
                delay = self.backoff.delay(attempt)
                logger.info(
                    "%s %s failed (%s); retry in %.1f s", call.method, call.path, exc, delay
                )
            else:
                logger.debug("%s %s -> %s", call.method, call.path, response.status_code)
                last_try = attempt >= self.config.max_retries
                if last_try or not _retryable(call, response):
                    try:
                        return _read_body(call, response), response
                    except UnexpectedResponseError:
                        # An unreadable body is often a proxy's glitch: ask again, unless
                        # asking again could create a second job.
                        if last_try or not call.idempotent or not response.is_success:
                            raise
                delay = self.backoff.delay(attempt, _retry_after(response))
                logger.info(
                    "%s %s answered %s; retry in %.1f s",
                    call.method,
                    call.path,
                    response.status_code,
                    delay,
                )
            attempt += 1
            yield Sleep(delay)

    def _request(self, call: _Call) -> httpx.Request:
        request = httpx.Request(
            call.method,
            self.config.base_url + call.path,
            headers=self.config.headers,
            json=call.body,
        )
        timeout = self.config.timeout
        request.extensions["timeout"] = timeout.as_dict()
        return request

    def _handle(
        self, request_id: str, model_id: str | None, data: Mapping[str, Any]
    ) -> RequestHandle:
        base = f"{self.config.base_url}/v1/requests/{_segment(request_id)}"
        return RequestHandle(
            request_id=request_id,
            model_id=model_id,
            status_url=_text(data.get("status_url")) or f"{base}/status",
            result_url=_text(data.get("result_url")) or f"{base}/result",
            cancel_url=_text(data.get("cancel_url")) or f"{base}/cancel",
            raw=dict(data),
        )

    def handle(self, request_id: str, model_id: str | None = None) -> RequestHandle:
        """A handle for a job submitted earlier, from its request_id alone."""
        return self._handle(request_id, model_id, {})


# -- reading answers ---------------------------------------------------------------------


def _read_body(call: _Call, response: httpx.Response) -> dict[str, Any]:
    if response.is_redirect:
        # Never followed: the request carries the API key, and the target is not RunComfy's.
        raise UnexpectedResponseError(
            f"{call.method} {call.path} was redirected (HTTP {response.status_code}) to "
            f"{response.headers.get('Location', '?')}; redirects are not followed, so the API key "
            "goes nowhere else. Check RUNCOMFY_BASE_URL.",
            status_code=response.status_code,
            body=response.text[:2000],
            model_id=call.model_id,
            request_id=call.request_id,
        )
    try:
        data = response.json() if response.content else {}
    except ValueError:
        data = None
    if response.status_code >= 400 or (isinstance(data, dict) and _error_code(data) is not None):
        raise _status_error(call, response, data if isinstance(data, dict) else None)
    if not isinstance(data, dict):
        advice = (
            "The service may be degraded; retry later."
            if call.idempotent
            else "A job may have been created: check the dashboard before submitting again."
        )
        raise UnexpectedResponseError(
            f"{call.method} {call.path} answered HTTP {response.status_code} with a body that is "
            f"not a JSON object. {advice}",
            status_code=response.status_code,
            body=response.text[:2000],
            model_id=call.model_id,
            request_id=call.request_id,
        )
    return data


def _status_error(
    call: _Call, response: httpx.Response, data: dict[str, Any] | None
) -> APIStatusError:
    data = data or {}
    error_code = _error_code(data)
    message = data.get("error_message") or data.get("message")
    if message is None and isinstance(data.get("error"), str):
        message = data["error"]
    if message is None and not data:
        message = response.text[:500] or response.reason_phrase
    error_class = status_error_class(response.status_code, error_code)
    request_id = call.request_id or _text(data.get("request_id"))
    error = error_class(
        status_code=response.status_code,
        error_code=error_code,
        error_message=str(message) if message is not None else None,
        detail=data.get("detail"),
        body=data or response.text[:2000],
        model_id=call.model_id,
        request_id=request_id,
    )
    if not call.idempotent and response.status_code >= 500:
        error.args = (
            f"{error.args[0]} The submit may have created a job: check the RunComfy dashboard "
            "before submitting again.",
        )
    return error


def _error_code(data: Mapping[str, Any]) -> int | None:
    value = data.get("error_code")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _read_status(request_id: str, data: Mapping[str, Any]) -> RequestStatus:
    status = data.get("status")
    position = data.get("queue_position")
    return RequestStatus(
        request_id=_text(data.get("request_id")) or request_id,
        state=JobState.parse(status),
        status=status if isinstance(status, str) else str(status),
        queue_position=position
        if isinstance(position, int) and not isinstance(position, bool)
        else None,
        raw=dict(data),
    )


def _read_result(
    request_id: str, spec: ModelSpec[Any, OutputT], data: Mapping[str, Any]
) -> Result[OutputT]:
    status = data.get("status")
    raw_output = data.get("output")
    state = JobState.parse(status)
    try:
        output = spec.parse_output(raw_output) if raw_output is not None else None
    except ValueError as exc:
        raise UnexpectedResponseError(
            f"The result of {request_id} does not match the output schema of {spec.model_id}: "
            f"{exc}. Regenerate the client if the model's schema changed.",
            status_code=200,
            body=json.dumps(dict(data))[:2000],
            model_id=spec.model_id,
            request_id=request_id,
        ) from exc
    return Result(
        request_id=_text(data.get("request_id")) or request_id,
        state=state,
        status=status if isinstance(status, str) else str(status),
        output=output,
        error=data.get("error"),
        created_at=_text(data.get("created_at")),
        finished_at=_text(data.get("finished_at")),
        raw=dict(data),
    )


def _outcome(result: Result[OutputT], spec: ModelSpec[Any, OutputT]) -> OutputT:
    if result.state is JobState.FAILED:
        raise JobFailedError(
            request_id=result.request_id, model_id=spec.model_id, error=result.error
        )
    if result.state is JobState.CANCELLED:
        raise JobCancelledError(request_id=result.request_id, model_id=spec.model_id)
    if result.output is None:
        raise UnexpectedResponseError(
            f"Job {result.request_id} is {result.status!r} but its result has no output.",
            status_code=200,
            body=json.dumps(result.raw)[:2000],
            model_id=spec.model_id,
            request_id=result.request_id,
        )
    return result.output


# -- retry rules -------------------------------------------------------------------------


def _may_resend(call: _Call, exc: httpx.TransportError) -> bool:
    """Whether sending `call` again cannot create a second job."""
    return call.idempotent or isinstance(exc, NEVER_SENT)


def _retryable(call: _Call, response: httpx.Response) -> bool:
    if response.status_code not in RETRYABLE_STATUS:
        return False
    # A 429 was turned away before any work; other errors on submit may have created a job.
    return call.idempotent or response.status_code == 429


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _transport_error(call: _Call, exc: httpx.TransportError) -> APIConnectionError:
    where = f"{call.method} {call.path}"
    if not call.idempotent and not isinstance(exc, NEVER_SENT):
        return SubmitOutcomeUnknownError(
            f"{where} was sent but its answer was lost ({type(exc).__name__}). A job may have "
            "been created and billed: check the RunComfy dashboard before submitting again.",
            model_id=call.model_id,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({type(exc).__name__}). Raise the client's timeout or retry.",
            model_id=call.model_id,
            request_id=call.request_id,
        )
    return APIConnectionError(
        f"{where} failed: could not reach the service ({type(exc).__name__}: {exc}). "
        "Check the network and RUNCOMFY_BASE_URL.",
        model_id=call.model_id,
        request_id=call.request_id,
    )


def _segment(value: str) -> str:
    return quote(value, safe="")


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
