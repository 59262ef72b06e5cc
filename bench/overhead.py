"""Client-side CPU cost of one `run()`, as a ratio to a minimal hand-written httpx loop.

Both make the same three requests (POST submit, GET status, GET result) through the same
`httpx.MockTransport` fake, which answers `completed` on the first status poll, so nothing
sleeps and all the time measured is client-side CPU (the fake's own cost, building three
small responses, is in both). The baseline parses the JSON answers and nothing more; `run()`
also validates the input against the published schema, builds the body from the typed
`Input`, applies the retry rules and parses the typed `Output`.

CPU time is `time.process_time()` over many calls, the best of several repeats, runtime and
baseline interleaved in the same process. Target: `run()` at most 1.2x the baseline. Exit
status 1 if missed.

Run: `.venv/bin/python -m bench.overhead`
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from runcomfy import AsyncRunComfy, RunComfy
from runcomfy._config import ClientConfig
from runcomfy_models.ideogram.ideogram_v3 import reframe

BASE_URL = "https://bench.invalid"
IMAGE = "https://example.com/a.png"
ITERATIONS = 100  # calls per sample; short samples, interleaved, so all variants see the same load
REPEATS = 25  # samples per variant; the best one counts
TARGET = 1.2

_JSON = {"content-type": "application/json"}
_SUBMITTED = (
    b'{"request_id": "req-1", "status": "in_queue", '
    b'"status_url": "https://bench.invalid/v1/requests/req-1/status", '
    b'"result_url": "https://bench.invalid/v1/requests/req-1/result", '
    b'"cancel_url": "https://bench.invalid/v1/requests/req-1/cancel"}'
)
_STATUS = b'{"request_id": "req-1", "status": "completed"}'
_RESULT = (
    b'{"request_id": "req-1", "status": "completed", '
    b'"output": {"image": "https://cdn.invalid/out.png"}, '
    b'"created_at": "2025-01-01T00:00:00Z", "finished_at": "2025-01-01T00:00:05Z"}'
)


def fake_api(request: httpx.Request) -> httpx.Response:
    """The Model API, for a job that is already completed when first asked."""
    path = request.url.path
    if path.endswith("/status"):
        return httpx.Response(200, content=_STATUS, headers=_JSON)
    if path.endswith("/result"):
        return httpx.Response(200, content=_RESULT, headers=_JSON)
    return httpx.Response(200, content=_SUBMITTED, headers=_JSON)


def _config() -> ClientConfig:
    return ClientConfig(api_key="bench", base_url=BASE_URL)


def _headers() -> dict[str, str]:
    return {"Authorization": "Bearer bench", "Accept": "application/json"}


def _no_sleep(seconds: float) -> None:
    raise AssertionError(f"run() slept {seconds} s against a job that was already completed")


async def _no_async_sleep(seconds: float) -> None:
    _no_sleep(seconds)


# -- the measured calls -----------------------------------------------------------------


def sync_baseline(http: httpx.Client) -> Callable[[], Any]:
    headers = _headers()

    def once() -> Any:
        submitted = http.post(
            f"{BASE_URL}/v1/models/{reframe.MODEL_ID}",
            json={"image": IMAGE, "resolution": "1152:864 (4:3)"},
            headers=headers,
        ).json()
        base = f"{BASE_URL}/v1/requests/{submitted['request_id']}"
        status = http.get(f"{base}/status", headers=headers).json()
        assert status["status"] == "completed"
        return http.get(f"{base}/result", headers=headers).json()["output"]

    return once


def sync_runtime(http: httpx.Client, payload: str) -> Callable[[], Any]:
    client = RunComfy(config=_config(), http_client=http, sleep=_no_sleep)
    if payload == "Input":
        typed = reframe.Input(image=IMAGE)
        return lambda: client.run(reframe.MODEL, typed)
    if payload == "dict":
        return lambda: client.run(reframe.MODEL, {"image": IMAGE})
    # What the docs show: the generated module's keyword-argument wrapper.
    return lambda: reframe.run(image=IMAGE, client=client)


def async_baseline(http: httpx.AsyncClient) -> Callable[[], Awaitable[Any]]:
    headers = _headers()

    async def once() -> Any:
        response = await http.post(
            f"{BASE_URL}/v1/models/{reframe.MODEL_ID}",
            json={"image": IMAGE, "resolution": "1152:864 (4:3)"},
            headers=headers,
        )
        base = f"{BASE_URL}/v1/requests/{response.json()['request_id']}"
        status = (await http.get(f"{base}/status", headers=headers)).json()
        assert status["status"] == "completed"
        return (await http.get(f"{base}/result", headers=headers)).json()["output"]

    return once


def async_runtime(http: httpx.AsyncClient) -> Callable[[], Awaitable[Any]]:
    client = AsyncRunComfy(config=_config(), http_client=http, sleep=_no_async_sleep)
    typed = reframe.Input(image=IMAGE)
    return lambda: client.run(reframe.MODEL, typed)


# -- timing -----------------------------------------------------------------------------


def _cpu_per_call(once: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(ITERATIONS):
            once()
        return (time.process_time() - start) / ITERATIONS
    finally:
        gc.enable()


async def _cpu_per_call_async(once: Callable[[], Awaitable[Any]]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(ITERATIONS):
            await once()
        return (time.process_time() - start) / ITERATIONS
    finally:
        gc.enable()


def _check(output: Any) -> None:
    image = output["image"] if isinstance(output, dict) else output.image
    assert image == "https://cdn.invalid/out.png", output


def measure_sync(variants: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """Best CPU seconds per call for each variant, repeats interleaved."""
    for once in variants.values():
        _check(once())
        for _ in range(ITERATIONS // 10):  # warm-up
            once()
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(REPEATS):
        for name, once in variants.items():
            best[name] = min(best[name], _cpu_per_call(once))
    return best


async def measure_async(variants: dict[str, Callable[[], Awaitable[Any]]]) -> dict[str, float]:
    for once in variants.values():
        _check(await once())
        for _ in range(ITERATIONS // 10):
            await once()
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(REPEATS):
        for name, once in variants.items():
            best[name] = min(best[name], await _cpu_per_call_async(once))
    return best


async def _async_variants() -> dict[str, float]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(fake_api)) as http:
        return await measure_async({"baseline": async_baseline(http), "run": async_runtime(http)})


def _report(label: str, baseline: float, runtime: float, gating: bool) -> bool:
    ratio = runtime / baseline
    ok = ratio <= TARGET
    verdict = ("PASS" if ok else "FAIL") if gating else "info"
    print(
        f"  {verdict:<4}  {label:<51} {runtime * 1e6:7.1f} us vs baseline {baseline * 1e6:7.1f} us"
        f" = {ratio:.2f}x (target <= {TARGET}x)"
    )
    return ok or not gating


def main() -> int:
    print("== overhead: client-side CPU per run() vs a hand-written httpx loop (same fake) ==")
    print(f"best of {REPEATS} repeats x {ITERATIONS} calls, time.process_time(); 3 requests each")
    with httpx.Client(transport=httpx.MockTransport(fake_api)) as http:
        sync = measure_sync(
            {
                "baseline": sync_baseline(http),
                "run(MODEL, Input)": sync_runtime(http, "Input"),
                "run(MODEL, dict)": sync_runtime(http, "dict"),
                "reframe.run(image=...)": sync_runtime(http, "kwargs"),
            }
        )
    asynchronous = asyncio.run(_async_variants())

    rows = [
        # label, variant, whether it counts towards PASS/FAIL
        ("sync   RunComfy.run(reframe.MODEL, Input(...))", "run(MODEL, Input)", True),
        ("sync   RunComfy.run(reframe.MODEL, {...})", "run(MODEL, dict)", False),
        ("sync   reframe.run(image=..., client=...)", "reframe.run(image=...)", False),
    ]
    ok = True
    for label, key, gating in rows:
        ok &= _report(label, sync["baseline"], sync[key], gating)
    ok &= _report(
        "async  AsyncRunComfy.run(reframe.MODEL, Input(...))",
        asynchronous["baseline"],
        asynchronous["run"],
        True,
    )
    print()
    print("overhead:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
