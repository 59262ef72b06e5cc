# Generated from specs/quirks/numbered-media.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Numbered media fields: typed client for RunComfy model `quirks/numbered-media`.

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
    MediaOutput,
    ModelSpec,
    NotGiven,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'quirks/numbered-media'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt', 'image_url_1'],
 'properties': {'prompt': {'type': 'string', 'default': ''},
                'image_url_1': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 1.'},
                'image_url_2': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 2.'},
                'image_url_3': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 3.'},
                'image_url_4': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 4.'},
                'image_url_5': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 5.'},
                'image_url_6': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 6.'},
                'image_url_7': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 7.'},
                'image_url_8': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 8.'},
                'image_url_9': {'type': 'string',
                                'format': 'image_uri',
                                'description': 'Reference image 9.'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object',
            'properties': {'image': {'type': 'string',
                                     'format': 'uri',
                                     'description': 'URL immagine singola'},
                           'video': {'type': 'string',
                                     'format': 'uri',
                                     'description': 'URL video singolo'},
                           'images': {'type': 'array',
                                      'description': 'più URL immagine',
                                      'items': {'type': 'string', 'format': 'uri'}},
                           'videos': {'type': 'array',
                                      'description': 'più URL video',
                                      'items': {'type': 'string', 'format': 'uri'}}}}}

class Input(InputModel):
    prompt: str = ""
    image_url_1: Annotated[str, Field(description="Reference image 1.")]
    image_url_2: Annotated[str | None, Field(description="Reference image 2.")] = None
    image_url_3: Annotated[str | None, Field(description="Reference image 3.")] = None
    image_url_4: Annotated[str | None, Field(description="Reference image 4.")] = None
    image_url_5: Annotated[str | None, Field(description="Reference image 5.")] = None
    image_url_6: Annotated[str | None, Field(description="Reference image 6.")] = None
    image_url_7: Annotated[str | None, Field(description="Reference image 7.")] = None
    image_url_8: Annotated[str | None, Field(description="Reference image 8.")] = None
    image_url_9: Annotated[str | None, Field(description="Reference image 9.")] = None


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str = "",
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/numbered-media`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "".
        image_url_1: Reference image 1.
        image_url_2: Reference image 2.
        image_url_3: Reference image 3.
        image_url_4: Reference image 4.
        image_url_5: Reference image 5.
        image_url_6: Reference image 6.
        image_url_7: Reference image 7.
        image_url_8: Reference image 8.
        image_url_9: Reference image 9.
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str = "",
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/numbered-media` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str = "",
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/numbered-media` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str = "",
    image_url_1: str,
    image_url_2: str | NotGiven | None = NOT_GIVEN,
    image_url_3: str | NotGiven | None = NOT_GIVEN,
    image_url_4: str | NotGiven | None = NOT_GIVEN,
    image_url_5: str | NotGiven | None = NOT_GIVEN,
    image_url_6: str | NotGiven | None = NOT_GIVEN,
    image_url_7: str | NotGiven | None = NOT_GIVEN,
    image_url_8: str | NotGiven | None = NOT_GIVEN,
    image_url_9: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/numbered-media` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, image_url_1=image_url_1, image_url_2=image_url_2, image_url_3=image_url_3, image_url_4=image_url_4, image_url_5=image_url_5, image_url_6=image_url_6, image_url_7=image_url_7, image_url_8=image_url_8, image_url_9=image_url_9))
    return await runcomfy.submit_async(MODEL, payload, client=client)
