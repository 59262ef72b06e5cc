# Generated from specs/minimax/minimax-h3/reference-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""MiniMax H3 Reference: typed client for RunComfy model `minimax/minimax-h3/reference-to-video`.

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

MODEL_ID: Final = 'minimax/minimax-h3/reference-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': 'adaptive',
                                 'description': 'Output aspect ratio. Use adaptive to let the '
                                                'model choose.',
                                 'enum': ['adaptive', '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Length of the generated video in seconds (4–15).',
                             'maximum': 15,
                             'minimum': 4,
                             'type': 'integer'},
                'prompt': {'default': '',
                           'description': 'Description of the scene, interaction, motion and '
                                          'visual style. Refer to assets as Image 1, Video 1, '
                                          'Audio 1, etc. 1-7000 characters.',
                           'type': 'string'},
                'reference_audios': {'description': 'Optional reference audio. Up to 3. Cannot be '
                                                    'provided without an image or video reference.',
                                     'format': 'audio_uris',
                                     'items': {'format': 'audio_uri', 'type': 'string'},
                                     'maxItems': 3,
                                     'type': 'array'},
                'reference_images': {'description': 'Reference images guiding subject, product, '
                                                    'style or composition. Up to 9. At least one '
                                                    'reference image or video is required.',
                                     'format': 'image_uris',
                                     'items': {'format': 'image_uri', 'type': 'string'},
                                     'maxItems': 9,
                                     'type': 'array'},
                'reference_videos': {'description': 'Reference videos guiding movement, pacing or '
                                                    'interaction. Up to 3. At least one reference '
                                                    'image or video is required.',
                                     'format': 'video_uris',
                                     'items': {'format': 'video_uri', 'type': 'string'},
                                     'maxItems': 3,
                                     'type': 'array'},
                'resolution': {'default': '768p',
                               'description': 'Output video resolution. Choose 768p or 2k.',
                               'enum': ['768p', '2k'],
                               'type': 'string'}},
 'required': ['prompt', 'duration'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"])


Resolution = TypeAliasType("Resolution", Literal["768p", "2k"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(description="Output aspect ratio. Use adaptive to let the model choose."),
    ] = "adaptive"
    duration: Annotated[
        int, Field(description="Length of the generated video in seconds (4–15).", ge=4, le=15)
    ] = 5
    prompt: Annotated[
        str,
        Field(
            description="Description of the scene, interaction, motion and visual style. Refer to assets as Image 1, Video 1, Audio 1, etc. 1-7000 characters."
        ),
    ] = ""
    reference_audios: Annotated[
        list[str] | None,
        Field(
            description="Optional reference audio. Up to 3. Cannot be provided without an image or video reference.",
            max_length=3,
        ),
    ] = None
    reference_images: Annotated[
        list[str] | None,
        Field(
            description="Reference images guiding subject, product, style or composition. Up to 9. At least one reference image or video is required.",
            max_length=9,
        ),
    ] = None
    reference_videos: Annotated[
        list[str] | None,
        Field(
            description="Reference videos guiding movement, pacing or interaction. Up to 3. At least one reference image or video is required.",
            max_length=3,
        ),
    ] = None
    resolution: Annotated[
        Resolution | None, Field(description="Output video resolution. Choose 768p or 2k.")
    ] = "768p"


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int = 5,
    prompt: str = "",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3/reference-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio. Use adaptive to let the model choose. Default: "adaptive".
        duration: Length of the generated video in seconds (4–15). Default: 5.
        prompt: Description of the scene, interaction, motion and visual style. Refer to assets as Image 1, Video 1, Audio 1, etc. 1-7000 characters. Default: "".
        reference_audios: Optional reference audio. Up to 3. Cannot be provided without an image or video reference.
        reference_images: Reference images guiding subject, product, style or composition. Up to 9. At least one reference image or video is required.
        reference_videos: Reference videos guiding movement, pacing or interaction. Up to 3. At least one reference image or video is required.
        resolution: Output video resolution. Choose 768p or 2k. Default: "768p".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int = 5,
    prompt: str = "",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3/reference-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int = 5,
    prompt: str = "",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3/reference-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int = 5,
    prompt: str = "",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str] | NotGiven | None = NOT_GIVEN,
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3/reference-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
