# Generated from specs/qwen/qwen-image-2.1/text-to-image.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Qwen Image 2.1 T2I: typed client for RunComfy model `qwen/qwen-image-2.1/text-to-image`.

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

MODEL_ID: Final = 'qwen/qwen-image-2.1/text-to-image'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '1:1',
                                 'description': 'Output aspect ratio. Pixel size also depends on '
                                                'the resolution tier.',
                                 'enum': ['1:1',
                                          '4:3',
                                          '3:4',
                                          '3:2',
                                          '2:3',
                                          '16:9',
                                          '9:16',
                                          '21:9',
                                          '9:21'],
                                 'type': 'string'},
                'background': {'default': 'opaque',
                               'description': 'opaque for a regular photo. transparent writes a '
                                              'real alpha channel — describe only the subject, and '
                                              'do not use JPEG.',
                               'enum': ['opaque', 'transparent'],
                               'type': 'string'},
                'enhance_prompt': {'default': True,
                                   'description': 'Rewrite a short prompt into a fuller scene '
                                                  'before generating. Turn off when your prompt is '
                                                  'already exact.',
                                   'type': 'boolean'},
                'output_format': {'default': 'png',
                                  'description': 'PNG and WebP can carry an alpha channel. JPEG '
                                                 'cannot, so it cannot be combined with a '
                                                 'transparent background.',
                                  'enum': ['png', 'webp', 'jpeg'],
                                  'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Describe the subject, setting, style, and any exact '
                                          'text you want rendered. Put wording in quotes to render '
                                          'it verbatim.',
                           'type': 'string'},
                'resolution': {'default': '1K',
                               'description': 'Output detail tier. 1K is faster; 2K has about four '
                                              'times the pixels and costs more.',
                               'enum': ['1K', '2K'],
                               'type': 'string'},
                'seed': {'default': -1,
                         'description': 'Random seed for reproducibility. Use -1 for a random seed '
                                        'each run.',
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["1:1", "4:3", "3:4", "3:2", "2:3", "16:9", "9:16", "21:9", "9:21"])


Background = TypeAliasType("Background", Literal["opaque", "transparent"])


OutputFormat = TypeAliasType("OutputFormat", Literal["png", "webp", "jpeg"])


Resolution = TypeAliasType("Resolution", Literal["1K", "2K"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(description="Output aspect ratio. Pixel size also depends on the resolution tier."),
    ] = "1:1"
    background: Annotated[
        Background | None,
        Field(
            description="opaque for a regular photo. transparent writes a real alpha channel — describe only the subject, and do not use JPEG."
        ),
    ] = "opaque"
    enhance_prompt: Annotated[
        bool | None,
        Field(
            description="Rewrite a short prompt into a fuller scene before generating. Turn off when your prompt is already exact."
        ),
    ] = True
    output_format: Annotated[
        OutputFormat | None,
        Field(
            description="PNG and WebP can carry an alpha channel. JPEG cannot, so it cannot be combined with a transparent background."
        ),
    ] = "png"
    prompt: Annotated[
        str,
        Field(
            description="Describe the subject, setting, style, and any exact text you want rendered. Put wording in quotes to render it verbatim."
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None,
        Field(
            description="Output detail tier. 1K is faster; 2K has about four times the pixels and costs more."
        ),
    ] = "1K"
    seed: Annotated[
        int | None,
        Field(description="Random seed for reproducibility. Use -1 for a random seed each run."),
    ] = -1


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    background: Background | NotGiven | None = NOT_GIVEN,
    enhance_prompt: bool | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `qwen/qwen-image-2.1/text-to-image`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio. Pixel size also depends on the resolution tier. Default: "1:1".
        background: opaque for a regular photo. transparent writes a real alpha channel — describe only the subject, and do not use JPEG. Default: "opaque".
        enhance_prompt: Rewrite a short prompt into a fuller scene before generating. Turn off when your prompt is already exact. Default: True.
        output_format: PNG and WebP can carry an alpha channel. JPEG cannot, so it cannot be combined with a transparent background. Default: "png".
        prompt: Describe the subject, setting, style, and any exact text you want rendered. Put wording in quotes to render it verbatim. Default: "".
        resolution: Output detail tier. 1K is faster; 2K has about four times the pixels and costs more. Default: "1K".
        seed: Random seed for reproducibility. Use -1 for a random seed each run. Default: -1.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, background=background, enhance_prompt=enhance_prompt, output_format=output_format, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    background: Background | NotGiven | None = NOT_GIVEN,
    enhance_prompt: bool | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `qwen/qwen-image-2.1/text-to-image` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, background=background, enhance_prompt=enhance_prompt, output_format=output_format, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    background: Background | NotGiven | None = NOT_GIVEN,
    enhance_prompt: bool | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `qwen/qwen-image-2.1/text-to-image` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, background=background, enhance_prompt=enhance_prompt, output_format=output_format, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    background: Background | NotGiven | None = NOT_GIVEN,
    enhance_prompt: bool | NotGiven | None = NOT_GIVEN,
    output_format: OutputFormat | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `qwen/qwen-image-2.1/text-to-image` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, background=background, enhance_prompt=enhance_prompt, output_format=output_format, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
