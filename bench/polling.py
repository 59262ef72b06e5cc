"""Polling cost and completion latency of `RunComfy.run()`, in virtual time.

A fake Model API (an `httpx.MockTransport`) answers from a virtual clock: a job of length L is
queued for L/3 (its `queue_position` falls by one every SECONDS_PER_PLACE), then runs, then
is completed. The client's `sleep` advances that clock, so a 30 min job takes milliseconds.
HTTP exchanges take no virtual time.

For each job length it reports the HTTP requests `run()` made (submit + status polls + result)
and how long after the job finished `run()` returned. Fixed 0.1 s and 0.5 s polling loops run
against the same fake for comparison. Targets (from the issue): a 30 s job in at most 15
requests, a 30 min job in at most 300, and completion noticed within 1 s + 10 % of the job's
elapsed time. Exit status 1 if a target is missed.

Run: `.venv/bin/python -m bench.polling`
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

import httpx

from runcomfy import RunComfy
from runcomfy._config import ClientConfig
from runcomfy._polling import PollSchedule
from runcomfy_models.ideogram.ideogram_v3 import reframe

BASE_URL = "https://bench.invalid"
JOB_LENGTHS = (10.0, 30.0, 300.0, 1800.0)
QUEUED_FRACTION = 1 / 3
SECONDS_PER_PLACE = 2.0  # the queue moves up one place every 2 s
# Max requests per job length (submit + polls + result), from the issue.
REQUEST_TARGETS = {30.0: 15, 1800.0: 300}
# Job lengths spread over +-10 % around each nominal one, to show what the single nominal
# run hides: where completion falls between two polls is luck.
SPREAD_STEPS = 21


def allowed_delay(length: float) -> float:
    """The latency target: completion noticed within 1 s + 10 % of the job's elapsed time."""
    return 1.0 + 0.1 * length


class VirtualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeJobServer:
    """One job at a time, its state a function of virtual time since its submit."""

    def __init__(self, clock: VirtualClock, length: float) -> None:
        self.clock = clock
        self.length = length
        self.queue_end = length * QUEUED_FRACTION
        self.submitted_at: float | None = None
        self.requests = 0

    @property
    def finished_at(self) -> float:
        assert self.submitted_at is not None
        return self.submitted_at + self.length

    def _status(self) -> dict[str, object]:
        assert self.submitted_at is not None
        elapsed = self.clock() - self.submitted_at
        if elapsed >= self.length:
            return {"request_id": "req-1", "status": "completed"}
        if elapsed >= self.queue_end:
            return {"request_id": "req-1", "status": "in_progress"}
        position = max(1, math.ceil((self.queue_end - elapsed) / SECONDS_PER_PLACE))
        return {"request_id": "req-1", "status": "in_queue", "queue_position": position}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        path = request.url.path
        if request.method == "POST" and path.startswith("/v1/models/"):
            self.submitted_at = self.clock()
            return httpx.Response(200, json={"request_id": "req-1", "status": "in_queue"})
        if path == "/v1/requests/req-1/status":
            return httpx.Response(200, json=self._status())
        if path == "/v1/requests/req-1/result":
            body = self._status()
            if body["status"] == "completed":
                body["output"] = {"image": "https://cdn.invalid/out.png"}
            return httpx.Response(200, json=body)
        return httpx.Response(404, json={"error_code": 404001, "error_message": "no such route"})


@dataclass(frozen=True)
class Outcome:
    length: float
    requests: int
    delay: float  # virtual seconds between the job finishing and run() returning


def simulate(length: float, poll: PollSchedule | None) -> Outcome:
    """Run one job of `length` virtual seconds through `RunComfy.run()`."""
    clock = VirtualClock()
    server = FakeJobServer(clock, length)
    config = ClientConfig(api_key="bench", base_url=BASE_URL, clock=clock)
    if poll is not None:
        config = config.with_options(poll=poll)
    http = httpx.Client(transport=httpx.MockTransport(server))
    with RunComfy(config=config, http_client=http, sleep=clock.advance) as client:
        output = client.run(reframe.MODEL, reframe.Input(image="https://example.com/a.png"))
    http.close()
    assert output.image == "https://cdn.invalid/out.png"
    return Outcome(length, server.requests, clock() - server.finished_at)


