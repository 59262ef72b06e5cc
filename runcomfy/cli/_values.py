"""Reading `field=value` pairs by the type the model's input schema gives each field.

`seed=42` becomes an integer and `image=12345` stays a string; arrays and objects are JSON.
Every mistake (an unknown field, a value of the wrong type, a malformed pair) is an
`ArgumentError`, found before anything is sent.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any


class ArgumentError(Exception):
    """A mistake in the command line, found before anything was sent (exit status 2)."""


_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})
# The order in which a value is tried against a field that allows several types.
_TYPE_ORDER = ("null", "boolean", "integer", "number", "array", "object", "string")


def parse_assignments(
    model_id: str,
    schema: Mapping[str, Any] | None,
    pairs: Sequence[str],
    base: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The input for `pairs` (`field=value`) on top of `base`, each value read by the schema.

    With no schema (a model without a generated module), a value is read as JSON if it is
    JSON, else kept as text. Raises `ArgumentError` naming the field at fault.
    """
    data = dict(base or {})
    seen: set[str] = set()
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ArgumentError(
                f"{pair!r} is not FIELD=VALUE: give each input field as name=value, "
                "e.g. image=https://example.com/a.png"
            )
        if name in seen:
            raise ArgumentError(f"{name} is given twice; give each field once")
        seen.add(name)
        prop = _field_schema(model_id, schema, name)
        data[name] = _json_or_text(raw) if prop is None else parse_value(name, raw, prop)
    return data


def _field_schema(
    model_id: str, schema: Mapping[str, Any] | None, name: str
) -> Mapping[str, Any] | None:
    """The schema of field `name` (None: any JSON value), or `ArgumentError` if unknown."""
    properties = schema.get("properties") if schema is not None else None
    if schema is None or not isinstance(properties, Mapping):
        return None
    if name in properties:
        prop = properties[name]
        return prop if isinstance(prop, Mapping) else {}
    extra = schema.get("additionalProperties")
    if extra is not None and extra is not False:
        return extra if isinstance(extra, Mapping) else {}
    known = list(properties)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ArgumentError(
        f"unknown field {name!r} for {model_id}; {hint}its fields are: {_field_list(schema)}"
    )


def _field_list(schema: Mapping[str, Any]) -> str:
    properties = schema.get("properties") or {}
    required = set(required_fields(schema))
    return ", ".join(
        f"{name} ({_kind(prop)}{', required' if name in required else ''})"
        for name, prop in properties.items()
    )


def _kind(prop: Any) -> str:
    if not isinstance(prop, Mapping):
        return "any"
    kinds: list[str] = []
    for branch in _branches(prop):
        found = ["choice"] if _choices(branch) is not None else sorted(_types_of(branch))
        kinds += [k for k in found or ["any"] if k not in kinds]
    return "/".join(kinds)


def parse_value(name: str, raw: str, prop: Mapping[str, Any]) -> Any:
    """`raw` read as the type `prop` (a JSON Schema) allows, or `ArgumentError`."""
    branches = _branches(prop)
    choices = [c for b in branches if (cs := _choices(b)) is not None for c in cs]
    for choice in choices:
        if raw == _spelling(choice):
            return choice
    types: set[str] = set()
    free = False
    for branch in branches:
        if _choices(branch) is not None:
            continue
        branch_types = _types_of(branch)
        types |= branch_types
        free = free or not branch_types
    reasons: list[str] = []
    for kind in _TYPE_ORDER:
        if kind in types:
            ok, value, reason = _PARSERS[kind](raw)
            if ok:
                return value
            if reason:
                reasons.append(reason)
    if free:
        return _json_or_text(raw)
    raise ArgumentError(_expectation(name, raw, choices, types, reasons))


