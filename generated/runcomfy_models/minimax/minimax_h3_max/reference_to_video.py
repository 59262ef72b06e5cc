# Generated from specs/minimax/minimax-h3-max/reference-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""MiniMax H3 Max Reference: typed client for RunComfy model `minimax/minimax-h3-max/reference-to-video`.

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

MODEL_ID: Final = 'minimax/minimax-h3-max/reference-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': 'adaptive',
                                 'description': 'Output aspect ratio. adaptive follows the '
                                                'reference framing when possible.',
                                 'enum': ['adaptive', '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Length of the generated video in seconds (5-15).',
                             'maximum': 15,
                             'minimum': 5,
                             'type': 'integer'},
                'enable_safety_checker': {'default': True,
                                          'description': 'If set to true, the safety checker will '
                                                         'be enabled.',
                                          'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'Describe the scene, motion, camera, and audio. Refer to '
                                          'assets as Image 1, Image 2, Video 1, Audio 1, and say '
                                          'what each reference supplies.',
                           'type': 'string'},
                'prompt_expansion_mode': {'default': 'balanced',
                                          'description': 'How much effort to spend rewriting the '
                                                         'prompt before generation. balanced '
                                                         'returns quickly; quality spends longer '
                                                         'on a richer prompt.',
                                          'enum': ['balanced', 'quality'],
                                          'type': 'string'},
                'reference_audios': {'description': 'Optional voice or ambience clips (about 2-15s '
                                                    'each; combined duration at most 15s). Cannot '
                                                    'be the only reference; provide at least one '
                                                    'image or video with them.',
                                     'format': 'audio_uris',
                                     'items': {'format': 'audio_uri', 'type': 'string'},
                                     'maxItems': 12,
                                     'type': 'array'},
                'reference_images': {'description': 'Subject or style reference image URLs, cited '
                                                    'in the prompt as Image 1, Image 2, and so on. '
                                                    'Combined with videos and audios, at most 12 '
                                                    'reference files.',
                                     'format': 'image_uris',
                                     'items': {'format': 'image_uri', 'type': 'string'},
                                     'maxItems': 12,
                                     'type': 'array'},
                'reference_videos': {'description': 'Motion reference clips (about 2-15s each; '
                                                    'combined duration at most 15s), cited as '
                                                    'Video 1, Video 2. Combined with images and '
                                                    'audios, at most 12 reference files.',
                                     'format': 'video_uris',
                                     'items': {'format': 'video_uri', 'type': 'string'},
                                     'maxItems': 12,
                                     'type': 'array'},
                'resolution': {'default': '768p',
                               'description': 'Native generation resolution. 480p is '
                                              'faster/cheaper; 768p is the sharper default.',
                               'enum': ['480p', '768p'],
                               'type': 'string'},
                'seed': {'default': -1,
                         'description': 'Fixed seed for reproducible results. Use -1 for a random '
                                        'seed.',
                         'type': 'integer'}},
 'required': ['prompt', 'prompt_expansion_mode', 'reference_images'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"])


PromptExpansionMode = TypeAliasType("PromptExpansionMode", Literal["balanced", "quality"])


Resolution = TypeAliasType("Resolution", Literal["480p", "768p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(
            description="Output aspect ratio. adaptive follows the reference framing when possible."
        ),
    ] = "adaptive"
    duration: Annotated[
        int | None,
        Field(description="Length of the generated video in seconds (5-15).", ge=5, le=15),
    ] = 5
    enable_safety_checker: Annotated[
        bool | None, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    prompt: Annotated[
        str,
        Field(
            description="Describe the scene, motion, camera, and audio. Refer to assets as Image 1, Image 2, Video 1, Audio 1, and say what each reference supplies."
        ),
    ] = ""
    prompt_expansion_mode: Annotated[
        PromptExpansionMode,
        Field(
            description="How much effort to spend rewriting the prompt before generation. balanced returns quickly; quality spends longer on a richer prompt."
        ),
    ] = "balanced"
    reference_audios: Annotated[
        list[str] | None,
        Field(
            description="Optional voice or ambience clips (about 2-15s each; combined duration at most 15s). Cannot be the only reference; provide at least one image or video with them.",
            max_length=12,
        ),
    ] = None
    reference_images: Annotated[
        list[str],
        Field(
            description="Subject or style reference image URLs, cited in the prompt as Image 1, Image 2, and so on. Combined with videos and audios, at most 12 reference files.",
            max_length=12,
        ),
    ]
    reference_videos: Annotated[
        list[str] | None,
        Field(
            description="Motion reference clips (about 2-15s each; combined duration at most 15s), cited as Video 1, Video 2. Combined with images and audios, at most 12 reference files.",
            max_length=12,
        ),
    ] = None
    resolution: Annotated[
        Resolution | None,
        Field(
            description="Native generation resolution. 480p is faster/cheaper; 768p is the sharper default."
        ),
    ] = "768p"
    seed: Annotated[
        int | None,
        Field(description="Fixed seed for reproducible results. Use -1 for a random seed."),
    ] = -1


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
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str],
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3-max/reference-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio. adaptive follows the reference framing when possible. Default: "adaptive".
        duration: Length of the generated video in seconds (5-15). Default: 5.
        enable_safety_checker: If set to true, the safety checker will be enabled. Default: True.
        prompt: Describe the scene, motion, camera, and audio. Refer to assets as Image 1, Image 2, Video 1, Audio 1, and say what each reference supplies. Default: "".
        prompt_expansion_mode: How much effort to spend rewriting the prompt before generation. balanced returns quickly; quality spends longer on a richer prompt. Default: "balanced".
        reference_audios: Optional voice or ambience clips (about 2-15s each; combined duration at most 15s). Cannot be the only reference; provide at least one image or video with them.
        reference_images: Subject or style reference image URLs, cited in the prompt as Image 1, Image 2, and so on. Combined with videos and audios, at most 12 reference files.
        reference_videos: Motion reference clips (about 2-15s each; combined duration at most 15s), cited as Video 1, Video 2. Combined with images and audios, at most 12 reference files.
        resolution: Native generation resolution. 480p is faster/cheaper; 768p is the sharper default. Default: "768p".
        seed: Fixed seed for reproducible results. Use -1 for a random seed. Default: -1.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_safety_checker=enable_safety_checker, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str],
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3-max/reference-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_safety_checker=enable_safety_checker, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str],
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3-max/reference-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_safety_checker=enable_safety_checker, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    reference_audios: list[str] | NotGiven | None = NOT_GIVEN,
    reference_images: list[str],
    reference_videos: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3-max/reference-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_safety_checker=enable_safety_checker, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, reference_audios=reference_audios, reference_images=reference_images, reference_videos=reference_videos, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
