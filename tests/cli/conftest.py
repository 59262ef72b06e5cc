"""CLI test plumbing: the `runcomfy` app run by typer's CliRunner against the in-process emulator.

`cli` (a `Harness`) replaces `_jobs.make_client` / `_jobs.make_download_client` so every command
talks to one `ModelAPI` through an `EmulatorTransport` that records what was sent. Jobs queue
and run for 0.05 s each and the client polls every 0.01 s, so a whole `runcomfy run` takes a
fraction of a second.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner, Result

from runcomfy import ModelSpec, OutputModel, RunComfy
from runcomfy._model import UntypedInput
from runcomfy.cli import _jobs, app
from runcomfy.emulator import (
    BASE_URL,
    EmulatedModel,
    EmulatorTransport,
    FaultPlan,
    ModelAPI,
    Timings,
    load_models,
)

ROOT = Path(__file__).resolve().parents[2]
REFRAME = "ideogram/ideogram-v3/reframe"
FAST = Timings(queue_seconds=0.05, run_seconds=0.05)
SLOW_QUEUE = Timings(queue_seconds=30.0, run_seconds=0.05)  # jobs stay queued for the test
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# A model whose input schema has one field of every kind the CLI reads.
ALL_TYPES_ID = "test/all-types"
ALL_TYPES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["prompt"],
    "properties": {
        "prompt": {"type": "string"},
        "steps": {"type": "integer", "minimum": 1},
        "guidance": {"type": "number"},
        "upscale": {"type": "boolean"},
        "sampler": {"type": "string", "enum": ["euler", "dpm++ 2m"]},
        "frames": {"type": "integer", "enum": [16, 24, 48]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "options": {"type": "object"},
        "negative": {"type": ["string", "null"]},
        "strength": {"anyOf": [{"type": "number"}, {"type": "null"}]},
        "anything": {"title": "no type at all"},
    },
}
IMAGE_OUTPUT: dict[str, Any] = {"type": "object", "properties": {"image": {"type": "string"}}}
ALL_TYPES_SPEC: ModelSpec[Any, Any] = ModelSpec(
    ALL_TYPES_ID, UntypedInput, OutputModel, ALL_TYPES_SCHEMA, {}
)
# Known to the emulator, but with no generated module: the CLI runs it untyped.
UNTYPED_ID = "test/untyped"


def emulated_models() -> dict[str, EmulatedModel]:
    models = dict(load_models(ROOT / "specs"))
    models[ALL_TYPES_ID] = EmulatedModel(ALL_TYPES_ID, ALL_TYPES_SCHEMA, IMAGE_OUTPUT)
    models[UNTYPED_ID] = EmulatedModel(UNTYPED_ID, {"type": "object"}, IMAGE_OUTPUT)
    return models


class RecordingTransport(EmulatorTransport):
    """The emulator in-process, keeping every request it was sent."""

    def __init__(self, api: ModelAPI) -> None:
        super().__init__(api)
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return super().handle_request(request)


@dataclass
class Harness:
    api: ModelAPI
    transport: RecordingTransport
    http: httpx.Client
    runner: CliRunner = field(default_factory=CliRunner)

    def invoke(self, *args: str, input: str | None = None) -> Result:
        result = self.runner.invoke(app, list(args), input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception  # a bug, not a reported error: show its traceback
        return result

    def submitted(self) -> list[dict[str, Any]]:
        """The JSON bodies of every submit, in order."""
        return [
            json.loads(r.content)
            for r in self.transport.sent
            if r.method == "POST" and r.url.path.startswith("/v1/models/")
        ]

    def client(self) -> RunComfy:
        """A client on the same emulator, to set jobs up outside the CLI."""
        return RunComfy("test-key", base_url=BASE_URL, http_client=self.http)


HarnessFactory = Callable[..., Harness]


@pytest.fixture
def make_harness(monkeypatch: pytest.MonkeyPatch) -> Iterator[HarnessFactory]:
    """Build a `Harness` on a fresh emulator; `sleep` replaces the client's sleeps."""
    monkeypatch.setenv("RUNCOMFY_POLL_INTERVAL", "0.01")
    monkeypatch.setenv("RUNCOMFY_API_KEY", "test-key")
    monkeypatch.setenv("RUNCOMFY_BASE_URL", BASE_URL)
    monkeypatch.delenv("RUNCOMFY_LOG", raising=False)
    original_find = _jobs.find_model
    monkeypatch.setattr(
        _jobs,
        "find_model",
        lambda model_id: ALL_TYPES_SPEC if model_id == ALL_TYPES_ID else original_find(model_id),
    )
    opened: list[httpx.Client] = []

    def build(
        *,
        timings: Timings = FAST,
        token: str | None = None,
        faults: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Harness:
        api = ModelAPI(
            emulated_models(), token=token, timings=timings, faults=FaultPlan(always=faults or {})
        )
        transport = RecordingTransport(api)
        http = httpx.Client(transport=transport)
        opened.append(http)

        def make_client(base_url: str | None, api_key: str | None) -> RunComfy:
            return RunComfy(api_key, base_url=base_url, http_client=http, sleep=sleep)

        monkeypatch.setattr(_jobs, "make_client", make_client)
        monkeypatch.setattr(_jobs, "make_download_client", lambda: http)
        return Harness(api, transport, http)

    yield build
    for http in opened:
        http.close()


@pytest.fixture
def cli(make_harness: HarnessFactory) -> Harness:
    return make_harness()


def request_ids(text: str) -> list[str]:
    return UUID.findall(text)
