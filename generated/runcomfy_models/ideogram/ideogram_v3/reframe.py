# Generated from specs/ideogram/ideogram-v3/reframe.json by `runcomfy generate`. Do not edit: edit the spec instead.
"""Ideogram 3.0 | Reframe immagine-su-immagine: typed client for RunComfy model `ideogram/ideogram-v3/reframe`.

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
    MediaOutput,
    ModelSpec,
    NotGiven,
    RequestHandle,
    RunComfy,
    given,
)

MODEL_ID: Final = 'ideogram/ideogram-v3/reframe'

INPUT_SCHEMA: Final[dict[str, Any]] = {'type': 'object',
 'title': 'Schema di input',
 'required': ['image', 'resolution'],
 'properties': {'image': {'title': 'image', 'description': '', 'type': 'string'},
                'resolution': {'title': 'Aspect Ratio (W:H)',
                               'description': '',
                               'type': 'string',
                               'default': '1152:864 (4:3)',
                               'enum': ['1536:640 (12:5)',
                                        '1536:576 (8:3)',
                                        '1536:512 (3:1)',
                                        '1472:704 (23:11)',
                                        '1472:640 (23:10)',
                                        '1472:576 (23:9)',
                                        '1408:704 (2:1)',
                                        '1408:640 (11:5)',
                                        '1408:576 (22:9)',
                                        '1344:768 (7:4)',
                                        '1344:704 (21:11)',
                                        '1344:640 (21:10)',
                                        '1312:736 (41:23)',
                                        '1280:800 (8:5)',
                                        '1280:768 (5:3)',
                                        '1280:704 (20:11)',
                                        '1248:832 (3:2)',
                                        '1216:832 (19:13)',
                                        '1216:768 (19:12)',
                                        '1216:704 (19:11)',
                                        '1152:896 (9:7)',
                                        '1152:864 (4:3)',
                                        '1152:832 (18:13)',
                                        '1152:704 (18:11)',
                                        '1120:896 (5:4)',
                                        '1088:960 (17:15)',
                                        '1088:896 (17:14)',
                                        '1088:832 (17:13)',
                                        '1088:768 (17:12)',
                                        '1024:1024 (1:1)',
                                        '1024:960 (16:15)',
                                        '1024:896 (8:7)',
                                        '1024:832 (16:13)',
                                        '960:1088 (15:17)',
                                        '960:1024 (15:16)',
                                        '960:896 (15:14)',
                                        '960:832 (15:13)',
                                        '896:1152 (7:9)',
                                        '896:1120 (4:5)',
                                        '896:1088 (14:17)',
                                        '896:1024 (7:8)',
                                        '896:960 (14:15)',
                                        '864:1152 (3:4)',
                                        '832:1248 (2:3)',
                                        '832:1216 (13:19)',
                                        '832:1152 (13:18)',
                                        '832:1088 (13:17)',
                                        '832:1024 (13:16)',
                                        '832:960 (13:15)',
                                        '800:1280 (5:8)',
                                        '768:1344 (4:7)',
                                        '768:1280 (3:5)',
                                        '768:1216 (12:19)',
                                        '768:1088 (12:17)',
                                        '736:1312 (23:41)',
                                        '704:1472 (11:23)',
                                        '704:1408 (1:2)',
                                        '704:1344 (11:21)',
                                        '704:1280 (11:20)',
                                        '704:1216 (11:19)',
                                        '704:1152 (11:18)',
                                        '640:1536 (5:12)',
                                        '640:1472 (10:23)',
                                        '640:1408 (5:11)',
                                        '640:1344 (10:21)',
                                        '576:1536 (3:8)',
                                        '576:1472 (9:23)',
                                        '576:1408 (9:22)',
                                        '512:1536 (1:3)']},
                'seed': {'title': 'Seed',
                         'description': '',
                         'maximum': 2147483647,
                         'minimum': 0,
                         'type': 'integer'},
                'rendering_speed': {'title': 'Rendering Speed',
                                    'description': '',
                                    'type': 'string',
                                    'enum': ['TURBO', 'BALANCED', 'QUALITY'],
                                    'default': 'BALANCED'},
                'color_palette': {'title': 'Color Palette', 'description': '', 'type': 'object'},
                'style': {'title': 'Style', 'description': '', 'type': 'object'}}}

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

Resolution = TypeAliasType("Resolution", Literal["1536:640 (12:5)", "1536:576 (8:3)", "1536:512 (3:1)", "1472:704 (23:11)", "1472:640 (23:10)", "1472:576 (23:9)", "1408:704 (2:1)", "1408:640 (11:5)", "1408:576 (22:9)", "1344:768 (7:4)", "1344:704 (21:11)", "1344:640 (21:10)", "1312:736 (41:23)", "1280:800 (8:5)", "1280:768 (5:3)", "1280:704 (20:11)", "1248:832 (3:2)", "1216:832 (19:13)", "1216:768 (19:12)", "1216:704 (19:11)", "1152:896 (9:7)", "1152:864 (4:3)", "1152:832 (18:13)", "1152:704 (18:11)", "1120:896 (5:4)", "1088:960 (17:15)", "1088:896 (17:14)", "1088:832 (17:13)", "1088:768 (17:12)", "1024:1024 (1:1)", "1024:960 (16:15)", "1024:896 (8:7)", "1024:832 (16:13)", "960:1088 (15:17)", "960:1024 (15:16)", "960:896 (15:14)", "960:832 (15:13)", "896:1152 (7:9)", "896:1120 (4:5)", "896:1088 (14:17)", "896:1024 (7:8)", "896:960 (14:15)", "864:1152 (3:4)", "832:1248 (2:3)", "832:1216 (13:19)", "832:1152 (13:18)", "832:1088 (13:17)", "832:1024 (13:16)", "832:960 (13:15)", "800:1280 (5:8)", "768:1344 (4:7)", "768:1280 (3:5)", "768:1216 (12:19)", "768:1088 (12:17)", "736:1312 (23:41)", "704:1472 (11:23)", "704:1408 (1:2)", "704:1344 (11:21)", "704:1280 (11:20)", "704:1216 (11:19)", "704:1152 (11:18)", "640:1536 (5:12)", "640:1472 (10:23)", "640:1408 (5:11)", "640:1344 (10:21)", "576:1536 (3:8)", "576:1472 (9:23)", "576:1408 (9:22)", "512:1536 (1:3)"])


RenderingSpeed = TypeAliasType("RenderingSpeed", Literal["TURBO", "BALANCED", "QUALITY"])


class Input(InputModel):
    image: str
    resolution: Resolution = "1152:864 (4:3)"
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = None
    rendering_speed: RenderingSpeed | None = "BALANCED"
    color_palette: dict[str, Any] | None = None
    style: dict[str, Any] | None = None


# The output schema is the generic one API pages publish: its model is shared by every module.
Output = MediaOutput


MODEL: Final = ModelSpec(MODEL_ID, Input, Output, INPUT_SCHEMA, OUTPUT_SCHEMA["output"])


def validate_input(data: Mapping[str, Any]) -> None:
    """Check `data` against `INPUT_SCHEMA`; raise `InputValidationError` listing every problem."""
    MODEL.validate_input(data)


def run(
    *,
    image: str,
    resolution: Resolution = "1152:864 (4:3)",
    seed: int | NotGiven | None = NOT_GIVEN,
    rendering_speed: RenderingSpeed | NotGiven | None = NOT_GIVEN,
    color_palette: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    style: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `ideogram/ideogram-v3/reframe`: submit a job, wait for it and return its output.

    Arguments left as `NOT_GIVEN` are not sent: the service applies its own default.

    Args:
        image: `image`
        resolution: `resolution` Default: "1152:864 (4:3)".
        seed: `seed`
        rendering_speed: `rendering_speed` Default: "BALANCED".
        color_palette: `color_palette`
        style: `style`
        client: the client to use; by default one configured from the environment.
        timeout: seconds to wait for the whole job before `JobTimeoutError`.
    """
    payload = MODEL.build_input(given(image=image, resolution=resolution, seed=seed, rendering_speed=rendering_speed, color_palette=color_palette, style=style))
    return runcomfy.run(MODEL, payload, client=client, timeout=timeout)


