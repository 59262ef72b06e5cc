# Generated from specs/blackforestlabs/flux-3/image.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""FLUX 3 Image: typed client for RunComfy model `blackforestlabs/flux-3/image`.

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

MODEL_ID: Final = 'blackforestlabs/flux-3/image'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'image_size': {'default': 'landscape_4_3',
                               'description': 'The size of the image to generate (256-1536 px per '
                                              'side).',
                               'enum': ['square_hd',
                                        'square',
                                        'portrait_4_3',
                                        'portrait_16_9',
                                        'landscape_4_3',
                                        'landscape_16_9'],
                               'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Describe the image you want: subject, style, lighting, '
                                          'composition, and any on-image text.',
                           'type': 'string'},
                'seed': {'default': -1,
                         'description': 'The random seed to use for the generation. -1 means a '
                                        'random seed will be used.',
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

ImageSize = TypeAliasType("ImageSize", Literal["square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"])


class Input(InputModel):
    image_size: Annotated[
        ImageSize | None,
        Field(description="The size of the image to generate (256-1536 px per side)."),
    ] = "landscape_4_3"
    prompt: Annotated[
        str,
        Field(
            description="Describe the image you want: subject, style, lighting, composition, and any on-image text."
        ),
    ] = ""
    seed: Annotated[
        int | None,
        Field(
            description="The random seed to use for the generation. -1 means a random seed will be used."
        ),
    ] = -1


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-3/image`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        image_size: The size of the image to generate (256-1536 px per side). Default: "landscape_4_3".
        prompt: Describe the image you want: subject, style, lighting, composition, and any on-image text. Default: "".
        seed: The random seed to use for the generation. -1 means a random seed will be used. Default: -1.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(image_size=image_size, prompt=prompt, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-3/image` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_size=image_size, prompt=prompt, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-3/image` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_size=image_size, prompt=prompt, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    image_size: ImageSize | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-3/image` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_size=image_size, prompt=prompt, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
