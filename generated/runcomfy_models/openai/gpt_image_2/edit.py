# Generated from specs/openai/gpt-image-2/edit.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""GPT Image 2 Edit: typed client for RunComfy model `openai/gpt-image-2/edit`.

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

MODEL_ID: Final = 'openai/gpt-image-2/edit'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '1:1',
                                 'description': 'Aspect ratio for the edited image. Auto-detected '
                                                'from input image if omitted.',
                                 'enum': ['1:1',
                                          '3:2',
                                          '2:3',
                                          '3:4',
                                          '4:3',
                                          '4:5',
                                          '5:4',
                                          '9:16',
                                          '16:9',
                                          '21:9'],
                                 'type': 'string'},
                'images': {'description': 'Reference images to edit, up to 10 images',
                           'format': 'image_uris',
                           'items': {'format': 'image_uri', 'type': 'string'},
                           'maxItems': 10,
                           'minItems': 1,
                           'type': 'array'},
                'output_format': {'default': 'png',
                                  'description': 'Output image format.',
                                  'enum': ['png', 'jpeg', 'webp'],
                                  'type': 'string'},
                'prompt': {'default': '', 'description': '', 'type': 'string'},
                'quality': {'default': 'medium',
                            'description': 'Image quality.',
                            'enum': ['low', 'medium', 'high'],
                            'type': 'string'},
                'resolution': {'default': '1k',
                               'description': 'Output resolution.',
                               'enum': ['1k', '2k', '4k'],
                               'type': 'string'}},
 'required': ['prompt', 'images'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"])


OutputFormat = TypeAliasType("OutputFormat", Literal["png", "jpeg", "webp"])


Quality = TypeAliasType("Quality", Literal["low", "medium", "high"])


Resolution = TypeAliasType("Resolution", Literal["1k", "2k", "4k"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(
            description="Aspect ratio for the edited image. Auto-detected from input image if omitted."
        ),
    ] = "1:1"
    images: Annotated[
        list[str],
        Field(description="Reference images to edit, up to 10 images", max_length=10, min_length=1),
    ]
    output_format: Annotated[OutputFormat | None, Field(description="Output image format.")] = "png"
    prompt: str = ""
    quality: Annotated[Quality | None, Field(description="Image quality.")] = "medium"
    resolution: Annotated[Resolution | None, Field(description="Output resolution.")] = "1k"


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    images: list[str],
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    quality: Quality | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `openai/gpt-image-2/edit`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Aspect ratio for the edited image. Auto-detected from input image if omitted. Default: "1:1".
        images: Reference images to edit, up to 10 images
        output_format: Output image format. Default: "png".
        prompt: `prompt` Default: "".
        quality: Image quality. Default: "medium".
        resolution: Output resolution. Default: "1k".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, images=images, output_format=output_format, prompt=prompt, quality=quality, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    images: list[str],
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    quality: Quality | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `openai/gpt-image-2/edit` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, images=images, output_format=output_format, prompt=prompt, quality=quality, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    images: list[str],
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    quality: Quality | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `openai/gpt-image-2/edit` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, images=images, output_format=output_format, prompt=prompt, quality=quality, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    images: list[str],
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    quality: Quality | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `openai/gpt-image-2/edit` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, images=images, output_format=output_format, prompt=prompt, quality=quality, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
