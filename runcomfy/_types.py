"""The values the Model API returns, as typed objects.

Each keeps the body it was read from in `raw`, so no field the service sends is lost.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

OutputT = TypeVar("OutputT", bound="OutputModel")


class InputModel(BaseModel):
    """Base of every generated `Input`: unknown fields are mistakes, and are rejected."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class OutputModel(BaseModel):
    """Base of every generated `Output`: fields the schema does not name are kept, not dropped."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class MediaOutput(OutputModel):
    """The `Output` of every model that publishes the generic output schema of RunComfy's API
    pages (`MEDIA_OUTPUT_SCHEMA`): a URL, or a list of URLs, per kind of media.

    Like every `OutputModel` it keeps the fields it does not name (an `audio` URL, ...).
    """

    image: Annotated[str | None, Field(description="Single image URL")] = None
    video: Annotated[str | None, Field(description="Single video URL")] = None
    images: Annotated[list[str] | None, Field(description="Multiple image URLs")] = None
    videos: Annotated[list[str] | None, Field(description="Multiple video URLs")] = None


class JobState(str, enum.Enum):
    """Where a job is in its life. `UNKNOWN` stands for any status this client does not know."""

    IN_QUEUE = "in_queue"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)

    @classmethod
    def parse(cls, status: object) -> JobState:
        """Read a status string; spellings vary, and an unknown one never raises."""
        if not isinstance(status, str):
            return cls.UNKNOWN
        return _STATUS_SPELLINGS.get(status.strip().lower().replace("-", "_"), cls.UNKNOWN)


_STATUS_SPELLINGS: dict[str, JobState] = {
    "in_queue": JobState.IN_QUEUE,
    "queued": JobState.IN_QUEUE,
    "in_progress": JobState.IN_PROGRESS,
    "running": JobState.IN_PROGRESS,
    "completed": JobState.SUCCEEDED,
    "succeeded": JobState.SUCCEEDED,
    "success": JobState.SUCCEEDED,
    "failed": JobState.FAILED,
    "error": JobState.FAILED,
    "cancelled": JobState.CANCELLED,
    "canceled": JobState.CANCELLED,
}


@dataclass(frozen=True)
class RequestHandle:
    """A submitted job. Keep `request_id`: it is all that is needed to resume later."""

    request_id: str
    model_id: str | None
    status_url: str
    result_url: str
    cancel_url: str
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class RequestStatus:
    """A job's status, as `GET /v1/requests/{request_id}/status` reports it."""

    request_id: str
    state: JobState
    status: str  # the exact string the service sent
    queue_position: int | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Seconds the service asked the client to wait before polling again (`Retry-After`).
    retry_after: float | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Result(Generic[OutputT]):
    """A job's result, as `GET /v1/requests/{request_id}/result` reports it.

    `output` is set once the job succeeded; `error` holds the service's payload if it failed.
    """

    request_id: str
    state: JobState
    status: str
    output: OutputT | None = None
    error: Any = None
    created_at: str | None = None
    finished_at: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


class CancelOutcome(str, enum.Enum):
    CANCELLED = "cancelled"
    NOT_CANCELLABLE = "not_cancellable"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CancelResult:
    """The answer to `POST /v1/requests/{request_id}/cancel`."""

    request_id: str
    outcome: CancelOutcome
    status: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def cancelled(self) -> bool:
        return self.outcome is CancelOutcome.CANCELLED
