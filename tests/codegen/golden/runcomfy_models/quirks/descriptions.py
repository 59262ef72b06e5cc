# Generated from specs/quirks/descriptions.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Descriptions as pages write them: typed client for RunComfy model `quirks/descriptions`.

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

MODEL_ID: Final = 'quirks/descriptions'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt'],
 'properties': {'prompt': {'type': 'string',
                           'description': 'Use "quotes", \'single\', `backticks`, $PRICE and '
                                          '${var}, @mentions, [inst] tags, #ff8800, ≤ 5000 chars — '
                                          'em dash, 3–15 en dash, it’s, 中文提示词, trailing spaces   '},
                'negative_prompt': {'type': 'string', 'description': ''},
                'style': {'type': 'string', 'description': 'Ends with a backslash \\'},
                'lines': {'type': 'string',
                          'description': 'First line.   \nSecond line """ ends\n\n'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description='Use "quotes", \'single\', `backticks`, $PRICE and ${var}, @mentions, [inst] tags, #ff8800, ≤ 5000 chars — em dash, 3–15 en dash, it’s, 中文提示词, trailing spaces   '
        ),
    ]
    negative_prompt: str | None = None
    style: Annotated[str | None, Field(description='Ends with a backslash \\')] = None
    lines: Annotated[str | None, Field(description='First line.   \nSecond line """ ends\n\n')] = (
        None
    )


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    lines: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/descriptions`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: Use "quotes", 'single', `backticks`, $PRICE and ${var}, @mentions, [inst] tags, #ff8800, ≤ 5000 chars — em dash, 3–15 en dash, it’s, 中文提示词, trailing spaces
        negative_prompt: `negative_prompt`
        style: Ends with a backslash \\
        lines: First line.
            Second line \"\"\" ends
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style, lines=lines))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    lines: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/descriptions` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style, lines=lines))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    lines: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/descriptions` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style, lines=lines))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    lines: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/descriptions` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style, lines=lines))
    return await runcomfy.submit_async(MODEL, payload, client=client)
