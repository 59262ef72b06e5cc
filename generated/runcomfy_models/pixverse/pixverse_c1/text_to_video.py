# Generated from specs/pixverse/pixverse-c1/text-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""PixVerse C1 T2V: typed client for RunComfy model `pixverse/pixverse-c1/text-to-video`.

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

MODEL_ID: Final = 'pixverse/pixverse-c1/text-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Frame shape for the generated video.',
                                 'enum': ['16:9',
                                          '4:3',
                                          '1:1',
                                          '3:4',
                                          '9:16',
                                          '2:3',
                                          '3:2',
                                          '21:9'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Requested output duration in seconds, from 1 through '
                                            '15.',
                             'maximum': 15,
                             'minimum': 1,
                             'type': 'integer'},
                'generate_audio_switch': {'default': False,
                                          'description': 'Generate an optional native audio track '
                                                         'with the video.',
                                          'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'Describe the scene, subject, action, camera movement, '
                                          'lighting, and motion.',
                           'type': 'string'},
                'resolution': {'default': '720p',
                               'description': 'Output quality tier shown as video resolution.',
                               'enum': ['360p', '540p', '720p', '1080p'],
                               'type': 'string'},
                'seed': {'default': 0,
                         'description': 'Seed used to reproduce or vary a generation.',
                         'type': 'integer'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"])


Resolution = TypeAliasType("Resolution", Literal["360p", "540p", "720p", "1080p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Frame shape for the generated video.")
    ] = "16:9"
    duration: Annotated[
        int | None,
        Field(description="Requested output duration in seconds, from 1 through 15.", ge=1, le=15),
    ] = 5
    generate_audio_switch: Annotated[
        bool | None, Field(description="Generate an optional native audio track with the video.")
    ] = False
    prompt: Annotated[
        str,
        Field(
            description="Describe the scene, subject, action, camera movement, lighting, and motion."
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None, Field(description="Output quality tier shown as video resolution.")
    ] = "720p"
    seed: Annotated[
        int | None, Field(description="Seed used to reproduce or vary a generation.")
    ] = 0


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio_switch: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `pixverse/pixverse-c1/text-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Frame shape for the generated video. Default: "16:9".
        duration: Requested output duration in seconds, from 1 through 15. Default: 5.
        generate_audio_switch: Generate an optional native audio track with the video. Default: False.
        prompt: Describe the scene, subject, action, camera movement, lighting, and motion. Default: "".
        resolution: Output quality tier shown as video resolution. Default: "720p".
        seed: Seed used to reproduce or vary a generation. Default: 0.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio_switch=generate_audio_switch, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio_switch: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `pixverse/pixverse-c1/text-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio_switch=generate_audio_switch, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio_switch: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `pixverse/pixverse-c1/text-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio_switch=generate_audio_switch, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    generate_audio_switch: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `pixverse/pixverse-c1/text-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, generate_audio_switch=generate_audio_switch, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
