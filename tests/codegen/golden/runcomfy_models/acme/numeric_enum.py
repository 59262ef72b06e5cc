# Generated from specs/acme/numeric-enum.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Numeric enums: typed client for RunComfy model `acme/numeric-enum`.

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

MODEL_ID: Final = 'acme/numeric-enum'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['steps'],
 'properties': {'steps': {'type': 'integer', 'enum': [1, 2, 4, 8], 'default': 4},
                'fps': {'type': 'integer', 'enum': [24, 30, 60], 'default': 24},
                'guidance': {'type': 'float', 'enum': [0.5, 1.0, 1.5]},
                'seed': {'type': 'integer', 'minimum': 0, 'maximum': 2147483647}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'video': {'type': 'string', 'format': 'uri'}}}}

Steps = TypeAliasType("Steps", Literal[1, 2, 4, 8])


Fps = TypeAliasType("Fps", Literal[24, 30, 60])


Guidance = TypeAliasType("Guidance", float)


class Input(InputModel):
    steps: Steps = 4
    fps: Fps | None = 24
    guidance: Guidance | None = None
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = None


class Output(OutputModel):
    video: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    steps: Steps = 4,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    guidance: Guidance | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/numeric-enum`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        steps: `steps` Default: 4.
        fps: `fps` Default: 24.
        guidance: `guidance`
        seed: `seed`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(steps=steps, fps=fps, guidance=guidance, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    steps: Steps = 4,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    guidance: Guidance | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/numeric-enum` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(steps=steps, fps=fps, guidance=guidance, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    steps: Steps = 4,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    guidance: Guidance | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/numeric-enum` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(steps=steps, fps=fps, guidance=guidance, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    steps: Steps = 4,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    guidance: Guidance | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/numeric-enum` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(steps=steps, fps=fps, guidance=guidance, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
