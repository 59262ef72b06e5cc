"""`runcomfy run`, `status`, `result`, `cancel` and `models`: jobs from the command line.

`run MODEL_ID field=value ...` reads each value by the type the model's input schema gives the
field, so `seed=42` sends an integer and `image=12345` a string. Every mistake in the command
line (an unknown field, a value of the wrong type, a malformed pair) is reported before
anything is sent.

Commands build their client with `make_client()` (and fetch output files with the client from
`make_download_client()`); tests replace both to talk to the in-process emulator.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
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


# -- reading field=value pairs -------------------------------------------------------------


class ArgumentError(Exception):
    """A mistake in the command line, found before anything was sent (exit status 2)."""


_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})
# The order in which a value is tried against a field that allows several types.
_TYPE_ORDER = ("null", "boolean", "integer", "number", "array", "object", "string")


def parse_assignments(
    model_id: str,
    schema: Mapping[str, Any] | None,
    pairs: Sequence[str],
    base: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The input for `pairs` (`field=value`) on top of `base`, each value read by the schema.

    With no schema (a model without a generated module), a value is read as JSON if it is
    JSON, else kept as text. Raises `ArgumentError` naming the field at fault.
    """
    data = dict(base or {})
    seen: set[str] = set()
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ArgumentError(
                f"{pair!r} is not FIELD=VALUE: give each input field as name=value, "
                "e.g. image=https://example.com/a.png"
            )
        if name in seen:
            raise ArgumentError(f"{name} is given twice; give each field once")
        seen.add(name)
        prop = _field_schema(model_id, schema, name)
        data[name] = _json_or_text(raw) if prop is None else parse_value(name, raw, prop)
    return data


def _field_schema(
    model_id: str, schema: Mapping[str, Any] | None, name: str
) -> Mapping[str, Any] | None:
    """The schema of field `name` (None: any JSON value), or `ArgumentError` if unknown."""
    properties = schema.get("properties") if schema is not None else None
    if schema is None or not isinstance(properties, Mapping):
        return None
    if name in properties:
        prop = properties[name]
        return prop if isinstance(prop, Mapping) else {}
    extra = schema.get("additionalProperties")
    if extra is not None and extra is not False:
        return extra if isinstance(extra, Mapping) else {}
    known = list(properties)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ArgumentError(
        f"unknown field {name!r} for {model_id}; {hint}its fields are: {_field_list(schema)}"
    )


def _field_list(schema: Mapping[str, Any]) -> str:
    properties = schema.get("properties") or {}
    required = set(_required(schema))
    return ", ".join(
        f"{name} ({_kind(prop)}{', required' if name in required else ''})"
        for name, prop in properties.items()
    )


def _kind(prop: Any) -> str:
    if not isinstance(prop, Mapping):
        return "any"
    kinds: list[str] = []
    for branch in _branches(prop):
        found = ["choice"] if _choices(branch) is not None else sorted(_types_of(branch))
        kinds += [k for k in found or ["any"] if k not in kinds]
    return "/".join(kinds)


def parse_value(name: str, raw: str, prop: Mapping[str, Any]) -> Any:
    """`raw` read as the type `prop` (a JSON Schema) allows, or `ArgumentError`."""
    branches = _branches(prop)
    choices = [c for b in branches if (cs := _choices(b)) is not None for c in cs]
    for choice in choices:
        if raw == _spelling(choice):
            return choice
    types: set[str] = set()
    free = False
    for branch in branches:
        if _choices(branch) is not None:
            continue
        branch_types = _types_of(branch)
        types |= branch_types
        free = free or not branch_types
    reasons: list[str] = []
    for kind in _TYPE_ORDER:
        if kind in types:
            ok, value, reason = _PARSERS[kind](raw)
            if ok:
                return value
            if reason:
                reasons.append(reason)
    if free:
        return _json_or_text(raw)
    raise ArgumentError(_expectation(name, raw, choices, types, reasons))


