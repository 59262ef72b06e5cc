# Generated from specs/wan-ai/wan-2.7/edit-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 2.7 VideoEdit: typed client for RunComfy model `wan-ai/wan-2.7/edit-video`.

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

MODEL_ID: Final = 'wan-ai/wan-2.7/edit-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'description': 'If not provided, the aspect ratio of the input '
                                                'video will be used.',
                                 'enum': ['16:9', '9:16', '1:1', '4:3', '3:4'],
                                 'type': 'string'},
                'audio_setting': {'default': 'auto',
                                  'description': "'auto' lets the model decide whether to "
                                                 "regenerate audio. 'origin' preserves the "
                                                 'original audio from the input video.',
                                  'enum': ['auto', 'origin'],
                                  'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Output length in seconds. The clip is truncated from '
                                            'the start of the input video.',
                             'enum': [2, 3, 4, 5, 6, 7, 8, 9, 10],
                             'type': 'integer'},
                'prompt': {'default': '', 'description': '', 'type': 'string'},
                'reference_image_url': {'description': 'Reference image for reference-based '
                                                       'editing.',
                                        'format': 'image_uri',
                                        'type': 'string'},
                'resolution': {'default': '1080p',
                               'description': '',
                               'enum': ['720p', '1080p'],
                               'type': 'string'},
                'seed': {'default': 0,
                         'description': '',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'},
                'video_url': {'description': 'Video format must be MP4 or MOV. The duration must '
                                             'be between 2 and 10 seconds.',
                              'format': 'video_uri',
                              'type': 'string'}},
 'required': ['prompt', 'video_url'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "1:1", "4:3", "3:4"])


AudioSetting = TypeAliasType("AudioSetting", Literal["auto", "origin"])


Duration = TypeAliasType("Duration", Literal[2, 3, 4, 5, 6, 7, 8, 9, 10])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(description="If not provided, the aspect ratio of the input video will be used."),
    ] = None
    audio_setting: Annotated[
        AudioSetting | None,
        Field(
            description="'auto' lets the model decide whether to regenerate audio. 'origin' preserves the original audio from the input video."
        ),
    ] = "auto"
    duration: Annotated[
        Duration | None,
        Field(
            description="Output length in seconds. The clip is truncated from the start of the input video."
        ),
    ] = 5
    prompt: str = ""
    reference_image_url: Annotated[
        str | None, Field(description="Reference image for reference-based editing.")
    ] = None
    resolution: Resolution | None = "1080p"
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = 0
    video_url: Annotated[
        str,
        Field(
            description="Video format must be MP4 or MOV. The duration must be between 2 and 10 seconds."
        ),
    ]


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_setting: AudioSetting | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_url: str | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    video_url: str,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/edit-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: If not provided, the aspect ratio of the input video will be used.
        audio_setting: 'auto' lets the model decide whether to regenerate audio. 'origin' preserves the original audio from the input video. Default: "auto".
        duration: Output length in seconds. The clip is truncated from the start of the input video. Default: 5.
        prompt: `prompt` Default: "".
        reference_image_url: Reference image for reference-based editing.
        resolution: `resolution` Default: "1080p".
        seed: `seed` Default: 0.
        video_url: Video format must be MP4 or MOV. The duration must be between 2 and 10 seconds.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_setting=audio_setting, duration=duration, prompt=prompt, reference_image_url=reference_image_url, resolution=resolution, seed=seed, video_url=video_url))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_setting: AudioSetting | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_url: str | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    video_url: str,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/edit-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_setting=audio_setting, duration=duration, prompt=prompt, reference_image_url=reference_image_url, resolution=resolution, seed=seed, video_url=video_url))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_setting: AudioSetting | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_url: str | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    video_url: str,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/edit-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_setting=audio_setting, duration=duration, prompt=prompt, reference_image_url=reference_image_url, resolution=resolution, seed=seed, video_url=video_url))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_setting: AudioSetting | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_url: str | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    video_url: str,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/edit-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_setting=audio_setting, duration=duration, prompt=prompt, reference_image_url=reference_image_url, resolution=resolution, seed=seed, video_url=video_url))
    return await runcomfy.submit_async(MODEL, payload, client=client)
