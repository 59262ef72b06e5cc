# Generated from specs/lightricks/ltx-2.5/image-to-video/pro.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""LTX 2.5 I2V Pro: typed client for RunComfy model `lightricks/ltx-2.5/image-to-video/pro`.

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

MODEL_ID: Final = 'lightricks/ltx-2.5/image-to-video/pro'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': 'auto',
                                 'description': 'Output aspect ratio. auto follows the input '
                                                'image.',
                                 'enum': ['auto', '16:9', '9:16'],
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
                             'enum': ['auto', '6', '8', '10'],
                             'type': 'string'},
                'end_image_url': {'description': 'Optional end image for a transition between '
                                                 'start and end frames. Leave empty for open-ended '
                                                 'motion from the start frame.',
                                  'format': 'image_uri',
                                  'type': 'string'},
                'fps': {'default': 25,
                        'description': 'Frames per second of the generated video.',
                        'enum': [24, 25, 50],
                        'type': 'integer'},
                'generate_audio': {'default': True,
                                   'description': 'Whether to generate synchronized audio with the '
                                                  'video.',
                                   'type': 'boolean'},
                'image_url': {'description': 'URL of the start image to animate into video.',
                              'format': 'image_uri',
                              'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Describe motion, camera, lighting, style, and audio for '
                                          'the generated video.',
                           'type': 'string'},
                'resolution': {'default': '1080p',
                               'description': 'Output resolution of the generated video.',
                               'enum': ['720p', '1080p'],
                               'type': 'string'}},
 'required': ['prompt', 'image_url'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["auto", "16:9", "9:16"])


CameraMotion = TypeAliasType("CameraMotion", Literal["dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up", "jib_down", "static", "focus_shift"])


Duration = TypeAliasType("Duration", Literal["auto", "6", "8", "10"])


Fps = TypeAliasType("Fps", Literal[24, 25, 50])


Resolution = TypeAliasType("Resolution", Literal["720p", "1080p"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="Output aspect ratio. auto follows the input image.")
    ] = "auto"
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
    end_image_url: Annotated[
        str | None,
        Field(
            description="Optional end image for a transition between start and end frames. Leave empty for open-ended motion from the start frame."
        ),
    ] = None
    fps: Annotated[Fps | None, Field(description="Frames per second of the generated video.")] = 25
    generate_audio: Annotated[
        bool | None, Field(description="Whether to generate synchronized audio with the video.")
    ] = True
    image_url: Annotated[str, Field(description="URL of the start image to animate into video.")]
    prompt: Annotated[
        str,
        Field(
            description="Describe motion, camera, lighting, style, and audio for the generated video."
        ),
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
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `lightricks/ltx-2.5/image-to-video/pro`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: Output aspect ratio. auto follows the input image. Default: "auto".
        camera_motion: Optional camera motion preset. Leave unset for prompt-only camera direction.
        duration: Video length in seconds. Use auto to let the model choose from the prompt. Default: "10".
        end_image_url: Optional end image for a transition between start and end frames. Leave empty for open-ended motion from the start frame.
        fps: Frames per second of the generated video. Default: 25.
        generate_audio: Whether to generate synchronized audio with the video. Default: True.
        image_url: URL of the start image to animate into video.
        prompt: Describe motion, camera, lighting, style, and audio for the generated video. Default: "".
        resolution: Output resolution of the generated video. Default: "1080p".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, end_image_url=end_image_url, fps=fps, generate_audio=generate_audio, image_url=image_url, prompt=prompt, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `lightricks/ltx-2.5/image-to-video/pro` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, end_image_url=end_image_url, fps=fps, generate_audio=generate_audio, image_url=image_url, prompt=prompt, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `lightricks/ltx-2.5/image-to-video/pro` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, end_image_url=end_image_url, fps=fps, generate_audio=generate_audio, image_url=image_url, prompt=prompt, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    camera_motion: CameraMotion | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    end_image_url: str | NotGiven | None = NOT_GIVEN,
    fps: Fps | NotGiven | None = NOT_GIVEN,
    generate_audio: bool | NotGiven | None = NOT_GIVEN,
    image_url: str,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `lightricks/ltx-2.5/image-to-video/pro` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, camera_motion=camera_motion, duration=duration, end_image_url=end_image_url, fps=fps, generate_audio=generate_audio, image_url=image_url, prompt=prompt, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
