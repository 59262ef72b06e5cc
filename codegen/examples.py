"""An example input for every model: the one its API page shows, or one built from its schema.

MODELS.md shows each as an example call; the tests check that each is accepted as it stands.
Catalog entries publish no example, so one is built from the required fields: their published
default, or a placeholder of the right kind (a media URL for a media field, a prompt for a
prompt, the first value of an enum, the lower bound of a number). Empty strings in a page's
example (pages leave media URLs blank) get the same placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from runcomfy._schema import readable

MEDIA_URLS = {
    "image": "https://example.com/image.png",
    "video": "https://example.com/video.mp4",
    "audio": "https://example.com/audio.mp3",
}
PROMPT = "a red fox running through fresh snow"
TEXT = "text"
_MEDIA_FORMAT = re.compile(r"^(image|video|audio)_uris?$")
_MEDIA_NAME = re.compile(r"image|video|audio|mask|photo|frame|_url|_uri", re.IGNORECASE)


def example_input(input_schema: Mapping[str, Any], published: Any = None) -> dict[str, Any]:
    """The page's example with its blanks filled, or the required fields with example values."""
    schema = readable(input_schema)
    properties: dict[str, Any] = schema.get("properties") or {}
    if isinstance(published, Mapping):
        return {
            name: _fill(name, properties.get(name) or {}) if value == "" else value
            for name, value in published.items()
        }
    return {name: _value(name, properties.get(name) or {}) for name in schema.get("required") or ()}


def _value(name: str, prop: Mapping[str, Any]) -> Any:
    default = prop.get("default")
    if "default" in prop and default not in ("", None, []):
        return default
    return placeholder(name, prop)


def _fill(name: str, prop: Mapping[str, Any]) -> Any:
    if prop.get("enum") or prop.get("type") not in (None, "string"):
        return ""  # a blank the schema does not describe as free text: keep it as published
    return placeholder(name, prop)


def placeholder(name: str, prop: Mapping[str, Any]) -> Any:
    """A plausible value for a field, from its schema and name."""
    if prop.get("enum"):
        return prop["enum"][0]
    kind = prop.get("type")
    if kind == "array":
        item = placeholder(name, prop.get("items") or {"type": "string", **_media_of(name, prop)})
        return [item] * max(1, int(prop.get("minItems") or 0))
    if kind == "integer":
        return int(prop.get("minimum", 1))
    if kind == "number":
        return float(prop.get("minimum", 1.0))
    if kind == "boolean":
        return False
    if kind == "object":
        return {}
    media = _media_of(name, prop).get("format")
    if media:
        return MEDIA_URLS[media.removesuffix("_uri")]
    return PROMPT if "prompt" in name.lower() else TEXT


def _media_of(name: str, prop: Mapping[str, Any]) -> dict[str, str]:
    """`{"format": "<kind>_uri"}` when the field holds media URLs, else `{}`."""
    fmt = prop.get("format")
    match = _MEDIA_FORMAT.match(fmt) if isinstance(fmt, str) else None
    if match:
        return {"format": f"{match[1]}_uri"}
    if fmt in ("uri", "url") or _MEDIA_NAME.search(name):
        lowered = name.lower()
        kind = next((k for k in ("video", "audio") if k in lowered), "image")
        return {"format": f"{kind}_uri"}
    return {}
