"""A clock that tests can fast-forward: real time, plus every second the clients 'slept'."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class VirtualClock:
    """Monotonic time that a client's sleeps advance instantly instead of waiting.

    Give `now` to the emulator (`ModelAPI(clock=...)`) and the client's config, and `sleep` /
    `async_sleep` to the client: a job queued for 2 s is done after the client "sleeps" 2 s,
    in microseconds. Real time still flows underneath, so code that waits for real works too.
    """

    def __init__(self, real: Callable[[], float] = time.monotonic) -> None:
        self._real = real
        self.offset = 0.0
        self.sleeps: list[float] = []  # every delay a client asked for, in order

    def now(self) -> float:
        return self._real() + self.offset

    __call__ = now

    def advance(self, seconds: float) -> None:
        """Move time forward without recording a sleep."""
        self.offset += max(0.0, seconds)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still yield to the loop, as a real sleep would

    def __repr__(self) -> str:
        return f"VirtualClock(offset={self.offset:g}, sleeps={len(self.sleeps)})"
