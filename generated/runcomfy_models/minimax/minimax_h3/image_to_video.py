# Generated from specs/minimax/minimax-h3/image-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""MiniMax H3 I2V: typed client for RunComfy model `minimax/minimax-h3/image-to-video`.

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

MODEL_ID: Final = 'minimax/minimax-h3/image-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'duration': {'default': 5,
                             'description': 'Length of the generated video in seconds.',
                             'maximum': 15,
                             'minimum': 4,
                             'type': 'integer'},
                'image': {'description': 'First-frame image. Each side must be 256-5760 pixels '
                                         'with an aspect ratio between 0.4 and 2.5.',
                          'format': 'image_uri',
                          'type': 'string'},
                'last_image': {'description': 'Optional last-frame image used to guide the ending '
                                              'of the video.',
                               'format': 'image_uri',
                               'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Description of the motion and scene. 1-7000 characters.',
                           'type': 'string'},
                'resolution': {'default': '768p',
                               'description': 'Output video resolution. Choose 768p or 2k.',
                               'enum': ['768p', '2k'],
                               'type': 'string'}},
 'required': ['image', 'prompt', 'duration', 'resolution'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

Resolution = TypeAliasType("Resolution", Literal["768p", "2k"])


class Input(InputModel):
    duration: Annotated[
        int, Field(description="Length of the generated video in seconds.", ge=4, le=15)
    ] = 5
    image: Annotated[
        str,
        Field(
            description="First-frame image. Each side must be 256-5760 pixels with an aspect ratio between 0.4 and 2.5."
        ),
    ]
    last_image: Annotated[
        str | None,
        Field(description="Optional last-frame image used to guide the ending of the video."),
    ] = None
    prompt: Annotated[
        str, Field(description="Description of the motion and scene. 1-7000 characters.")
    ] = ""
    resolution: Annotated[
        Resolution, Field(description="Output video resolution. Choose 768p or 2k.")
    ] = "768p"


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    duration: int = 5,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution = "768p",
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3/image-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        duration: Length of the generated video in seconds. Default: 5.
        image: First-frame image. Each side must be 256-5760 pixels with an aspect ratio between 0.4 and 2.5.
        last_image: Optional last-frame image used to guide the ending of the video.
        prompt: Description of the motion and scene. 1-7000 characters. Default: "".
        resolution: Output video resolution. Choose 768p or 2k. Default: "768p".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    duration: int = 5,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution = "768p",
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3/image-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    duration: int = 5,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution = "768p",
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3/image-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    duration: int = 5,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution = "768p",
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3/image-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
