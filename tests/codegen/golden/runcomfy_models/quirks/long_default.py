# Generated from specs/quirks/long-default.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""A whole example prompt as a default: typed client for RunComfy model `quirks/long-default`.

`Input` and `Output` follow the model's published schemas (kept verbatim in `INPUT_SCHEMA` and
`OUTPUT_SCHEMA`); `run()` / `submit()` and their async twins call the Model API through the
`runcomfy` runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

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

MODEL_ID: Final = 'quirks/long-default'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'required': ['prompt'],
 'properties': {'prompt': {'type': 'string',
                           'default': 'A sweeping cinematic shot of a lighthouse on a cliff at '
                                      'dusk, waves crashing below, gulls wheeling in the amber '
                                      'light, mist rolling in from the sea. A sweeping cinematic '
                                      'shot of a lighthouse on a cliff at dusk, waves crashing '
                                      'below, gulls wheeling in the amber light, mist rolling in '
                                      'from the sea. A sweeping cinematic shot of a lighthouse on '
                                      'a cliff at dusk, waves crashing below, gulls wheeling in '
                                      'the amber light, mist rolling in from the sea. A sweeping '
                                      'cinematic shot of a lighthouse on a cliff at dusk, waves '
                                      'crashing below, gulls wheeling in the amber light, mist '
                                      'rolling in from the sea. A sweeping cinematic shot of a '
                                      'lighthouse on a cliff at dusk, waves crashing below, gulls '
                                      'wheeling in the amber light, mist rolling in from the sea. '
                                      'A sweeping cinematic shot of a lighthouse on a cliff at '
                                      'dusk, waves crashing below, gulls wheeling in the amber '
                                      'light, mist rolling in from the sea. A sweeping cinematic '
                                      'shot of a lighthouse on a cliff at dusk, waves crashing '
                                      'below, gulls wheeling in the amber light, mist rolling in '
                                      'from the sea. A sweeping cinematic shot of a lighthouse on '
                                      'a cliff at dusk, waves crashing below, gulls wheeling in '
                                      'the amber light, mist rolling in from the sea. A sweeping '
                                      'cinematic shot of a lighthouse on a cliff at dusk, waves '
                                      'crashing below, gulls wheeling in the amber light, mist '
                                      'rolling in from the sea. A sweeping cinematic shot of a '
                                      'lighthouse on a cliff at dusk, waves crashing below, gulls '
                                      'wheeling in the amber light, mist rolling in from the sea. '
                                      'A sweeping cinematic shot of a lighthouse on a cliff at '
                                      'dusk, waves crashing below, gulls wheeling in the amber '
                                      'light, mist rolling in from the sea. A sweeping cinematic '
                                      'shot of a lighthouse on a cliff at dusk, waves crashing '
                                      'below, gulls wheeling in the amber light, mist rolling in '
                                      'from the sea. A sweeping cinematic shot of a lighthouse on '
                                      'a cliff at dusk, waves crashing below, gulls wheeling in '
                                      'the amber light, mist rolling in from the sea. A sweeping '
                                      'cinematic shot of a lighthouse on a cliff at dusk, waves '
                                      'crashing below, gulls wheeling in the amber light, mist '
                                      'rolling in from the sea.'},
                'negative_prompt': {'type': 'string',
                                    'default': 'blurry, low quality, watermark, text, deformed '
                                               'hands, extra fingers, blurry, low quality, '
                                               'watermark, text, deformed hands, extra fingers, '
                                               'blurry, low quality, watermark, text, deformed '
                                               'hands, extra fingers, blurry, low quality, '
                                               'watermark, text, deformed hands, extra fingers,'},
                'style': {'type': 'string', 'default': 'cinematic'}}}

# As published: the schema of the result's `output`, under the key "output".
OUTPUT_SCHEMA: Final[dict[str, Any]] = {'output': {'type': 'object', 'properties': {'image': {'type': 'string', 'format': 'uri'}}}}

class Input(InputModel):
    prompt: str = INPUT_SCHEMA["properties"]["prompt"]["default"]
    negative_prompt: str | None = INPUT_SCHEMA["properties"]["negative_prompt"]["default"]
    style: str | None = "cinematic"


class Output(OutputModel):
    image: str | None = None


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    prompt: str | NotGiven = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/long-default`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        prompt: `prompt` Default: "A sweeping cinematic shot of a lighthouse on a cliff at dusk, waves crashing be....
        negative_prompt: `negative_prompt` Default: "blurry, low quality, watermark, text, deformed hands, extra fingers, blurry, lo....
        style: `style` Default: "cinematic".
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    prompt: str | NotGiven = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/long-default` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    prompt: str | NotGiven = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `quirks/long-default` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    prompt: str | NotGiven = NOT_GIVEN,
    negative_prompt: str | NotGiven | None = NOT_GIVEN,
    style: str | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `quirks/long-default` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(prompt=prompt, negative_prompt=negative_prompt, style=style))
    return await runcomfy.submit_async(MODEL, payload, client=client)
