# Generated from specs/blackforestlabs/flux-2-klein/4b/text-to-image.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""FLUX 2 Klein 4B T2I: typed client for RunComfy model `blackforestlabs/flux-2-klein/4b/text-to-image`.

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
    MEDIA_OUTPUT_SCHEMA,
    NOT_GIVEN,
    AsyncRunComfy,
    InputModel,
    MediaOutput,
    ModelSpec,
    NotGiven,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'blackforestlabs/flux-2-klein/4b/text-to-image'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'height': {'default': 1024,
                           'description': '',
                           'maximum': 2048,
                           'minimum': 64,
                           'type': 'integer'},
                'prompt': {'default': '', 'description': '', 'type': 'string'},
                'width': {'default': 1024,
                          'description': '',
                          'maximum': 2048,
                          'minimum': 64,
                          'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

class Input(InputModel):
    height: Annotated[int | None, Field(ge=64, le=2048)] = 1024
    prompt: str = ""
    width: Annotated[int | None, Field(ge=64, le=2048)] = 1024


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    height: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    width: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-2-klein/4b/text-to-image`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        height: `height` Default: 1024.
        prompt: `prompt` Default: "".
        width: `width` Default: 1024.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(height=height, prompt=prompt, width=width))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    height: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    width: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-2-klein/4b/text-to-image` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(height=height, prompt=prompt, width=width))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    height: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    width: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-2-klein/4b/text-to-image` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(height=height, prompt=prompt, width=width))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    height: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    width: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-2-klein/4b/text-to-image` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(height=height, prompt=prompt, width=width))
    return await runcomfy.submit_async(MODEL, payload, client=client)
