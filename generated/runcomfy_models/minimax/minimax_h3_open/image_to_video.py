# Generated from specs/minimax/minimax-h3-open/image-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""MiniMax H3 Open I2V: typed client for RunComfy model `minimax/minimax-h3-open/image-to-video`.

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

MODEL_ID: Final = 'minimax/minimax-h3-open/image-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'duration': {'default': 5,
                             'description': 'Length of the generated video in seconds (5–15).',
                             'maximum': 15,
                             'minimum': 5,
                             'type': 'integer'},
                'image': {'description': 'First-frame image URL. Output framing follows this '
                                         "image's aspect ratio.",
                          'format': 'image_uri',
                          'type': 'string'},
                'last_image': {'description': 'Optional last-frame image to guide the ending pose '
                                              'or composition.',
                               'format': 'image_uri',
                               'type': 'string'},
                'prompt': {'default': '',
                           'description': 'Motion, camera, and optional Audio: line. Keep identity '
                                          'consistent with the still.',
                           'type': 'string'},
                'resolution': {'default': '480p',
                               'description': 'Output resolution. 480p is faster/cheaper; 768p is '
                                              'sharper.',
                               'enum': ['480p', '768p'],
                               'type': 'string'},
                'seed': {'default': -1,
                         'description': 'Fixed seed for reproducible results. Use -1 for a random '
                                        'seed.',
                         'type': 'integer'}},
 'required': ['image', 'prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

Resolution = TypeAliasType("Resolution", Literal["480p", "768p"])


class Input(InputModel):
    duration: Annotated[
        int | None,
        Field(description="Length of the generated video in seconds (5–15).", ge=5, le=15),
    ] = 5
    image: Annotated[
        str,
        Field(
            description="First-frame image URL. Output framing follows this image's aspect ratio."
        ),
    ]
    last_image: Annotated[
        str | None,
        Field(description="Optional last-frame image to guide the ending pose or composition."),
    ] = None
    prompt: Annotated[
        str,
        Field(
            description="Motion, camera, and optional Audio: line. Keep identity consistent with the still."
        ),
    ] = ""
    resolution: Annotated[
        Resolution | None,
        Field(description="Output resolution. 480p is faster/cheaper; 768p is sharper."),
    ] = "480p"
    seed: Annotated[
        int | None,
        Field(description="Fixed seed for reproducible results. Use -1 for a random seed."),
    ] = -1


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3-open/image-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        duration: Length of the generated video in seconds (5–15). Default: 5.
        image: First-frame image URL. Output framing follows this image's aspect ratio.
        last_image: Optional last-frame image to guide the ending pose or composition.
        prompt: Motion, camera, and optional Audio: line. Keep identity consistent with the still. Default: "".
        resolution: Output resolution. 480p is faster/cheaper; 768p is sharper. Default: "480p".
        seed: Fixed seed for reproducible results. Use -1 for a random seed. Default: -1.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3-open/image-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution, seed=seed))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3-open/image-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    duration: int | NotGiven | None = NOT_GIVEN,
    image: str,
    last_image: str | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    seed: int | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3-open/image-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(duration=duration, image=image, last_image=last_image, prompt=prompt, resolution=resolution, seed=seed))
    return await runcomfy.submit_async(MODEL, payload, client=client)
