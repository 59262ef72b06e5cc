"""How often to ask a job for its status, and how long to back off between retries."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass

from runcomfy._types import JobState

POLL_INTERVAL_ENV = "RUNCOMFY_POLL_INTERVAL"


@dataclass(frozen=True)
class PollSchedule:
    """An adaptive poll schedule.

    Polls quickly at first (most short jobs end within seconds), then backs off geometrically
    up to `maximum`. While a job waits in the queue, each place ahead of it adds `per_queued`
    seconds, since a job far back cannot finish soon.
    """

    initial: float = 0.5
    factor: float = 1.5
    maximum: float = 5.0
    per_queued: float = 0.5

    @classmethod
    def from_env(cls) -> PollSchedule:
        """`RUNCOMFY_POLL_INTERVAL=<seconds>` fixes the interval (useful for debugging)."""
        fixed = os.environ.get(POLL_INTERVAL_ENV)
        if fixed:
            seconds = float(fixed)
            return cls(initial=seconds, factor=1.0, maximum=seconds, per_queued=0.0)
        return cls()

    def delay(self, polls: int, state: JobState, queue_position: int | None) -> float:
        """Seconds to wait before poll number `polls + 1`."""
        base = min(self.maximum, self.initial * self.factor**polls)
        if state is JobState.IN_QUEUE and queue_position:
            base = min(self.maximum, base + self.per_queued * queue_position)
        return base


@dataclass(frozen=True)
class RetryBackoff:
    """Exponential backoff with full jitter for retried HTTP calls."""

    initial: float = 0.5
    maximum: float = 8.0
    retry_after_cap: float = 60.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.retry_after_cap)
        ceiling = min(self.maximum, self.initial * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)
