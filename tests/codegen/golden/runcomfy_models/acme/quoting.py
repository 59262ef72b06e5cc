# Generated from specs/acme/quoting.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Quoting "test" \\ $HOME `tick` — 引号 ""\": typed client for RunComfy model `acme/quoting`.

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

MODEL_ID: Final = 'acme/quoting'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'title': 'Schema di input',
 'required': ['prompt'],
 'properties': {'prompt': {'title': 'Prompt',
                           'type': 'string',
                           'description': 'Say "hi" or \'bye\'; a path C:\\temp\\new; triple """ '
                                          'quotes; ${var} and $HOME; `code`; em — dash; 中文提示 한국어 '
                                          '日本語',
                           'default': 'a "cat" \\ 猫'},
                'negative_prompt': {'type': 'string',
                                    'description': 'Line one.\n'
                                                   'Line two, trailing spaces   \n'
                                                   '\n'
                                                   '    indented, then \'\'\' and """"',
                                    'default': ''},
                'style': {'type': 'string',
                          'description': 'Ends with a quote "',
                          'enum': ["it's", 'say "cheese"', 'back\\slash', '$5 — `x`', '写实']}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object',
            'properties': {'image': {'type': 'string',
                                     'format': 'uri',
                                     'description': 'The image — "as rendered" \\ 图像 `url` $1 '
                                                    '"""'}}}}

Style = TypeAliasType("Style", Literal["it's", 'say "cheese"', "back\\slash", "$5 — `x`", "写实"])


class Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description='Say "hi" or \'bye\'; a path C:\\temp\\new; triple """ quotes; ${var} and $HOME; `code`; em — dash; 中文提示 한국어 日本語'
        ),
    ] = 'a "cat" \\ 猫'
    negative_prompt: Annotated[
        str | None,
        Field(
            description='Line one.\nLine two, trailing spaces   \n\n    indented, then \'\'\' and """"'
        ),
    ] = ""
    style: Annotated[Style | None, Field(description='Ends with a quote "')] = None


class Output(OutputModel):
    image: Annotated[
        str | None, Field(description='The image — "as rendered" \\ 图像 `url` $1 """')
    ] = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str = 'a "cat" \\ 猫',
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/quoting`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: Say "hi" or 'bye'; a path C:\\temp\\new; triple \"\"\" quotes; ${var} and $HOME; `code`; em — dash; 中文提示 한국어 日本語 Default: 'a "cat" \\\\ 猫'.
        negative_prompt: Line one.
            Line two, trailing spaces

                indented, then ''' and \"\"\"" Default: "".
        style: Ends with a quote \"
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = 'a "cat" \\ 猫',
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/quoting` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = 'a "cat" \\ 猫',
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `acme/quoting` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = 'a "cat" \\ 猫',
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/quoting` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return await runcomfy.submit_async(MODEL, payload, client=client)
