"""How published schemas are read: the quirks of RunComfy's schemas, resolved in one place.

Published schemas are kept verbatim; validation (here) and the generator (`codegen`) both
read them through `readable()`, so a quirk is interpreted the same way everywhere:

- `"type": "float"`, which is not a JSON Schema type, means `number`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains")
_SCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties")


def readable(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a published schema with its quirks resolved, ready for a JSON Schema tool."""
    work = copy.deepcopy(dict(schema))
    for node in subschemas(work):
        kind = node.get("type")
        if kind == "float":
            node["type"] = "number"
        elif isinstance(kind, list):
            node["type"] = ["number" if t == "float" else t for t in kind]
    return work


def subschemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every subschema of `node`, itself included (keywords only, never property names)."""
    if not isinstance(node, dict):
        return
    yield node
    for key in _SCHEMA_VALUES:
        yield from subschemas(node.get(key))
    for key in _SCHEMA_LISTS:
        for item in node.get(key) or ():
            yield from subschemas(item)
    for key in _SCHEMA_MAPS:
        value = node.get(key)
        if isinstance(value, dict):
            for item in value.values():
                yield from subschemas(item)
