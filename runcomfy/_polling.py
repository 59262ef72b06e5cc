"""How often to ask a job for its status, and how long to back off between retries."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass

from runcomfy._types import JobState

POLL_INTERVAL_ENV = "RUNCOMFY_POLL_INTERVAL"


@dataclass(frozen=True)
class PollSchedule:
    """An adaptive poll schedule, in proportion to how long the job has already taken.

    The wait before the next poll is `initial` plus `growth` seconds per second already
    waited, capped at `maximum`: a job that ends soon is noticed within about a second, and a
    job's completion is noticed within about 10 % of its duration after it ends, in a number
    of requests that grows only with the log of its length until the cap. While a job waits
    in the queue, each place ahead of it adds `per_queued` seconds: it cannot finish soon.
    """

    initial: float = 1.0
    growth: float = 0.1
    maximum: float = 10.0
    per_queued: float = 0.5

    @classmethod
    def from_env(cls) -> PollSchedule:
        """`RUNCOMFY_POLL_INTERVAL=<seconds>` fixes the interval (useful for debugging)."""
        fixed = os.environ.get(POLL_INTERVAL_ENV)
        return cls.fixed(float(fixed)) if fixed else cls()

    @classmethod
    def fixed(cls, seconds: float) -> PollSchedule:
        """Poll every `seconds`, whatever the job does."""
        return cls(initial=seconds, growth=0.0, maximum=seconds, per_queued=0.0)

    def delay(self, elapsed: float, state: JobState, queue_position: int | None) -> float:
        """Seconds to wait before the next poll, `elapsed` seconds after waiting began."""
        wait = self.initial + self.growth * max(elapsed, 0.0)
        if state is JobState.IN_QUEUE and queue_position:
            wait += self.per_queued * queue_position
        return min(self.maximum, wait)


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
