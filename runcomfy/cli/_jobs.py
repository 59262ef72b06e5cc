"""`runcomfy run`, `status`, `result`, `cancel` and `models`: jobs from the command line.

`run MODEL_ID field=value ...` reads each value by the type the model's input schema gives the
field (see `_values`); every mistake in the command line is reported before anything is sent.

Commands build their client with `make_client()` (and fetch output files with the client from
`make_download_client()`); tests replace both to talk to the in-process emulator.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, NoReturn

import httpx
import typer
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from runcomfy._client import RunComfy
from runcomfy._config import API_KEY_ENV, BASE_URL_ENV, MissingAPIKeyError
from runcomfy._errors import InputValidationError, JobTimeoutError, RunComfyError
from runcomfy._model import ModelSpec, resolve
from runcomfy._types import (
    CancelResult,
    JobState,
    OutputModel,
    RequestHandle,
    RequestStatus,
    Result,
)
from runcomfy.cli._app import SpecsDir, app, err, out
from runcomfy.cli._values import (
    ArgumentError,
    parse_assignments,
    read_input_file,
    required_fields,
)

# -- what tests replace --------------------------------------------------------------------


def make_client(base_url: str | None, api_key: str | None) -> RunComfy:
    """The client every command uses. Unset values come from the environment."""
    return RunComfy(api_key, base_url=base_url)


def make_download_client() -> httpx.Client | None:
    """The HTTP client that fetches output files; None for a fresh one with no credentials."""
    return None


def find_model(model_id: str) -> ModelSpec[Any, Any] | None:
    """The generated model for `model_id`, or None when there is none (it then runs untyped)."""
    registry = _registry()
    if registry is None or model_id not in registry.model_ids():
        return None
    return resolve(registry.load(model_id))


def known_models() -> list[tuple[str, Mapping[str, Any]]] | None:
    """Every generated model with its input schema; None when runcomfy_models is missing."""
    registry = _registry()
    if registry is None:
        return None
    found: list[tuple[str, Mapping[str, Any]]] = []
    for model_id in registry.model_ids():
        module = registry.load(model_id)
        schema = getattr(module, "INPUT_SCHEMA", None)
        if not isinstance(schema, Mapping):
            schema = resolve(module).input_schema
        found.append((model_id, schema))
    return found


def _registry() -> Any:
    try:
        import runcomfy_models
    except ImportError:
        return None
    return runcomfy_models


def _stderr_is_terminal() -> bool:
    return _isatty(sys.stderr)


def _stdin_is_terminal() -> bool:
    return _isatty(sys.stdin)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# -- reporting -------------------------------------------------------------------------------


def _fail_line(message: str) -> None:
    """One red line on stderr."""
    line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    err.print(
        f"[bold red]error:[/bold red] [red]{escape(line)}[/red]", highlight=False, soft_wrap=True
    )


def _note(message: str) -> None:
    err.print(escape(message), style="dim", highlight=False, soft_wrap=True)


@contextlib.contextmanager
def _reported(base_url: str | None = None) -> Iterator[None]:
    """Known failures as one clear line: exit 2 for what is wrong in the input, 1 otherwise."""
    try:
        yield
    except ArgumentError as exc:
        _fail_line(str(exc))
        raise typer.Exit(2) from None
    except InputValidationError as exc:
        target = f" for {exc.model_id}" if exc.model_id else ""
        _fail_line(f"{len(exc.problems)} problem(s) in the input{target}; nothing was sent:")
        for problem in exc.problems:
            err.print(f"  {escape(str(problem))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except MissingAPIKeyError:
        _fail_line(
            f"No RunComfy API key: pass --api-key or set {API_KEY_ENV}. "
            "Keys are managed in the RunComfy dashboard under API keys."
        )
        raise typer.Exit(1) from None
    except JobTimeoutError as exc:
        _fail_line(str(exc))
        if not exc.cancelled:
            _note(_follow_up(exc.request_id or "", exc.model_id, base_url))
        raise typer.Exit(1) from None
    except RunComfyError as exc:
        _fail_line(str(exc))
        raise typer.Exit(1) from None
    except httpx.InvalidURL as exc:
        _fail_line(f"invalid URL: {exc}")
        raise typer.Exit(1) from None


def _follow_up(request_id: str, model_id: str | None, base_url: str | None) -> str:
    where = _where(base_url)
    typed = f" --model {model_id}" if model_id else ""
    return (
        f"  its status:  runcomfy status {request_id}{where}\n"
        f"  its output:  runcomfy result {request_id}{typed}{where}  (once it has finished)\n"
        f"  cancel it:   runcomfy cancel {request_id}{where}  (while it is queued)"
    )


def _where(base_url: str | None) -> str:
    return f" --base-url {base_url}" if base_url else ""


def _echo_json(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False))


def _output_json(output: OutputModel) -> Any:
    return output.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _output_lines(output: OutputModel) -> list[str]:
    """`field: value` lines, one per URL (or other value) in the output."""
    lines: list[str] = []
    data = _output_json(output)
    for name, value in data.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if item is None:
                continue
            text = item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)
            lines.append(f"{name}: {text}")
    return lines


def _status_json(status: RequestStatus) -> dict[str, Any]:
    return {
        "request_id": status.request_id,
        "state": status.state.value,
        "status": status.status,
        "queue_position": status.queue_position,
    }


def _result_json(result: Result[Any]) -> dict[str, Any]:
    return {
        "request_id": result.request_id,
        "state": result.state.value,
        "status": result.status,
        "output": _output_json(result.output) if result.output is not None else None,
        "error": result.error,
        "created_at": result.created_at,
        "finished_at": result.finished_at,
    }


def _cancel_json(outcome: CancelResult) -> dict[str, Any]:
    return {
        "request_id": outcome.request_id,
        "outcome": outcome.outcome.value,
        "cancelled": outcome.cancelled,
        "status": outcome.status,
    }


def _describe_state(state: JobState, status: str, queue_position: int | None) -> str:
    text = state.value if status == state.value else f"{state.value} (service says {status!r})"
    if queue_position is not None:
        text += f", queue position {queue_position}"
    return text


# -- shared options --------------------------------------------------------------------------

BaseUrl = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help=f"Model API address (default: ${BASE_URL_ENV}, else RunComfy's).",
        show_default=False,
    ),
]
ApiKey = Annotated[
    str | None,
    typer.Option("--api-key", help=f"API key (default: ${API_KEY_ENV}).", show_default=False),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON on stdout, and nothing else.")]
RequestId = Annotated[str, typer.Argument(help="The request_id the job was submitted as.")]


def _emulated(specs: Path) -> tuple[RunComfy, httpx.Client]:
    """A client for an in-process emulator of every spec, and one for its output files."""
    from runcomfy.emulator import BASE_URL, EmulatorTransport, ModelAPI, load_models

    transport = EmulatorTransport(ModelAPI(load_models(specs)))
    client = RunComfy("emulator", base_url=BASE_URL, http_client=httpx.Client(transport=transport))
    return client, httpx.Client(transport=transport)


def _client(base_url: str | None, api_key: str | None) -> RunComfy:
    if base_url is not None and not re.match(r"https?://[^/\s]+", base_url):
        raise ArgumentError(f"--base-url must be an http(s) URL, not {base_url!r}")
    return make_client(base_url, api_key)


# -- run ---------------------------------------------------------------------------------------


class _Progress:
    """Status, queue position and elapsed time on stderr, or nothing when it is not a terminal."""

    def __init__(self, model_id: str, enabled: bool) -> None:
        self._model_id = model_id
        self._bar = (
            Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            )
            if enabled
            else None
        )
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task(self._text("submitting"), total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def show(self, status: RequestStatus) -> None:
        if self._bar is None:
            return
        if status.state is JobState.IN_QUEUE:
            where = f"queued, position {status.queue_position}" if status.queue_position else ""
            text = where or "queued"
        elif status.state is JobState.IN_PROGRESS:
            text = "running"
        else:
            text = status.status
        self._bar.update(self._task, description=self._text(text))

    def _text(self, state: str) -> str:
        return f"[bold]{escape(self._model_id)}[/bold] {escape(state)}"


@app.command()
def run(
    model_id: Annotated[
        str, typer.Argument(help="The model to run, e.g. ideogram/ideogram-v3/reframe.")
    ],
    fields: Annotated[
        list[str] | None,
        typer.Argument(
            help="Input fields as name=value, read by the model's input schema "
            '(arrays and objects as JSON: tags=\'["a","b"]\').',
            show_default=False,
        ),
    ] = None,
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input",
            help="A JSON file of input fields (- for stdin); name=value pairs override it.",
            show_default=False,
        ),
    ] = None,
    download_dir: Annotated[
        Path | None,
        typer.Option(
            "--download",
            help="Download the output files into this directory and print their paths.",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    as_json: AsJson = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
    emulator: Annotated[
        bool,
        typer.Option(
            "--emulator",
            help="Run against an in-process emulator of the Model API built from the specs "
            "(no account, no token, no network).",
        ),
    ] = False,
    specs: SpecsDir = Path("specs"),
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            help="Give up waiting after this many seconds (a job still queued is cancelled).",
            min=0.0,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run a model and print its output (URLs, or JSON with --json)."""
    with _reported(base_url):
        spec = find_model(model_id)
        base = read_input_file(input_file) if input_file is not None else {}
        data = parse_assignments(model_id, spec.input_schema if spec else None, fields or (), base)
        if spec is None:
            _note(f"note: {model_id} has no generated module; its input is sent unchecked.")
            spec = ModelSpec.untyped(model_id)
        spec.validate_input(data)
        paths: list[Path] = []
        client, files = _emulated(specs) if emulator else (_client(base_url, api_key), None)
        with client:
            output = _run_job(client, spec, data, timeout, base_url)
            if download_dir is not None:
                from runcomfy._download import download

                files = files or make_download_client()
                paths = download(output, download_dir, http_client=files)
    if as_json:
        _echo_json(_output_json(output))
        if download_dir is not None:
            for path in paths:
                _note(f"saved {path}")
        return
    if download_dir is not None:
        for path in paths:
            typer.echo(str(path))
        return
    for line in _output_lines(output):
        typer.echo(line)


