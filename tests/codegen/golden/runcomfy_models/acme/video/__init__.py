# Generated from specs/acme/video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Video (a model whose id is a prefix of another's): typed client for RunComfy model `acme/video`.

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

MODEL_ID: Final = 'acme/video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt'],
 'properties': {'prompt': {'type': 'string'},
                'duration': {'type': 'integer', 'enum': [5, 10], 'default': 5}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'video': {'type': 'string', 'format': 'uri'}}}}

Duration = TypeAliasType("Duration", Literal[5, 10])


class Input(InputModel):
    prompt: str
    duration: Duration | None = 5


class Output(OutputModel):
    video: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt`
        duration: `duration` Default: 5.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, duration=duration))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, duration=duration))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, duration=duration))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, duration=duration))
    return await runcomfy.submit_async(MODEL, payload, client=client)
