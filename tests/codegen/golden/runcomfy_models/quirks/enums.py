# Generated from specs/quirks/enums.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Enums of every published kind: typed client for RunComfy model `quirks/enums`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

from typing_extensions import TypeAliasType

import runcomfy
from runcomfy import (
    NOT_GIVEN,
    AsyncRunComfy,
    InputModel,
    ModelSpec,
    NotGiven,
    OutputModel,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'quirks/enums'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['mode'],
 'properties': {'mode': {'type': 'string', 'enum': ['standard'], 'default': 'standard'},
                'duration': {'type': 'integer', 'enum': [5, 10], 'default': 5},
                'duration_text': {'type': 'string', 'enum': ['5', '10'], 'default': '5'},
                'aspect_ratio': {'type': 'string', 'enum': ['16:9', '9:16', '1:1', '21:9']},
                'resolution': {'type': 'string', 'enum': ['0.5K', '1K', '720p', '1080P', '1080p']},
                'speed': {'type': 'number', 'enum': [0.5, 1, 1.5]}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

Mode = TypeAliasType("Mode", Literal["standard"])


Duration = TypeAliasType("Duration", Literal[5, 10])


DurationText = TypeAliasType("DurationText", Literal["5", "10"])


AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "1:1", "21:9"])


Resolution = TypeAliasType("Resolution", Literal["0.5K", "1K", "720p", "1080P", "1080p"])


Speed = TypeAliasType("Speed", Literal[1] | float)


class Input(InputModel):
    mode: Mode = "standard"
    duration: Duration | None = 5
    duration_text: DurationText | None = "5"
    aspect_ratio: AspectRatio | None = None
    resolution: Resolution | None = None
    speed: Speed | None = None


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    mode: Mode = "standard",
    duration: Duration | NotGiven | None = NOT_GIVEN,
    duration_text: DurationText | NotGiven | None = NOT_GIVEN,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    speed: Speed | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/enums`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        mode: `mode` Default: "standard".
        duration: `duration` Default: 5.
        duration_text: `duration_text` Default: "5".
        aspect_ratio: `aspect_ratio`
        resolution: `resolution`
        speed: `speed`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(mode=mode, duration=duration, duration_text=duration_text, aspect_ratio=aspect_ratio, resolution=resolution, speed=speed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    mode: Mode = "standard",
    duration: Duration | NotGiven | None = NOT_GIVEN,
    duration_text: DurationText | NotGiven | None = NOT_GIVEN,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    speed: Speed | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/enums` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(mode=mode, duration=duration, duration_text=duration_text, aspect_ratio=aspect_ratio, resolution=resolution, speed=speed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    mode: Mode = "standard",
    duration: Duration | NotGiven | None = NOT_GIVEN,
    duration_text: DurationText | NotGiven | None = NOT_GIVEN,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    speed: Speed | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/enums` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(mode=mode, duration=duration, duration_text=duration_text, aspect_ratio=aspect_ratio, resolution=resolution, speed=speed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    mode: Mode = "standard",
    duration: Duration | NotGiven | None = NOT_GIVEN,
    duration_text: DurationText | NotGiven | None = NOT_GIVEN,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    speed: Speed | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/enums` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(mode=mode, duration=duration, duration_text=duration_text, aspect_ratio=aspect_ratio, resolution=resolution, speed=speed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
