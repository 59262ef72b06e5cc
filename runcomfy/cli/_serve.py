"""`runcomfy serve`: the local Model API emulator over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from runcomfy.cli._app import SpecsDir, app, err


@app.command()
def serve(
    specs: SpecsDir = Path("specs"),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Accept only this bearer token (default: any non-empty token)."),
    ] = None,
    queue_seconds: Annotated[float, typer.Option(help="How long each job waits queued.")] = 0.2,
    run_seconds: Annotated[float, typer.Option(help="How long each job runs.")] = 0.3,
    fault: Annotated[
        list[str] | None,
        typer.Option(
            help="ENDPOINT=FAULT applied to every request of an endpoint (submit, status, "
            "result, cancel or *); faults: 429, 500, 502, 503, 504, drop, slow, malformed, "
            "error_code, unknown_status, fail. Repeatable.",
        ),
    ] = None,
) -> None:
    """Serve a local emulator of the Model API for every model in specs/."""
    try:
        import uvicorn

        from runcomfy.emulator import FAULTS, FaultPlan, ModelAPI, Timings, load_models
        from runcomfy.emulator._asgi import create_app
    except ModuleNotFoundError as exc:
        err.print(
            f"[red]The emulator is not installed ({exc.name} is missing).[/red] "
            "Install it with: pip install 'runcomfy-codegen[emulator]'"
        )
        raise typer.Exit(2) from None
    always: dict[str, str] = {}
    for item in fault or ():
        endpoint, _, name = item.partition("=")
        if name not in FAULTS:
            err.print(
                f"[red]Unknown fault {item!r}[/red]: use ENDPOINT=FAULT; faults: {sorted(FAULTS)}."
            )
            raise typer.Exit(2)
        always[endpoint] = name
    models = load_models(specs)
    api = ModelAPI(
        models,
        token=token,
        timings=Timings(queue_seconds=queue_seconds, run_seconds=run_seconds),
        faults=FaultPlan(always=always),
    )
    err.print(f"Emulating {len(models)} model(s) at http://{host}:{port} (Ctrl-C stops).")
    uvicorn.run(create_app(api), host=host, port=port, log_level="warning")
