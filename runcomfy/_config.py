"""Client settings: where the service is, how to authenticate, how long to wait."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from runcomfy._errors import RunComfyError
from runcomfy._polling import PollSchedule

DEFAULT_BASE_URL = "https://model-api.runcomfy.net"
API_KEY_ENV = "RUNCOMFY_API_KEY"
BASE_URL_ENV = "RUNCOMFY_BASE_URL"

# Finite by default: a hung connection must never hang the caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3


class MissingAPIKeyError(RunComfyError):
    """No API key was given."""

    def __init__(self) -> None:
        super().__init__(
            f"No RunComfy API key: pass api_key= to the client or set {API_KEY_ENV}. "
            "Keys are managed in the RunComfy dashboard under API keys."
        )


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs to talk to the Model API. Immutable; derive with `replace`."""

    api_key: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    poll: PollSchedule = field(default_factory=PollSchedule.from_env)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    @classmethod
    def resolve(
        cls,
        api_key: str | None = None,
        base_url: str | None = None,
        **options: Any,
    ) -> ClientConfig:
        """Fill what the caller left out from the environment, then the defaults."""
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
        if not key.strip():
            raise MissingAPIKeyError()
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        settings = {k: v for k, v in options.items() if v is not None}
        if "timeout" in settings:
            settings["timeout"] = as_timeout(settings["timeout"])
        return cls(api_key=key.strip(), base_url=url.rstrip("/"), **settings)

    def with_options(self, **options: Any) -> ClientConfig:
        settings = {k: v for k, v in options.items() if v is not None}
        if "timeout" in settings:
            settings["timeout"] = as_timeout(settings["timeout"])
        return replace(self, **settings)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
