"""`field=value` pairs read by the model's input schema, and the mistakes reported for them."""

from __future__ import annotations

from typing import Any

import pytest

from runcomfy.cli._values import ArgumentError, parse_assignments

from .conftest import ALL_TYPES_ID, ALL_TYPES_SCHEMA

PARSED: list[tuple[str, Any]] = [
    ("steps=30", 30),
    ("steps=-2", -2),  # in range or not is for validation, not parsing
    ("guidance=7.5", 7.5),
    ("guidance=7", 7),
    ("guidance=1e-3", 0.001),
    ("guidance=.5", 0.5),
    ("upscale=true", True),
    ("upscale=FALSE", False),
    ("upscale=1", True),
    ("upscale=0", False),
    ("upscale=yes", True),
    ("upscale=no", False),
    ("sampler=euler", "euler"),
    ("sampler=dpm++ 2m", "dpm++ 2m"),  # an enum value, verbatim
    ("frames=24", 24),  # an integer enum gives an integer
    ("prompt=12345", "12345"),  # a string field keeps what looks like a number
    ("prompt=true", "true"),
    ("prompt=null", "null"),
    ('prompt=["a"]', '["a"]'),
    ("prompt=a=b", "a=b"),  # only the first = splits
    ("prompt=", ""),
    ('tags=["a","b"]', ["a", "b"]),
    ("tags=[]", []),
    ('options={"k": 1, "n": [true]}', {"k": 1, "n": [True]}),
    ("negative=null", None),
    ("negative=blurry", "blurry"),
    ("negative=42", "42"),
    ("strength=0.5", 0.5),
    ("strength=null", None),
    ("anything=3", 3),
    ("anything=hello", "hello"),
    ('anything={"a": 1}', {"a": 1}),
]


@pytest.mark.parametrize(("pair", "expected"), PARSED, ids=[p for p, _ in PARSED])
def test_values_are_read_by_the_field_type(pair: str, expected: Any) -> None:
    name = pair.partition("=")[0]
    data = parse_assignments(ALL_TYPES_ID, ALL_TYPES_SCHEMA, [pair])
    assert data == {name: expected}
    assert type(data[name]) is type(expected)  # 7 stays int, 1 for a boolean is True


UNTYPED: list[tuple[str, Any]] = [
    ("x=1", 1),
    ("x=1.5", 1.5),
    ("x=true", True),
    ("x=null", None),
    ("x=abc", "abc"),
    ('x={"a": [1]}', {"a": [1]}),
    ("x=NaN", "NaN"),  # not JSON: kept as text
    ("x=[1,", "[1,"),
]


@pytest.mark.parametrize(("pair", "expected"), UNTYPED, ids=[p for p, _ in UNTYPED])
def test_untyped_values_are_json_when_they_parse_else_text(pair: str, expected: Any) -> None:
    assert parse_assignments("some/model", None, [pair]) == {"x": expected}


def test_pairs_override_the_input_file_fields() -> None:
    base = {"prompt": "from file", "steps": 4}
    data = parse_assignments(ALL_TYPES_ID, ALL_TYPES_SCHEMA, ["steps=8"], base)
    assert data == {"prompt": "from file", "steps": 8}
    assert base == {"prompt": "from file", "steps": 4}


def test_fields_allowed_by_additional_properties_are_read_by_its_schema() -> None:
    schema = {"type": "object", "properties": {}, "additionalProperties": {"type": "integer"}}
    assert parse_assignments("m", schema, ["n=5"]) == {"n": 5}
    free = {"type": "object", "properties": {}, "additionalProperties": True}
    assert parse_assignments("m", free, ["n=x"]) == {"n": "x"}


REJECTED: list[tuple[str, list[str]]] = [
    ("steps=abc", ["'abc'", "steps", "an integer"]),
    ("steps=1.5", ["steps", "an integer"]),
    ("steps=1_000", ["steps", "an integer"]),
    ("guidance=fast", ["guidance", "a number"]),
    ("guidance=nan", ["guidance", "a number"]),
    ("upscale=maybe", ["upscale", "a boolean (true/false, 1/0, yes/no)"]),
    ("frames=25", ["frames", "one of: 16, 24, 48"]),
    ("sampler=Euler", ["sampler", "did you mean 'euler'?", "one of: euler, 'dpm++ 2m'"]),
    ("tags=a,b", ["tags", "a JSON array", "not valid JSON", """e.g. tags='["a","b"]'"""]),
    ("tags={}", ["tags", "a JSON array", "JSON dict, not list"]),
    ("options=[1]", ["options", "a JSON object"]),
    ("strength=high", ["strength", "null or a number"]),
    ("nope=1", ["unknown field 'nope'", ALL_TYPES_ID, "prompt (string, required)"]),
    ("step=1", ["unknown field 'step'", "did you mean 'steps'?"]),
    ("noequals", ["'noequals' is not FIELD=VALUE"]),
    ("=value", ["'=value' is not FIELD=VALUE"]),
]


@pytest.mark.parametrize(("pair", "fragments"), REJECTED, ids=[p for p, _ in REJECTED])
def test_mistakes_name_the_field_and_what_it_expects(pair: str, fragments: list[str]) -> None:
    with pytest.raises(ArgumentError) as caught:
        parse_assignments(ALL_TYPES_ID, ALL_TYPES_SCHEMA, ["prompt=x", pair])
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    assert "\n" not in message


def test_a_field_given_twice_is_a_mistake() -> None:
    with pytest.raises(ArgumentError, match="steps is given twice"):
        parse_assignments(ALL_TYPES_ID, ALL_TYPES_SCHEMA, ["steps=1", "steps=2"])
