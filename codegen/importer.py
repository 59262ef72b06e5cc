"""Turn what RunComfy publishes about a model into specs, recognising each form by its content.

- A Model API catalog document (JSON): one entry, or a list page (see `codegen.catalog`).
- A model's API page, as plain text or saved HTML, in any language. Pages are translated, so
  nothing here reads headings or titles: the model_id comes from the submit URL, the example
  from the body after `--data`, and the schemas are recognised by their shape (the input schema
  is an object schema with `properties`; the output schema is the object whose only key is
  `output`). Those parts are the same in every language.

Re-importing a model updates its spec in place (`update`): what the new source says replaces
what the spec said, and what it does not say (a catalog entry has no output schema or example,
a page no output_type) is kept from the earlier import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from codegen import catalog
from codegen.spec import spec_path
from runcomfy._model import ModelSpec, UntypedInput
from runcomfy._schema import MEDIA_OUTPUT_SCHEMA
from runcomfy._types import OutputModel

SUBMIT_URL = re.compile(r"https?://model-api\.runcomfy\.net/v1/models/([A-Za-z0-9._\-/]+)")
DATA_FLAG = re.compile(r"--data(?:-raw)?\s+'")
HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|body|head|div|pre)\b", re.IGNORECASE)


# The order of a stored spec's keys; a key not listed here goes after them.
SPEC_KEYS = (
    "spec_format",
    "model_id",
    "display_name",
    "output_type",
    "source",
    "input_schema",
    "output_schema",
    "example_input",
)


class PageImportError(Exception):
    """A page could not be turned into a spec; the message says what was missing."""


@dataclass
class Imported:
    """The specs one file or answer holds, and the entries of it that could not be read."""

    specs: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Stored:
    path: Path
    verb: str  # "created", "updated" or "unchanged"
    notes: list[str]


def import_text(text: str, *, file_name: str | None = None) -> Imported:
    """The specs a file holds, by its content: a catalog document (JSON), else an API page."""
    document = _json_document(text)
    if document is None:
        return Imported([page_to_spec(text, file_name=file_name)])
    source: dict[str, Any] = {"kind": "catalog"}
    if file_name:
        source["file"] = file_name
    return from_catalog(catalog.entries(document), source)


def import_file(path: Path) -> Imported:
    return import_text(path.read_text(encoding="utf-8"), file_name=path.name)


def from_catalog(entries: list[dict[str, Any]], source: Mapping[str, Any]) -> Imported:
    result = Imported()
    for entry in entries:
        try:
            result.specs.append(catalog.entry_to_spec(entry, source))
        except catalog.CatalogError as exc:
            result.problems.append(str(exc))
    return result


def update(
    existing: Mapping[str, Any] | None, new: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The spec to store for `new`, given the model's spec so far; and notes on what changed.

    `new` replaces what it says; what it does not say is kept from `existing`. A kept example
    that the new input schema rejects is dropped; a spec with no output schema at all gets the
    generic one the API pages publish.
    """
    merged = {**(existing or {}), **new}
    notes = []
    example = merged.get("example_input")
    if "example_input" not in new and isinstance(example, Mapping):
        schema = merged["input_schema"]
        model = ModelSpec(str(merged["model_id"]), UntypedInput, OutputModel, schema, {})
        if model.problems(example):
            del merged["example_input"]
            notes.append("dropped the earlier example_input: the new input schema rejects it")
    merged.setdefault("output_schema", {"output": MEDIA_OUTPUT_SCHEMA})
    ordered = {key: merged[key] for key in SPEC_KEYS if key in merged}
    ordered.update((key, value) for key, value in merged.items() if key not in ordered)
    return ordered, notes


def store(spec: Mapping[str, Any], specs_dir: Path) -> Stored:
    """Write `spec` to its place under `specs_dir`, updating the spec already there."""
    target = specs_dir / spec_path(str(spec["model_id"]))
    before = target.read_text(encoding="utf-8") if target.is_file() else None
    try:
        existing = json.loads(before) if before is not None else None
    except json.JSONDecodeError:
        existing = None  # a broken spec is replaced whole
    data, notes = update(existing if isinstance(existing, dict) else None, spec)
    text = render_spec(data)
    if text == before:
        return Stored(target, "unchanged", notes)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return Stored(target, "created" if before is None else "updated", notes)


