# Generated from specs/quirks/media-formats.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Media formats on strings and arrays: typed client for RunComfy model `quirks/media-formats`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final

from pydantic import Field

import runcomfy
from runcomfy import (
    NOT_GIVEN,
    AsyncRunComfy,
    InputModel,
    ModelSpec,
    NotGiven,
    OutputModel,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'quirks/media-formats'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['image'],
 'properties': {'image': {'type': 'string', 'format': 'image_uri'},
                'video': {'type': 'string', 'format': 'video_uri'},
                'audio': {'type': 'string', 'format': 'audio_uri'},
                'images': {'type': 'array',
                           'format': 'image_uris',
                           'items': {'type': 'string', 'format': 'image_uri'}},
                'videos': {'type': 'array', 'format': 'video_uris', 'maxItems': 3},
                'audios': {'type': 'array', 'format': 'audio_uris'},
                'tags': {'type': 'array'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    image: str
    video: str | None = None
    audio: str | None = None
    images: list[str] | None = None
    videos: Annotated[list[str] | None, Field(max_length=3)] = None
    audios: list[str] | None = None
    tags: list[Any] | None = None


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    image: str,
    video: str | NotGiven | None = NOT_GIVEN,
    audio: str | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    tags: list[Any] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/media-formats`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        image: `image`
        video: `video`
        audio: `audio`
        images: `images`
        videos: `videos`
        audios: `audios`
        tags: `tags`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(image=image, video=video, audio=audio, images=images, videos=videos, audios=audios, tags=tags))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    image: str,
    video: str | NotGiven | None = NOT_GIVEN,
    audio: str | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    tags: list[Any] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/media-formats` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image, video=video, audio=audio, images=images, videos=videos, audios=audios, tags=tags))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    image: str,
    video: str | NotGiven | None = NOT_GIVEN,
    audio: str | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    tags: list[Any] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/media-formats` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image, video=video, audio=audio, images=images, videos=videos, audios=audios, tags=tags))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    image: str,
    video: str | NotGiven | None = NOT_GIVEN,
    audio: str | NotGiven | None = NOT_GIVEN,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    videos: list[str] | NotGiven | None = NOT_GIVEN,
    audios: list[str] | NotGiven | None = NOT_GIVEN,
    tags: list[Any] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/media-formats` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image, video=video, audio=audio, images=images, videos=videos, audios=audios, tags=tags))
    return await runcomfy.submit_async(MODEL, payload, client=client)
