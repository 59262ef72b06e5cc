"""MODELS.md: one page that documents every generated model, rendered with the modules.

For each model: its id, name, kind of output and module; its fields as the wrappers take them
(Python name, type, required or not, published default, published description); and an example
call, from the page's example or built from the schema (`codegen.examples`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from codegen import spec as specs
from codegen.examples import example_input
from codegen.models import Models
from codegen.render import header, render
from codegen.schema import field_notes
from runcomfy._schema import readable

ENUM_VALUES_SHOWN = 8
SHOWN_CHARS = 60  # a longer default is cut in the table; it stays whole in INPUT_SCHEMA


@dataclass(frozen=True)
class Row:
    name: str
    type: str
    required: bool
    default: str  # Python source, "" when there is none
    description: str


@dataclass(frozen=True)
class Entry:
    model_id: str
    display_name: str
    output_type: str
    module: str  # the dotted module name
    anchor: str
    rows: list[Row]
    example: str  # an example call, as Python source


def entry(spec: specs.Spec, models: Models, module: str) -> Entry:
    properties = readable(spec.input_schema).get("properties") or {}
    published = spec.input_schema.get("properties") or {}
    rows = []
    for f in models.fields:
        prop = properties.get(f.json_name) or {}
        described = str(prop.get("description") or "").strip()
        notes = field_notes(published.get(f.json_name) or {})
        rows.append(
            Row(
                name=f.name,
                type=_type(f.annotation, prop),
                required=f.required,
                default=_shown(prop["default"]) if "default" in prop else "",
                description=" ".join([described, *notes]).strip(),
            )
        )
    return Entry(
        model_id=spec.model_id,
        display_name=spec.display_name,
        output_type=str(spec.data.get("output_type") or ""),
        module=module,
        anchor=re.sub(r"[^a-z0-9]+", "-", spec.model_id.lower()).strip("-"),
        rows=rows,
        example=_example_call(spec, models, module),
    )


def render_page(entries: Sequence[Entry]) -> str:
    return render(
        "models.md.jinja",
        header=header("specs/").removeprefix("# "),
        entries=sorted(entries, key=lambda e: e.model_id),
    )


def _type(annotation: str, prop: dict[str, Any]) -> str:
    if isinstance(prop.get("enum"), list) and prop["enum"]:
        values = [_python(v) for v in prop["enum"]]
        more = len(values) - ENUM_VALUES_SHOWN
        if more > 0:
            values = [*values[:ENUM_VALUES_SHOWN], f"… {more} more"]
        return " | ".join(values)
    return annotation.removesuffix(" | None")


def _shown(value: Any) -> str:
    text = _python(value)
    return text if len(text) <= SHOWN_CHARS else f"{text[:SHOWN_CHARS]}…"


def _example_call(spec: specs.Spec, models: Models, module: str) -> str:
    example = example_input(spec.input_schema, spec.data.get("example_input"))
    defaults = readable(spec.input_schema).get("properties") or {}
    names = {f.json_name: f.name for f in models.fields}
    arguments = [
        f"    {names.get(key, key)}={_python(value)},"
        for key, value in example.items()
        # Required defaults are sent anyway: show only what the caller chooses.
        if not ("default" in defaults.get(key, {}) and defaults[key]["default"] == value)
    ]
    package, _, name = module.rpartition(".")
    call = f"{name}.run(\n" + "\n".join(arguments) + "\n)" if arguments else f"{name}.run()"
    media = (spec.data.get("output_type") or "").lower()
    shown = f"output.{media}" if models.shared_output and media in ("image", "video") else "output"
    return f"from {package} import {name}\n\noutput = {call}\nprint({shown})"


def _python(value: Any) -> str:
    """A JSON value as Python source, strings in double quotes."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_python(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_python(k)}: {_python(v)}" for k, v in value.items()) + "}"
    return repr(value)