def _run_job(
    client: RunComfy,
    spec: ModelSpec[Any, Any],
    data: dict[str, Any],
    timeout: float | None,
    base_url: str | None,
) -> OutputModel:
    handle: RequestHandle | None = None
    last: list[RequestStatus] = []
    try:
        with _Progress(spec.model_id, enabled=_stderr_is_terminal()) as progress:

            def on_status(status: RequestStatus) -> None:
                last[:] = [status]
                progress.show(status)

            handle = client.submit(spec, data)
            output: OutputModel = client.wait(
                handle.request_id, spec, timeout=timeout, on_status=on_status
            )
            return output
    except KeyboardInterrupt:
        _interrupted(client, spec.model_id, handle, last[0] if last else None, base_url)


def _interrupted(
    client: RunComfy,
    model_id: str,
    handle: RequestHandle | None,
    last: RequestStatus | None,
    base_url: str | None,
) -> NoReturn:
    """Ctrl-C: offer to cancel a queued job, or say how to come back to it. Exit status 130."""
    if handle is None:
        _fail_line(
            "Interrupted while submitting: a job may have been created; check the RunComfy "
            "dashboard before submitting again."
        )
        raise typer.Exit(130)
    request_id = handle.request_id
    queued = last is None or last.state is JobState.IN_QUEUE
    where = "keeps its place in the queue" if queued else "keeps running"
    if queued and _stdin_is_terminal():
        try:
            wanted = typer.confirm(
                f"\nJob {request_id} is still queued. Cancel it?", default=True, err=True
            )
        except (typer.Abort, EOFError):
            wanted = False
        if wanted:
            try:
                outcome = client.cancel(request_id)
            except RunComfyError as exc:
                _fail_line(f"Could not cancel {request_id}: {exc}")
                where = "may still be queued"
            else:
                if outcome.cancelled:
                    _say(f"Cancelled job {request_id}.")
                    raise typer.Exit(130)
                where = f"was not cancelled: it is {outcome.status or 'no longer queued'}"
    _say(f"Interrupted. Job {request_id} {where}.")
    _note(_follow_up(request_id, model_id, base_url))
    raise typer.Exit(130)


