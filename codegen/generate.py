"""specs/ -> generated/runcomfy_models/: plan every file, then write it or check it.

Output is deterministic (no timestamps, sorted where order is free), so two runs give
byte-identical files and a schema change shows up as a small diff.
"""

from __future__ import annotations

import pprint
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from codegen import spec as specs
from codegen.models import Field, ModelGenerationError, generate_models, render_imports
from codegen.naming import WRAPPER_IMPORTS, module_paths

PACKAGE = "runcomfy_models"
DEFAULT_CHARS = 80  # longer defaults stay in the schema, not in every signature


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
    for spec in loaded:
        if seen[spec.model_id] != spec.path:
            continue
        path = paths[spec.model_id]
        target = PurePosixPath(PACKAGE, *path)
        target = target / "__init__.py" if path in packages else target.with_suffix(".py")
        try:
            result.files[target] = render_model(spec)
        except ModelGenerationError as exc:
            result.problems.append(f"specs/{spec.path.as_posix()}: cannot generate models: {exc}")
            continue
        modules[spec.model_id] = ".".join(path)
        result.model_ids.append(spec.model_id)
    for package in sorted(packages):
        target = PurePosixPath(PACKAGE, *package, "__init__.py")
        result.files.setdefault(target, render_package(package))
    result.files[PurePosixPath(PACKAGE, "__init__.py")] = _render(
        "registry.py.jinja",
        header=_header("specs/"),
        modules=sorted(modules.items()),
    )
    result.files[PurePosixPath(PACKAGE, "py.typed")] = ""
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
    root = out_dir / PACKAGE
    if not root.is_dir():
        return []
    return sorted(
        PurePosixPath(p.relative_to(out_dir).as_posix())
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


# -- rendering -----------------------------------------------------------------------------


def render_model(spec: specs.Spec) -> str:
    models = generate_models(spec.input_schema, spec.output_schema)
    imports = {module: set(names) for module, names in models.imports.items()}
    for module, wrapper_names in WRAPPER_IMPORTS.items():
        imports.setdefault(module, set()).update(wrapper_names)
    fields = [_wrapper_field(f) for f in models.fields]
    if not any(f["default"] == "NOT_GIVEN" for f in fields):
        # No optional field: the wrappers never name NOT_GIVEN, and an unused import fails ruff.
        imports["runcomfy"] -= {"NOT_GIVEN", "NotGiven"}
    names = {f["name"] for f in fields}
    options = {"client": _free("client", names), "timeout": _free("timeout", names)}
    return _render(
        "model.py.jinja",
        header=_header(f"specs/{spec.path.as_posix()}"),
        model_id=spec.model_id,
        display_name=spec.display_name,
        imports=render_imports(imports, plain={"runcomfy"}),
        input_schema=spec.data["input_schema"],
        output_schema=spec.data["output_schema"],
        models=models.body,
        fields=fields,
        options=options,
        wrappers=_wrappers(spec.model_id),
    )


def render_package(package: tuple[str, ...]) -> str:
    return _render("package.py.jinja", header=_header("specs/"), prefix="/".join(package))


def _wrapper_field(f: Field) -> dict[str, Any]:
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
    return {"name": f.name, "annotation": annotation, "default": default, "doc": _field_doc(f)}


def _field_doc(f: Field) -> str:
    parts = [str(f.schema.get("description") or "").strip() or f"`{f.json_name}`"]
    if f.default is not None and f.default != "None":
        shown = f.default if len(f.default) <= DEFAULT_CHARS else f"{f.default[:DEFAULT_CHARS]}..."
        parts.append(f"Default: {shown}.")
    if f.json_name != f.name:
        parts.append(f"Sent as `{f.json_name}`.")
    if not f.required:
        parts.append("Optional: when not given, the service's default applies.")
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


def _header(source: str) -> str:
    return f"# Generated from {source} by `runcomfy generate`. Do not edit: edit the spec instead."


def _render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context)


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["py"] = _python_literal
    env.filters["docstring"] = _docstring_text
    return env


def templates_dir() -> Path:
    """`templates/` in a source checkout, or the copy packed into the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "templates"):
        if (candidate / "model.py.jinja").is_file():
            return candidate
    raise FileNotFoundError("the codegen templates are missing from this installation")


def _python_literal(value: Any) -> str:
    return pprint.pformat(value, width=100, sort_dicts=False)


def _docstring_text(value: Any) -> str:
    """Text that is safe inside a triple-quoted docstring and leaves no trailing spaces."""
    text = "\n".join(line.rstrip() for line in str(value).replace("\\", "\\\\").splitlines())
    # A quote right before the closing quotes would end the string early. Take it off before the
    # triple-quote escape, so it is escaped once (a trailing `"""` must not become `""\\"`).
    closing = text.endswith('"')
    text = text.removesuffix('"') if closing else text
    text = text.replace('"""', '\\"\\"\\"')
    return text + '\\"' if closing else text


def _remove_empty_dirs(root: Path) -> None:
    if not root.is_dir():
        return
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if directory.name != "__pycache__" and not any(directory.iterdir()):
            directory.rmdir()
