"""`RunComfy` and `AsyncRunComfy`: the lifecycle engine driven over blocking or async httpx."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import ModuleType, TracebackType
from typing import Any, TypeVar, overload

import httpx
from typing_extensions import Self

from runcomfy._config import ClientConfig
from runcomfy._errors import RunComfyError
from runcomfy._lifecycle import Lifecycle, Sleep, StatusListener, Steps, Submitted
from runcomfy._logging import configure_from_env, logger
from runcomfy._model import ModelSpec, resolve
from runcomfy._types import CancelResult, OutputModel, RequestHandle, RequestStatus, Result

T = TypeVar("T")
OutputT = TypeVar("OutputT", bound=OutputModel)

ModelRef = ModelSpec[Any, Any] | ModuleType | str
InputArg = Any  # a generated `Input`, or a mapping of field names to values


class _ClientBase:
    """What both clients share: settings, the engine, and the typed public surface."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        self.config = config or ClientConfig.resolve(
            api_key, base_url, timeout=timeout, max_retries=max_retries
        )
        self._engine = Lifecycle(self.config)
        configure_from_env()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r})"

    def handle(self, request_id: str, model: ModelRef | None = None) -> RequestHandle:
        """A handle for a job submitted earlier, from its request_id alone."""
        model_id = resolve(model).model_id if model is not None else None
        return self._engine.handle(request_id, model_id)


