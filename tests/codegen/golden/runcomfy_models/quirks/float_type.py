# Generated from specs/quirks/float-type.json by `runcomfy generate`. Do not edit: edit the spec instead.
""""type": "float" means number: typed client for RunComfy model `quirks/float-type`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final

from pydantic import Field

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

MODEL_ID: Final = 'quirks/float-type'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['strength'],
 'properties': {'strength': {'type': 'float', 'minimum': 0, 'maximum': 1, 'default': 0.5},
                'scales': {'type': 'array', 'items': {'type': 'float'}},
                'shift': {'type': ['float', 'null']}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    scales: list[float] | None = None
    shift: float | None = None


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    strength: float = 0.5,
    scales: list[float] | NotGiven | None = NOT_GIVEN,
    shift: float | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/float-type`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        strength: `strength` Default: 0.5.
        scales: `scales`
        shift: `shift`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(strength=strength, scales=scales, shift=shift))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    strength: float = 0.5,
    scales: list[float] | NotGiven | None = NOT_GIVEN,
    shift: float | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/float-type` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(strength=strength, scales=scales, shift=shift))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    strength: float = 0.5,
    scales: list[float] | NotGiven | None = NOT_GIVEN,
    shift: float | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/float-type` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(strength=strength, scales=scales, shift=shift))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    strength: float = 0.5,
    scales: list[float] | NotGiven | None = NOT_GIVEN,
    shift: float | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/float-type` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(strength=strength, scales=scales, shift=shift))
    return await runcomfy.submit_async(MODEL, payload, client=client)
