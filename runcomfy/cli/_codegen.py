"""`runcomfy import` and `runcomfy generate`: specs in, typed modules out."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Annotated

import typer

from runcomfy.cli._app import OutDir, SpecsDir, app, err, out


def _codegen(name: str) -> ModuleType:
    """A codegen module, or a clear exit when the generator is not installed."""
    try:
        return importlib.import_module(f"codegen.{name}")
    except ModuleNotFoundError as exc:
        err.print(
            f"[red]The generator is not installed ({exc.name} is missing).[/red] "
            "Install it with: pip install 'runcomfy-codegen[codegen]'"
        )
        raise typer.Exit(2) from None


@app.command()
def generate(
    specs: SpecsDir = Path("specs"),
    out_dir: OutDir = Path("generated"),
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 if generated code is not fresh."),
    ] = False,
) -> None:
    """Render generated/runcomfy_models/ from every spec in specs/."""
    gen = _codegen("generate")
    if not specs.is_dir():
        err.print(
            f"[red]No specs directory at {specs}.[/red] Run from the project root or pass --specs."
        )
        raise typer.Exit(2)
    plan = gen.plan(specs)
    for problem in plan.problems:
        err.print(f"[red]error[/red] {problem}", highlight=False, soft_wrap=True)
    if check:
        drift = gen.check(plan, out_dir)
        for label, paths in (
            ("stale", drift.stale),
            ("missing", drift.missing),
            ("orphaned", drift.orphaned),
        ):
            for path in paths:
                err.print(f"{label}: {out_dir / path}", highlight=False)
        if not drift.clean:
            err.print("Generated code is not fresh: run `runcomfy generate` and commit the result.")
        fresh = drift.clean and not plan.problems
        if fresh:
            out.print(f"{len(plan.model_ids)} model(s): generated code is fresh.")
        raise typer.Exit(0 if fresh else 1)
    changed = gen.write(plan, out_dir, prune=not plan.problems)
    for path in changed:
        out.print(f"wrote {out_dir / path}", highlight=False)
    out.print(
        f"{len(plan.model_ids)} model(s) generated, {len(changed)} file(s) changed"
        + (f", {len(plan.problems)} problem(s)." if plan.problems else ".")
    )
    if plan.problems:
        err.print("Fix the specs above; other models were generated, orphaned files were kept.")
        raise typer.Exit(1)


@app.command("import")
def import_(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Model API pages (text or saved HTML).", exists=True, dir_okay=False),
    ],
    specs: SpecsDir = Path("specs"),
) -> None:
    """Turn RunComfy model API pages into spec files under specs/."""
    importer = _codegen("importer")
    spec_module = _codegen("spec")
    failed = 0
    for path in paths:
        try:
            data = importer.import_file(path)
        except (importer.PageImportError, UnicodeDecodeError) as exc:
            err.print(f"[red]error[/red] {path}: {exc}", highlight=False)
            failed += 1
            continue
        target = specs / spec_module.spec_path(data["model_id"])
        existed = target.is_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(importer.render_spec(data), encoding="utf-8")
        verb = "updated" if existed else "created"
        out.print(f"{verb} {target} ({data['model_id']})", highlight=False)
    if failed:
        raise typer.Exit(1)
