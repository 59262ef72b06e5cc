"""`runcomfy serve` as a live process, driven by the curl commands of the model's API page.

The commands are taken verbatim from the shared page (submit with its exact `--data` body,
status, result, cancel); only the host is replaced, and `{request_id}` filled in. Every wait
is bounded and the server is always terminated.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT.parent / "shared" / "pages" / "ideogram-v3-reframe.api-page.it.txt"
PAGE_HOST = "https://model-api.runcomfy.net"
MODEL_ID = "ideogram/ideogram-v3/reframe"
QUEUE_SECONDS = 1.0  # long enough for four curl calls on a job still queued
RUN_SECONDS = 0.1
CURL = shutil.which("curl")


def curl_commands(text: str) -> list[list[str]]:
    """Every distinct curl command of a page, as argv lists.

    A command starts on a line beginning with `curl` and goes on while a line ends with a
    backslash or a quote is still open (the JSON body of `--data` spans lines).
    """
    commands: list[list[str]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("curl "):
            i += 1
            continue
        chunk = lines[i]
        while True:
            if chunk.rstrip().endswith("\\"):
                pass
            else:
                try:
                    argv = shlex.split(chunk.replace("\\\n", " "))
                except ValueError:  # an open quote: the command goes on
                    pass
                else:
                    break
            i += 1
            if i >= len(lines):
                raise AssertionError(f"unterminated curl command: {chunk!r}")
            chunk += "\n" + lines[i]
        if argv not in commands:
            commands.append(argv)
        i += 1
    return commands


def _option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def _by_action(commands: list[list[str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for argv in commands:
        url = _option(argv, "--url")
        action = "submit" if url.endswith(MODEL_ID) else url.rsplit("/", 1)[-1]
        assert action not in found, f"two different {action} commands on the page"
        found[action] = argv
    return found


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any


@dataclass
class Live:
    base: str
    commands: dict[str, list[str]]

    def curl(self, action: str, request_id: str | None = None) -> Answer:
        argv = [
            arg.replace(PAGE_HOST, self.base).replace("{request_id}", request_id or "")
            for arg in self.commands[action]
        ]
        assert CURL is not None
        argv[0] = CURL
        done = subprocess.run(
            [
                *argv,
                "--silent",
                "--show-error",
                "--max-time",
                "10",
                "--write-out",
                "\n%{http_code}",
            ],
            capture_output=True,
            text=True,
            timeout=15,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        body, _, code = done.stdout.rpartition("\n")
        return Answer(int(code), json.loads(body))


@pytest.fixture(scope="module")
def page_commands() -> dict[str, list[str]]:
    if not PAGE.is_file():
        pytest.skip(f"the shared API page is absent: {PAGE}")
    return _by_action(curl_commands(PAGE.read_text(encoding="utf-8")))


@pytest.fixture
def live(page_commands: dict[str, list[str]], serve_emulator: Callable[..., str]) -> Live:
    if CURL is None:
        pytest.skip("curl is not installed")
    base = serve_emulator(queue_seconds=QUEUE_SECONDS, run_seconds=RUN_SECONDS)
    return Live(base, page_commands)


def test_the_page_has_the_four_commands(page_commands: dict[str, list[str]]) -> None:
    assert set(page_commands) == {"submit", "status", "result", "cancel"}
    submit = page_commands["submit"]
    assert _option(submit, "--request") == "POST"
    assert json.loads(_option(submit, "--data")) == {"image": "", "resolution": "1152:864 (4:3)"}
    for argv in page_commands.values():
        assert _option(argv, "--url").startswith(PAGE_HOST)
        assert "Authorization: Bearer <token>" in argv


def test_the_page_curl_commands_against_runcomfy_serve(live: Live) -> None:
    # A job driven while it is queued: submit, status, result, cancel.
    submitted = live.curl("submit")
    assert submitted.status == 200, submitted.body
    request_id = submitted.body["request_id"]
    links = f"{live.base}/v1/requests/{request_id}"
    assert submitted.body == {
        "request_id": request_id,
        "status_url": f"{links}/status",
        "result_url": f"{links}/result",
        "cancel_url": f"{links}/cancel",
    }
    status = live.curl("status", request_id)
    assert status.status == 200
    assert set(status.body) == {"request_id", "status", "queue_position"}
    assert status.body["status"] == "in_queue"
    assert isinstance(status.body["queue_position"], int)
    result = live.curl("result", request_id)
    assert result.status == 200
    assert (result.body["request_id"], result.body["status"]) == (request_id, "in_queue")
    assert "output" not in result.body
    cancelled = live.curl("cancel", request_id)
    assert cancelled.status == 202
    assert cancelled.body == {
        "request_id": request_id,
        "status": "cancelled",
        "outcome": "cancelled",
    }
    assert live.curl("status", request_id).body["status"] == "cancelled"

    # A job left to finish: its result has the output, and it can no longer be cancelled.
    request_id = live.curl("submit").body["request_id"]
    deadline = time.monotonic() + QUEUE_SECONDS + RUN_SECONDS + 10
    while (state := live.curl("status", request_id).body["status"]) != "succeeded":
        assert state in {"in_queue", "in_progress"}
        assert time.monotonic() < deadline, f"the job is still {state}"
        time.sleep(0.1)
    result = live.curl("result", request_id)
    assert result.status == 200
    assert set(result.body) == {"request_id", "status", "created_at", "finished_at", "output"}
    image = result.body["output"]["image"]
    assert image.startswith(f"{live.base}/media/{request_id}/")
    assert httpx.get(image, timeout=5).content.startswith(b"\x89PNG\r\n\x1a\n")
    too_late = live.curl("cancel", request_id)
    assert too_late.status == 202
    assert too_late.body["outcome"] == "not_cancellable"