def fixed(seconds: float) -> PollSchedule:
    """A naive loop: poll every `seconds`, as `RUNCOMFY_POLL_INTERVAL` would."""
    return PollSchedule.fixed(seconds)


def _label(length: float) -> str:
    return f"{length:.0f} s" if length < 60 else f"{length / 60:.0f} min"


def main() -> int:
    # The runtime's own default schedule, regardless of RUNCOMFY_POLL_INTERVAL in the env.
    default = PollSchedule()
    strategies: list[tuple[str, PollSchedule]] = [
        ("runtime default", default),
        ("naive fixed 0.1 s", fixed(0.1)),
        ("naive fixed 0.5 s", fixed(0.5)),
    ]
    print("== polling: requests per run() and completion latency (virtual time) ==")
    print(
        f"job: queued for {QUEUED_FRACTION:.0%} of its length (queue_position falls by 1 "
        f"every {SECONDS_PER_PLACE:g} s), then in_progress, then completed"
    )
    results: dict[str, list[Outcome]] = {}
    for name, schedule in strategies:
        results[name] = [simulate(length, schedule) for length in JOB_LENGTHS]

    print(
        f"runtime default = PollSchedule(initial={default.initial}, growth={default.growth}, "
        f"maximum={default.maximum}, per_queued={default.per_queued})"
    )
    print()
    print("requests made by run() / delay between job completion and run() returning")
    print((f"{'job':>7} " + "".join(f"| {name:>22} " for name, _ in strategies)).rstrip())
    for i, length in enumerate(JOB_LENGTHS):
        cells = "".join(
            f"| {results[name][i].requests:>8} req {results[name][i].delay:>7.2f} s "
            for name, _ in strategies
        )
        print(f"{_label(length):>7} {cells}".rstrip())

    print()
    print("targets, runtime default:")
    failed = False
    runtime = results[strategies[0][0]]
    for outcome in runtime:
        budget = REQUEST_TARGETS.get(outcome.length)
        if budget is not None:
            ok = outcome.requests <= budget
            failed |= not ok
            print(
                f"  {'PASS' if ok else 'FAIL'}  {_label(outcome.length):>6} job: "
                f"{outcome.requests} requests (target <= {budget})"
            )
    for outcome in runtime:
        limit = allowed_delay(outcome.length)
        ok = outcome.delay <= limit
        failed |= not ok
        print(
            f"  {'PASS' if ok else 'FAIL'}  {_label(outcome.length):>6} job: completion noticed "
            f"after {outcome.delay:.2f} s (target <= 1 s + 10 % = {limit:.1f} s)"
        )

    print()
    print(
        f"spread (informational, not gating): runtime default over {SPREAD_STEPS} job lengths "
        "within +-10 % of each nominal length"
    )
    for length in JOB_LENGTHS:
        spread = [
            simulate(length * (0.9 + 0.2 * k / (SPREAD_STEPS - 1)), default)
            for k in range(SPREAD_STEPS)
        ]
        worst = max(spread, key=lambda o: o.delay / allowed_delay(o.length))
        misses = sum(o.delay > allowed_delay(o.length) for o in spread)
        most = max(spread, key=lambda o: o.requests)
        print(
            f"  {_label(length):>6}: requests {min(o.requests for o in spread)}-{most.requests}, "
            f"worst delay {worst.delay:.2f} s for a {worst.length:.1f} s job "
            f"(target {allowed_delay(worst.length):.1f} s); {misses}/{SPREAD_STEPS} over target"
        )

    print()
    print("polling:", "FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
