"""The error tree: every failure is a value with fields and a message that says what to do.

RunComfyError
├── InputValidationError            input rejected locally; nothing was sent
├── APIConnectionError              the service could not be reached
│   ├── APITimeoutError             an HTTP call timed out
│   └── SubmitOutcomeUnknownError   a submit may or may not have created a (paid) job
├── UnexpectedResponseError         the service answered something this client cannot read
├── APIStatusError                  the service answered with an error (HTTP status or error_code)
│   ├── BadRequestError 400 · AuthenticationError 401 · PaymentRequiredError 402
│   ├── PermissionDeniedError 403 · NotFoundError 404 · UnprocessableEntityError 422
│   └── RateLimitError 429 · ServerError 5xx
├── JobFailedError                  the job ran and failed
├── JobCancelledError               the job was cancelled
├── JobTimeoutError                 the job did not finish within the caller's deadline
└── DownloadError                   an output file could not be downloaded (nothing was kept)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

# What to do next, by RunComfy error_code.
ERROR_CODE_HINTS: dict[int, str] = {
    400001: "The request_id or model_id is not valid: check it against the model's API page.",
    400002: "The account balance is too low: top up the balance in the RunComfy dashboard.",
    400004: "The account or API token was rejected: check RUNCOMFY_API_KEY.",
    403001: "The API token lacks permission for this action or model.",
    404001: "The request or model was not found: check the request_id or model_id.",
}

# What to do next, by HTTP status, when no error_code says more.
STATUS_HINTS: dict[int, str] = {
    400: "The service rejected the request as malformed.",
    401: "Authentication failed: set RUNCOMFY_API_KEY or pass api_key= to the client.",
    402: "Payment is required: top up the balance in the RunComfy dashboard.",
    403: "The API token lacks permission for this action or model.",
    404: "Not found: check the request_id or model_id.",
    422: "The input was rejected: see `detail` for the fields at fault.",
    429: "Rate limited: slow down and retry later.",
}


class RunComfyError(Exception):
    """Base of every error raised by this package."""

    model_id: str | None = None
    request_id: str | None = None


class InputValidationError(RunComfyError, ValueError):
    """The input does not match the model's published input schema. Nothing was sent."""

    def __init__(self, model_id: str | None, problems: Sequence[InputProblem]) -> None:
        self.model_id = model_id
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        target = f" for {model_id}" if model_id else ""
        super().__init__(
            f"{len(self.problems)} problem(s) in the input{target}; nothing was sent:\n{lines}"
        )


@dataclass(frozen=True)
class InputProblem:
    """One problem with one field of an input."""

    path: str  # a JSON pointer into the input, "" for the input as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(input)'}: {self.message}"


class APIConnectionError(RunComfyError):
    """The service could not be reached, or the connection broke."""

    def __init__(
        self,
        message: str,
        *,
        model_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.model_id = model_id
        self.request_id = request_id
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """An HTTP call to the service timed out."""


class SubmitOutcomeUnknownError(APIConnectionError):
    """A submit reached the service but its answer was lost: a job may have been created.

    It is not sent again automatically, since RunComfy has no idempotency key and a second
    submit would be billed as a second job.
    """


class UnexpectedResponseError(RunComfyError):
    """The service answered with a body this client cannot interpret."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str,
        model_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.model_id = model_id
        self.request_id = request_id
        super().__init__(message)


class APIStatusError(RunComfyError):
    """The service answered with an error, as an HTTP status or a RunComfy error_code."""

    status: ClassVar[int | None] = None

    def __init__(
        self,
        *,
        status_code: int,
        error_code: int | None = None,
        error_message: str | None = None,
        detail: Any = None,
        body: Any = None,
        model_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_message = error_message
        self.detail = detail
        self.body = body
        self.model_id = model_id
        self.request_id = request_id
        super().__init__(self._describe())

    def _describe(self) -> str:
        head = f"HTTP {self.status_code}"
        if self.error_code is not None:
            head += f", error_code {self.error_code}"
        parts = [head]
        if self.error_message:
            parts.append(self.error_message)
        if self.detail not in (None, "", []):
            parts.append(f"detail: {self.detail}")
        context = ", ".join(
            f"{k}={v}"
            for k, v in (("model_id", self.model_id), ("request_id", self.request_id))
            if v
        )
        if context:
            parts.append(f"({context})")
        hint = ERROR_CODE_HINTS.get(self.error_code or 0) or STATUS_HINTS.get(self.status_code)
        if hint is None and self.status_code >= 500:
            hint = "The service failed: retry later; if it persists, contact RunComfy support."
        if hint:
            parts.append(hint)
        return ": ".join(parts[:2]) + "".join(f" {p}" for p in parts[2:])


class BadRequestError(APIStatusError):
    status = 400


class AuthenticationError(APIStatusError):
    status = 401


class PaymentRequiredError(APIStatusError):
    status = 402


class PermissionDeniedError(APIStatusError):
    status = 403


class NotFoundError(APIStatusError):
    status = 404


class UnprocessableEntityError(APIStatusError):
    status = 422


class RateLimitError(APIStatusError):
    status = 429


class ServerError(APIStatusError):
    """Any 5xx answer."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PaymentRequiredError,
        PermissionDeniedError,
        NotFoundError,
        UnprocessableEntityError,
        RateLimitError,
    )
    if cls.status is not None
}


