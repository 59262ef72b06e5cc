# Generated from specs/wan-ai/wan-2.7/pro/text-to-image.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 2.7 Pro T2I: typed client for RunComfy model `wan-ai/wan-2.7/pro/text-to-image`.

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

MODEL_ID: Final = 'wan-ai/wan-2.7/pro/text-to-image'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'image_size': {'default': 'square_hd',
                               'description': 'Output size preset. Where supported, a custom '
                                              '`{width, height}` object may be sent instead of a '
                                              'preset string.',
                               'enum': ['square_hd',
                                        'square',
                                        'portrait_4_3',
                                        'portrait_16_9',
                                        'landscape_4_3',
                                        'landscape_16_9'],
                               'type': 'string'},
                'max_images': {'default': 1,
                               'description': 'Maximum number of images to generate (1–5). Default '
                                              '1.',
                               'maximum': 5,
                               'minimum': 1,
                               'type': 'integer'},
                'negative_prompt': {'default': '',
                                    'description': 'Content to avoid in the generated image. Max '
                                                   '500 characters.',
                                    'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Text prompt describing the desired output. Supports '
                                          'Chinese and English.',
                           'type': 'string'},
                'seed': {'description': 'Random seed for reproducibility (0–2147483647).',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

ImageSize = TypeAliasType("ImageSize", Literal["square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"])


class Input(InputModel):
    image_size: Annotated[
        ImageSize | None,
        Field(
            description="Output size preset. Where supported, a custom `{width, height}` object may be sent instead of a preset string."
        ),
    ] = "square_hd"
    max_images: Annotated[
        int | None,
        Field(description="Maximum number of images to generate (1–5). Default 1.", ge=1, le=5),
    ] = 1
    negative_prompt: Annotated[
        str | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired output. Supports Chinese and English."
        ),
    ] = ""
    seed: Annotated[
        int | None,
        Field(description="Random seed for reproducibility (0–2147483647).", ge=0, le=2147483647),
    ] = None


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    max_images: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/pro/text-to-image`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        image_size: Output size preset. Where supported, a custom `{width, height}` object may be sent instead of a preset string. Default: "square_hd".
        max_images: Maximum number of images to generate (1–5). Default 1. Default: 1.
        negative_prompt: Content to avoid in the generated image. Max 500 characters. Default: "".
        prompt: Text prompt describing the desired output. Supports Chinese and English. Default: "".
        seed: Random seed for reproducibility (0–2147483647).
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(image_size=image_size, max_images=max_images, negative_prompt=negative_prompt, prompt=prompt, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    max_images: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/pro/text-to-image` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_size=image_size, max_images=max_images, negative_prompt=negative_prompt, prompt=prompt, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    max_images: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/pro/text-to-image` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_size=image_size, max_images=max_images, negative_prompt=negative_prompt, prompt=prompt, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    max_images: int | NotGiven | None = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/pro/text-to-image` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_size=image_size, max_images=max_images, negative_prompt=negative_prompt, prompt=prompt, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
