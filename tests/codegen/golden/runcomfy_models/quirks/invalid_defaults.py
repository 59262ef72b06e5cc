# Generated from specs/quirks/invalid-defaults.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Defaults outside their own enum or bounds: typed client for RunComfy model `quirks/invalid-defaults`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final, Literal

from pydantic import Field
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

MODEL_ID: Final = 'quirks/invalid-defaults'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['style', 'seed'],
 'properties': {'style': {'type': 'string', 'enum': ['photo', 'anime'], 'default': 'cinematic'},
                'seed': {'type': 'integer', 'minimum': 0, 'maximum': 2147483647, 'default': -1},
                'steps': {'type': 'integer', 'minimum': 1, 'maximum': 50, 'default': 100},
                'duration': {'type': 'integer', 'enum': [5, 10], 'default': '5'},
                'strength': {'type': 'number', 'minimum': 0, 'maximum': 1, 'default': 0.8}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

Style = TypeAliasType("Style", Literal["photo", "anime"])


Duration = TypeAliasType("Duration", Literal[5, 10])


class Input(InputModel):
    style: Style | None = None
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = None
    steps: Annotated[int | None, Field(ge=1, le=50)] = None
    duration: Duration | None = None
    strength: Annotated[float | None, Field(ge=0.0, le=1.0)] = 0.8


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    style: Style | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/invalid-defaults`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        style: `style` The published default "cinematic" is not a valid value: it is never sent.
        seed: `seed` The published default -1 is not a valid value: it is never sent.
        steps: `steps` The published default 100 is not a valid value: it is never sent.
        duration: `duration` The published default "5" is not a valid value: it is never sent.
        strength: `strength` Default: 0.8.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(style=style, seed=seed, steps=steps, duration=duration, strength=strength))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    style: Style | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/invalid-defaults` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(style=style, seed=seed, steps=steps, duration=duration, strength=strength))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    style: Style | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/invalid-defaults` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(style=style, seed=seed, steps=steps, duration=duration, strength=strength))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    style: Style | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/invalid-defaults` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(style=style, seed=seed, steps=steps, duration=duration, strength=strength))
    return await runcomfy.submit_async(MODEL, payload, client=client)
