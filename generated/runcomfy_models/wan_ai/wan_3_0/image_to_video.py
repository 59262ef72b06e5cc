# Generated from specs/wan-ai/wan-3.0/image-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 3.0 I2V: typed client for RunComfy model `wan-ai/wan-3.0/image-to-video`.

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

MODEL_ID: Final = 'wan-ai/wan-3.0/image-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'properties': {'prompt': {'default': '', 'type': 'string'},
                'aspect_ratio': {'default': 'adaptive',
                                 'enum': ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4'],
                                 'type': 'string'},
                'resolution': {'default': '720p',
                               'enum': ['480p', '720p', '1080p'],
                               'type': 'string'},
                'duration': {'default': 5, 'maximum': 30, 'minimum': 2, 'type': 'integer'},
                'enable_audio': {'default': True, 'type': 'boolean'},
                'prompt_extend': {'default': True, 'type': 'boolean'},
                'seed': {'type': 'integer', 'default': 0, 'minimum': 0, 'maximum': 2147483647},
                'image_url': {'format': 'image_uri', 'type': 'string'},
                'end_image_url': {'format': 'image_uri', 'type': 'string'}},
 'required': ['prompt', 'image_url']}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"])


Resolution = TypeAliasType("Resolution", Literal["480p", "720p", "1080p"])


class Input(InputModel):
    prompt: str = ""
    aspect_ratio: AspectRatio | None = "adaptive"
    resolution: Resolution | None = "720p"
    duration: Annotated[int | None, Field(ge=2, le=30)] = 5
    enable_audio: bool | None = True
    prompt_extend: bool | None = True
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = 0
    image_url: str
    end_image_url: str | None = None


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    image_url: str,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-3.0/image-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "".
        aspect_ratio: `aspect_ratio` Default: "adaptive".
        resolution: `resolution` Default: "720p".
        duration: `duration` Default: 5.
        enable_audio: `enable_audio` Default: True.
        prompt_extend: `prompt_extend` Default: True.
        seed: `seed` Default: 0.
        image_url: `image_url`
        end_image_url: `end_image_url`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, enable_audio=enable_audio, prompt_extend=prompt_extend, seed=seed, image_url=image_url, end_image_url=end_image_url))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    image_url: str,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-3.0/image-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, enable_audio=enable_audio, prompt_extend=prompt_extend, seed=seed, image_url=image_url, end_image_url=end_image_url))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    image_url: str,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-3.0/image-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, enable_audio=enable_audio, prompt_extend=prompt_extend, seed=seed, image_url=image_url, end_image_url=end_image_url))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt_extend: bool | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    image_url: str,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-3.0/image-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, enable_audio=enable_audio, prompt_extend=prompt_extend, seed=seed, image_url=image_url, end_image_url=end_image_url))
    return await runcomfy.submit_async(MODEL, payload, client=client)
