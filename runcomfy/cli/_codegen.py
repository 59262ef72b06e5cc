"""`runcomfy import` and `runcomfy generate`: specs in, typed modules out."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import httpx
import typer

from runcomfy._config import ClientConfig, MissingAPIKeyError
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


def make_http_client() -> httpx.Client:
    """The HTTP client `import --from-api` fetches the catalog with (tests replace it)."""
    return httpx.Client(follow_redirects=False)


@app.command("import")
def import_(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Model API pages (text or saved HTML) or catalog JSON (an entry or a list page).",
            exists=True,
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    from_api: Annotated[
        bool,
        typer.Option(
            "--from-api",
            help="Import every model the Model API lists (RUNCOMFY_API_KEY, RUNCOMFY_BASE_URL).",
        ),
    ] = False,
    page_size: Annotated[
        int,
        typer.Option("--page-size", min=1, help="Models asked for per catalog page (--from-api)."),
    ] = 100,
    specs: SpecsDir = Path("specs"),
) -> None:
    """Turn model API pages and catalog entries into spec files under specs/.

    Each file is read by its content; a model already in specs/ has its spec updated in place.
    """
    importer = _codegen("importer")
    catalog = _codegen("catalog")
    if not paths and not from_api:
        err.print("Nothing to import: give pages or catalog files, or --from-api.")
        raise typer.Exit(2)
    batches: list[tuple[str, Any]] = []
    failed = 0
    for path in paths or ():
        try:
            batches.append((str(path), importer.import_file(path)))
        except (importer.PageImportError, catalog.CatalogError, UnicodeDecodeError) as exc:
            err.print(f"[red]error[/red] {path}: {exc}", highlight=False)
            failed += 1
    if from_api:
        try:
            batches.append(_from_api(importer, catalog, page_size))
        except (catalog.CatalogError, MissingAPIKeyError) as exc:
            err.print(f"[red]error[/red] {exc}", highlight=False)
            failed += 1
    for where, imported in batches:
        for problem in imported.problems:
            err.print(f"[red]error[/red] {where}: {problem}", highlight=False)
            failed += 1
        for spec in imported.specs:
            stored = importer.store(spec, specs)
            out.print(f"{stored.verb} {stored.path} ({spec['model_id']})", highlight=False)
            for note in stored.notes:
                out.print(f"  note: {note}", highlight=False)
    if failed:
        raise typer.Exit(1)


def _from_api(importer: ModuleType, catalog: ModuleType, page_size: int) -> tuple[str, Any]:
    config = ClientConfig.resolve()
    with make_http_client() as http:
        entries = catalog.fetch(http, config, page_size=page_size)
    url = config.base_url + catalog.CATALOG_PATH
    return url, importer.from_catalog(entries, {"kind": "catalog", "url": url})