def _say(message: str) -> None:
    err.print(escape(message), highlight=False, soft_wrap=True)


# -- status, result, cancel ------------------------------------------------------------------


@app.command()
def status(
    request_id: RequestId,
    as_json: AsJson = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
) -> None:
    """Print a job's status."""
    with _reported(), _client(base_url, api_key) as client:
        found = client.status(request_id)
    if as_json:
        _echo_json(_status_json(found))
        return
    typer.echo(f"request_id: {found.request_id}")
    typer.echo(f"state: {_describe_state(found.state, found.status, found.queue_position)}")


@app.command()
def result(
    request_id: RequestId,
    model: Annotated[
        str | None,
        typer.Option("--model", help="The job's model_id, to read its output as typed."),
    ] = None,
    as_json: AsJson = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
) -> None:
    """Print a job's result: its state, and its output once it has succeeded."""
    with _reported():
        spec = (find_model(model) or ModelSpec.untyped(model)) if model else None
        with _client(base_url, api_key) as client:
            found = client.result(request_id, spec) if spec else client.result(request_id)
    if as_json:
        _echo_json(_result_json(found))
        return
    typer.echo(f"request_id: {found.request_id}")
    typer.echo(f"state: {_describe_state(found.state, found.status, None)}")
    for label, value in (("created_at", found.created_at), ("finished_at", found.finished_at)):
        if value:
            typer.echo(f"{label}: {value}")
    if found.error is not None:
        error = found.error if isinstance(found.error, str) else json.dumps(found.error)
        typer.echo(f"error: {error}")
    if found.output is not None:
        for line in _output_lines(found.output):
            typer.echo(line)
    elif not found.state.is_terminal:
        typer.echo("output: none yet (the job has not finished)")


