# Generated from specs/google/gemini-omni-flash/reference-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Gemini Omni Flash Reference: typed client for RunComfy model `google/gemini-omni-flash/reference-to-video`.

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

MODEL_ID: Final = 'google/gemini-omni-flash/reference-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'The aspect ratio of the generated video.',
                                 'enum': ['16:9', '9:16'],
                                 'type': 'string'},
                'duration': {'default': 8,
                             'description': 'The duration of the generated video, in seconds.',
                             'maximum': 10,
                             'minimum': 3,
                             'type': 'integer'},
                'image_urls': {'description': 'One or more reference images that guide the '
                                              'subject, style, layout, and visual direction of the '
                                              'video. Supported formats include jpg, jpeg, png, '
                                              'webp.',
                               'format': 'image_uris',
                               'items': {'format': 'image_uri', 'type': 'string'},
                               'minItems': 1,
                               'type': 'array',
                               'maxItems': 16},
                'prompt': {'default': '',
                           'description': 'Describe the motion, scene development, pacing, and '
                                          'audio you want. You can direct camera work and sound '
                                          '(e.g. "slow push-in", "gentle wind and birdsong", "no '
                                          'dialogue") and add negative instructions such as "Do '
                                          'not show text". Reference the uploaded images inline to '
                                          'bind them to subjects, style, or layout.',
                           'type': 'string'}},
 'required': ['prompt', 'image_urls'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="The aspect ratio of the generated video.")
    ] = "16:9"
    duration: Annotated[
        int | None,
        Field(description="The duration of the generated video, in seconds.", ge=3, le=10),
    ] = 8
    image_urls: Annotated[
        list[str],
        Field(
            description="One or more reference images that guide the subject, style, layout, and visual direction of the video. Supported formats include jpg, jpeg, png, webp.",
            max_length=16,
            min_length=1,
        ),
    ]
    prompt: Annotated[
        str,
        Field(
            description='Describe the motion, scene development, pacing, and audio you want. You can direct camera work and sound (e.g. "slow push-in", "gentle wind and birdsong", "no dialogue") and add negative instructions such as "Do not show text". Reference the uploaded images inline to bind them to subjects, style, or layout.'
        ),
    ] = ""


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
    image_urls: list[str],
    prompt: str = "",
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `google/gemini-omni-flash/reference-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
        duration: The duration of the generated video, in seconds. Default: 8.
        image_urls: One or more reference images that guide the subject, style, layout, and visual direction of the video. Supported formats include jpg, jpeg, png, webp.
        prompt: Describe the motion, scene development, pacing, and audio you want. You can direct camera work and sound (e.g. "slow push-in", "gentle wind and birdsong", "no dialogue") and add negative instructions such as "Do not show text". Reference the uploaded images inline to bind them to subjects, style, or layout. Default: "".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_urls=image_urls, prompt=prompt))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    prompt: str = "",
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `google/gemini-omni-flash/reference-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_urls=image_urls, prompt=prompt))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    prompt: str = "",
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `google/gemini-omni-flash/reference-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_urls=image_urls, prompt=prompt))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    prompt: str = "",
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `google/gemini-omni-flash/reference-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_urls=image_urls, prompt=prompt))
    return await runcomfy.submit_async(MODEL, payload, client=client)
