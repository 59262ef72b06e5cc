"""Testing with RunComfy: a pytest plugin (fixtures for the in-process emulator, and
record/replay of a test's exchanges with the Model API) and the pieces behind it.

The plugin is registered automatically (entry point `pytest11`: `runcomfy.testing.plugin`);
see docs/testing.md.
"""

from runcomfy.testing._cassette import (
    REPLAY_API_KEY,
    CassetteError,
    RecordingTransport,
    RunComfyCassette,
    cassette_path,
)
from runcomfy.testing._clock import VirtualClock
from runcomfy.testing._redact import REDACTED, SECRET_PARAMS, Redactor

__all__ = [
    "REDACTED",
    "REPLAY_API_KEY",
    "SECRET_PARAMS",
    "CassetteError",
    "RecordingTransport",
    "Redactor",
    "RunComfyCassette",
    "VirtualClock",
    "cassette_path",
]
