# Generated from specs/minimax/minimax-h3/text-to-video.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""MiniMax H3 T2V: typed client for RunComfy model `minimax/minimax-h3/text-to-video`.

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

MODEL_ID: Final = 'minimax/minimax-h3/text-to-video'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'aspect_ratio': {'default': '16:9',
                                 'description': 'The aspect ratio of the generated video.',
                                 'enum': ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'],
                                 'type': 'string'},
                'duration': {'default': 5,
                             'description': 'The length of the generated video in seconds (4–15).',
                             'enum': [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                             'type': 'integer'},
                'prompt': {'default': '', 'description': '', 'type': 'string'},
                'resolution': {'default': '768p',
                               'description': 'The resolution of the generated video. Choose 768p '
                                              'for faster/cheaper drafts or 2k for higher detail.',
                               'enum': ['768p', '2k'],
                               'type': 'string'}},
 'required': ['prompt'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"])


Duration = TypeAliasType("Duration", Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])


Resolution = TypeAliasType("Resolution", Literal["768p", "2k"])


class Input(InputModel):
    aspect_ratio: Annotated[
        AspectRatio | None, Field(description="The aspect ratio of the generated video.")
    ] = "16:9"
    duration: Annotated[
        Duration | None, Field(description="The length of the generated video in seconds (4–15).")
    ] = 5
    prompt: str = ""
    resolution: Annotated[
        Resolution | None,
        Field(
            description="The resolution of the generated video. Choose 768p for faster/cheaper drafts or 2k for higher detail."
        ),
    ] = "768p"


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
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3/text-to-video`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
        duration: The length of the generated video in seconds (4–15). Default: 5.
        prompt: `prompt` Default: "".
        resolution: The resolution of the generated video. Choose 768p for faster/cheaper drafts or 2k for higher detail. Default: "768p".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3/text-to-video` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `minimax/minimax-h3/text-to-video` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    duration: Duration | NotGiven | None = NOT_GIVEN,
    prompt: str = "",
    resolution: Resolution | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `minimax/minimax-h3/text-to-video` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(aspect_ratio=aspect_ratio, duration=duration, prompt=prompt, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