def submit(
    *,
    image: str,
    resolution: Resolution = "1152:864 (4:3)",
    seed: int | NotGiven | None = NOT_GIVEN,
    rendering_speed: RenderingSpeed | NotGiven | None = NOT_GIVEN,
    color_palette: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    style: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    client: RunComfy | None = None,
) -> RequestHandle:
    """Submit a `ideogram/ideogram-v3/reframe` job and return its handle without waiting. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image, resolution=resolution, seed=seed, rendering_speed=rendering_speed, color_palette=color_palette, style=style))
    return runcomfy.submit(MODEL, payload, client=client)


async def run_async(
    *,
    image: str,
    resolution: Resolution = "1152:864 (4:3)",
    seed: int | NotGiven | None = NOT_GIVEN,
    rendering_speed: RenderingSpeed | NotGiven | None = NOT_GIVEN,
    color_palette: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    style: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
) -> Output:
    """Run `ideogram/ideogram-v3/reframe` asynchronously and return its output. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image, resolution=resolution, seed=seed, rendering_speed=rendering_speed, color_palette=color_palette, style=style))
    return await runcomfy.run_async(MODEL, payload, client=client, timeout=timeout)


async def submit_async(
    *,
    image: str,
    resolution: Resolution = "1152:864 (4:3)",
    seed: int | NotGiven | None = NOT_GIVEN,
    rendering_speed: RenderingSpeed | NotGiven | None = NOT_GIVEN,
    color_palette: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    style: dict[str, Any] | NotGiven | None = NOT_GIVEN,
    client: AsyncRunComfy | None = None,
) -> RequestHandle:
    """Submit a `ideogram/ideogram-v3/reframe` job asynchronously and return its handle. Arguments as for `run()`."""
    payload = MODEL.build_input(given(image=image, resolution=resolution, seed=seed, rendering_speed=rendering_speed, color_palette=color_palette, style=style))
    return await runcomfy.submit_async(MODEL, payload, client=client)
