# Generated from specs/bytedance/seedance-2.5/reference-to-video/480p.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seedance 2.5 Reference 480p: typed client for RunComfy model `bytedance/seedance-2.5/reference-to-video/480p`.

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

MODEL_ID: Final = 'bytedance/seedance-2.5/reference-to-video/480p'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Aspect ratio of the output video.',
                                 'enum': ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
                                 'type': 'string'},
                'audios': {'description': 'Reference audio URLs. Up to 3 files.',
                           'format': 'audio_uris',
                           'maxItems': 3,
                           'type': 'array'},
                'duration': {'default': 5,
                             'description': 'The duration of the generated video in seconds. '
                                            'Default is 5. Range is 4–30.',
                             'maximum': 30,
                             'minimum': 4,
                             'type': 'integer'},
                'generate_audio': {'default': True,
                                   'description': 'When true, the model outputs video with '
                                                  'synchronized audio (speech, SFX, music).',
                                   'type': 'boolean'},
                'images': {'description': 'Reference image URLs. Up to 9 images.',
                           'format': 'image_uris',
                           'maxItems': 9,
                           'type': 'array'},
                'prompt': {'default': '',
                           'description': 'Text prompt describing the desired video, referencing '
                                          'the provided images, video clips, and audio as '
                                          'environment, motion, and mood cues.',
                           'type': 'string'},
                'videos': {'description': 'Reference video URLs. Up to 3 clips.',
                           'format': 'video_uris',
                           'maxItems': 3,
                           'type': 'array'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Aspect ratio of the output video.")
    ] = "16:9"
    audios: Annotated[
        list[str] | None, Field(description="Reference audio URLs. Up to 3 files.", max_length=3)
    ] = None
    duration: Annotated[
        int | None,
        Field(
            description="The duration of the generated video in seconds. Default is 5. Range is 4–30.",
            ge=4,
            le=30,
        ),
    ] = 5
    generate_audio: Annotated[
        bool | None,
        Field(
            description="When true, the model outputs video with synchronized audio (speech, SFX, music)."
        ),
    ] = True
    images: Annotated[
        list[str] | None, Field(description="Reference image URLs. Up to 9 images.", max_length=9)
    ] = None
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired video, referencing the provided images, video clips, and audio as environment, motion, and mood cues."
        ),
    ] = ""
    videos: Annotated[
        list[str] | None, Field(description="Reference video URLs. Up to 3 clips.", max_length=3)
    ] = None


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/reference-to-video/480p`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Aspect ratio of the output video. Default: "16:9".
        audios: Reference audio URLs. Up to 3 files.
        duration: The duration of the generated video in seconds. Default is 5. Range is 4–30. Default: 5.
        generate_audio: When true, the model outputs video with synchronized audio (speech, SFX, music). Default: True.
        images: Reference image URLs. Up to 9 images.
        prompt: Text prompt describing the desired video, referencing the provided images, video clips, and audio as environment, motion, and mood cues. Default: "".
        videos: Reference video URLs. Up to 3 clips.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audios=audios, duration=duration, generate_audio=generate_audio, images=images, prompt=prompt, videos=videos))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/reference-to-video/480p` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audios=audios, duration=duration, generate_audio=generate_audio, images=images, prompt=prompt, videos=videos))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/reference-to-video/480p` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audios=audios, duration=duration, generate_audio=generate_audio, images=images, prompt=prompt, videos=videos))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/reference-to-video/480p` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audios=audios, duration=duration, generate_audio=generate_audio, images=images, prompt=prompt, videos=videos))
    return await runcomfy.submit_async(MODEL, payload, client=client)