@app.command()
def cancel(
    request_id: RequestId,
    as_json: AsJson = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
) -> None:
    """Cancel a queued job (a job already running cannot be cancelled)."""
    with _reported(), _client(base_url, api_key) as client:
        outcome = client.cancel(request_id)
    if as_json:
        _echo_json(_cancel_json(outcome))
        return
    if outcome.cancelled:
        typer.echo(f"cancelled {outcome.request_id}")
    else:
        state = f"it is {outcome.status}" if outcome.status else f"outcome {outcome.outcome.value}"
        typer.echo(
            f"not cancelled {outcome.request_id}: {state} (only queued jobs can be cancelled)"
        )


# -- models ------------------------------------------------------------------------------------


@app.command()
def models(as_json: AsJson = False) -> None:
    """List the models with a generated module, and the fields each requires."""
    found = known_models()
    if found is None:
        _fail_line(
            "No generated models: runcomfy_models is not installed. "
            "Add specs with `runcomfy import` and run `runcomfy generate`."
        )
        raise typer.Exit(1)
    if as_json:
        _echo_json(
            [
                {
                    "model_id": model_id,
                    "required": required_fields(schema),
                    "fields": list(schema.get("properties") or {}),
                }
                for model_id, schema in found
            ]
        )
        return
    table = Table(title=f"{len(found)} model(s)", title_justify="left")
    table.add_column("model", no_wrap=True)
    table.add_column("required fields")
    for model_id, schema in found:
        table.add_row(escape(model_id), escape(", ".join(required_fields(schema)) or "(none)"))
    out.print(table)
