"""The real thing: `runcomfy serve` in one process, `runcomfy run` against it in another."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .conftest import REFRAME, ROOT, request_ids

STARTUP_SECONDS = 20.0
RUN_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _runcomfy(*args: str) -> list[str]:
    return [sys.executable, "-m", "runcomfy", *args]


def _wait_until_up(server: subprocess.Popen[str], base_url: str) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"runcomfy serve exited with {server.returncode}")
        try:
            httpx.get(f"{base_url}/v1/models", timeout=1.0)  # any answer (401) means it is up
        except httpx.TransportError:
            time.sleep(0.1)
        else:
            return
    raise AssertionError(f"runcomfy serve did not answer within {STARTUP_SECONDS} s")


def test_run_against_a_served_emulator(tmp_path: Path) -> None:
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUNCOMFY_")}
    env["RUNCOMFY_POLL_INTERVAL"] = "0.02"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        _runcomfy(
            "serve",
            "--specs",
            str(ROOT / "specs"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--queue-seconds",
            "0.05",
            "--run-seconds",
            "0.05",
        ),
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        _wait_until_up(server, base_url)
        done = subprocess.run(
            _runcomfy(
                "run",
                REFRAME,
                "image=https://example.com/a.png",
                "--base-url",
                base_url,
                "--api-key",
                "x",
            ),
            cwd=tmp_path,
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=RUN_SECONDS,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        [request_id] = request_ids(done.stdout)
        assert done.stdout == f"image: {base_url}/media/{request_id}/image.png\n"
        assert done.stderr == ""
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()
