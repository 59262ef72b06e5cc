"""specs/ -> generated/runcomfy_models/: plan every file, then write it or check it.

Output is deterministic (no timestamps, sorted where order is free), so two runs give
byte-identical files and a schema change shows up as a small diff.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from codegen import reference
from codegen import spec as specs
from codegen.models import (
    DEFAULT_CHARS,
    Field,
    ModelGenerationError,
    Models,
    generate_models,
    render_imports,
)
from codegen.naming import WRAPPER_IMPORTS, module_paths
from codegen.render import header, render
from codegen.schema import field_notes
from runcomfy._schema import MEDIA_OUTPUT_SCHEMA

PACKAGE = "runcomfy_models"
REFERENCE = PurePosixPath("MODELS.md")  # the page that documents every model, beside the package


@dataclass
class Plan:
    """The files `generated/` should hold, relative to it, and the specs that failed."""

    files: dict[PurePosixPath, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    model_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Drift:
    stale: list[PurePosixPath]
    missing: list[PurePosixPath]
    orphaned: list[PurePosixPath]

    @property
    def clean(self) -> bool:
        return not (self.stale or self.missing or self.orphaned)


def plan(specs_dir: Path) -> Plan:
    """Read every spec and render every file; a bad spec is reported, the rest still render."""
    result = Plan()
    loaded: list[specs.Spec] = []
    for file in specs.discover(specs_dir):
        try:
            loaded.append(specs.load(file, specs_dir))
        except specs.SpecError as exc:
            result.problems.extend(str(p) for p in exc.problems)
    seen: dict[str, Path] = {}
    for spec in loaded:
        if spec.model_id in seen:
            result.problems.append(
                f"{spec.path}: model_id {spec.model_id!r} is also in {seen[spec.model_id]}"
            )
        seen.setdefault(spec.model_id, spec.path)
    paths = module_paths(seen)
    packages = {path[:i] for path in paths.values() for i in range(1, len(path))}
    modules: dict[str, str] = {}
    documented: list[reference.Entry] = []
    for spec in loaded:
        if seen[spec.model_id] != spec.path:
            continue
        path = paths[spec.model_id]
        target = PurePosixPath(PACKAGE, *path)
        target = target / "__init__.py" if path in packages else target.with_suffix(".py")
        try:
            models = generate_models(spec.input_schema, spec.output_schema)
        except ModelGenerationError as exc:
            result.problems.append(f"specs/{spec.path.as_posix()}: cannot generate models: {exc}")
            continue
        result.files[target] = render_model(spec, models)
        modules[spec.model_id] = ".".join(path)
        documented.append(reference.entry(spec, models, f"{PACKAGE}.{modules[spec.model_id]}"))
        result.model_ids.append(spec.model_id)
    for package in sorted(packages):
        target = PurePosixPath(PACKAGE, *package, "__init__.py")
        result.files.setdefault(target, render_package(package))
    result.files[PurePosixPath(PACKAGE, "__init__.py")] = render(
        "registry.py.jinja",
        header=header("specs/"),
        modules=sorted(modules.items()),
    )
    result.files[PurePosixPath(PACKAGE, "py.typed")] = ""
    result.files[REFERENCE] = reference.render_page(documented)
    return result


def write(result: Plan, out_dir: Path, *, prune: bool) -> list[PurePosixPath]:
    """Write the planned files that differ; remove orphans when `prune`. Returns what changed."""
    changed: list[PurePosixPath] = []
    for relative, content in sorted(result.files.items()):
        target = out_dir / relative
        if target.is_file() and target.read_text(encoding="utf-8") == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        changed.append(relative)
    if prune:
        for relative in existing(out_dir):
            if relative not in result.files:
                (out_dir / relative).unlink()
                changed.append(relative)
        _remove_empty_dirs(out_dir / PACKAGE)
    return changed


def check(result: Plan, out_dir: Path) -> Drift:
    """How `out_dir` differs from the plan, without writing anything."""
    on_disk = set(existing(out_dir))
    stale = [
        p
        for p in sorted(result.files)
        if p in on_disk and (out_dir / p).read_text(encoding="utf-8") != result.files[p]
    ]
    missing = sorted(p for p in result.files if p not in on_disk)
    orphaned = sorted(p for p in on_disk if p not in result.files)
    return Drift(stale, missing, orphaned)


def existing(out_dir: Path) -> list[PurePosixPath]:
    """The generator's files in `out_dir`: the package's, and the reference page."""
    root = out_dir / PACKAGE
    found = [REFERENCE] if (out_dir / REFERENCE).is_file() else []
    if root.is_dir():
        found.extend(
            PurePosixPath(p.relative_to(out_dir).as_posix())
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        )
    return sorted(found)


# -- rendering -----------------------------------------------------------------------------


def render_model(spec: specs.Spec, models: Models) -> str:
    imports = {module: set(names) for module, names in models.imports.items()}
    for module, wrapper_names in WRAPPER_IMPORTS.items():
        imports.setdefault(module, set()).update(wrapper_names)
    published = spec.data["output_schema"]
    shared_schema = published == {"output": MEDIA_OUTPUT_SCHEMA}
    if models.shared_output:
        imports["runcomfy"].add("MediaOutput")
    if shared_schema:
        imports["runcomfy"].add("MEDIA_OUTPUT_SCHEMA")
    raw = spec.input_schema.get("properties") or {}
    fields = [_wrapper_field(f, raw.get(f.json_name) or {}) for f in models.fields]
    if not any(f["default"] == "NOT_GIVEN" for f in fields):
        # No optional field: the wrappers never name NOT_GIVEN, and an unused import fails ruff.
        imports["runcomfy"] -= {"NOT_GIVEN", "NotGiven"}
    names = {f["name"] for f in fields}
    options = {"client": _free("client", names), "timeout": _free("timeout", names)}
    return render(
        "model.py.jinja",
        header=header(f"specs/{spec.path.as_posix()}"),
        model_id=spec.model_id,
        display_name=spec.display_name,
        imports=render_imports(imports, plain={"runcomfy"}),
        input_schema=spec.data["input_schema"],
        output_schema=None if shared_schema else published,
        models=models.body,
        shared_output=models.shared_output,
        fields=fields,
        options=options,
        wrappers=_wrappers(spec.model_id),
    )


def render_package(package: tuple[str, ...]) -> str:
    return render("package.py.jinja", header=header("specs/"), prefix="/".join(package))


def _wrapper_field(f: Field, published: Mapping[str, Any]) -> dict[str, Any]:
    # Required fields show their published default; optional ones default to NOT_GIVEN so
    # only what the caller chose is sent and the service applies its own defaults.
    default: str | None = "NOT_GIVEN"
    if f.required and f.default is None:
        default = None
    elif f.required and f.default is not None and len(f.default) <= DEFAULT_CHARS:
        default = f.default
    annotation = f.annotation
    if default == "NOT_GIVEN":
        # `None` stays last in a union, as type checkers and linters expect.
        nullable = annotation.endswith(" | None")
        annotation = (
            annotation.removesuffix(" | None") + " | NotGiven" + (" | None" if nullable else "")
        )
    return {
        "name": f.name,
        "annotation": annotation,
        "default": default,
        "doc": field_doc(f, published),
    }


def field_doc(f: Field, published: Mapping[str, Any]) -> str:
    """A field's line in the wrappers' docstring: what the page says, and how it is read."""
    parts = [str(f.schema.get("description") or "").strip() or f"`{f.json_name}`"]
    if f.default is not None and f.default != "None":
        shown = f.default if len(f.default) <= DEFAULT_CHARS else f"{f.default[:DEFAULT_CHARS]}..."
        parts.append(f"Default: {shown}.")
    if f.json_name != f.name:
        parts.append(f"Sent as `{f.json_name}`.")
    parts.extend(field_notes(published))
    return " ".join(parts)


def _wrappers(model_id: str) -> list[dict[str, Any]]:
    return [
        {
            "name": "run",
            "is_async": False,
            "waits": True,
            "client_type": "RunComfy",
            "returns": "Output",
            "summary": f"Run `{model_id}`: submit a job, wait for it and return its output.",
        },
        {
            "name": "submit",
            "is_async": False,
            "waits": False,
            "client_type": "RunComfy",
            "returns": "RequestHandle",
            "summary": f"Submit a `{model_id}` job and return its handle without waiting.",
        },
        {
            "name": "run_async",
            "is_async": True,
            "waits": True,
            "client_type": "AsyncRunComfy",
            "returns": "Output",
            "summary": f"Run `{model_id}` asynchronously and return its output.",
        },
        {
            "name": "submit_async",
            "is_async": True,
            "waits": False,
            "client_type": "AsyncRunComfy",
            "returns": "RequestHandle",
            "summary": f"Submit a `{model_id}` job asynchronously and return its handle.",
        },
    ]


def _free(name: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    while name in taken:
        name = f"{name}_"
    return name


def _remove_empty_dirs(root: Path) -> None:
    if not root.is_dir():
        return
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if directory.name != "__pycache__" and not any(directory.iterdir()):
            directory.rmdir()
