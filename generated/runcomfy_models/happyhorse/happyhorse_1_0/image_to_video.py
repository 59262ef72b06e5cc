# Generated from specs/happyhorse/happyhorse-1.0/image-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""HappyHorse 1.0 I2V: typed client for RunComfy model `happyhorse/happyhorse-1.0/image-to-video`.

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

MODEL_ID: Final = 'happyhorse/happyhorse-1.0/image-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'duration': {'default': 5,
                             'description': 'Output video duration in seconds. Allowed values: '
                                            '3–15.',
                             'enum': [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                             'type': 'integer'},
                'image_url': {'description': 'Source image to animate (first frame). Formats: '
                                             'JPEG, JPG, PNG, or WEBP. Min 300px per side; aspect '
                                             'between 1:2.5 and 2.5:1; max 10MB.',
                              'format': 'image_uri',
                              'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Describe the motion, camera, lighting, and atmosphere. '
                                          'Up to 5000 non-Chinese characters or 2500 Chinese '
                                          'characters (longer input is truncated).',
                           'maxLength': 5000,
                           'type': 'string'},
                'resolution': {'default': '1080P',
                               'description': 'Output video resolution. HappyHorse 1.0 I2V '
                                              'supports 720P or 1080P.',
                               'enum': ['720P', '1080P'],
                               'type': 'string'},
                'seed': {'default': 0,
                         'description': 'Optional seed for reproducible generations. Use 0 to let '
                                        'the provider randomize.',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'},
                'watermark': {'default': False,
                              'description': 'Whether to keep the provider watermark on the '
                                             'generated video.',
                              'type': 'boolean'}},
 'required': ['image_url', 'prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

Duration = TypeAliasType("Duration", Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])


Resolution = TypeAliasType("Resolution", Literal["720P", "1080P"])


class Input(InputModel):
    duration: Annotated[
        Duration | None,
        Field(description="Output video duration in seconds. Allowed values: 3–15."),
    ] = 5
    image_url: Annotated[
        str,
        Field(
            description="Source image to animate (first frame). Formats: JPEG, JPG, PNG, or WEBP. Min 300px per side; aspect between 1:2.5 and 2.5:1; max 10MB."
        ),
    ]
    prompt: Annotated[
        str,
        Field(
            description="Describe the motion, camera, lighting, and atmosphere. Up to 5000 non-Chinese characters or 2500 Chinese characters (longer input is truncated).",
            max_length=5000,
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None,
        Field(description="Output video resolution. HappyHorse 1.0 I2V supports 720P or 1080P."),
    ] = "1080P"
    seed: Annotated[
        int | None,
        Field(
            description="Optional seed for reproducible generations. Use 0 to let the provider randomize.",
            ge=0,
            le=2147483647,
        ),
    ] = 0
    watermark: Annotated[
        bool | None,
        Field(description="Whether to keep the provider watermark on the generated video."),
    ] = False


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `happyhorse/happyhorse-1.0/image-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        duration: Output video duration in seconds. Allowed values: 3–15. Default: 5.
        image_url: Source image to animate (first frame). Formats: JPEG, JPG, PNG, or WEBP. Min 300px per side; aspect between 1:2.5 and 2.5:1; max 10MB.
        prompt: Describe the motion, camera, lighting, and atmosphere. Up to 5000 non-Chinese characters or 2500 Chinese characters (longer input is truncated). Default: "".
        resolution: Output video resolution. HappyHorse 1.0 I2V supports 720P or 1080P. Default: "1080P".
        seed: Optional seed for reproducible generations. Use 0 to let the provider randomize. Default: 0.
        watermark: Whether to keep the provider watermark on the generated video. Default: False.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(duration=duration, image_url=image_url, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `happyhorse/happyhorse-1.0/image-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image_url=image_url, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `happyhorse/happyhorse-1.0/image-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image_url=image_url, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `happyhorse/happyhorse-1.0/image-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image_url=image_url, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return await runcomfy.submit_async(MODEL, payload, client=client)
