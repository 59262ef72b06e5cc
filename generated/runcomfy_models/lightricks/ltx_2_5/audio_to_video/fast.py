# Generated from specs/lightricks/ltx-2.5/audio-to-video/fast.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""LTX 2.5 A2V Fast: typed client for RunComfy model `lightricks/ltx-2.5/audio-to-video/fast`.

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

MODEL_ID: Final = 'lightricks/ltx-2.5/audio-to-video/fast'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': 'auto',
                                 'description': 'Output aspect ratio. auto follows the input '
                                                'image, or defaults toward 16:9 without an image.',
                                 'enum': ['auto', '16:9', '9:16'],
                                 'type': 'string'},
                'audio_url': {'description': 'URL of the audio file to drive the video. Duration '
                                             'must be between 2 and 20 seconds.',
                              'format': 'audio_uri',
                              'type': 'string'},
                'guidance_scale': {'default': 9,
                                   'description': 'How closely the video follows the prompt. '
                                                  'Higher values stick more tightly to the text.',
                                   'maximum': 50,
                                   'minimum': 1,
                                   'type': 'number'},
                'image_url': {'description': 'Optional first-frame image. If omitted, prompt is '
                                             'required.',
                              'format': 'image_uri',
                              'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Describe how the video should look and move with the '
                                          'audio. Required if no image is provided.',
                           'type': 'string'}},
 'required': ['audio_url'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["auto", "16:9", "9:16"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(
            description="Output aspect ratio. auto follows the input image, or defaults toward 16:9 without an image."
        ),
    ] = "auto"
    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to drive the video. Duration must be between 2 and 20 seconds."
        ),
    ]
    guidance_scale: Annotated[
        float | None,
        Field(
            description="How closely the video follows the prompt. Higher values stick more tightly to the text.",
            ge=1.0,
            le=50.0,
        ),
    ] = 9
    image_url: Annotated[
        str | None, Field(description="Optional first-frame image. If omitted, prompt is required.")
    ] = None
    prompt: Annotated[
        str | None,
        Field(
            description="Describe how the video should look and move with the audio. Required if no image is provided."
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
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str,
    guidance_scale: float | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    prompt: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `lightricks/ltx-2.5/audio-to-video/fast`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio. auto follows the input image, or defaults toward 16:9 without an image. Default: "auto".
        audio_url: URL of the audio file to drive the video. Duration must be between 2 and 20 seconds.
        guidance_scale: How closely the video follows the prompt. Higher values stick more tightly to the text. Default: 9.
        image_url: Optional first-frame image. If omitted, prompt is required.
        prompt: Describe how the video should look and move with the audio. Required if no image is provided. Default: "".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, guidance_scale=guidance_scale, image_url=image_url, prompt=prompt))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str,
    guidance_scale: float | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    prompt: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `lightricks/ltx-2.5/audio-to-video/fast` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, guidance_scale=guidance_scale, image_url=image_url, prompt=prompt))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str,
    guidance_scale: float | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    prompt: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `lightricks/ltx-2.5/audio-to-video/fast` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, guidance_scale=guidance_scale, image_url=image_url, prompt=prompt))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str,
    guidance_scale: float | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    prompt: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `lightricks/ltx-2.5/audio-to-video/fast` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, guidance_scale=guidance_scale, image_url=image_url, prompt=prompt))
    return await runcomfy.submit_async(MODEL, payload, client=client)
