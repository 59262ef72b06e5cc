# Generated from specs/quirks/Kling-3.0/Pro.Max/I2V/1080P.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Five segments, dots and upper case: typed client for RunComfy model `quirks/Kling-3.0/Pro.Max/I2V/1080P`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import runcomfy
from runcomfy import (
    MEDIA_OUTPUT_SCHEMA,
    AsyncRunComfy,
    InputModel,
    MediaOutput,
    ModelSpec,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'quirks/Kling-3.0/Pro.Max/I2V/1080P'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['image'],
 'properties': {'image': {'type': 'string', 'format': 'image_uri'}}}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

class Input(InputModel):
    image: str


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    image: str,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/Kling-3.0/Pro.Max/I2V/1080P`: submit a job, wait for it and return its output.

    Args:
        image: `image`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(image=image))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    image: str,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/Kling-3.0/Pro.Max/I2V/1080P` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    image: str,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/Kling-3.0/Pro.Max/I2V/1080P` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    image: str,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/Kling-3.0/Pro.Max/I2V/1080P` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image))
    return await runcomfy.submit_async(MODEL, payload, client=client)
