# Generated from specs/happyhorse/happyhorse-1.0/reference-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""HappyHorse 1.0 Reference: typed client for RunComfy model `happyhorse/happyhorse-1.0/reference-to-video`.

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

MODEL_ID: Final = 'happyhorse/happyhorse-1.0/reference-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Output video aspect ratio.',
                                 'enum': ['16:9', '9:16', '1:1', '4:3', '3:4'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Output video duration in seconds. Allowed values: '
                                            '3–15.',
                             'enum': [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                             'type': 'integer'},
                'image_url_1': {'description': 'First reference image. Tag this subject in the '
                                               'prompt as character1. Format: JPEG, JPG, PNG, or '
                                               'WEBP. Short side ≥ 400px, recommended 720P or '
                                               'higher, max 10MB.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_2': {'description': 'Optional second reference image. Tag this subject '
                                               'in the prompt as character2. Format: JPEG, JPG, '
                                               'PNG, or WEBP. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_3': {'description': 'Optional third reference image. Tag this subject '
                                               'in the prompt as character3. Format: JPEG, JPG, '
                                               'PNG, or WEBP. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_4': {'description': 'Optional fourth reference image. Tag this subject '
                                               'in the prompt as character4. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_5': {'description': 'Optional fifth reference image. Tag this subject '
                                               'in the prompt as character5. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_6': {'description': 'Optional sixth reference image. Tag this subject '
                                               'in the prompt as character6. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_7': {'description': 'Optional seventh reference image. Tag this subject '
                                               'in the prompt as character7. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_8': {'description': 'Optional eighth reference image. Tag this subject '
                                               'in the prompt as character8. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'image_url_9': {'description': 'Optional ninth reference image. Tag this subject '
                                               'in the prompt as character9. Leave blank to skip.',
                                'format': 'image_uri',
                                'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Describe the scene, motion, camera, and lighting. Refer '
                                          'to each reference image with character1, character2, '
                                          'character3 … in the order they appear above. Max 2500 '
                                          'Chinese / 5000 non-Chinese characters.',
                           'maxLength': 5000,
                           'type': 'string'},
                'resolution': {'default': '1080P',
                               'description': 'Output video resolution. The model supports 720P or '
                                              '1080P.',
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
 'required': ['image_url_1', 'prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "1:1", "4:3", "3:4"])


Duration = TypeAliasType("Duration", Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])


Resolution = TypeAliasType("Resolution", Literal["720P", "1080P"])


class Input(InputModel):
    aspect_ratio: Annotated[AspectRatio | None, Field(description="Output video aspect ratio.")] = (
        "16:9"
    )
    duration: Annotated[
        Duration | None,
        Field(description="Output video duration in seconds. Allowed values: 3–15."),
    ] = 5
    image_url_1: Annotated[
        str,
        Field(
            description="First reference image. Tag this subject in the prompt as character1. Format: JPEG, JPG, PNG, or WEBP. Short side ≥ 400px, recommended 720P or higher, max 10MB."
        ),
    ]
    image_url_2: Annotated[
        str | None,
        Field(
            description="Optional second reference image. Tag this subject in the prompt as character2. Format: JPEG, JPG, PNG, or WEBP. Leave blank to skip."
        ),
    ] = None
    image_url_3: Annotated[
        str | None,
        Field(
            description="Optional third reference image. Tag this subject in the prompt as character3. Format: JPEG, JPG, PNG, or WEBP. Leave blank to skip."
        ),
    ] = None
    image_url_4: Annotated[
        str | None,
        Field(
            description="Optional fourth reference image. Tag this subject in the prompt as character4. Leave blank to skip."
        ),
    ] = None
    image_url_5: Annotated[
        str | None,
        Field(
            description="Optional fifth reference image. Tag this subject in the prompt as character5. Leave blank to skip."
        ),
    ] = None
    image_url_6: Annotated[
        str | None,
        Field(
            description="Optional sixth reference image. Tag this subject in the prompt as character6. Leave blank to skip."
        ),
    ] = None
    image_url_7: Annotated[
        str | None,
        Field(
            description="Optional seventh reference image. Tag this subject in the prompt as character7. Leave blank to skip."
        ),
    ] = None
    image_url_8: Annotated[
        str | None,
        Field(
            description="Optional eighth reference image. Tag this subject in the prompt as character8. Leave blank to skip."
        ),
    ] = None
    image_url_9: Annotated[
        str | None,
        Field(
            description="Optional ninth reference image. Tag this subject in the prompt as character9. Leave blank to skip."
        ),
    ] = None
    prompt: Annotated[
        str,
        Field(
            description="Describe the scene, motion, camera, and lighting. Refer to each reference image with character1, character2, character3 … in the order they appear above. Max 2500 Chinese / 5000 non-Chinese characters.",
            max_length=5000,
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None,
        Field(description="Output video resolution. The model supports 720P or 1080P."),
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
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `happyhorse/happyhorse-1.0/reference-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output video aspect ratio. Default: "16:9".
        duration: Output video duration in seconds. Allowed values: 3–15. Default: 5.
        image_url_1: First reference image. Tag this subject in the prompt as character1. Format: JPEG, JPG, PNG, or WEBP. Short side ≥ 400px, recommended 720P or higher, max 10MB.
        image_url_2: Optional second reference image. Tag this subject in the prompt as character2. Format: JPEG, JPG, PNG, or WEBP. Leave blank to skip.
        image_url_3: Optional third reference image. Tag this subject in the prompt as character3. Format: JPEG, JPG, PNG, or WEBP. Leave blank to skip.
        image_url_4: Optional fourth reference image. Tag this subject in the prompt as character4. Leave blank to skip.
        image_url_5: Optional fifth reference image. Tag this subject in the prompt as character5. Leave blank to skip.
        image_url_6: Optional sixth reference image. Tag this subject in the prompt as character6. Leave blank to skip.
        image_url_7: Optional seventh reference image. Tag this subject in the prompt as character7. Leave blank to skip.
        image_url_8: Optional eighth reference image. Tag this subject in the prompt as character8. Leave blank to skip.
        image_url_9: Optional ninth reference image. Tag this subject in the prompt as character9. Leave blank to skip.
        prompt: Describe the scene, motion, camera, and lighting. Refer to each reference image with character1, character2, character3 … in the order they appear above. Max 2500 Chinese / 5000 non-Chinese characters. Default: "".
        resolution: Output video resolution. The model supports 720P or 1080P. Default: "1080P".
        seed: Optional seed for reproducible generations. Use 0 to let the provider randomize. Default: 0.
        watermark: Whether to keep the provider watermark on the generated video. Default: False.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `happyhorse/happyhorse-1.0/reference-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `happyhorse/happyhorse-1.0/reference-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    watermark: bool | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `happyhorse/happyhorse-1.0/reference-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9, prompt=prompt, resolution=resolution, seed=seed, watermark=watermark))
    return await runcomfy.submit_async(MODEL, payload, client=client)
