"""The `runcomfy` command line (typer). Each command lives in the module for its concern."""

from runcomfy.cli import _codegen, _jobs, _serve  # noqa: F401  (importing registers the commands)
from runcomfy.cli._app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
