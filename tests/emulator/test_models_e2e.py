"""Every spec, end to end through its generated client against the in-process emulator.

For each model of `runcomfy_models`, sync and async: submit, status, wait (polling through
queued and running), the typed result with a media URL the emulator serves, that file's bytes,
the generated `run()`, cancelling a queued job and a finished one; and an invalid input
rejected by the emulator with HTTP 422 naming the field.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import runcomfy_models
from runcomfy import (
    AsyncRunComfy,
    CancelOutcome,
    JobCancelledError,
    JobState,
    OutputModel,
    RequestStatus,
    RunComfy,
)
from runcomfy.emulator import BASE_URL, EmulatedModel, EmulatorTransport, ModelAPI
from runcomfy.testing import VirtualClock
from runcomfy.testing.plugin import emulator_config, emulator_timings

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
MODEL_IDS = runcomfy_models.model_ids()
PLACEHOLDER_URL = "https://example.com/a.png"
URL_LIKE = re.compile(r"image|video|audio|mask|url|uri|file|photo|picture", re.IGNORECASE)
MAGIC = {
    ".png": (b"\x89PNG\r\n\x1a\n", "image/png"),
    ".mp4": (b"ftyp", "video/mp4"),
    ".wav": (b"RIFF", "audio/wav"),
}


# -- inputs ------------------------------------------------------------------------------


def spec_of(model_id: str) -> dict[str, Any]:
    path = SPECS.joinpath(*model_id.split("/")).with_suffix(".json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _url_like(name: str, schema: dict[str, Any]) -> bool:
    return schema.get("format") in {"uri", "url"} or bool(URL_LIKE.search(name))


def _placeholder(name: str, schema: dict[str, Any]) -> Any:
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.0))
    if kind == "boolean":
        return False
    if kind == "object":
        return {}
    if kind == "array":
        return [PLACEHOLDER_URL] if _url_like(name, schema) else []
    return PLACEHOLDER_URL if _url_like(name, schema) else "a test input"


def example_input(model_id: str) -> dict[str, Any]:
    """The spec's example input (the API page's own), empty URL fields filled in; or, when
    the spec has none, its required fields with plausible values."""
    spec = spec_of(model_id)
    properties: dict[str, Any] = spec["input_schema"].get("properties") or {}
    example = dict(spec.get("example_input") or {})
    if not example:
        example = {
            name: _placeholder(name, properties.get(name, {}))
            for name in spec["input_schema"].get("required") or ()
        }
    for name, value in example.items():
        if value == "" and _url_like(name, properties.get(name, {})):
            example[name] = PLACEHOLDER_URL
    return example


def invalid_input(model_id: str) -> tuple[dict[str, Any], str]:
    """An input the schema rejects, and the field at fault: one field of the wrong type."""
    example = example_input(model_id)
    properties: dict[str, Any] = spec_of(model_id)["input_schema"].get("properties") or {}
    required = spec_of(model_id)["input_schema"].get("required") or list(properties)
    for name in [*required, *properties]:
        kind = properties.get(name, {}).get("type")
        if kind in {"string", "integer", "number", "boolean", "object", "array"}:
            wrong = ["not", "a", "scalar"] if kind != "array" else {"not": "a list"}
            return {**example, name: wrong}, name
    pytest.skip(f"{model_id}: no typed field to break")


def generated_kwargs(module: ModuleType, data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of the generated `run()` / `submit()` for an input mapping."""
    model = module.Input.model_validate(data)
    return {name: getattr(model, name) for name in model.model_fields_set}


# -- outputs -----------------------------------------------------------------------------


def media_urls(output: OutputModel) -> list[str]:
    found: list[str] = []
    for value in output.model_dump().values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.startswith(BASE_URL + "/media/"):
                found.append(item)
    return found


