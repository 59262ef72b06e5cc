# Generated from specs/quirks/validations.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""RunComfy's validations rules on media fields: typed client for RunComfy model `quirks/validations`.

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

MODEL_ID: Final = 'quirks/validations'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['image_urls', 'image'],
 'properties': {'image_urls': {'type': 'array',
                               'format': 'image_uris',
                               'maxItems': 4,
                               'items': {'type': 'string', 'format': 'image_uri'},
                               'validations': [{'validation_error': 'File size must be less than '
                                                                    '30 MB.',
                                                'validation_rule': 'file_size_mb<',
                                                'validation_value': 30}]},
                'image': {'type': 'string',
                          'format': 'image_uri',
                          'description': 'The picture to edit.',
                          'validations': [{'validation_rule': 'width>',
                                           'validation_value': 256,
                                           'validation_error': 'Width must be more than 256 px.'},
                                          {'validation_rule': 'height>',
                                           'validation_value': 256,
                                           'validation_error': 'Height must be more than 256 '
                                                               'px.'}]},
                'mask': {'type': 'string',
                         'format': 'image_uri',
                         'validations': [{'validation_rule': 'file_size_mb<',
                                          'validation_value': 10}]}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    image_urls: Annotated[list[str], Field(max_length=4)]
    image: Annotated[str, Field(description="The picture to edit.")]
    mask: str | None = None


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    image_urls: list[str],
    image: str,
    mask: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/validations`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        image_urls: `image_urls` Checked by the service, not by this client: File size must be less than 30 MB. (file_size_mb< 30).
        image: The picture to edit. Checked by the service, not by this client: Width must be more than 256 px. (width> 256); Height must be more than 256 px. (height> 256).
        mask: `mask` Checked by the service, not by this client: file_size_mb< 10.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(image_urls=image_urls, image=image, mask=mask))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    image_urls: list[str],
    image: str,
    mask: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/validations` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_urls=image_urls, image=image, mask=mask))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    image_urls: list[str],
    image: str,
    mask: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/validations` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_urls=image_urls, image=image, mask=mask))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    image_urls: list[str],
    image: str,
    mask: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/validations` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image_urls=image_urls, image=image, mask=mask))
    return await runcomfy.submit_async(MODEL, payload, client=client)
