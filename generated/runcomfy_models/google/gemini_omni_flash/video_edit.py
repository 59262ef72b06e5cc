# Generated from specs/google/gemini-omni-flash/video-edit.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Gemini Omni Flash VideoEdit: typed client for RunComfy model `google/gemini-omni-flash/video-edit`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final

from pydantic import Field

import runcomfy
from runcomfy import (
    MEDIA_OUTPUT_SCHEMA,
    AsyncRunComfy,
    InputModel,
    MediaOutput,
    ModelSpec,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'google/gemini-omni-flash/video-edit'

INPUT_SCHEMA: Final[dict[str, Any]] = {'properties': {'prompt': {'default': '',
                           'description': 'A short, plain instruction describing the change you '
                                          "want. Keep it simple, and add a phrase like 'keep "
                                          "everything else the same' to preserve the rest of the "
                                          'scene.',
                           'type': 'string'},
                'video_url': {'description': 'Public URL of the video you want to edit. The clip '
                                             'is used as the base for the requested change.',
                              'format': 'video_uri',
                              'type': 'string'}},
 'required': ['prompt', 'video_url'],
 'type': 'object'}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

class Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="A short, plain instruction describing the change you want. Keep it simple, and add a phrase like 'keep everything else the same' to preserve the rest of the scene."
        ),
    ] = ""
    video_url: Annotated[
        str,
        Field(
            description="Public URL of the video you want to edit. The clip is used as the base for the requested change."
        ),
    ]


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str = "",
    video_url: str,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `google/gemini-omni-flash/video-edit`: submit a job, wait for it and return its output.

    Args:
        prompt: A short, plain instruction describing the change you want. Keep it simple, and add a phrase like 'keep everything else the same' to preserve the rest of the scene. Default: "".
        video_url: Public URL of the video you want to edit. The clip is used as the base for the requested change.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, video_url=video_url))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    video_url: str,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `google/gemini-omni-flash/video-edit` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, video_url=video_url))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    video_url: str,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `google/gemini-omni-flash/video-edit` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, video_url=video_url))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    video_url: str,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `google/gemini-omni-flash/video-edit` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, video_url=video_url))
    return await runcomfy.submit_async(MODEL, payload, client=client)
