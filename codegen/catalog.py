"""Specs from the Model API's catalog: a saved entry or list page, or the live list.

The catalog describes a model as `{"model_id", "display_name", "output_type", "input_schema"}`
(`GET /v1/models/{model_id}`), and lists them in pages of `{"models": [...], "total", "limit",
"offset"}` (`GET /v1/models?include_schema=true&limit=..&offset=..`). RunComfy's own tools call
the input schema `schema`; both names are read. Entries publish no output schema: their spec
gets the generic one the API pages publish (`runcomfy.MEDIA_OUTPUT_SCHEMA`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from runcomfy._config import ClientConfig
from runcomfy._errors import RunComfyError, status_error_class

CATALOG_PATH = "/v1/models"
PAGE_SIZE = 100
SCHEMA_KEYS = ("input_schema", "schema")


class CatalogError(Exception):
    """A catalog document or answer cannot be read; the message says what was expected."""


def is_entry(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("model_id"), str)


def entries(document: Any) -> list[dict[str, Any]]:
    """The model entries of a catalog document: one entry, a list page, or a list of entries."""
    if is_entry(document):
        return [dict(document)]
    listed = document.get("models") if isinstance(document, Mapping) else document
    if isinstance(listed, list) and all(is_entry(item) for item in listed):
        return [dict(item) for item in listed]
    raise CatalogError(
        "JSON, but neither a catalog entry (an object with model_id and input_schema) nor a "
        'catalog page ({"models": [...]}).'
    )


def entry_to_spec(entry: Mapping[str, Any], source: Mapping[str, Any]) -> dict[str, Any]:
    """A spec for one catalog entry; without an `output_schema` when the entry has none."""
    model_id = str(entry["model_id"])
    schema = next((entry[k] for k in SCHEMA_KEYS if isinstance(entry.get(k), Mapping)), None)
    if schema is None:
        raise CatalogError(
            f"{model_id}: the entry has no input schema (input_schema or schema); list the "
            "catalog with include_schema=true."
        )
    spec: dict[str, Any] = {"spec_format": 1, "model_id": model_id}
    for key in ("display_name", "output_type"):
        if isinstance(entry.get(key), str) and entry[key]:
            spec[key] = entry[key]
    spec["source"] = dict(source)
    spec["input_schema"] = dict(schema)
    output = entry.get("output_schema")
    if isinstance(output, Mapping):
        # Pages wrap the output schema as {"output": ...}; a bare schema is wrapped the same way.
        spec["output_schema"] = dict(output) if list(output) == ["output"] else {"output": output}
    if isinstance(entry.get("example_input"), Mapping):
        spec["example_input"] = dict(entry["example_input"])
    return spec


def fetch(
    http: httpx.Client, config: ClientConfig, *, page_size: int = PAGE_SIZE
) -> list[dict[str, Any]]:
    """Every entry of the service's catalog, page after page, with its input schema."""
    found: dict[str, dict[str, Any]] = {}
    offset = 0
    while True:
        page = _page(http, config, limit=page_size, offset=offset)
        models = page["models"]
        new = [m for m in models if is_entry(m) and m["model_id"] not in found]
        found.update((m["model_id"], dict(m)) for m in new)
        offset += len(models)
        total = page.get("total")
        # A page that brings nothing new ends the list too: a service ignoring `offset` must not
        # loop forever. A service may also answer fewer than `limit` entries a page.
        done = offset >= total if isinstance(total, int) else len(models) < page_size
        if done or not new:
            return list(found.values())


def _page(http: httpx.Client, config: ClientConfig, *, limit: int, offset: int) -> dict[str, Any]:
    url = config.base_url + CATALOG_PATH
    params = {"include_schema": "true", "limit": str(limit), "offset": str(offset)}
    try:
        response = http.get(url, params=params, headers=config.headers, timeout=config.timeout)
    except httpx.TransportError as exc:
        raise CatalogError(f"Cannot reach {url}: {exc}. Check RUNCOMFY_BASE_URL.") from exc
    try:
        data = response.json()
    except ValueError:
        data = None
    if response.status_code >= 400:
        body = data if isinstance(data, dict) else {}
        code = body.get("error_code")
        error_class = status_error_class(
            response.status_code, code if isinstance(code, int) else None
        )
        error: RunComfyError = error_class(
            status_code=response.status_code,
            error_code=code if isinstance(code, int) else None,
            error_message=body.get("error_message") or response.text[:200] or None,
            detail=body.get("detail"),
            body=body or response.text[:2000],
        )
        raise CatalogError(f"GET {url} failed: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("models"), list):
        raise CatalogError(
            f"GET {url} answered HTTP {response.status_code} without a list of models: "
            f"{response.text[:200]!r}"
        )
    return data
