# Generated from specs/wan-ai/wan-2.7/edit.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Wan 2.7 Edit: typed client for RunComfy model `wan-ai/wan-2.7/edit`.

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

MODEL_ID: Final = 'wan-ai/wan-2.7/edit'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'enable_prompt_expansion': {'default': True,
                                            'description': 'Enable DashScope prompt expansion '
                                                           '(image edit mode). Default true.',
                                            'type': 'boolean'},
                'image_size': {'default': 'square_hd',
                               'description': 'Output image size preset; mapped to the provider’s '
                                              'internal size format.',
                               'enum': ['square_hd',
                                        'square',
                                        'portrait_4_3',
                                        'portrait_16_9',
                                        'landscape_4_3',
                                        'landscape_16_9'],
                               'type': 'string'},
                'image_urls': {'description': 'Reference images for editing (1–4). Order matters: '
                                              'refer to image 1, image 2, image 3, image 4 in your '
                                              'prompt.',
                               'format': 'image_uris',
                               'items': {'format': 'image_uri', 'type': 'string'},
                               'maxItems': 4,
                               'minItems': 1,
                               'type': 'array'},
                'negative_prompt': {'default': '',
                                    'description': 'Content to avoid in the generated image. Max '
                                                   '500 characters.',
                                    'type': 'string'},
                'num_images': {'default': 1,
                               'description': 'Number of images to generate (1–4). Default 1.',
                               'maximum': 4,
                               'minimum': 1,
                               'type': 'integer'},
                'prompt': {'default': '',
                           'description': 'Text prompt describing the desired image edit. Supports '
                                          'Chinese and English.',
                           'type': 'string'},
                'seed': {'description': 'Random seed for reproducibility (0–2147483647).',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'}},
 'required': ['prompt', 'image_urls'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

ImageSize = TypeAliasType("ImageSize", Literal["square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"])


class Input(InputModel):
    enable_prompt_expansion: Annotated[
        bool | None,
        Field(description="Enable DashScope prompt expansion (image edit mode). Default true."),
    ] = True
    image_size: Annotated[
        ImageSize | None,
        Field(
            description="Output image size preset; mapped to the provider’s internal size format."
        ),
    ] = "square_hd"
    image_urls: Annotated[
        list[str],
        Field(
            description="Reference images for editing (1–4). Order matters: refer to image 1, image 2, image 3, image 4 in your prompt.",
            max_length=4,
            min_length=1,
        ),
    ]
    negative_prompt: Annotated[
        str | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    num_images: Annotated[
        int | None, Field(description="Number of images to generate (1–4). Default 1.", ge=1, le=4)
    ] = 1
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired image edit. Supports Chinese and English."
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
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    num_images: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/edit`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        enable_prompt_expansion: Enable DashScope prompt expansion (image edit mode). Default true. Default: True.
        image_size: Output image size preset; mapped to the provider’s internal size format. Default: "square_hd".
        image_urls: Reference images for editing (1–4). Order matters: refer to image 1, image 2, image 3, image 4 in your prompt.
        negative_prompt: Content to avoid in the generated image. Max 500 characters. Default: "".
        num_images: Number of images to generate (1–4). Default 1. Default: 1.
        prompt: Text prompt describing the desired image edit. Supports Chinese and English. Default: "".
        seed: Random seed for reproducibility (0–2147483647).
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(enable_prompt_expansion=enable_prompt_expansion, image_size=image_size, image_urls=image_urls, negative_prompt=negative_prompt, num_images=num_images, prompt=prompt, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    num_images: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/edit` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(enable_prompt_expansion=enable_prompt_expansion, image_size=image_size, image_urls=image_urls, negative_prompt=negative_prompt, num_images=num_images, prompt=prompt, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    num_images: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `wan-ai/wan-2.7/edit` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(enable_prompt_expansion=enable_prompt_expansion, image_size=image_size, image_urls=image_urls, negative_prompt=negative_prompt, num_images=num_images, prompt=prompt, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    num_images: int | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `wan-ai/wan-2.7/edit` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(enable_prompt_expansion=enable_prompt_expansion, image_size=image_size, image_urls=image_urls, negative_prompt=negative_prompt, num_images=num_images, prompt=prompt, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
