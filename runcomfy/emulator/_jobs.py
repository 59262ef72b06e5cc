"""Emulated jobs: their state is derived from the clock, so no background task runs.

A job waits `queue_seconds` in the queue (its `queue_position` counting down), runs for
`run_seconds`, then ends as its outcome says. Thousands of jobs cost a dict entry each.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Timings:
    queue_seconds: float = 0.2
    run_seconds: float = 0.3
    queue_length: int = 3  # queue_position when the job is submitted


@dataclass
class Job:
    request_id: str
    model_id: str
    input: dict[str, Any]
    submitted_at: float
    timings: Timings
    fails: bool = False  # ends `failed` with an error payload
    cancelled_at: float | None = None
    status_override: str | None = field(default=None)  # e.g. an unknown status string

    def phase(self, now: float) -> str:
        if self.cancelled_at is not None:
            return "cancelled"
        elapsed = now - self.submitted_at
        if elapsed < self.timings.queue_seconds:
            return "in_queue"
        if elapsed < self.timings.queue_seconds + self.timings.run_seconds:
            return "in_progress"
        return "failed" if self.fails else "succeeded"

    def queue_position(self, now: float) -> int:
        left = 1 - (now - self.submitted_at) / max(self.timings.queue_seconds, 1e-9)
        return max(0, math.ceil(self.timings.queue_length * left) - 1)

    def finished_at(self) -> float:
        if self.cancelled_at is not None:
            return self.cancelled_at
        return self.submitted_at + self.timings.queue_seconds + self.timings.run_seconds


class JobStore:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}

    def add(self, model_id: str, body: dict[str, Any], now: float, timings: Timings) -> Job:
        job = Job(str(uuid.uuid4()), model_id, body, now, timings)
        self._jobs[job.request_id] = job
        return job

    def get(self, request_id: str) -> Job | None:
        return self._jobs.get(request_id)

    def __len__(self) -> int:
        return len(self._jobs)

    def __iter__(self) -> Iterator[Job]:
        return iter(list(self._jobs.values()))
