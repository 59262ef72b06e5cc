# Generated from specs/google/nano-banana-2-lite/edit.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Nano Banana 2 Lite Edit: typed client for RunComfy model `google/nano-banana-2-lite/edit`.

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

MODEL_ID: Final = 'google/nano-banana-2-lite/edit'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'properties': {'prompt': {'default': '', 'type': 'string'},
                'aspect_ratio': {'default': 'auto',
                                 'enum': ['auto',
                                          '21:9',
                                          '16:9',
                                          '3:2',
                                          '4:3',
                                          '5:4',
                                          '1:1',
                                          '4:5',
                                          '3:4',
                                          '2:3',
                                          '9:16',
                                          '4:1',
                                          '1:4',
                                          '8:1',
                                          '1:8'],
                                 'type': 'string'},
                'image_urls': {'format': 'image_uris',
                               'maxItems': 10,
                               'minItems': 1,
                               'type': 'array'}},
 'required': ['prompt', 'image_urls']}

# As published: the schema of the result's `output`, under the key "output" (the generic one).
OUTPUT_SCHEMA: Final[dict[str, Any]] = {"output": MEDIA_OUTPUT_SCHEMA}

AspectRatio = TypeAliasType("AspectRatio", Literal["auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16", "4:1", "1:4", "8:1", "1:8"])


class Input(InputModel):
    prompt: str = ""
    aspect_ratio: AspectRatio | None = "auto"
    image_urls: Annotated[list[str], Field(max_length=10, min_length=1)]


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
    image_urls: list[str],
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `google/nano-banana-2-lite/edit`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "".
        aspect_ratio: `aspect_ratio` Default: "auto".
        image_urls: `image_urls`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, image_urls=image_urls))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `google/nano-banana-2-lite/edit` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, image_urls=image_urls))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `google/nano-banana-2-lite/edit` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, image_urls=image_urls))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    aspect_ratio: AspectRatio | NotGiven | None = NOT_GIVEN,
    image_urls: list[str],
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `google/nano-banana-2-lite/edit` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, aspect_ratio=aspect_ratio, image_urls=image_urls))
    return await runcomfy.submit_async(MODEL, payload, client=client)
