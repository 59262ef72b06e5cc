"""Fixtures shared by every test folder."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 20.0

ServeEmulator = Callable[..., str]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def serve_emulator(tmp_path: Path) -> Iterator[ServeEmulator]:
    """Starts `runcomfy serve` as a live process on a free 127.0.0.1 port; returns its URL.

    Waits (bounded) until it answers, and always stops it when the test ends.
    """
    servers: list[subprocess.Popen[bytes]] = []
    log_path = tmp_path / "serve.log"

    def start(
        *, queue_seconds: float, run_seconds: float, env: dict[str, str] | None = None
    ) -> str:
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        with log_path.open("ab") as log:
            server = subprocess.Popen(
                [
                    *(sys.executable, "-m", "runcomfy", "serve", "--specs", str(ROOT / "specs")),
                    *("--host", "127.0.0.1", "--port", str(port)),
                    *("--queue-seconds", str(queue_seconds), "--run-seconds", str(run_seconds)),
                ],
                cwd=tmp_path,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        servers.append(server)
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if server.poll() is not None:
                output = log_path.read_text(errors="replace")
                pytest.fail(f"runcomfy serve exited with {server.returncode}: {output}")
            try:
                httpx.get(f"{base_url}/v1/models", timeout=1.0)  # any answer means it is up
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"runcomfy serve did not answer on {base_url} in time")
                time.sleep(0.05)
            else:
                return base_url

    yield start
    for server in servers:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
