# Generated from specs/minimax/minimax-h3-max/image-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""MiniMax H3 Max I2V: typed client for RunComfy model `minimax/minimax-h3-max/image-to-video`.

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

MODEL_ID: Final = 'minimax/minimax-h3-max/image-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'duration': {'default': 8,
                             'description': 'The duration of the video in seconds.',
                             'maximum': 15,
                             'minimum': 5,
                             'type': 'integer'},
                'enable_safety_checker': {'default': True,
                                          'description': 'If set to true, the safety checker will '
                                                         'be enabled.',
                                          'type': 'boolean'},
                'end_image_url': {'description': 'Optional URL of the image to use as the last '
                                                 'frame for first-to-last keyframe generation.',
                                  'format': 'image_uri',
                                  'type': 'string'},
                'image_url': {'description': 'URL of the image to use as the first frame. Output '
                                             'aspect ratio follows this image.',
                              'format': 'image_uri',
                              'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Text prompt for video generation: motion, camera, '
                                          'lighting, style, and optional audio.',
                           'type': 'string'},
                'prompt_expansion_mode': {'default': 'balanced',
                                          'description': 'How much effort to spend rewriting the '
                                                         'prompt before generation. balanced '
                                                         'returns quickly; quality spends longer '
                                                         'on a richer prompt.',
                                          'enum': ['balanced', 'quality'],
                                          'type': 'string'},
                'resolution': {'default': '768p',
                               'description': 'The native generation resolution of the video.',
                               'enum': ['480p', '768p'],
                               'type': 'string'},
                'seed': {'default': -1,
                         'description': 'Random seed. A random seed is selected when omitted. Use '
                                        '-1 for random.',
                         'type': 'integer'}},
 'required': ['image_url', 'prompt', 'prompt_expansion_mode'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

PromptExpansionMode = TypeAliasType("PromptExpansionMode", Literal["balanced", "quality"])


Resolution = TypeAliasType("Resolution", Literal["480p", "768p"])


class Input(InputModel):
    duration: Annotated[
        int | None, Field(description="The duration of the video in seconds.", ge=5, le=15)
    ] = 8
    enable_safety_checker: Annotated[
        bool | None, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    end_image_url: Annotated[
        str | None,
        Field(
            description="Optional URL of the image to use as the last frame for first-to-last keyframe generation."
        ),
    ] = None
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the first frame. Output aspect ratio follows this image."
        ),
    ]
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for video generation: motion, camera, lighting, style, and optional audio."
        ),
    ] = ""
    prompt_expansion_mode: Annotated[
        PromptExpansionMode,
        Field(
            description="How much effort to spend rewriting the prompt before generation. balanced returns quickly; quality spends longer on a richer prompt."
        ),
    ] = "balanced"
    resolution: Annotated[
        Resolution | None, Field(description="The native generation resolution of the video.")
    ] = "768p"
    seed: Annotated[
        int | None,
        Field(
            description="Random seed. A random seed is selected when omitted. Use -1 for random."
        ),
    ] = -1


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3-max/image-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        duration: The duration of the video in seconds. Default: 8.
        enable_safety_checker: If set to true, the safety checker will be enabled. Default: True.
        end_image_url: Optional URL of the image to use as the last frame for first-to-last keyframe generation.
        image_url: URL of the image to use as the first frame. Output aspect ratio follows this image.
        prompt: Text prompt for video generation: motion, camera, lighting, style, and optional audio. Default: "".
        prompt_expansion_mode: How much effort to spend rewriting the prompt before generation. balanced returns quickly; quality spends longer on a richer prompt. Default: "balanced".
        resolution: The native generation resolution of the video. Default: "768p".
        seed: Random seed. A random seed is selected when omitted. Use -1 for random. Default: -1.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(duration=duration, enable_safety_checker=enable_safety_checker, end_image_url=end_image_url, image_url=image_url, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3-max/image-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, enable_safety_checker=enable_safety_checker, end_image_url=end_image_url, image_url=image_url, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3-max/image-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, enable_safety_checker=enable_safety_checker, end_image_url=end_image_url, image_url=image_url, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_safety_checker: bool | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    prompt_expansion_mode: PromptExpansionMode = "balanced",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3-max/image-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, enable_safety_checker=enable_safety_checker, end_image_url=end_image_url, image_url=image_url, prompt=prompt, prompt_expansion_mode=prompt_expansion_mode, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
