"""From published schemas to the schemas the model generator reads.

The published schemas stay verbatim in the spec and in the generated module; this module
derives a working copy for datamodel-code-generator:

- the quirks every reader resolves the same way (`runcomfy._schema.readable`: `"float"` is
  `number`, ...);
- `title`s are dropped: pages translate them (or leave i18n keys), so no name may come
  from them, and they would only add noise to the generated code;
- empty `description`s are dropped;
- every field's `enum` becomes a named `Literal` alias (`Resolution`), so the wrappers'
  signatures can name the type instead of repeating the values.

An output schema that is the generic one every API page publishes (in any language: only
descriptions and titles differ) is recognised, so its model can share one `Output` class.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codegen.naming import MEDIA_OUTPUT_IMPORTS, MODULE_NAMES, WRAPPER_IMPORTS, pascal
from runcomfy._schema import MEDIA_OUTPUT_SCHEMA, readable, subschemas, unusable_default


@dataclass(frozen=True)
class Prepared:
    schema: dict[str, Any]
    aliases: dict[str, str]  # field name -> Literal alias name


def prepare_input(schema: Mapping[str, Any]) -> Prepared:
    work = readable(schema)
    for node in subschemas(work):
        _clean(node)
    work.setdefault("type", "object")
    aliases: dict[str, str] = {}
    defs: dict[str, Any] = work.setdefault("$defs", {})
    taken = set(MODULE_NAMES).union(MEDIA_OUTPUT_IMPORTS, *WRAPPER_IMPORTS.values(), defs)
    for name, prop in (work.get("properties") or {}).items():
        if not isinstance(prop, dict) or not isinstance(prop.get("enum"), list):
            continue
        alias = _free(pascal(name), taken)
        taken.add(alias)
        defs[alias] = {k: prop.pop(k) for k in ("type", "enum") if k in prop}
        prop["$ref"] = f"#/$defs/{alias}"
        aliases[name] = alias
    if not defs:
        del work["$defs"]
    return Prepared(work, aliases)


def prepare_output(schema: Mapping[str, Any]) -> dict[str, Any]:
    work = readable(schema)
    for node in subschemas(work):
        _clean(node)
    work.setdefault("type", "object")
    return work


def field_notes(published: Mapping[str, Any]) -> list[str]:
    """What the docs say about a published field besides its description: how a quirk of it is
    read (an unusable default), and RunComfy's `validations` rules, which only the service
    checks (see `runcomfy._schema`)."""
    notes = []
    if unusable_default(published):
        value = json.dumps(published["default"], ensure_ascii=False)
        notes.append(f"The published default {value} is not a valid value: it is never sent.")
    rules = published.get("validations")
    shown = []
    for rule in rules if isinstance(rules, list) else ():
        if isinstance(rule, Mapping):
            test = " ".join(
                str(rule[key]) for key in ("validation_rule", "validation_value") if key in rule
            )
            message = str(rule.get("validation_error") or "").strip()
            shown.append(f"{message} ({test})" if message else test)
    if shown:
        notes.append(f"Checked by the service, not by this client: {'; '.join(shown)}.")
    return notes


def is_media_output(schema: Mapping[str, Any]) -> bool:
    """Whether an output schema is the generic media one, whatever its descriptions say."""
    return _shape(schema) == _shape(MEDIA_OUTPUT_SCHEMA)


def _shape(schema: Mapping[str, Any]) -> dict[str, Any]:
    work = prepare_output(schema)
    for node in subschemas(work):
        node.pop("description", None)
    return work


def _clean(node: dict[str, Any]) -> None:
    node.pop("title", None)
    if node.get("description") == "":
        del node["description"]


def _free(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    suffix = "Value"
    candidate = f"{name}{suffix}"
    n = 2
    while candidate in taken:
        candidate = f"{name}{suffix}{n}"
        n += 1
    return candidate
