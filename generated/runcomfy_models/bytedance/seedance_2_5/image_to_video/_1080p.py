# Generated from specs/bytedance/seedance-2.5/image-to-video/1080p.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seedance 2.5 I2V 1080p: typed client for RunComfy model `bytedance/seedance-2.5/image-to-video/1080p`.

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

MODEL_ID: Final = 'bytedance/seedance-2.5/image-to-video/1080p'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'properties': {'prompt': {'default': '', 'type': 'string'},
                'duration': {'default': 5, 'maximum': 30, 'minimum': 4, 'type': 'integer'},
                'generate_audio': {'default': True, 'type': 'boolean'},
                'image': {'format': 'image_uri', 'type': 'string'}},
 'required': ['prompt', 'image']}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

class Input(InputModel):
    prompt: str = ""
    duration: Annotated[int | None, Field(ge=4, le=30)] = 5
    generate_audio: bool | None = True
    image: str


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str = "",
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/image-to-video/1080p`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "".
        duration: `duration` Default: 5.
        generate_audio: `generate_audio` Default: True.
        image: `image`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, duration=duration, generate_audio=generate_audio, image=image))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/image-to-video/1080p` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, duration=duration, generate_audio=generate_audio, image=image))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/image-to-video/1080p` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, duration=duration, generate_audio=generate_audio, image=image))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/image-to-video/1080p` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, duration=duration, generate_audio=generate_audio, image=image))
    return await runcomfy.submit_async(MODEL, payload, client=client)
