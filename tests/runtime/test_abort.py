"""Leaving a run early: polling stops, and with cancel_on_abort the queued job is cancelled."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from runcomfy import AsyncRunComfy, JobState, RequestStatus, RunComfy
from runcomfy.emulator import BASE_URL, EmulatorTransport, ModelAPI, Timings, load_models
from runcomfy_models.ideogram.ideogram_v3 import reframe

SPECS = Path(__file__).resolve().parents[2] / "specs"
INPUT = {"image": "https://example.com/a.png"}


def _api() -> ModelAPI:
    # Jobs stay queued for a minute: long enough for any abort to find them queued.
    return ModelAPI(load_models(SPECS), timings=Timings(queue_seconds=60, run_seconds=1))


def _interrupt(seconds: float) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize("cancel_on_abort", [True, False])
def test_ctrl_c_while_queued_cancels_only_when_asked(cancel_on_abort: bool) -> None:
    api = _api()
    http = httpx.Client(transport=EmulatorTransport(api))
    client = RunComfy("tok", base_url=BASE_URL, http_client=http, sleep=_interrupt)
    with pytest.raises(KeyboardInterrupt):
        client.run(reframe.MODEL, INPUT, cancel_on_abort=cancel_on_abort)
    (job,) = api.jobs
    assert (job.cancelled_at is not None) is cancel_on_abort


@pytest.mark.parametrize("cancel_on_abort", [True, False])
def test_cancelling_the_awaiting_task_stops_polling(cancel_on_abort: bool) -> None:
    api = _api()
    seen: list[RequestStatus] = []

    async def scenario() -> None:
        http = httpx.AsyncClient(transport=EmulatorTransport(api))
        async with AsyncRunComfy("tok", base_url=BASE_URL, http_client=http) as client:
            task = asyncio.create_task(
                client.run(
                    reframe.MODEL, INPUT, on_status=seen.append, cancel_on_abort=cancel_on_abort
                )
            )
            while not seen:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        await http.aclose()

    asyncio.run(scenario())
    assert [s.state for s in seen] == [JobState.IN_QUEUE]
    (job,) = api.jobs
    assert (job.cancelled_at is not None) is cancel_on_abort
