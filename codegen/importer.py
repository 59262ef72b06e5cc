"""Turn a RunComfy model API page (plain text or saved HTML, any language) into a spec.

Pages are translated, so nothing here reads headings or titles: the model_id comes from the
submit URL, the example from the body after `--data`, and the schemas are recognised by their
shape (the input schema is an object schema with `properties`; the output schema is the object
whose only key is `output`). Those parts are the same in every language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

SUBMIT_URL = re.compile(r"https?://model-api\.runcomfy\.net/v1/models/([A-Za-z0-9._\-/]+)")
DATA_FLAG = re.compile(r"--data(?:-raw)?\s+'")
HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|body|head|div|pre)\b", re.IGNORECASE)


class PageImportError(Exception):
    """A page could not be turned into a spec; the message says what was missing."""


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


def import_file(path: Path) -> dict[str, Any]:
    return page_to_spec(path.read_text(encoding="utf-8"), file_name=path.name)


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
