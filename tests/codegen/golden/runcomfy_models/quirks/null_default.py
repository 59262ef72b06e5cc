# Generated from specs/quirks/null-default.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""default: null on fields that are not nullable: typed client for RunComfy model `quirks/null-default`.

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

MODEL_ID: Final = 'quirks/null-default'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt', 'seed'],
 'properties': {'prompt': {'type': 'string'},
                'seed': {'type': 'integer', 'default': None},
                'steps': {'type': 'integer', 'minimum': 1, 'default': None},
                'negative_prompt': {'type': ['string', 'null'], 'default': None}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    prompt: str
    seed: int | None = None
    steps: Annotated[int | None, Field(ge=1)] = None
    negative_prompt: str | None = None


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/null-default`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt`
        seed: `seed` The published default null is not a valid value: it is never sent.
        steps: `steps` The published default null is not a valid value: it is never sent.
        negative_prompt: `negative_prompt`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, steps=steps, negative_prompt=negative_prompt))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/null-default` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, steps=steps, negative_prompt=negative_prompt))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/null-default` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, steps=steps, negative_prompt=negative_prompt))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    steps: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/null-default` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, steps=steps, negative_prompt=negative_prompt))
    return await runcomfy.submit_async(MODEL, payload, client=client)
