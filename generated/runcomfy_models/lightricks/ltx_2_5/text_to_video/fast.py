# Generated from specs/lightricks/ltx-2.5/text-to-video/fast.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""LTX 2.5 T2V Fast: typed client for RunComfy model `lightricks/ltx-2.5/text-to-video/fast`.

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

MODEL_ID: Final = 'lightricks/ltx-2.5/text-to-video/fast'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'Output aspect ratio of the generated video.',
                                 'enum': ['16:9', '9:16'],
                                 'type': 'string'},
                'camera_motion': {'description': 'Optional camera motion preset. Leave unset for '
                                                 'prompt-only camera direction.',
                                  'enum': ['dolly_in',
                                           'dolly_out',
                                           'dolly_left',
                                           'dolly_right',
                                           'jib_up',
                                           'jib_down',
                                           'static',
                                           'focus_shift'],
                                  'type': 'string'},
                'duration': {'default': '10',
                             'description': 'Video length in seconds. Use auto to let the model '
                                            'choose from the prompt.',
                             'enum': ['auto', '6', '8', '10', '12', '14', '16', '18', '20'],
                             'type': 'string'},
                'fps': {'default': 25,
                        'description': 'Frames per second of the generated video.',
                        'enum': [24, 25, 48, 50],
                        'type': 'integer'},
                'generate_audio': {'default': True,
                                   'description': 'Whether to generate synchronized audio with the '
                                                  'video.',
                                   'type': 'boolean'},
                'prompt': {'default': '',
                           'description': 'Text prompt describing the video scene, motion, and '
                                          'audio.',
                           'type': 'string'},
                'resolution': {'default': '1080p',
                               'description': 'Output resolution of the generated video.',
                               'enum': ['720p', '1080p', '1440p', '2160p'],
                               'type': 'string'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["16:9", "9:16"])


CameraMotion = TypeAliasType("CameraMotion", Literal["dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up", "jib_down", "static", "focus_shift"])


Duration = TypeAliasType("Duration", Literal["auto", "6", "8", "10", "12", "14", "16", "18", "20"])


Fps = TypeAliasType("Fps", Literal[24, 25, 48, 50])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p", "1440p", "2160p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Output aspect ratio of the generated video.")
    ] = "16:9"
    camera_motion: Annotated[
        CameraMotion | None,
        Field(
            description="Optional camera motion preset. Leave unset for prompt-only camera direction."
        ),
    ] = None
    duration: Annotated[
        Duration | None,
        Field(
            description="Video length in seconds. Use auto to let the model choose from the prompt."
        ),
    ] = "10"
    fps: Annotated[Fps | None, Field(description="Frames per second of the generated video.")] = 25
    generate_audio: Annotated[
        bool | None, Field(description="Whether to generate synchronized audio with the video.")
    ] = True
    prompt: Annotated[
        str, Field(description="Text prompt describing the video scene, motion, and audio.")
    ] = ""
    resolution: Annotated[
        Resolution | None, Field(description="Output resolution of the generated video.")
    ] = "1080p"


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `lightricks/ltx-2.5/text-to-video/fast`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio of the generated video. Default: "16:9".
        camera_motion: Optional camera motion preset. Leave unset for prompt-only camera direction.
        duration: Video length in seconds. Use auto to let the model choose from the prompt. Default: "10".
        fps: Frames per second of the generated video. Default: 25.
        generate_audio: Whether to generate synchronized audio with the video. Default: True.
        prompt: Text prompt describing the video scene, motion, and audio. Default: "".
        resolution: Output resolution of the generated video. Default: "1080p".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, fps=fps, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `lightricks/ltx-2.5/text-to-video/fast` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, fps=fps, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `lightricks/ltx-2.5/text-to-video/fast` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, fps=fps, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `lightricks/ltx-2.5/text-to-video/fast` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, fps=fps, generate_audio=generate_audio, prompt=prompt, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
