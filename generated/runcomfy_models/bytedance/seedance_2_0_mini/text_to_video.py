# Generated from specs/bytedance/seedance-2.0-mini/text-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Seedance 2.0 Mini T2V: typed client for RunComfy model `bytedance/seedance-2.0-mini/text-to-video`.

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

MODEL_ID: Final = 'bytedance/seedance-2.0-mini/text-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Output aspect ratio of the generated video.',
                                 'enum': ['16:9', '9:16', '4:3', '3:4', '1:1', '21:9'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'Length of the generated video in seconds.',
                             'maximum': 15,
                             'minimum': 4,
                             'type': 'integer'},
                'enable_web_search': {'default': False,
                                      'description': 'Allow the model to pull in real-time '
                                                     'information when the prompt needs it.',
                                      'type': 'boolean'},
                'generate_audio': {'default': True,
                                   'description': 'Generate native audio synchronized with the '
                                                  'output video.',
                                   'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'Describe the scene, subject, action, camera movement, '
                                          'and mood you want in the video.',
                           'type': 'string'},
                'resolution': {'default': '720p',
                               'description': 'Output video resolution tier.',
                               'enum': ['480p', '720p'],
                               'type': 'string'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"])


Resolution = TypeAliasType("Resolution", Literal["480p", "720p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Output aspect ratio of the generated video.")
    ] = "16:9"
    duration: Annotated[
        int | None, Field(description="Length of the generated video in seconds.", ge=4, le=15)
    ] = 5
    enable_web_search: Annotated[
        bool | None,
        Field(
            description="Allow the model to pull in real-time information when the prompt needs it."
        ),
    ] = False
    generate_audio: Annotated[
        bool | None, Field(description="Generate native audio synchronized with the output video.")
    ] = True
    prompt: Annotated[
        str,
        Field(
            description="Describe the scene, subject, action, camera movement, and mood you want in the video."
        ),
    ] = ""
    resolution: Annotated[Resolution | None, Field(description="Output video resolution tier.")] = (
        "720p"
    )


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
    enable_web_search: bool | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.0-mini/text-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio of the generated video. Default: "16:9".
        duration: Length of the generated video in seconds. Default: 5.
        enable_web_search: Allow the model to pull in real-time information when the prompt needs it. Default: False.
        generate_audio: Generate native audio synchronized with the output video. Default: True.
        prompt: Describe the scene, subject, action, camera movement, and mood you want in the video. Default: "".
        resolution: Output video resolution tier. Default: "720p".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_web_search=enable_web_search, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_web_search: bool | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.0-mini/text-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_web_search=enable_web_search, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_web_search: bool | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `bytedance/seedance-2.0-mini/text-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_web_search=enable_web_search, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: int | NotGiven | None = NOT_GIVEN,
    enable_web_search: bool | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `bytedance/seedance-2.0-mini/text-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, enable_web_search=enable_web_search, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
