"""A local stand-in for RunComfy's Model API, built from the project's specs.

Use it over HTTP (`runcomfy serve`), or in-process with `EmulatorTransport` (no sockets):

    api = ModelAPI(load_models(Path("specs")))
    http = httpx.Client(transport=EmulatorTransport(api))
    client = RunComfy("any-token", base_url=BASE_URL, http_client=http)
"""

from runcomfy.emulator._jobs import Timings
from runcomfy.emulator._models import load_models
from runcomfy.emulator._service import (
    FAULT_HEADER,
    FAULTS,
    EmulatedModel,
    FaultPlan,
    ModelAPI,
    Reply,
)
from runcomfy.emulator._transport import BASE_URL, EmulatorTransport

__all__ = [
    "BASE_URL",
    "FAULTS",
    "FAULT_HEADER",
    "EmulatedModel",
    "EmulatorTransport",
    "FaultPlan",
    "ModelAPI",
    "Reply",
    "Timings",
    "load_models",
]