def _json_document(text: str) -> Any:
    """The JSON value `text` holds, or None when it is not JSON (a page)."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


@dataclass(frozen=True)
class _Json:
    start: int
    end: int
    value: Any


def page_to_spec(text: str, *, file_name: str | None = None) -> dict[str, Any]:
    """The spec for one API page, given its text or HTML."""
    is_html = bool(HTML_HINT.search(text[:5000]))
    plain = html_to_text(text) if is_html else text
    model_id = _model_id(plain)
    blocks = list(_json_objects(plain))
    example = _example(plain, blocks)
    input_schema = _find(
        blocks, lambda v: v.get("type") == "object" and isinstance(v.get("properties"), dict)
    )
    output_schema = _find(blocks, lambda v: list(v) == ["output"] and isinstance(v["output"], dict))
    missing = [
        name
        for name, value in (("input schema", input_schema), ("output schema", output_schema))
        if value is None
    ]
    if missing:
        raise PageImportError(
            f"{file_name or 'the page'}: no {' or '.join(missing)} found. Save the model's "
            "API page whole (the Schema section included) and import it again."
        )
    spec: dict[str, Any] = {"spec_format": 1, "model_id": model_id}
    name = _display_name(plain, model_id)
    if name:
        spec["display_name"] = name
    source: dict[str, Any] = {"kind": "api-page"}
    if file_name:
        source["file"] = file_name
    language = _language(text, file_name, is_html)
    if language:
        source["language"] = language
    spec["source"] = source
    spec["input_schema"] = input_schema
    spec["output_schema"] = output_schema
    if example is not None:
        spec["example_input"] = example
    return spec


def render_spec(spec: dict[str, Any]) -> str:
    """A spec as it is stored: stable indentation, keys in published order, UTF-8 kept."""
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


# -- reading the page ----------------------------------------------------------------------


def _model_id(text: str) -> str:
    ids = [m.group(1).rstrip("/.\\") for m in SUBMIT_URL.finditer(text)]
    if not ids:
        raise PageImportError(
            "no submit URL (https://model-api.runcomfy.net/v1/models/<model_id>) found: "
            "is this a RunComfy model API page?"
        )
    return ids[0]


def _json_objects(text: str) -> list[_Json]:
    """Every top-level JSON object embedded in the text, in order."""
    decoder = json.JSONDecoder()
    found: list[_Json] = []
    position = 0
    while (start := text.find("{", position)) != -1:
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            position = start + 1
            continue
        if isinstance(value, dict):
            found.append(_Json(start, end, value))
        position = end
    return found


def _example(text: str, blocks: list[_Json]) -> dict[str, Any] | None:
    flag = DATA_FLAG.search(text)
    if flag is None:
        return None
    for block in blocks:
        if block.start == flag.end():
            return dict(block.value)
    return None


def _find(blocks: list[_Json], wanted: Any) -> dict[str, Any] | None:
    for block in blocks:
        if wanted(block.value):
            return dict(block.value)
    return None


def _display_name(text: str, model_id: str) -> str | None:
    """The heading just above the line that names the model_id."""
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if line == model_id:
            for previous in reversed(lines[:index]):
                if previous:
                    return previous
    return None


def _language(raw: str, file_name: str | None, is_html: bool) -> str | None:
    if is_html:
        match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", raw, re.IGNORECASE)
        if match:
            return match.group(1).lower()
    if file_name:
        match = re.search(r"\.([a-z]{2}(?:-[a-z]{2,4})?)\.(?:txt|html?)$", file_name, re.IGNORECASE)
        if match:
            return match.group(1).lower()
    return None


# -- HTML ----------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    (
        "address article aside blockquote br dd div dl dt fieldset figcaption figure footer "
        "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul"
    ).split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


class _TextExtractor(HTMLParser):
    """Page text as a reader sees it: one line per block, code kept verbatim."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return "".join(extractor.parts)
