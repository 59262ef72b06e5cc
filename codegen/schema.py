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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codegen.naming import MODULE_NAMES, WRAPPER_IMPORTS, pascal
from runcomfy._schema import readable, subschemas


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
    taken = set(MODULE_NAMES).union(*WRAPPER_IMPORTS.values(), defs)
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
