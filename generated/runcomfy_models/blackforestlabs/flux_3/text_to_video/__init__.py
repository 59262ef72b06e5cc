# Generated from specs/blackforestlabs/flux-3/text-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""FLUX 3 Video: typed client for RunComfy model `blackforestlabs/flux-3/text-to-video`.

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

MODEL_ID: Final = 'blackforestlabs/flux-3/text-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'properties': {'prompt': {'default': '', 'type': 'string'},
                'aspect_ratio': {'default': 'auto',
                                 'enum': ['auto',
                                          '21:9',
                                          '2:1',
                                          '16:9',
                                          '4:3',
                                          '1:1',
                                          '3:4',
                                          '9:16'],
                                 'type': 'string'},
                'resolution': {'default': '720p', 'enum': ['720p', '1080p'], 'type': 'string'},
                'duration': {'default': 'auto',
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
                'generate_audio': {'default': True, 'type': 'boolean'},
                'safety_tolerance': {'default': 2, 'maximum': 4, 'minimum': 0, 'type': 'integer'}},
 'required': ['prompt']}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["auto", "21:9", "2:1", "16:9", "4:3", "1:1", "3:4", "9:16"])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p"])


Duration = TypeAliasType("Duration", Literal["auto", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"])


class Input(InputModel):
    prompt: str = ""
    aspect_ratio: AspectRatio | None = "auto"
    resolution: Resolution | None = "720p"
    duration: Duration | None = "auto"
    generate_audio: bool | None = True
    safety_tolerance: Annotated[int | None, Field(ge=0, le=4)] = 2


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-3/text-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "".
        aspect_ratio: `aspect_ratio` Default: "auto".
        resolution: `resolution` Default: "720p".
        duration: `duration` Default: "auto".
        generate_audio: `generate_audio` Default: True.
        safety_tolerance: `safety_tolerance` Default: 2.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, generate_audio=generate_audio, safety_tolerance=safety_tolerance))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-3/text-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, generate_audio=generate_audio, safety_tolerance=safety_tolerance))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `blackforestlabs/flux-3/text-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, generate_audio=generate_audio, safety_tolerance=safety_tolerance))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    safety_tolerance: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `blackforestlabs/flux-3/text-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, resolution=resolution, duration=duration, generate_audio=generate_audio, safety_tolerance=safety_tolerance))
    return await runcomfy.submit_async(MODEL, payload, client=client)
