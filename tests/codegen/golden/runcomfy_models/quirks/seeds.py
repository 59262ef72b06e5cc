# Generated from specs/quirks/seeds.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seed conventions: -1, 0, null or no default: typed client for RunComfy model `quirks/seeds`.

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

MODEL_ID: Final = 'quirks/seeds'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt'],
 'properties': {'prompt': {'type': 'string'},
                'seed': {'type': 'integer',
                         'default': -1,
                         'description': 'Use -1 for a random seed.'},
                'noise_seed': {'type': 'integer',
                               'minimum': 0,
                               'maximum': 2147483647,
                               'default': 0},
                'variation_seed': {'type': 'integer', 'default': None},
                'shuffle_seed': {'type': 'integer'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    prompt: str
    seed: Annotated[int | None, Field(description="Use -1 for a random seed.")] = -1
    noise_seed: Annotated[int | None, Field(ge=0, le=2147483647)] = 0
    variation_seed: int | None = None
    shuffle_seed: int | None = None


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
    noise_seed: int | NotGiven | None = NOT_GIVEN,
    variation_seed: int | NotGiven | None = NOT_GIVEN,
    shuffle_seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/seeds`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt`
        seed: Use -1 for a random seed. Default: -1.
        noise_seed: `noise_seed` Default: 0.
        variation_seed: `variation_seed` The published default null is not a valid value: it is never sent.
        shuffle_seed: `shuffle_seed`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, noise_seed=noise_seed, variation_seed=variation_seed, shuffle_seed=shuffle_seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    noise_seed: int | NotGiven | None = NOT_GIVEN,
    variation_seed: int | NotGiven | None = NOT_GIVEN,
    shuffle_seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/seeds` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, noise_seed=noise_seed, variation_seed=variation_seed, shuffle_seed=shuffle_seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    noise_seed: int | NotGiven | None = NOT_GIVEN,
    variation_seed: int | NotGiven | None = NOT_GIVEN,
    shuffle_seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/seeds` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, noise_seed=noise_seed, variation_seed=variation_seed, shuffle_seed=shuffle_seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    seed: int | NotGiven | None = NOT_GIVEN,
    noise_seed: int | NotGiven | None = NOT_GIVEN,
    variation_seed: int | NotGiven | None = NOT_GIVEN,
    shuffle_seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/seeds` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, seed=seed, noise_seed=noise_seed, variation_seed=variation_seed, shuffle_seed=shuffle_seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