def check_media(url: str, response: httpx.Response) -> None:
    assert response.status_code == 200, url
    magic, content_type = MAGIC[Path(httpx.URL(url).path).suffix]
    offset = 4 if magic == b"ftyp" else 0
    assert response.content[offset : offset + len(magic)] == magic, url
    assert response.headers["content-type"] == content_type
    if magic == b"RIFF":
        assert response.content[8:12] == b"WAVE"


def states(seen: list[RequestStatus]) -> list[JobState]:
    """The distinct states a job went through, in order."""
    out: list[JobState] = []
    for status in seen:
        if not out or out[-1] is not status.state:
            out.append(status.state)
    return out


LIFE = [JobState.IN_QUEUE, JobState.IN_PROGRESS, JobState.SUCCEEDED]


# -- every model, sync and async -----------------------------------------------------------


def test_every_spec_has_a_generated_client() -> None:
    assert MODEL_IDS, "runcomfy_models lists no model"
    for model_id in MODEL_IDS:
        assert spec_of(model_id)["model_id"] == model_id


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_model_end_to_end_sync(
    model_id: str, runcomfy_emulator: ModelAPI, runcomfy_client: RunComfy
) -> None:
    module = runcomfy_models.load(model_id)
    kwargs = generated_kwargs(module, example_input(model_id))
    client = runcomfy_client

    handle = module.submit(client=client, **kwargs)
    assert runcomfy_emulator.jobs.get(handle.request_id) is not None
    assert handle.status_url == f"{BASE_URL}/v1/requests/{handle.request_id}/status"
    first = client.status(handle.request_id)
    assert first.state is JobState.IN_QUEUE
    assert isinstance(first.queue_position, int)

    seen: list[RequestStatus] = []
    output = client.wait(handle.request_id, module.MODEL, on_status=seen.append)
    assert isinstance(output, module.Output)
    assert states(seen) == LIFE

    result = client.result(handle.request_id, module.MODEL)
    assert result.state is JobState.SUCCEEDED
    assert result.output == output
    assert result.created_at and result.finished_at
    urls = media_urls(output)
    assert urls, output
    with httpx.Client(transport=EmulatorTransport(runcomfy_emulator)) as http:
        for url in urls:
            check_media(url, http.get(url))

    assert isinstance(module.run(client=client, **kwargs), module.Output)

    finished = client.cancel(handle.request_id)
    assert finished.outcome is CancelOutcome.NOT_CANCELLABLE
    assert not finished.cancelled

    queued = module.submit(client=client, **kwargs)
    cancelled = client.cancel(queued.request_id)
    assert cancelled.outcome is CancelOutcome.CANCELLED
    assert client.status(queued.request_id).state is JobState.CANCELLED
    with pytest.raises(JobCancelledError):
        client.wait(queued.request_id, module.MODEL)


@pytest.mark.asyncio
@pytest.mark.parametrize("model_id", MODEL_IDS)
async def test_model_end_to_end_async(
    model_id: str, runcomfy_emulator: ModelAPI, async_runcomfy_client: AsyncRunComfy
) -> None:
    module = runcomfy_models.load(model_id)
    kwargs = generated_kwargs(module, example_input(model_id))
    client = async_runcomfy_client

    handle = await module.submit_async(client=client, **kwargs)
    assert runcomfy_emulator.jobs.get(handle.request_id) is not None
    first = await client.status(handle.request_id)
    assert first.state is JobState.IN_QUEUE

    seen: list[RequestStatus] = []
    output = await client.wait(handle.request_id, module.MODEL, on_status=seen.append)
    assert isinstance(output, module.Output)
    assert states(seen) == LIFE

    result = await client.result(handle.request_id, module.MODEL)
    assert result.state is JobState.SUCCEEDED
    assert result.output == output
    urls = media_urls(output)
    assert urls, output
    async with httpx.AsyncClient(transport=EmulatorTransport(runcomfy_emulator)) as http:
        for url in urls:
            check_media(url, await http.get(url))

    assert isinstance(await module.run_async(client=client, **kwargs), module.Output)

    finished = await client.cancel(handle.request_id)
    assert finished.outcome is CancelOutcome.NOT_CANCELLABLE

    queued = await module.submit_async(client=client, **kwargs)
    cancelled = await client.cancel(queued.request_id)
    assert cancelled.outcome is CancelOutcome.CANCELLED
    with pytest.raises(JobCancelledError):
        await client.wait(queued.request_id, module.MODEL)


