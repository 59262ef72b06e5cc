"""Python names for RunComfy ids: module paths that are unique, importable and stable."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable

# Names `runcomfy_models` itself defines; a top-level model package may not shadow them.
RESERVED_TOP_LEVEL = frozenset({"load", "model_ids", "registry"})
# Names every generated model module defines.
MODULE_NAMES = frozenset(
    {
        "MODEL",
        "MODEL_ID",
        "INPUT_SCHEMA",
        "OUTPUT_SCHEMA",
        "Input",
        "Output",
        "validate_input",
        "run",
        "submit",
        "run_async",
        "submit_async",
    }
)
# What every generated model module imports for its wrappers, besides its models' own imports;
# names generated for a schema (enum aliases) must not shadow these either.
WRAPPER_IMPORTS: dict[str, frozenset[str]] = {
    "typing": frozenset({"Any", "Final"}),
    "collections.abc": frozenset({"Mapping"}),
    "runcomfy": frozenset(
        {
            "NOT_GIVEN",
            "AsyncRunComfy",
            "ModelSpec",
            "NotGiven",
            "RequestHandle",
            "RunComfy",
            "given",
        }
    ),
}
# What a model module whose output is the generic media one imports besides (from runcomfy).
MEDIA_OUTPUT_IMPORTS = frozenset({"MEDIA_OUTPUT_SCHEMA", "MediaOutput"})
# Lower-case names a model module defines or imports. A submodule named like one (`x/y/run`
# beside a model `x/y`) would replace it on import, so such segments get a trailing `_`,
# always, so a module's name never changes when another model is added.
MODULE_LEVEL_NAMES = frozenset(
    name
    for name in MODULE_NAMES | {"runcomfy"} | set().union(*WRAPPER_IMPORTS.values())
    if name.islower()
)
# Soft keywords up to Python 3.14, fixed here (not read from `keyword`) so a module's name does
# not depend on the interpreter that ran the generator.
SOFT_KEYWORDS = frozenset({"_", "case", "match", "type"})


def segment(name: str) -> str:
    """One model_id segment as a Python identifier: `ideogram-v3` -> `ideogram_v3`."""
    ident = re.sub(r"\W", "_", name.lower(), flags=re.ASCII)
    if not ident or ident[0].isdigit():
        ident = f"_{ident}"
    if keyword.iskeyword(ident) or ident in SOFT_KEYWORDS:
        ident = f"{ident}_"
    return ident


def module_paths(model_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The module path for each model_id, with collisions resolved deterministically.

    Two ids that read the same once lower-cased and cleaned (`a/b-c`, `a/b_c`) both keep a
    module: the first in sorted order gets the plain name, the next `_2`, and so on.
    """
    taken: set[tuple[str, ...]] = set()
    paths: dict[str, tuple[str, ...]] = {}
    for model_id in sorted(set(model_ids)):
        parts = [segment(s) for s in model_id.split("/")]
        if parts[0] in RESERVED_TOP_LEVEL:
            parts[0] = f"{parts[0]}_"
        parts[1:] = [f"{p}_" if p in MODULE_LEVEL_NAMES else p for p in parts[1:]]
        path = tuple(parts)
        suffix = 2
        while path in taken:
            path = (*parts[:-1], f"{parts[-1]}_{suffix}")
            suffix += 1
        taken.add(path)
        paths[model_id] = path
    return paths


def pascal(name: str) -> str:
    """`rendering_speed` -> `RenderingSpeed`; used for type aliases named after fields."""
    words = re.split(r"[^0-9A-Za-z]+", name)
    text = "".join(w[:1].upper() + w[1:] for w in words if w)
    if not text or text[0].isdigit():
        text = f"Field{text}"
    return text
