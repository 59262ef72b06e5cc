"""The `runcomfy` command's app object and the options its commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    name="runcomfy",
    help="Typed Python clients for RunComfy's Model API, generated from model specs.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

SpecsDir = Annotated[
    Path,
    typer.Option("--specs", help="Directory of spec files.", file_okay=False),
]
OutDir = Annotated[
    Path,
    typer.Option("--out", help="Directory that holds the generated runcomfy_models package."),
]
