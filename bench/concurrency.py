"""1,000 concurrent jobs from one async client against a live `runcomfy serve`.

Starts the emulator as its own process on 127.0.0.1, runs N jobs at once through one
`AsyncRunComfy` (submit, poll, result), and prints jobs per second and the peak memory of
the client and of the server. Exits non-zero if any job fails or the server cannot take them.
The baseline it prints beside the rate is the same N jobs' bare HTTP exchanges made with a
hand-written httpx loop in the same run, so the ratio does not depend on the machine.

    .venv/bin/python -m bench.concurrency [JOBS]
"""

from __future__ import annotations

import asyncio
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from runcomfy import AsyncRunComfy, PollSchedule
from runcomfy._config import ClientConfig
from runcomfy_models.ideogram.ideogram_v3 import reframe

ROOT = Path(__file__).resolve().parent.parent
JOBS = 1000
QUEUE_SECONDS = 1.0
RUN_SECONDS = 1.0
POLL_SECONDS = 0.5
CONNECTIONS = 100
INPUT = {"image": "https://example.com/a.png"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_server(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "runcomfy", "serve", "--specs", str(ROOT / "specs")),
            *("--port", str(port), "--queue-seconds", str(QUEUE_SECONDS)),
            *("--run-seconds", str(RUN_SECONDS)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("runcomfy serve did not start")


def _peak_rss_mib(pid: int) -> float:
    """The high-water mark of a process's resident memory, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _runtime(base_url: str, jobs: int) -> tuple[float, int]:
    limits = httpx.Limits(max_connections=CONNECTIONS)
    http = httpx.AsyncClient(limits=limits, timeout=60)
    config = ClientConfig(api_key="bench", base_url=base_url, poll=PollSchedule.fixed(POLL_SECONDS))
    async with AsyncRunComfy(config=config, http_client=http) as client:
        started = time.perf_counter()
        outcomes = await asyncio.gather(
            *(client.run(reframe.MODEL, INPUT) for _ in range(jobs)), return_exceptions=True
        )
        elapsed = time.perf_counter() - started
    await http.aclose()
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    for failure in failures[:3]:
        print(f"  failed: {type(failure).__name__}: {failure}")
    return elapsed, len(failures)


async def _baseline(base_url: str, jobs: int) -> float:
    """The same exchanges by hand: submit, poll at the same interval, read the result."""
    headers = {"Authorization": "Bearer bench"}
    body = reframe.MODEL.prepare_input(INPUT)  # the body the client sends: defaults filled in
    limits = httpx.Limits(max_connections=CONNECTIONS)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as http:

        async def one() -> None:
            submitted = await http.post(
                f"/v1/models/{reframe.MODEL_ID}", json=body, headers=headers
            )
            request_id = submitted.json()["request_id"]
            while True:
                status = await http.get(f"/v1/requests/{request_id}/status", headers=headers)
                if status.json()["status"] in {"succeeded", "completed"}:
                    break
                await asyncio.sleep(POLL_SECONDS)
            (await http.get(f"/v1/requests/{request_id}/result", headers=headers)).json()

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(jobs)))
        return time.perf_counter() - started


def main(jobs: int = JOBS) -> int:
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = _start_server(port)
    try:
        baseline = asyncio.run(_baseline(base_url, jobs))
        elapsed, failed = asyncio.run(_runtime(base_url, jobs))
        server_mib = _peak_rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    client_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"== concurrency: {jobs} jobs at once from one AsyncRunComfy, live runcomfy serve ==")
    print(f"jobs queue {QUEUE_SECONDS:g} s, run {RUN_SECONDS:g} s; polls every {POLL_SECONDS:g} s")
    print(f"  runtime   {jobs / elapsed:8.1f} jobs/s  ({elapsed:.2f} s, {failed} failed)")
    print(f"  baseline  {jobs / baseline:8.1f} jobs/s  ({baseline:.2f} s, hand-written httpx loop)")
    print(f"  ratio     {elapsed / baseline:8.2f}x the baseline's time")
    print(
        f"  peak memory: client process {client_mib:.0f} MiB, server process {server_mib:.0f} MiB"
    )
    ok = failed == 0
    print(f"concurrency: {'PASS' if ok else 'FAIL'} ({jobs - failed}/{jobs} jobs completed)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else JOBS))
