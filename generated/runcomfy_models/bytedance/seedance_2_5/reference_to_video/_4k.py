# Generated from specs/bytedance/seedance-2.5/reference-to-video/4k.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seedance 2.5 Reference to Video 4K: typed client for RunComfy model `bytedance/seedance-2.5/reference-to-video/4k`.

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

MODEL_ID: Final = 'bytedance/seedance-2.5/reference-to-video/4k'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'properties': {'prompt': {'default': '', 'type': 'string'},
                'aspect_ratio': {'default': '16:9',
                                 'enum': ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
                                 'type': 'string'},
                'duration': {'default': 5, 'maximum': 30, 'minimum': 4, 'type': 'integer'},
                'generate_audio': {'default': True, 'type': 'boolean'},
                'images': {'format': 'image_uris', 'maxItems': 9, 'type': 'array'},
                'videos': {'format': 'video_uris', 'maxItems': 3, 'minItems': 1, 'type': 'array'},
                'audios': {'format': 'audio_uris', 'maxItems': 3, 'type': 'array'}},
 'required': ['prompt', 'videos']}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"])


class Input(InputModel):
    prompt: str = ""
    aspect_ratio: AspectRatio | None = "16:9"
    duration: Annotated[int | None, Field(ge=4, le=30)] = 5
    generate_audio: bool | None = True
    images: Annotated[list[str] | None, Field(max_length=9)] = None
    videos: Annotated[list[str], Field(max_length=3, min_length=1)]
    audios: Annotated[list[str] | None, Field(max_length=3)] = None


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
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str],
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/reference-to-video/4k`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "".
        aspect_ratio: `aspect_ratio` Default: "16:9".
        duration: `duration` Default: 5.
        generate_audio: `generate_audio` Default: True.
        images: `images`
        videos: `videos`
        audios: `audios`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, images=images, videos=videos, audios=audios))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str],
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/reference-to-video/4k` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, images=images, videos=videos, audios=audios))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str],
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.5/reference-to-video/4k` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, images=images, videos=videos, audios=audios))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str],
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.5/reference-to-video/4k` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, images=images, videos=videos, audios=audios))
    return await runcomfy.submit_async(MODEL, payload, client=client)
