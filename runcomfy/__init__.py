"""Typed Python clients for RunComfy's Model API.

`RunComfy` / `AsyncRunComfy` run the request lifecycle (submit, status, result, cancel, polling,
retries, typed errors); the generated `runcomfy_models` package gives each model its typed
`Input`, `Output` and `run()` / `submit()` wrappers; `download()` / `download_async()` fetch the
files an output points to.
"""

from runcomfy._client import AsyncRunComfy, RunComfy, run, run_async, submit, submit_async
from runcomfy._config import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    ClientConfig,
    MissingAPIKeyError,
)
from runcomfy._download import download, download_async, output_urls
from runcomfy._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    InputProblem,
    InputValidationError,
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RunComfyError,
    ServerError,
    SubmitOutcomeUnknownError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from runcomfy._model import NOT_GIVEN, ModelSpec, NotGiven, given
from runcomfy._polling import PollSchedule
from runcomfy._registry import Registry, UnknownModelError
from runcomfy._schema import MEDIA_OUTPUT_SCHEMA
from runcomfy._types import (
    CancelOutcome,
    CancelResult,
    InputModel,
    JobState,
    MediaOutput,
    OutputModel,
    RequestHandle,
    RequestStatus,
    Result,
)

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "MEDIA_OUTPUT_SCHEMA",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRunComfy",
    "AuthenticationError",
    "BadRequestError",
    "CancelOutcome",
    "CancelResult",
    "ClientConfig",
    "DownloadError",
    "InputModel",
    "InputProblem",
    "InputValidationError",
    "JobCancelledError",
    "JobFailedError",
    "JobState",
    "JobTimeoutError",
    "MediaOutput",
    "MissingAPIKeyError",
    "ModelSpec",
    "NotFoundError",
    "NotGiven",
    "OutputModel",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "Registry",
    "RequestHandle",
    "RequestStatus",
    "Result",
    "RunComfy",
    "RunComfyError",
    "ServerError",
    "SubmitOutcomeUnknownError",
    "UnexpectedResponseError",
    "UnknownModelError",
    "UnprocessableEntityError",
    "download",
    "download_async",
    "given",
    "output_urls",
    "run",
    "run_async",
    "submit",
    "submit_async",
]
