# Generated from specs/blackforestlabs/flux-3/text-to-video/draft.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""FLUX 3 T2V Draft: typed client for RunComfy model `blackforestlabs/flux-3/text-to-video/draft`.

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

MODEL_ID: Final = 'blackforestlabs/flux-3/text-to-video/draft'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': 'auto',
                                 'description': 'Aspect ratio of the generated draft. auto lets '
                                                'the model choose.',
                                 'enum': ['auto',
                                          '21:9',
                                          '2:1',
                                          '16:9',
                                          '4:3',
                                          '1:1',
                                          '3:4',
                                          '9:16'],
                                 'type': 'string'},
                'duration': {'default': 'auto',
                             'description': 'Draft duration in whole seconds from 5 through 20, or '
                                            'auto.',
                             'enum': ['auto',
                                      '5',
                                      '6',
                                      '7',
                                      '8',
                                      '9',
                                      '10',
                                      '11',
                                      '12',
                                      '13',
                                      '14',
                                      '15',
                                      '16',
                                      '17',
                                      '18',
                                      '19',
                                      '20'],
                             'type': 'string'},
                'generate_audio': {'default': True,
                                   'description': 'Whether to generate audio for the draft video.',
                                   'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'The text prompt describing the draft video.',
                           'type': 'string'},
                'safety_tolerance': {'default': 2,
                                     'description': 'The safety tolerance level for the generated '
                                                    'video. 0 is the strictest and 4 is the most '
                                                    'permissive.',
                                     'maximum': 4,
                                     'minimum': 0,
                                     'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["auto", "21:9", "2:1", "16:9", "4:3", "1:1", "3:4", "9:16"])


Duration = TypeAliasType("Duration", Literal["auto", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None,
        Field(description="Aspect ratio of the generated draft. auto lets the model choose."),
    ] = "auto"
    duration: Annotated[
        Duration | None,
        Field(description="Draft duration in whole seconds from 5 through 20, or auto."),
    ] = "auto"
    generate_audio: Annotated[
        bool | None, Field(description="Whether to generate audio for the draft video.")
    ] = True
    prompt: Annotated[str, Field(description="The text prompt describing the draft video.")] = ""
    safety_tolerance: Annotated[
        int | None,
        Field(
            description="The safety tolerance level for the generated video. 0 is the strictest and 4 is the most permissive.",
            ge=0,
            le=4,
        ),
    ] = 2


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
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-3/text-to-video/draft`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Aspect ratio of the generated draft. auto lets the model choose. Default: "auto".
        duration: Draft duration in whole seconds from 5 through 20, or auto. Default: "auto".
        generate_audio: Whether to generate audio for the draft video. Default: True.
        prompt: The text prompt describing the draft video. Default: "".
        safety_tolerance: The safety tolerance level for the generated video. 0 is the strictest and 4 is the most permissive. Default: 2.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, prompt=prompt, safety_tolerance=safety_tolerance))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-3/text-to-video/draft` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, prompt=prompt, safety_tolerance=safety_tolerance))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-3/text-to-video/draft` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, prompt=prompt, safety_tolerance=safety_tolerance))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-3/text-to-video/draft` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio=generate_audio, prompt=prompt, safety_tolerance=safety_tolerance))
    return await runcomfy.submit_async(MODEL, payload, client=client)
