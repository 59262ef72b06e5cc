"""The real thing: `runcomfy serve` in one process, `runcomfy run` against it in another."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .conftest import REFRAME, request_ids

RUN_SECONDS = 60.0


def _runcomfy(*args: str) -> list[str]:
    return [sys.executable, "-m", "runcomfy", *args]


def test_run_against_a_served_emulator(tmp_path: Path, serve_emulator: Callable[..., str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUNCOMFY_")}
    env["RUNCOMFY_POLL_INTERVAL"] = "0.02"
    base_url = serve_emulator(queue_seconds=0.05, run_seconds=0.05, env=env)
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
