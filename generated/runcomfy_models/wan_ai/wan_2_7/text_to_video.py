# Generated from specs/wan-ai/wan-2.7/text-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 2.7 T2V: typed client for RunComfy model `wan-ai/wan-2.7/text-to-video`.

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

MODEL_ID: Final = 'wan-ai/wan-2.7/text-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Aspect ratio of the generated video.',
                                 'enum': ['16:9', '9:16', '1:1', '4:3', '3:4'],
                                 'type': 'string'},
                'audio_url': {'description': 'URL of driving audio. Supports WAV and MP3. '
                                             'Duration: 3–30s. Max 15 MB. If empty, background '
                                             'music will be auto-generated.',
                              'format': 'audio_uri',
                              'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Output video duration in seconds.',
                             'enum': [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                             'type': 'integer'},
                'enable_prompt_expansion': {'default': True,
                                            'description': 'Enable intelligent prompt rewriting.',
                                            'type': 'boolean'},
                'negative_prompt': {'default': '',
                                    'description': 'Content to avoid in the video.',
                                    'maxLength': 500,
                                    'type': 'string'},
                'prompt': {'default': '', 'description': '', 'maxLength': 5000, 'type': 'string'},
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


Duration = TypeAliasType("Duration", Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Aspect ratio of the generated video.")
    ] = "16:9"
    audio_url: Annotated[
        str | None,
        Field(
            description="URL of driving audio. Supports WAV and MP3. Duration: 3–30s. Max 15 MB. If empty, background music will be auto-generated."
        ),
    ] = None
    duration: Annotated[Duration | None, Field(description="Output video duration in seconds.")] = 5
    enable_prompt_expansion: Annotated[
        bool | None, Field(description="Enable intelligent prompt rewriting.")
    ] = True
    negative_prompt: Annotated[
        str | None, Field(description="Content to avoid in the video.", max_length=500)
    ] = ""
    prompt: Annotated[str, Field(max_length=5000)] = ""
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
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/text-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
        audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3–30s. Max 15 MB. If empty, background music will be auto-generated.
        duration: Output video duration in seconds. Default: 5.
        enable_prompt_expansion: Enable intelligent prompt rewriting. Default: True.
        negative_prompt: Content to avoid in the video. Default: "".
        prompt: `prompt` Default: "".
        resolution: Output video resolution tier. Default: "1080p".
        seed: `seed` Default: 0.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/text-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/text-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    audio_url: str | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/text-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, audio_url=audio_url, duration=duration, enable_prompt_expansion=enable_prompt_expansion, negative_prompt=negative_prompt, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