def _branches(prop: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """`prop`, and each alternative of its anyOf / oneOf, as separate schemas."""
    alternatives = [
        b for key in ("anyOf", "oneOf") for b in prop.get(key) or () if isinstance(b, Mapping)
    ]
    own = {k: v for k, v in prop.items() if k not in ("anyOf", "oneOf")}
    constrained = any(k in own for k in ("type", "enum", "const"))
    if not alternatives:
        return [own]
    return ([own] if constrained else []) + [b for a in alternatives for b in _branches(a)]


def _choices(prop: Mapping[str, Any]) -> list[Any] | None:
    if "const" in prop:
        return [prop["const"]]
    enum = prop.get("enum")
    return list(enum) if isinstance(enum, list) else None


def _types_of(prop: Mapping[str, Any]) -> set[str]:
    kind = prop.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _spelling(choice: Any) -> str:
    """How a choice is written on the command line: strings verbatim, the rest as JSON."""
    return choice if isinstance(choice, str) else json.dumps(choice)


ParseOutcome = tuple[bool, Any, str | None]  # parsed?, value, why not (for the message)


def _parse_null(raw: str) -> ParseOutcome:
    return (True, None, None) if raw == "null" else (False, None, None)


def _parse_boolean(raw: str) -> ParseOutcome:
    word = raw.strip().lower()
    if word in _TRUE:
        return True, True, None
    if word in _FALSE:
        return True, False, None
    return False, None, None


def _parse_integer(raw: str) -> ParseOutcome:
    text = raw.strip()
    return (True, int(text), None) if _INTEGER.fullmatch(text) else (False, None, None)


def _parse_number(raw: str) -> ParseOutcome:
    text = raw.strip()
    if _INTEGER.fullmatch(text):
        return True, int(text), None
    if _NUMBER.fullmatch(text):
        return True, float(text), None
    return False, None, None


def _parse_json_as(kind: type[Any]) -> Callable[[str], ParseOutcome]:
    def parse(raw: str) -> ParseOutcome:
        try:
            value = json.loads(raw, parse_constant=_reject_constant)
        except ValueError as exc:
            return False, None, f"not valid JSON: {exc}"
        if not isinstance(value, kind):
            return False, None, f"JSON {type(value).__name__}, not {kind.__name__}"
        return True, value, None

    return parse


def _parse_string(raw: str) -> ParseOutcome:
    return True, raw, None


_PARSERS: dict[str, Callable[[str], ParseOutcome]] = {
    "null": _parse_null,
    "boolean": _parse_boolean,
    "integer": _parse_integer,
    "number": _parse_number,
    "array": _parse_json_as(list),
    "object": _parse_json_as(dict),
    "string": _parse_string,
}

_DESCRIPTIONS = {
    "null": "null",
    "boolean": "a boolean (true/false, 1/0, yes/no)",
    "integer": "an integer",
    "number": "a number",
    "array": "a JSON array",
    "object": "a JSON object",
    "string": "a string",
}
_EXAMPLES = {"array": '\'["a","b"]\'', "object": '\'{"key": "value"}\''}


def _expectation(
    name: str, raw: str, choices: list[Any], types: set[str], reasons: list[str]
) -> str:
    wanted = [_DESCRIPTIONS.get(k, k) for k in _TYPE_ORDER if k in types]
    wanted += [t for t in sorted(types) if t not in _DESCRIPTIONS]
    if choices:
        wanted.append(f"one of: {', '.join(_shown(c) for c in choices)}")
    message = f"invalid value {raw!r} for {name}"
    close = difflib.get_close_matches(raw, [_spelling(c) for c in choices], n=1)
    if close:
        message += f" (did you mean {close[0]!r}?)"
    message += f": expected {' or '.join(wanted) or 'a value'}"
    if reasons:
        message += f"; {'; '.join(reasons)}"
    for kind in ("array", "object"):
        if kind in types:
            message += f", e.g. {name}={_EXAMPLES[kind]}"
            break
    return message


def _shown(choice: Any) -> str:
    """A choice in a list of choices: quoted when it holds a space or a comma."""
    text = _spelling(choice)
    return repr(text) if isinstance(choice, str) and re.search(r"[\s,]", text) else text


def _json_or_text(raw: str) -> Any:
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return raw


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def required_fields(schema: Mapping[str, Any]) -> list[str]:
    required = schema.get("required")
    return [r for r in required if isinstance(r, str)] if isinstance(required, list) else []


def read_input_file(path: Path) -> dict[str, Any]:
    """The base input from `--input` (`-` reads stdin), or `ArgumentError`."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArgumentError(f"cannot read --input {path}: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ArgumentError(f"--input {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ArgumentError(
            f"--input {path} must hold a JSON object of input fields, "
            f"not a JSON {type(data).__name__}"
        )
    return data
