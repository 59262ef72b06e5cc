# Generated from specs/acme/video/fast.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Video, fast: typed client for RunComfy model `acme/video/fast`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import runcomfy
from runcomfy import (
    AsyncRunComfy,
    InputModel,
    ModelSpec,
    OutputModel,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'acme/video/fast'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object', 'required': ['prompt'], 'properties': {'prompt': {'type': 'string'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'video': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    prompt: str


class Output(OutputModel):
    video: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/video/fast`: submit a job, wait for it and return its output.

    Args:
        prompt: `prompt`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/video/fast` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/video/fast` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/video/fast` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt))
    return await runcomfy.submit_async(MODEL, payload, client=client)
