# Generated from specs/acme/field-names.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Field names: typed client for RunComfy model `acme/field-names`.

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

MODEL_ID: Final = 'acme/field-names'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt'],
 'properties': {'prompt': {'type': 'string'},
                'class': {'type': 'string', 'description': 'A Python keyword.'},
                'image-url': {'type': 'string', 'format': 'uri', 'description': 'Hyphenated.'},
                'from': {'type': 'string',
                         'enum': ['start', 'end'],
                         'description': 'A keyword with an enum.'},
                '2nd-pass': {'type': 'boolean', 'description': 'Starts with a digit.'},
                'mapping': {'type': 'string',
                            'enum': ['linear', 'nearest'],
                            'description': "Its alias must not shadow typing's Mapping."},
                'client': {'type': 'string',
                           'description': "Same name as the wrappers' client option."},
                'timeout': {'type': 'number',
                            'description': "Same name as the wrappers' timeout option."},
                'style': {'type': 'object',
                          'required': ['name'],
                          'properties': {'name': {'type': 'string'},
                                         'weight': {'type': 'number'}}}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object',
            'properties': {'class': {'type': 'string'},
                           'image-url': {'type': 'string', 'format': 'uri'},
                           'meta': {'type': 'object',
                                    'properties': {'seed': {'type': 'integer'}}}}}}

class Style(InputModel):
    name: str
    weight: float | None = None


From = TypeAliasType("From", Literal["start", "end"])


MappingValue = TypeAliasType("MappingValue", Literal["linear", "nearest"])


class Input(InputModel):
    prompt: str
    class_: Annotated[str | None, Field(alias="class", description="A Python keyword.")] = None
    image_url: Annotated[str | None, Field(alias="image-url", description="Hyphenated.")] = None
    from_: Annotated[From | None, Field(alias="from", description="A keyword with an enum.")] = None
    field_2nd_pass: Annotated[
        bool | None, Field(alias="2nd-pass", description="Starts with a digit.")
    ] = None
    mapping: Annotated[
        MappingValue | None, Field(description="Its alias must not shadow typing's Mapping.")
    ] = None
    client: Annotated[
        str | None, Field(description="Same name as the wrappers' client option.")
    ] = None
    timeout: Annotated[
        float | None, Field(description="Same name as the wrappers' timeout option.")
    ] = None
    style: Style | None = None


class Meta(OutputModel):
    seed: int | None = None


class Output(OutputModel):
    class_: Annotated[str | None, Field(alias="class")] = None
    image_url: Annotated[str | None, Field(alias="image-url")] = None
    meta: Meta | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str,
    class_: str | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    from_: From | NotGiven | None = NOT_GIVEN,
    field_2nd_pass: bool | NotGiven | None = NOT_GIVEN,
    mapping: MappingValue | NotGiven | None = NOT_GIVEN,
    client: str | NotGiven | None = NOT_GIVEN,
    timeout: float | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client_: RunComfy | None = None,
    timeout_: float | None = None,
) -> Output:
    """Run `acme/field-names`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt`
        class_: A Python keyword. Sent as `class`.
        image_url: Hyphenated. Sent as `image-url`.
        from_: A keyword with an enum. Sent as `from`.
        field_2nd_pass: Starts with a digit. Sent as `2nd-pass`.
        mapping: Its alias must not shadow typing's Mapping.
        client: Same name as the wrappers' client option.
        timeout: Same name as the wrappers' timeout option.
        style: `style`
        client_: the client to use; by default one configured from the environment.
        timeout_: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, class_=class_, image_url=image_url, from_=from_, field_2nd_pass=field_2nd_pass, mapping=mapping, client=client, timeout=timeout, style=style))
    return runcomfy.run(MODEL, payload, client=client_, timeout=timeout_)


def submit(
    *,
    prompt: str,
    class_: str | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    from_: From | NotGiven | None = NOT_GIVEN,
    field_2nd_pass: bool | NotGiven | None = NOT_GIVEN,
    mapping: MappingValue | NotGiven | None = NOT_GIVEN,
    client: str | NotGiven | None = NOT_GIVEN,
    timeout: float | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client_: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/field-names` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, class_=class_, image_url=image_url, from_=from_, field_2nd_pass=field_2nd_pass, mapping=mapping, client=client, timeout=timeout, style=style))
    return runcomfy.submit(MODEL, payload, client=client_)


async def run_async(
    *,
    prompt: str,
    class_: str | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    from_: From | NotGiven | None = NOT_GIVEN,
    field_2nd_pass: bool | NotGiven | None = NOT_GIVEN,
    mapping: MappingValue | NotGiven | None = NOT_GIVEN,
    client: str | NotGiven | None = NOT_GIVEN,
    timeout: float | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client_: AsyncRunComfy | None = None,
    timeout_: float | None = None,
) -> Output:
    """Run `acme/field-names` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, class_=class_, image_url=image_url, from_=from_, field_2nd_pass=field_2nd_pass, mapping=mapping, client=client, timeout=timeout, style=style))
    return await runcomfy.run_async(MODEL, payload, client=client_, timeout=timeout_)


async def submit_async(
    *,
    prompt: str,
    class_: str | NotGiven | None = NOT_GIVEN,
    image_url: str | NotGiven | None = NOT_GIVEN,
    from_: From | NotGiven | None = NOT_GIVEN,
    field_2nd_pass: bool | NotGiven | None = NOT_GIVEN,
    mapping: MappingValue | NotGiven | None = NOT_GIVEN,
    client: str | NotGiven | None = NOT_GIVEN,
    timeout: float | NotGiven | None = NOT_GIVEN,
    style: Style | NotGiven | None = NOT_GIVEN,
    client_: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `acme/field-names` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, class_=class_, image_url=image_url, from_=from_, field_2nd_pass=field_2nd_pass, mapping=mapping, client=client, timeout=timeout, style=style))
    return await runcomfy.submit_async(MODEL, payload, client=client_)
