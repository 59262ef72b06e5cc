# Generated from specs/bytedance/seedream-5.0-pro/text-to-image.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seedream 5.0 Pro T2I: typed client for RunComfy model `bytedance/seedream-5.0-pro/text-to-image`.

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

MODEL_ID: Final = 'bytedance/seedream-5.0-pro/text-to-image'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '1:1',
                                 'description': 'Output aspect ratio of the generated image.',
                                 'enum': ['1:1',
                                          '4:3',
                                          '3:4',
                                          '16:9',
                                          '9:16',
                                          '2:3',
                                          '3:2',
                                          '21:9'],
                                 'type': 'string'},
                'output_format': {'default': 'png',
                                  'description': 'The format of the output images. This will '
                                                 'determine the format of the output images.',
                                  'enum': ['png', 'jpeg'],
                                  'type': 'string'},
                'prompt': {'default': '',
                           'description': 'The recommended length is no more than 600 English '
                                          'words. If the prompt is too long, the information may '
                                          'become scattered. The model might ignore details and '
                                          'only concentrate on the main points, resulting in a '
                                          'image with missing elements.',
                           'type': 'string'},
                'resolution': {'default': '2K',
                               'description': 'Choose the output resolution tier. 1K is billed at '
                                              '$0.040 per image, 2K at $0.080.',
                               'enum': ['1K', '2K'],
                               'type': 'string'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"])


OutputFormat = TypeAliasType("OutputFormat", Literal["png", "jpeg"])


Resolution = TypeAliasType("Resolution", Literal["1K", "2K"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Output aspect ratio of the generated image.")
    ] = "1:1"
    output_format: Annotated[
        OutputFormat | None,
        Field(
            description="The format of the output images. This will determine the format of the output images."
        ),
    ] = "png"
    prompt: Annotated[
        str,
        Field(
            description="The recommended length is no more than 600 English words. If the prompt is too long, the information may become scattered. The model might ignore details and only concentrate on the main points, resulting in a image with missing elements."
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None,
        Field(
            description="Choose the output resolution tier. 1K is billed at $0.040 per image, 2K at $0.080."
        ),
    ] = "2K"


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedream-5.0-pro/text-to-image`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio of the generated image. Default: "1:1".
        output_format: The format of the output images. This will determine the format of the output images. Default: "png".
        prompt: The recommended length is no more than 600 English words. If the prompt is too long, the information may become scattered. The model might ignore details and only concentrate on the main points, resulting in a image with missing elements. Default: "".
        resolution: Choose the output resolution tier. 1K is billed at $0.040 per image, 2K at $0.080. Default: "2K".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, output_format=output_format, prompt=prompt, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedream-5.0-pro/text-to-image` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, output_format=output_format, prompt=prompt, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedream-5.0-pro/text-to-image` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, output_format=output_format, prompt=prompt, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedream-5.0-pro/text-to-image` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, output_format=output_format, prompt=prompt, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