def status_error_class(status_code: int, error_code: int | None) -> type[APIStatusError]:
    """The class for an error answer: by HTTP status, or by error_code when the status is 2xx.

    RunComfy's error codes start with the HTTP status they mean (400002, 404001, ...), so an
    HTTP 200 carrying one is classed as that status.
    """
    if status_code < 400 and error_code is not None and error_code >= 100000:
        return _class_for(error_code // 1000)
    return _class_for(status_code)


def _class_for(status: int) -> type[APIStatusError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIStatusError)


class JobFailedError(RunComfyError):
    """The job ran and failed; `error` holds the service's error payload."""

    def __init__(self, *, request_id: str, model_id: str | None, error: Any) -> None:
        self.request_id = request_id
        self.model_id = model_id
        self.error = error
        super().__init__(
            f"Job {request_id}{f' ({model_id})' if model_id else ''} failed: {error!r}. "
            "Check the input against the model's schema; the job is not retried automatically."
        )


class JobCancelledError(RunComfyError):
    """The job was cancelled before it produced a result."""

    def __init__(self, *, request_id: str, model_id: str | None) -> None:
        self.request_id = request_id
        self.model_id = model_id
        super().__init__(
            f"Job {request_id}{f' ({model_id})' if model_id else ''} was cancelled; "
            "submit it again for a new result."
        )


class JobTimeoutError(RunComfyError):
    """The job did not reach a terminal status before the caller's deadline."""

    def __init__(
        self,
        *,
        request_id: str,
        model_id: str | None,
        deadline: float,
        last_status: str,
        cancelled: bool = False,
    ) -> None:
        self.request_id = request_id
        self.model_id = model_id
        self.deadline = deadline
        self.last_status = last_status
        self.cancelled = cancelled  # the job was still queued and has been cancelled
        head = f"Job {request_id} was still {last_status!r} after {deadline:g} s."
        if cancelled:
            tail = " It was still queued, so it was cancelled: submit it again to retry."
        else:
            tail = (
                f" It goes on: resume with client.wait({request_id!r}) or cancel it with "
                f"client.cancel({request_id!r}) while it is queued."
            )
        super().__init__(head + tail)


class DownloadError(RunComfyError):
    """An output file could not be downloaded; no partial file was left behind.

    `url` is the file's full URL, `reason` what went wrong, `status_code` the HTTP status when
    the file server answered with an error.
    """

    def __init__(
        self, url: str, reason: str, *, status_code: int | None = None, hint: str | None = None
    ) -> None:
        self.url = url
        self.reason = reason
        self.status_code = status_code
        # The query string of a signed CDN URL is a credential: keep it out of the message.
        shown = url.split("?", 1)[0].split("#", 1)[0]
        super().__init__(
            f"Could not download {shown}: {reason}. {hint or _download_hint(status_code)}"
        )


def _download_hint(status_code: int | None) -> str:
    if status_code in (401, 403, 404, 410):
        return (
            "Output URLs can expire: fetch the job's result again with "
            "client.result(request_id) for fresh URLs, then retry."
        )
    if status_code is not None and status_code >= 500:
        return "The file server failed: retry later."
    return "Check the network and the URL, then retry."
