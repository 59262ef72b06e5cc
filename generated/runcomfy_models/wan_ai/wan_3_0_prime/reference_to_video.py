# Generated from specs/wan-ai/wan-3.0-prime/reference-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 3.0 Prime Reference: typed client for RunComfy model `wan-ai/wan-3.0-prime/reference-to-video`.

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

MODEL_ID: Final = 'wan-ai/wan-3.0-prime/reference-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Output aspect ratio of the generated video.',
                                 'enum': ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Length of the generated video in seconds. Range is '
                                            '2-30. Start short to iterate, then increase once the '
                                            'motion looks right.',
                             'maximum': 30,
                             'minimum': 2,
                             'type': 'integer'},
                'enable_audio': {'default': True,
                                 'description': 'When on, the output video includes a synchronized '
                                                'audio track. Turn off for a silent clip.',
                                 'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'Describe the scene, subject, motion, camera movement, '
                                          'lighting, and style. Refer to references as Image 1, '
                                          'Video 1, Audio 1 in order.',
                           'type': 'string'},
                'prompt_extend': {'default': True,
                                  'description': 'When on, the model may rewrite your prompt for '
                                                 'richer scene detail before generation. Turn off '
                                                 'for faster turnaround if your prompt is already '
                                                 'precise.',
                                  'type': 'boolean'},
                'reference_audios': {'description': 'Up to 5 reference audio clips (total no more '
                                                    'than 15s) to guide sound or timing.',
                                     'format': 'audio_uris',
                                     'items': {'format': 'audio_uri', 'type': 'string'},
                                     'type': 'array',
                                     'maxItems': 16},
                'reference_images': {'description': 'Up to 10 reference images for subject, '
                                                    'object, or scene consistency. At least one '
                                                    'reference (image, video, or audio) is '
                                                    'required.',
                                     'format': 'image_uris',
                                     'items': {'format': 'image_uri', 'type': 'string'},
                                     'type': 'array',
                                     'maxItems': 16},
                'reference_videos': {'description': 'Up to 5 reference videos (MP4 or MOV, 1-15s '
                                                    'each, total no more than 15s) for motion or '
                                                    'scene guidance.',
                                     'format': 'video_uris',
                                     'items': {'format': 'video_uri', 'type': 'string'},
                                     'type': 'array',
                                     'maxItems': 16},
                'resolution': {'default': '720p',
                               'description': 'Output resolution tier. Use 480p for quick drafts '
                                              'and 1080p for higher-quality output.',
                               'enum': ['480p', '720p', '1080p'],
                               'type': 'string'},
                'seed': {'description': 'Random seed for reproducible results. Range is 0 to '
                                        '2147483647.',
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"])


Resolution = TypeAliasType("Resolution", Literal["480p", "720p", "1080p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Output aspect ratio of the generated video.")
    ] = "16:9"
    duration: Annotated[
        int | None,
        Field(
            description="Length of the generated video in seconds. Range is 2-30. Start short to iterate, then increase once the motion looks right.",
            ge=2,
            le=30,
        ),
    ] = 5
    enable_audio: Annotated[
        bool | None,
        Field(
            description="When on, the output video includes a synchronized audio track. Turn off for a silent clip."
        ),
    ] = True
    prompt: Annotated[
        str,
        Field(
            description="Describe the scene, subject, motion, camera movement, lighting, and style. Refer to references as Image 1, Video 1, Audio 1 in order."
        ),
    ] = ""
    prompt_extend: Annotated[
        bool | None,
        Field(
            description="When on, the model may rewrite your prompt for richer scene detail before generation. Turn off for faster turnaround if your prompt is already precise."
        ),
    ] = True
    reference_audios: Annotated[
        list[str] | None,
        Field(
            description="Up to 5 reference audio clips (total no more than 15s) to guide sound or timing.",
            max_length=16,
        ),
    ] = None
    reference_images: Annotated[
        list[str] | None,
        Field(
            description="Up to 10 reference images for subject, object, or scene consistency. At least one reference (image, video, or audio) is required.",
            max_length=16,
        ),
    ] = None
    reference_videos: Annotated[
        list[str] | None,
        Field(
            description="Up to 5 reference videos (MP4 or MOV, 1-15s each, total no more than 15s) for motion or scene guidance.",
            max_length=16,
        ),
    ] = None
    resolution: Annotated[
        Resolution | None,
        Field(
            description="Output resolution tier. Use 480p for quick drafts and 1080p for higher-quality output."
        ),
    ] = "720p"
    seed: Annotated[
        int | None,
        Field(description="Random seed for reproducible results. Range is 0 to 2147483647."),
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
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-3.0-prime/reference-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio of the generated video. Default: "16:9".
        duration: Length of the generated video in seconds. Range is 2-30. Start short to iterate, then increase once the motion looks right. Default: 5.
        enable_audio: When on, the output video includes a synchronized audio track. Turn off for a silent clip. Default: True.
        prompt: Describe the scene, subject, motion, camera movement, lighting, and style. Refer to references as Image 1, Video 1, Audio 1 in order. Default: "".
        prompt_extend: When on, the model may rewrite your prompt for richer scene detail before generation. Turn off for faster turnaround if your prompt is already precise. Default: True.
        reference_audios: Up to 5 reference audio clips (total no more than 15s) to guide sound or timing.
        reference_images: Up to 10 reference images for subject, object, or scene consistency. At least one reference (image, video, or audio) is required.
        reference_videos: Up to 5 reference videos (MP4 or MOV, 1-15s each, total no more than 15s) for motion or scene guidance.
        resolution: Output resolution tier. Use 480p for quick drafts and 1080p for higher-quality output. Default: "720p".
        seed: Random seed for reproducible results. Range is 0 to 2147483647.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_audio=enable_audio, prompt=prompt, prompt_extend=prompt_extend, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-3.0-prime/reference-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_audio=enable_audio, prompt=prompt, prompt_extend=prompt_extend, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-3.0-prime/reference-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_audio=enable_audio, prompt=prompt, prompt_extend=prompt_extend, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-3.0-prime/reference-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_audio=enable_audio, prompt=prompt, prompt_extend=prompt_extend, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
