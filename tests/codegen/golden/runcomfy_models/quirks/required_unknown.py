# Generated from specs/quirks/required-unknown.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""required names a property that does not exist: typed client for RunComfy model `quirks/required-unknown`.

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
    NOT_GIVEN,
    AsyncRunComfy,
    InputModel,
    ModelSpec,
    NotGiven,
    OutputModel,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'quirks/required-unknown'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'title': 'modelApiDoc_navInputSchema',
 'required': ['prompt', 'image_urls', 'resolution'],
 'properties': {'prompt': {'title': 'Prompt', 'type': 'string', 'description': 'What to draw.'},
                'images': {'title': 'Images',
                           'type': 'array',
                           'items': {'type': 'string', 'format': 'uri'}},
                'resolution': {'type': 'string', 'enum': ['1K', '2K'], 'default': '1K'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

Resolution = TypeAliasType("Resolution", Literal["1K", "2K"])


class Input(InputModel):
    prompt: Annotated[str, Field(description="What to draw.")]
    images: list[str] | None = None
    resolution: Resolution = "1K"


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution = "1K",
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/required-unknown`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: What to draw.
        images: `images`
        resolution: `resolution` Default: "1K".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, images=images, resolution=resolution))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution = "1K",
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/required-unknown` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, images=images, resolution=resolution))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution = "1K",
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/required-unknown` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, images=images, resolution=resolution))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    images: list[str] | NotGiven | None = NOT_GIVEN,
    resolution: Resolution = "1K",
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/required-unknown` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, images=images, resolution=resolution))
    return await runcomfy.submit_async(MODEL, payload, client=client)