def _branches(prop: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """`prop`, and each alternative of its anyOf / oneOf, as separate schemas."""
    alternatives = [
        b for key in ("anyOf", "oneOf") for b in prop.get(key) or () if isinstance(b, Mapping)
    ]
    own = {k: v for k, v in prop.items() if k not in ("anyOf", "oneOf")}
    constrained = any(k in own for k in ("type", "enum", "const"))
    if not alternatives:
        return [own]
    return ([own] if constrained else []) + [b for a in alternatives for b in _branches(a)]


def _choices(prop: Mapping[str, Any]) -> list[Any] | None:
    if "const" in prop:
        return [prop["const"]]
    enum = prop.get("enum")
    return list(enum) if isinstance(enum, list) else None


def _types_of(prop: Mapping[str, Any]) -> set[str]:
    kind = prop.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _spelling(choice: Any) -> str:
    """How a choice is written on the command line: strings verbatim, the rest as JSON."""
    return choice if isinstance(choice, str) else json.dumps(choice)


ParseOutcome = tuple[bool, Any, str | None]  # parsed?, value, why not (for the message)


def _parse_null(raw: str) -> ParseOutcome:
    return (True, None, None) if raw == "null" else (False, None, None)


def _parse_boolean(raw: str) -> ParseOutcome:
    word = raw.strip().lower()
    if word in _TRUE:
        return True, True, None
    if word in _FALSE:
        return True, False, None
    return False, None, None


def _parse_integer(raw: str) -> ParseOutcome:
    text = raw.strip()
    return (True, int(text), None) if _INTEGER.fullmatch(text) else (False, None, None)


def _parse_number(raw: str) -> ParseOutcome:
    text = raw.strip()
    if _INTEGER.fullmatch(text):
        return True, int(text), None
    if _NUMBER.fullmatch(text):
        return True, float(text), None
    return False, None, None


def _parse_json_as(kind: type[Any]) -> Callable[[str], ParseOutcome]:
    def parse(raw: str) -> ParseOutcome:
        try:
            value = json.loads(raw, parse_constant=_reject_constant)
        except ValueError as exc:
            return False, None, f"not valid JSON: {exc}"
        if not isinstance(value, kind):
            return False, None, f"JSON {type(value).__name__}, not {kind.__name__}"
        return True, value, None

    return parse


def _parse_string(raw: str) -> ParseOutcome:
    return True, raw, None


_PARSERS: dict[str, Callable[[str], ParseOutcome]] = {
    "null": _parse_null,
    "boolean": _parse_boolean,
    "integer": _parse_integer,
    "number": _parse_number,
    "array": _parse_json_as(list),
    "object": _parse_json_as(dict),
    "string": _parse_string,
}

_DESCRIPTIONS = {
    "null": "null",
    "boolean": "a boolean (true/false, 1/0, yes/no)",
    "integer": "an integer",
    "number": "a number",
    "array": "a JSON array",
    "object": "a JSON object",
    "string": "a string",
}
_EXAMPLES = {"array": '\'["a","b"]\'', "object": '\'{"key": "value"}\''}


def _expectation(
    name: str, raw: str, choices: list[Any], types: set[str], reasons: list[str]
) -> str:
    wanted = [_DESCRIPTIONS.get(k, k) for k in _TYPE_ORDER if k in types]
    wanted += [t for t in sorted(types) if t not in _DESCRIPTIONS]
    if choices:
        wanted.append(f"one of: {', '.join(_shown(c) for c in choices)}")
    message = f"invalid value {raw!r} for {name}"
    close = difflib.get_close_matches(raw, [_spelling(c) for c in choices], n=1)
    if close:
        message += f" (did you mean {close[0]!r}?)"
    message += f": expected {' or '.join(wanted) or 'a value'}"
    if reasons:
        message += f"; {'; '.join(reasons)}"
    for kind in ("array", "object"):
        if kind in types:
            message += f", e.g. {name}={_EXAMPLES[kind]}"
            break
    return message


def _shown(choice: Any) -> str:
    """A choice in a list of choices: quoted when it holds a space or a comma."""
    text = _spelling(choice)
    return repr(text) if isinstance(choice, str) and re.search(r"[\s,]", text) else text


def _json_or_text(raw: str) -> Any:
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return raw


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _required(schema: Mapping[str, Any]) -> list[str]:
    required = schema.get("required")
    return [r for r in required if isinstance(r, str)] if isinstance(required, list) else []


def read_input_file(path: Path) -> dict[str, Any]:
    """The base input from `--input` (`-` reads stdin), or `ArgumentError`."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArgumentError(f"cannot read --input {path}: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ArgumentError(f"--input {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ArgumentError(
            f"--input {path} must hold a JSON object of input fields, "
            f"not a JSON {type(data).__name__}"
        )
    return data


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
                    "required": _required(schema),
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
        table.add_row(escape(model_id), escape(", ".join(_required(schema)) or "(none)"))
    out.print(table)