class RunComfy(_ClientBase):
    """A blocking client for RunComfy's Model API.

    >>> from runcomfy_models.ideogram.ideogram_v3 import reframe
    >>> with RunComfy() as client:  # RUNCOMFY_API_KEY from the environment
    ...     output = client.run(reframe, {"image": "https://example.com/a.png"})
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        config: ClientConfig | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            api_key, base_url=base_url, timeout=timeout, max_retries=max_retries, config=config
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(follow_redirects=False)
        self._sleep = sleep

    def with_options(self, **options: Any) -> RunComfy:
        """A client sharing this one's connections, with some settings changed."""
        clone = RunComfy(
            config=self.config.with_options(**options), http_client=self._http, sleep=self._sleep
        )
        clone._owns_http = False
        return clone

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def submit(self, model: ModelRef, input: InputArg) -> RequestHandle:
        """Submit a job and return at once with its handle. The input is checked first."""
        return self._drive(self._engine.submit(resolve(model), input))

    def status(self, request_id: str) -> RequestStatus:
        return self._drive(self._engine.status(request_id))

    @overload
    def result(self, request_id: str, model: ModelSpec[Any, OutputT]) -> Result[OutputT]: ...
    @overload
    def result(
        self, request_id: str, model: ModuleType | str | None = None
    ) -> Result[OutputModel]: ...
    def result(self, request_id: str, model: ModelRef | None = None) -> Result[Any]:
        spec = resolve(model) if model is not None else ModelSpec.untyped("")
        return self._drive(self._engine.result(request_id, spec))

    def cancel(self, request_id: str) -> CancelResult:
        """Cancel a queued job. A job already running cannot be cancelled."""
        return self._drive(self._engine.cancel(request_id))

    @overload
    def run(
        self,
        model: ModelSpec[Any, OutputT],
        input: InputArg,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
        cancel_on_abort: bool = False,
    ) -> OutputT: ...
    @overload
    def run(
        self,
        model: ModuleType | str,
        input: InputArg,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
        cancel_on_abort: bool = False,
    ) -> OutputModel: ...
    def run(
        self,
        model: ModelRef,
        input: InputArg,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
        cancel_on_abort: bool = False,
    ) -> Any:
        """Submit a job, wait for it to end and return its typed output.

        `timeout` bounds the whole job, in seconds; past it a queued job is cancelled and
        `JobTimeoutError` carries the request_id to resume with `wait()`. With
        `cancel_on_abort`, a Ctrl-C while waiting also asks the service to cancel the job.
        """
        steps = self._engine.run(resolve(model), input, timeout=timeout, on_status=on_status)
        return self._drive(steps, cancel_on_abort=cancel_on_abort)

    @overload
    def wait(
        self,
        request_id: str,
        model: ModelSpec[Any, OutputT],
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> OutputT: ...
    @overload
    def wait(
        self,
        request_id: str,
        model: ModuleType | str | None = None,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> OutputModel: ...
    def wait(
        self,
        request_id: str,
        model: ModelRef | None = None,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> Any:
        """Wait for a job submitted earlier (by this process or another) and return its output."""
        spec = resolve(model) if model is not None else ModelSpec.untyped("")
        return self._drive(
            self._engine.wait(request_id, spec, timeout=timeout, on_status=on_status)
        )

    def _drive(self, steps: Steps[T], *, cancel_on_abort: bool = False) -> T:
        outcome: Any = None
        failure: httpx.TransportError | None = None
        submitted: RequestHandle | None = None
        try:
            while True:
                try:
                    action = steps.throw(failure) if failure is not None else steps.send(outcome)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                outcome, failure = None, None
                if isinstance(action, Submitted):
                    submitted = action.handle
                elif isinstance(action, Sleep):
                    self._sleep(action.seconds)
                else:
                    try:
                        outcome = self._http.send(action)
                    except httpx.TransportError as exc:
                        failure = exc
        except KeyboardInterrupt:
            if cancel_on_abort and submitted is not None:
                self._cancel_quietly(submitted.request_id)
            raise
        finally:
            steps.close()

    def _cancel_quietly(self, request_id: str) -> None:
        try:
            self.cancel(request_id)
        except RunComfyError as exc:  # best effort: the caller is already leaving
            logger.warning("could not cancel %s on abort: %s", request_id, exc)


class AsyncRunComfy(_ClientBase):
    """An asyncio client for RunComfy's Model API, with the same methods as `RunComfy`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        config: ClientConfig | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ) -> None:
        super().__init__(
            api_key, base_url=base_url, timeout=timeout, max_retries=max_retries, config=config
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)
        self._sleep = sleep

    def with_options(self, **options: Any) -> AsyncRunComfy:
        """A client sharing this one's connections, with some settings changed."""
        clone = AsyncRunComfy(
            config=self.config.with_options(**options), http_client=self._http, sleep=self._sleep
        )
        clone._owns_http = False
        return clone

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def submit(self, model: ModelRef, input: InputArg) -> RequestHandle:
        """Submit a job and return at once with its handle. The input is checked first."""
        return await self._drive(self._engine.submit(resolve(model), input))

    async def status(self, request_id: str) -> RequestStatus:
        return await self._drive(self._engine.status(request_id))

    @overload
    async def result(self, request_id: str, model: ModelSpec[Any, OutputT]) -> Result[OutputT]: ...
    @overload
    async def result(
        self, request_id: str, model: ModuleType | str | None = None
    ) -> Result[OutputModel]: ...
    async def result(self, request_id: str, model: ModelRef | None = None) -> Result[Any]:
        spec = resolve(model) if model is not None else ModelSpec.untyped("")
        return await self._drive(self._engine.result(request_id, spec))

    async def cancel(self, request_id: str) -> CancelResult:
        """Cancel a queued job. A job already running cannot be cancelled."""
        return await self._drive(self._engine.cancel(request_id))

    @overload
    async def run(
        self,
        model: ModelSpec[Any, OutputT],
        input: InputArg,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
        cancel_on_abort: bool = False,
    ) -> OutputT: ...
    @overload
    async def run(
        self,
        model: ModuleType | str,
        input: InputArg,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
        cancel_on_abort: bool = False,
    ) -> OutputModel: ...
    async def run(
        self,
        model: ModelRef,
        input: InputArg,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
        cancel_on_abort: bool = False,
    ) -> Any:
        """Submit a job, wait for it to end and return its typed output (see `RunComfy.run`).

        Cancelling the awaiting task stops polling at once; with `cancel_on_abort` it also
        asks the service to cancel the job (only a queued job can be cancelled).
        """
        steps = self._engine.run(resolve(model), input, timeout=timeout, on_status=on_status)
        return await self._drive(steps, cancel_on_abort=cancel_on_abort)

    @overload
    async def wait(
        self,
        request_id: str,
        model: ModelSpec[Any, OutputT],
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> OutputT: ...
    @overload
    async def wait(
        self,
        request_id: str,
        model: ModuleType | str | None = None,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> OutputModel: ...
    async def wait(
        self,
        request_id: str,
        model: ModelRef | None = None,
        *,
        timeout: float | None = None,
        on_status: StatusListener | None = None,
    ) -> Any:
        """Wait for a job submitted earlier and return its output."""
        spec = resolve(model) if model is not None else ModelSpec.untyped("")
        steps = self._engine.wait(request_id, spec, timeout=timeout, on_status=on_status)
        return await self._drive(steps)

    async def _drive(self, steps: Steps[T], *, cancel_on_abort: bool = False) -> T:
        outcome: Any = None
        failure: httpx.TransportError | None = None
        submitted: RequestHandle | None = None
        try:
            while True:
                try:
                    action = steps.throw(failure) if failure is not None else steps.send(outcome)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                outcome, failure = None, None
                if isinstance(action, Submitted):
                    submitted = action.handle
                elif isinstance(action, Sleep):
                    await self._sleep(action.seconds)
                else:
                    try:
                        outcome = await self._http.send(action)
                    except httpx.TransportError as exc:
                        failure = exc
        except (asyncio.CancelledError, KeyboardInterrupt):
            if cancel_on_abort and submitted is not None:
                # Shielded: the cancel request must go out although this task is cancelled.
                await asyncio.shield(self._cancel_quietly(submitted.request_id))
            raise
        finally:
            steps.close()

    async def _cancel_quietly(self, request_id: str) -> None:
        try:
            await self.cancel(request_id)
        except RunComfyError as exc:  # best effort: the caller is already leaving
            logger.warning("could not cancel %s on abort: %s", request_id, exc)


# -- one-call helpers, used by the generated modules -------------------------------------


def run(
    model: ModelSpec[Any, OutputT],
    input: InputArg,
    *,
    client: RunComfy | None = None,
    timeout: float | None = None,
    on_status: StatusListener | None = None,
) -> OutputT:
    """Run `model` with `client`, or with a short-lived client configured from the environment."""
    if client is not None:
        return client.run(model, input, timeout=timeout, on_status=on_status)
    with RunComfy() as own:
        return own.run(model, input, timeout=timeout, on_status=on_status)


def submit(model: ModelRef, input: InputArg, *, client: RunComfy | None = None) -> RequestHandle:
    if client is not None:
        return client.submit(model, input)
    with RunComfy() as own:
        return own.submit(model, input)


async def run_async(
    model: ModelSpec[Any, OutputT],
    input: InputArg,
    *,
    client: AsyncRunComfy | None = None,
    timeout: float | None = None,
    on_status: StatusListener | None = None,
) -> OutputT:
    if client is not None:
        return await client.run(model, input, timeout=timeout, on_status=on_status)
    async with AsyncRunComfy() as own:
        return await own.run(model, input, timeout=timeout, on_status=on_status)


async def submit_async(
    model: ModelRef, input: InputArg, *, client: AsyncRunComfy | None = None
) -> RequestHandle:
    if client is not None:
        return await client.submit(model, input)
    async with AsyncRunComfy() as own:
        return await own.submit(model, input)


__all__ = ["AsyncRunComfy", "RunComfy", "run", "run_async", "submit", "submit_async"]
