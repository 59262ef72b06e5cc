# Generated from specs/bytedance/seedance-2.5/image-to-video/720p.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seedance 2.5 I2V 720p: typed client for RunComfy model `bytedance/seedance-2.5/image-to-video/720p`.

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

MODEL_ID: Final = 'bytedance/seedance-2.5/image-to-video/720p'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'duration': {'default': 5,
                             'description': 'The duration of the generated video in seconds. '
                                            'Default is 5.',
                             'maximum': 30,
                             'minimum': 4,
                             'type': 'integer'},
                'generate_audio': {'default': True,
                                   'description': 'When true, the model outputs video with '
                                                  'synchronized audio (speech, SFX, music).',
                                   'type': 'boolean'},
                'image': {'description': 'Input image that will be animated into a video.',
                          'format': 'image_uri',
                          'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Text prompt for the video (Chinese ~≤500 characters, '
                                          'English ~≤1000 words recommended). ',
                           'type': 'string'}},
 'required': ['prompt', 'image'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

class Input(InputModel):
    duration: Annotated[
        int | None,
        Field(
            description="The duration of the generated video in seconds. Default is 5.", ge=4, le=30
        ),
    ] = 5
    generate_audio: Annotated[
        bool | None,
        Field(
            description="When true, the model outputs video with synchronized audio (speech, SFX, music)."
        ),
    ] = True
    image: Annotated[str, Field(description="Input image that will be animated into a video.")]
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for the video (Chinese ~≤500 characters, English ~≤1000 words recommended). "
        ),
    ] = ""


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    prompt: str = "",
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/image-to-video/720p`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        duration: The duration of the generated video in seconds. Default is 5. Default: 5.
        generate_audio: When true, the model outputs video with synchronized audio (speech, SFX, music). Default: True.
        image: Input image that will be animated into a video.
        prompt: Text prompt for the video (Chinese ~≤500 characters, English ~≤1000 words recommended). Default: "".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(duration=duration, generate_audio=generate_audio, image=image, prompt=prompt))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    prompt: str = "",
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/image-to-video/720p` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, generate_audio=generate_audio, image=image, prompt=prompt))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    prompt: str = "",
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/image-to-video/720p` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, generate_audio=generate_audio, image=image, prompt=prompt))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image: str,
    prompt: str = "",
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/image-to-video/720p` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, generate_audio=generate_audio, image=image, prompt=prompt))
    return await runcomfy.submit_async(MODEL, payload, client=client)
