# Generated from specs/wan-ai/wan-2.7/image-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 2.7 I2V: typed client for RunComfy model `wan-ai/wan-2.7/image-to-video`.

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

MODEL_ID: Final = 'wan-ai/wan-2.7/image-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'audio_url': {'description': 'Audio format must be WAV, MP3. The duration of this '
                                             'audio must be between 2 and 30 seconds.',
                              'format': 'audio_uri',
                              'type': 'string'},
                'duration': {'default': 5,
                             'description': '',
                             'enum': [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                             'type': 'integer'},
                'enable_prompt_expansion': {'default': True,
                                            'description': 'Enable intelligent prompt rewriting.',
                                            'type': 'boolean'},
                'end_image_url': {'description': 'Image format must be JPEG, JPG, PNG, BMP, WEBP.',
                                  'format': 'image_uri',
                                  'type': 'string'},
                'image_url': {'description': 'Image format must be JPEG, JPG, PNG, BMP, WEBP.',
                              'format': 'image_uri',
                              'type': 'string'},
                'negative_prompt': {'default': '',
                                    'description': 'Content to avoid in the video.',
                                    'maxLength': 500,
                                    'type': 'string'},
                'prompt': {'default': '', 'description': '', 'maxLength': 5000, 'type': 'string'},
                'resolution': {'default': '1080p',
                               'description': '',
                               'enum': ['720p', '1080p'],
                               'type': 'string'},
                'seed': {'default': 0,
                         'description': '',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'}},
 'required': ['prompt', 'image_url'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

Duration = TypeAliasType("Duration", Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p"])


class Input(InputModel):
    audio_url: Annotated[
        str | None,
        Field(
            description="Audio format must be WAV, MP3. The duration of this audio must be between 2 and 30 seconds."
        ),
    ] = None
    duration: Duration | None = 5
    enable_prompt_expansion: Annotated[
        bool | None, Field(description="Enable intelligent prompt rewriting.")
    ] = True
    end_image_url: Annotated[
        str | None, Field(description="Image format must be JPEG, JPG, PNG, BMP, WEBP.")
    ] = None
    image_url: Annotated[str, Field(description="Image format must be JPEG, JPG, PNG, BMP, WEBP.")]
    negative_prompt: Annotated[
        str | None, Field(description="Content to avoid in the video.", max_length=500)
    ] = ""
    prompt: Annotated[str, Field(max_length=5000)] = ""
    resolution: Resolution | None = "1080p"
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = 0


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/image-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        audio_url: Audio format must be WAV, MP3. The duration of this audio must be between 2 and 30 seconds.
        duration: `duration` Default: 5.
        enable_prompt_expansion: Enable intelligent prompt rewriting. Default: True.
        end_image_url: Image format must be JPEG, JPG, PNG, BMP, WEBP.
        image_url: Image format must be JPEG, JPG, PNG, BMP, WEBP.
        negative_prompt: Content to avoid in the video. Default: "".
        prompt: `prompt` Default: "".
        resolution: `resolution` Default: "1080p".
        seed: `seed` Default: 0.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, end_image_url=end_image_url, image_url=image_url, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/image-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, end_image_url=end_image_url, image_url=image_url, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/image-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, end_image_url=end_image_url, image_url=image_url, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/image-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, end_image_url=end_image_url, image_url=image_url, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
