# Generated from specs/quirks/titles.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Titles translated, empty or raw i18n keys: typed client for RunComfy model `quirks/titles`.

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

MODEL_ID: Final = 'quirks/titles'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'title': 'Schema di input',
 'required': ['prompt'],
 'properties': {'prompt': {'title': 'Richiesta', 'type': 'string', 'description': ''},
                'style': {'title': '', 'type': 'string', 'enum': ['a', 'b']},
                'strength': {'title': 'modelApiDoc_strengthLabel', 'type': 'number'},
                'class': {'title': 'class', 'type': 'string'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

Style = TypeAliasType("Style", Literal["a", "b"])


class Input(InputModel):
    prompt: str
    style: Style | None = None
    strength: float | None = None
    class_: Annotated[str | None, Field(alias="class")] = None


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    style: Style | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    class_: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/titles`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt`
        style: `style`
        strength: `strength`
        class_: `class` Sent as `class`.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, style=style, strength=strength, class_=class_))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    style: Style | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    class_: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/titles` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, style=style, strength=strength, class_=class_))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    style: Style | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    class_: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/titles` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, style=style, strength=strength, class_=class_))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    style: Style | NotGiven | None = NOT_GIVEN,
    strength: float | NotGiven | None = NOT_GIVEN,
    class_: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/titles` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, style=style, strength=strength, class_=class_))
    return await runcomfy.submit_async(MODEL, payload, client=client)
