# Generated from specs/qwen/qwen-image-3.0/pro/text-to-image.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Qwen Image 3.0 Pro T2I: typed client for RunComfy model `qwen/qwen-image-3.0/pro/text-to-image`.

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

MODEL_ID: Final = 'qwen/qwen-image-3.0/pro/text-to-image'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '1:1',
                                 'description': 'The aspect ratio of the generated image.',
                                 'enum': ['1:1', '16:9', '9:16', '4:3', '3:4'],
                                 'type': 'string'},
                'enable_prompt_expansion': {'default': True,
                                            'description': 'Let the model enrich a short prompt '
                                                           'with extra detail before generating. '
                                                           'Turn off when your prompt is already '
                                                           'precise.',
                                            'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'Describe the subject, setting, style, and any exact '
                                          'text you want rendered. Put wording in quotes to render '
                                          'it verbatim.',
                           'type': 'string'},
                'resolution': {'default': '2k',
                               'description': 'Output detail tier. Choose 1k for faster drafts or '
                                              '2k for maximum detail.',
                               'enum': ['1k', '2k'],
                               'type': 'string'},
                'seed': {'default': -1,
                         'description': 'Random seed for reproducibility. Use -1 for a random seed '
                                        'each run.',
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["1:1", "16:9", "9:16", "4:3", "3:4"])


Resolution = TypeAliasType("Resolution", Literal["1k", "2k"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="The aspect ratio of the generated image.")
    ] = "1:1"
    enable_prompt_expansion: Annotated[
        bool | None,
        Field(
            description="Let the model enrich a short prompt with extra detail before generating. Turn off when your prompt is already precise."
        ),
    ] = True
    prompt: Annotated[
        str,
        Field(
            description="Describe the subject, setting, style, and any exact text you want rendered. Put wording in quotes to render it verbatim."
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None,
        Field(
            description="Output detail tier. Choose 1k for faster drafts or 2k for maximum detail."
        ),
    ] = "2k"
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
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `qwen/qwen-image-3.0/pro/text-to-image`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
        enable_prompt_expansion: Let the model enrich a short prompt with extra detail before generating. Turn off when your prompt is already precise. Default: True.
        prompt: Describe the subject, setting, style, and any exact text you want rendered. Put wording in quotes to render it verbatim. Default: "".
        resolution: Output detail tier. Choose 1k for faster drafts or 2k for maximum detail. Default: "2k".
        seed: Random seed for reproducibility. Use -1 for a random seed each run. Default: -1.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, enable_prompt_expansion=enable_prompt_expansion, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `qwen/qwen-image-3.0/pro/text-to-image` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, enable_prompt_expansion=enable_prompt_expansion, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `qwen/qwen-image-3.0/pro/text-to-image` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, enable_prompt_expansion=enable_prompt_expansion, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    enable_prompt_expansion: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `qwen/qwen-image-3.0/pro/text-to-image` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, enable_prompt_expansion=enable_prompt_expansion, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