# -- invalid input: the emulator's own 422 ------------------------------------------------


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_invalid_input_is_422_naming_the_field_sync(
    model_id: str, runcomfy_emulator: ModelAPI
) -> None:
    body, field = invalid_input(model_id)
    transport = EmulatorTransport(runcomfy_emulator)
    with httpx.Client(transport=transport, base_url=BASE_URL) as http:
        response = http.post(
            f"/v1/models/{model_id}", json=body, headers={"Authorization": "Bearer any"}
        )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, list)
    assert [item["loc"] for item in detail] == [["body", field]]
    assert field in response.json()["error_message"]
    assert len(runcomfy_emulator.jobs) == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("model_id", MODEL_IDS)
async def test_invalid_input_is_422_naming_the_field_async(
    model_id: str, runcomfy_emulator: ModelAPI
) -> None:
    properties = spec_of(model_id)["input_schema"].get("properties") or {}
    required = [
        name
        for name in spec_of(model_id)["input_schema"].get("required") or ()
        if "default" not in properties.get(name, {})
    ]
    if required:  # leave out a required field...
        field = required[0]
        body = {k: v for k, v in example_input(model_id).items() if k != field}
    else:  # ...or, where every required field has a default, send one of the wrong type
        body, field = invalid_input(model_id)
    transport = EmulatorTransport(runcomfy_emulator)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        response = await http.post(
            f"/v1/models/{model_id}", json=body, headers={"Authorization": "Bearer any"}
        )
    assert response.status_code == 422
    assert ["body", field] in [item["loc"] for item in response.json()["detail"]]


# -- every kind of media the emulator makes ------------------------------------------------


def _media_model(kind: str, field: str) -> EmulatedModel:
    item = {"type": "string", "format": "uri"}
    schema = {"type": "array", "items": item} if field.endswith("s") else item
    return EmulatedModel(
        model_id=f"test/{field}",
        input_schema={"type": "object", "properties": {"prompt": {"type": "string"}}},
        output_schema={"type": "object", "properties": {field: schema}},
        output_type=kind.upper(),
    )


@pytest.mark.parametrize(
    ("kind", "field"),
    [("image", "images"), ("video", "video"), ("video", "videos"), ("audio", "audio")],
)
def test_outputs_of_each_media_type_are_real_files(
    kind: str, field: str, runcomfy_clock: VirtualClock
) -> None:
    model = _media_model(kind, field)
    api = ModelAPI({model.model_id: model}, timings=emulator_timings(), clock=runcomfy_clock.now)
    transport = EmulatorTransport(api)
    with httpx.Client(transport=transport) as http:
        client = RunComfy(
            config=emulator_config(runcomfy_clock), http_client=http, sleep=runcomfy_clock.sleep
        )
        output = client.run(model.model_id, {"prompt": "x"})
        value = getattr(output, field)
        urls = value if isinstance(value, list) else [value]
        assert urls
        for url in urls:
            check_media(url, http.get(url))


@pytest.mark.asyncio
async def test_a_streamed_async_body_is_read(runcomfy_emulator: ModelAPI) -> None:
    """The async transport reads a body sent as an async stream (it used to fail)."""
    model_id = MODEL_IDS[0]

    async def body() -> Any:
        yield json.dumps(example_input(model_id)).encode()

    transport = EmulatorTransport(runcomfy_emulator)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        response = await http.post(
            f"/v1/models/{model_id}", content=body(), headers={"Authorization": "Bearer any"}
        )
    assert response.status_code == 200, response.text
    assert len(runcomfy_emulator.jobs) == 1
