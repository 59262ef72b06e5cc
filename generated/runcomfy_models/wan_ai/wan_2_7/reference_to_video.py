# Generated from specs/wan-ai/wan-2.7/reference-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 2.7 Reference: typed client for RunComfy model `wan-ai/wan-2.7/reference-to-video`.

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

MODEL_ID: Final = 'wan-ai/wan-2.7/reference-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': '',
                                 'enum': ['16:9', '9:16', '1:1', '4:3', '3:4'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Output video duration in seconds (2-10).',
                             'enum': [2, 3, 4, 5, 6, 7, 8, 9, 10],
                             'type': 'integer'},
                'multi_shots': {'default': False,
                                'description': 'When true, enables intelligent multi-shot '
                                               'segmentation. When false, generates a single '
                                               'continuous shot.',
                                'type': 'boolean'},
                'negative_prompt': {'description': 'Content to avoid in the video.',
                                    'maxLength': 500,
                                    'type': 'string',
                                    'default': ''},
                'prompt': {'default': '', 'description': '', 'maxLength': 5000, 'type': 'string'},
                'reference_image_urls': {'description': 'Reference image URLs for character or '
                                                        'object appearance. Pass multiple images '
                                                        'for multi-subject generation. Max 20 MB '
                                                        'each. Combined total of reference images '
                                                        '+ reference videos must not exceed 5.',
                                         'format': 'image_uris',
                                         'items': {'format': 'image_uri', 'type': 'string'},
                                         'maxItems': 5,
                                         'type': 'array'},
                'reference_video_urls': {'description': 'Reference video URLs for character or '
                                                        'object appearance and motion. Pass '
                                                        'multiple videos for multi-subject '
                                                        'generation. Max 100 MB each. Combined '
                                                        'total of reference images + reference '
                                                        'videos must not exceed 5.',
                                         'format': 'video_uris',
                                         'items': {'format': 'video_uri', 'type': 'string'},
                                         'maxItems': 5,
                                         'type': 'array'},
                'resolution': {'default': '1080p',
                               'description': 'Output video resolution tier.',
                               'enum': ['720p', '1080p'],
                               'type': 'string'},
                'seed': {'default': 0,
                         'description': '',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "1:1", "4:3", "3:4"])


Duration = TypeAliasType("Duration", Literal[2, 3, 4, 5, 6, 7, 8, 9, 10])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p"])


class Input(InputModel):
    aspect_ratio: AspectRatio | None = "16:9"
    duration: Annotated[
        Duration | None, Field(description="Output video duration in seconds (2-10).")
    ] = 5
    multi_shots: Annotated[
        bool | None,
        Field(
            description="When true, enables intelligent multi-shot segmentation. When false, generates a single continuous shot."
        ),
    ] = False
    negative_prompt: Annotated[
        str | None, Field(description="Content to avoid in the video.", max_length=500)
    ] = ""
    prompt: Annotated[str, Field(max_length=5000)] = ""
    reference_image_urls: Annotated[
        list[str] | None,
        Field(
            description="Reference image URLs for character or object appearance. Pass multiple images for multi-subject generation. Max 20 MB each. Combined total of reference images + reference videos must not exceed 5.",
            max_length=5,
        ),
    ] = None
    reference_video_urls: Annotated[
        list[str] | None,
        Field(
            description="Reference video URLs for character or object appearance and motion. Pass multiple videos for multi-subject generation. Max 100 MB each. Combined total of reference images + reference videos must not exceed 5.",
            max_length=5,
        ),
    ] = None
    resolution: Annotated[Resolution | None, Field(description="Output video resolution tier.")] = (
        "1080p"
    )
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = 0


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    multi_shots: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_urls: list[str] | NotGiven | None = NOT_GIVEN,
    reference_video_urls: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/reference-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: `aspect_ratio` Default: "16:9".
        duration: Output video duration in seconds (2-10). Default: 5.
        multi_shots: When true, enables intelligent multi-shot segmentation. When false, generates a single continuous shot. Default: False.
        negative_prompt: Content to avoid in the video. Default: "".
        prompt: `prompt` Default: "".
        reference_image_urls: Reference image URLs for character or object appearance. Pass multiple images for multi-subject generation. Max 20 MB each. Combined total of reference images + reference videos must not exceed 5.
        reference_video_urls: Reference video URLs for character or object appearance and motion. Pass multiple videos for multi-subject generation. Max 100 MB each. Combined total of reference images + reference videos must not exceed 5.
        resolution: Output video resolution tier. Default: "1080p".
        seed: `seed` Default: 0.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, multi_shots=multi_shots, negative_prompt=negative_prompt, prompt=prompt, reference_image_urls=reference_image_urls, reference_video_urls=reference_video_urls, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    multi_shots: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_urls: list[str] | NotGiven | None = NOT_GIVEN,
    reference_video_urls: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/reference-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, multi_shots=multi_shots, negative_prompt=negative_prompt, prompt=prompt, reference_image_urls=reference_image_urls, reference_video_urls=reference_video_urls, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    multi_shots: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_urls: list[str] | NotGiven | None = NOT_GIVEN,
    reference_video_urls: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/reference-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, multi_shots=multi_shots, negative_prompt=negative_prompt, prompt=prompt, reference_image_urls=reference_image_urls, reference_video_urls=reference_video_urls, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    multi_shots: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    reference_image_urls: list[str] | NotGiven | None = NOT_GIVEN,
    reference_video_urls: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/reference-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, multi_shots=multi_shots, negative_prompt=negative_prompt, prompt=prompt, reference_image_urls=reference_image_urls, reference_video_urls=reference_video_urls, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
