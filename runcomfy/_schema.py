"""How published schemas are read: the quirks of RunComfy's schemas, resolved in one place.

Published schemas are kept verbatim; client-side validation, the emulator and the generator
(`codegen`) all read them through `readable()`, so a quirk is interpreted the same way
everywhere:

- `"type": "float"`, which is not a JSON Schema type, means `number`.
- A `default` that its own field rejects (`null` on a field that is not nullable, a value
  outside the field's `enum` or bounds) is no default: it is never sent, and a required field
  that has one is read as optional, so leaving it out lets the service apply its own default.
- A `required` name that is not a property is ignored: no input could satisfy it (the pages'
  own examples leave it out).
- An array whose `format` names media URLs (`image_uris`, `video_uris`, `audio_uris`) but that
  has no `items` holds URL strings.
- Other `format`s (`image_uri`, ...) are annotations: no reader checks them. RunComfy's
  `validations` lists on media fields are kept as published and checked by the service only,
  since each rule is about the file behind the URL, which only the service downloads.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema

_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains")
_SCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties")
MEDIA_ARRAY_SUFFIX = "_uris"

# The output schema RunComfy's API pages publish for every model (the catalog has none): the
# schema of a result's `output`, one URL or a list of URLs per kind of media.
MEDIA_OUTPUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "image": {"type": "string", "format": "uri", "description": "Single image URL"},
        "video": {"type": "string", "format": "uri", "description": "Single video URL"},
        "images": {
            "type": "array",
            "description": "Multiple image URLs",
            "items": {"type": "string", "format": "uri"},
        },
        "videos": {
            "type": "array",
            "description": "Multiple video URLs",
            "items": {"type": "string", "format": "uri"},
        },
    },
}


def readable(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a published schema with its quirks resolved, ready for a JSON Schema tool."""
    work = copy.deepcopy(dict(schema))
    nodes = list(subschemas(work))
    for node in nodes:
        _read_types(node)
    cls = jsonschema.validators.validator_for(work, default=jsonschema.Draft202012Validator)
    unusable = {id(node) for node in nodes if "default" in node and not _usable_default(cls, node)}
    for node in nodes:
        if id(node) in unusable:
            del node["default"]
        _read_required(node, unusable)
    return work


def validator(schema: Mapping[str, Any]) -> jsonschema.protocols.Validator:
    """A validator for input to a published schema, its quirks read as `readable()` reads them."""
    work = readable(schema)
    return jsonschema.validators.validator_for(work)(work)


def missing_field(error: jsonschema.ValidationError) -> str | None:
    """The property a `required` error is about (jsonschema names it only in its message)."""
    names = error.validator_value
    if error.validator != "required" or not isinstance(error.instance, Mapping):
        return None
    for name in names if isinstance(names, list) else ():
        if name not in error.instance and repr(name) in error.message:
            return str(name)
    return None


def unusable_default(prop: Mapping[str, Any]) -> bool:
    """Whether a published field's `default` is one its own schema rejects (and so ignored)."""
    return "default" in prop and "default" not in readable(prop)


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


def _read_types(node: dict[str, Any]) -> None:
    kind = node.get("type")
    if kind == "float":
        node["type"] = "number"
    elif isinstance(kind, list):
        node["type"] = ["number" if t == "float" else t for t in kind]
    media = node.get("format")
    if (
        node.get("type") == "array"
        and "items" not in node
        and isinstance(media, str)
        and media.endswith(MEDIA_ARRAY_SUFFIX)
    ):
        node["items"] = {"type": "string"}


def _usable_default(cls: Any, node: dict[str, Any]) -> bool:
    """Whether the field itself accepts its `default` (when that cannot be told: yes)."""
    rules = {k: v for k, v in node.items() if k != "default"}
    if _refers(rules):
        return True  # a `$ref` is only resolvable from the whole schema; take the default
    try:
        return bool(cls(rules).is_valid(node["default"]))
    except Exception:  # a field schema jsonschema cannot apply (an unknown type, ...)
        return True


def _read_required(node: dict[str, Any], unusable: set[int]) -> None:
    properties, required = node.get("properties"), node.get("required")
    if not isinstance(properties, dict) or not isinstance(required, list):
        return
    node["required"] = [
        name for name in required if name in properties and id(properties[name]) not in unusable
    ]


def _refers(value: Any) -> bool:
    if isinstance(value, dict):
        return "$ref" in value or any(_refers(v) for v in value.values())
    if isinstance(value, list):
        return any(_refers(v) for v in value)
    return False
