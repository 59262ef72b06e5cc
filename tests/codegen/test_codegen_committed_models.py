"""Given every committed model, then its input is checked as its published schema says.

Each model accepts its example input: the API page's own, or for a catalog entry (which has
none) one built from its required fields and defaults (`codegen.examples`, as MODELS.md shows
it). It rejects a value of the wrong type, and an input missing a required field, with a
message that names the field. End to end runs against the emulator are in
tests/emulator/test_models_e2e.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import runcomfy_models
from codegen.examples import example_input
from runcomfy import InputValidationError
from runcomfy._schema import readable

REPO = Path(__file__).resolve().parents[2]
MODEL_IDS = runcomfy_models.model_ids()
WRONG = {
    "string": 42,
    "integer": "42",
    "number": "4.2",
    "boolean": "yes",
    "array": "not a list",
    "object": ["not", "an", "object"],
}


def spec_of(model_id: str) -> dict[str, Any]:
    path = REPO / "specs" / Path(*model_id.split("/")).with_suffix(".json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def example_of(model_id: str) -> dict[str, Any]:
    spec = spec_of(model_id)
    return example_input(spec["input_schema"], spec.get("example_input"))


def rejection(module: ModuleType, data: dict[str, Any]) -> str:
    with pytest.raises(InputValidationError) as caught:
        module.MODEL.prepare_input(data)
    return str(caught.value)


def test_every_spec_is_a_model() -> None:
    specs = sorted(
        json.loads(p.read_text(encoding="utf-8"))["model_id"]
        for p in (REPO / "specs").rglob("*.json")
    )

    assert specs == MODEL_IDS


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_the_example_input_is_accepted(model_id: str) -> None:
    module = runcomfy_models.load(model_id)
    example = example_of(model_id)

    body = module.MODEL.prepare_input(example)

    assert body.items() >= example.items()  # sent as given, required defaults added
    module.validate_input(body)


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_a_value_of_the_wrong_type_is_rejected_naming_the_field(model_id: str) -> None:
    module = runcomfy_models.load(model_id)
    schema = readable(spec_of(model_id)["input_schema"])
    properties = schema["properties"]
    name = next(n for n in [*schema.get("required", ()), *properties] if n in properties)
    kind = properties[name].get("type")

    message = rejection(module, {**example_of(model_id), name: WRONG[kind]})

    assert f"for {model_id}; nothing was sent" in message
    assert f"/{name}: {WRONG[kind]!r} is not of type '{kind}'" in message


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_a_missing_required_field_is_rejected_naming_it(model_id: str) -> None:
    module = runcomfy_models.load(model_id)
    schema = readable(spec_of(model_id)["input_schema"])
    without_default = [
        n for n in schema.get("required", ()) if "default" not in schema["properties"][n]
    ]
    example = example_of(model_id)

    if not without_default:
        # Every required field has a published default, which is sent when left out.
        assert module.MODEL.prepare_input({}).keys() == set(schema.get("required", ()))
        return
    name = without_default[0]
    message = rejection(module, {k: v for k, v in example.items() if k != name})

    assert f"/{name}: required field is missing" in message
