"""Given the golden specs rendered and imported, then their models behave as the docs say.

The rendered package is imported in-process as `golden_runcomfy_models` (see conftest), beside
the committed `runcomfy_models`.
"""

from __future__ import annotations

import ast
import importlib
import json
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from runcomfy import InputValidationError, RunComfy

GOLDEN_SPECS = Path(__file__).resolve().parent / "fixtures" / "specs"


def spec(model_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (GOLDEN_SPECS / f"{model_id}.json").read_text(encoding="utf-8")
    )
    return data


def validation_errors(model: type[pydantic.BaseModel], **values: Any) -> list[tuple[Any, str]]:
    with pytest.raises(pydantic.ValidationError) as caught:
        model(**values)
    return [(error["loc"], error["type"]) for error in caught.value.errors()]


# -- the registry and module layout ----------------------------------------------------------


def test_every_model_loads_by_id(golden_models: ModuleType, models: dict[str, ModuleType]) -> None:
    published = sorted(json.loads(p.read_bytes())["model_id"] for p in GOLDEN_SPECS.rglob("*.json"))

    assert golden_models.model_ids() == published
    for model_id, module in models.items():
        assert module.MODEL_ID == module.MODEL.model_id == model_id


def test_a_prefix_pair_gives_a_package_model_and_its_submodule(
    models: dict[str, ModuleType],
) -> None:
    video, fast = models["acme/video"], models["acme/video/fast"]

    assert video.__name__ == "golden_runcomfy_models.acme.video"
    assert Path(video.__file__ or "").name == "__init__.py"
    assert fast.__name__ == "golden_runcomfy_models.acme.video.fast"
    assert importlib.import_module("golden_runcomfy_models.acme.video.fast") is fast
    assert callable(video.run) and video.Input is not fast.Input


# -- input ---------------------------------------------------------------------------------


def test_input_rejects_an_unknown_field(models: dict[str, ModuleType]) -> None:
    field_names = models["acme/field-names"]

    assert validation_errors(field_names.Input, prompt="p", promt="p") == [
        (("promt",), "extra_forbidden")
    ]
    with pytest.raises(InputValidationError, match=r"unknown field 'promt'; did you mean"):
        field_names.MODEL.prepare_input({"prompt": "p", "promt": "p"})


def test_nested_input_objects_reject_unknown_fields_too(models: dict[str, ModuleType]) -> None:
    field_names = models["acme/field-names"]

    errors = validation_errors(field_names.Input, prompt="p", style={"name": "n", "colour": "r"})

    assert errors == [(("style", "colour"), "extra_forbidden")]


@pytest.mark.parametrize(
    ("model_id", "values", "field"),
    [
        ("acme/numeric-enum", {"steps": 3}, "steps"),
        ("acme/numeric-enum", {"steps": 4, "fps": 25}, "fps"),
        ("acme/numeric-enum", {"steps": "4"}, "steps"),
        ("acme/field-names", {"prompt": "p", "from": "middle"}, "from"),
        ("acme/field-names", {"prompt": "p", "mapping": "Linear"}, "mapping"),
        ("acme/quoting", {"style": "say cheese"}, "style"),
    ],
)
def test_input_rejects_a_value_outside_its_enum(
    models: dict[str, ModuleType], model_id: str, values: dict[str, Any], field: str
) -> None:
    model = models[model_id]

    with pytest.raises(pydantic.ValidationError) as caught:
        model.Input.model_validate(values)
    assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [((field,), "literal_error")]
    with pytest.raises(InputValidationError, match=f"/{field}: .* is not one of"):
        model.MODEL.prepare_input(values)


def test_enum_aliases_hold_exactly_the_published_values(models: dict[str, ModuleType]) -> None:
    quoting, numeric = models["acme/quoting"], models["acme/numeric-enum"]
    published = spec("acme/quoting")["input_schema"]["properties"]["style"]["enum"]

    assert list(typing.get_args(quoting.Style.__value__)) == published
    assert typing.get_args(numeric.Steps.__value__) == (1, 2, 4, 8)
    quoting.Input(style='say "cheese"')
    quoting.Input(style="back\\slash")


def test_a_float_enum_is_typed_as_float(models: dict[str, ModuleType]) -> None:
    # Literal cannot hold floats: the alias is plain `float`, and the enum is left to the
    # published schema, which is checked before anything is sent.
    numeric = models["acme/numeric-enum"]

    assert numeric.Guidance.__value__ is float
    assert numeric.Input(steps=4, guidance=0.7).guidance == 0.7


def test_a_float_enum_is_checked_against_the_published_schema(
    models: dict[str, ModuleType],
) -> None:
    numeric = models["acme/numeric-enum"]

    assert numeric.MODEL.prepare_input({"steps": 4, "guidance": 1.5}) == {
        "steps": 4,
        "guidance": 1.5,
    }
    with pytest.raises(InputValidationError, match=r"/guidance: 0\.7 is not one of"):
        numeric.MODEL.prepare_input({"steps": 4, "guidance": 0.7})


def test_keyword_and_hyphenated_fields_are_set_by_python_name_and_sent_by_json_name(
    models: dict[str, ModuleType],
) -> None:
    field_names = models["acme/field-names"]

    payload = field_names.Input(
        prompt="p",
        class_="c",
        image_url="https://example.com/a.png",
        from_="end",
        field_2nd_pass=True,
        client="mine",
        timeout=1.5,
    )

    assert payload.class_ == "c" and payload.image_url == "https://example.com/a.png"
    assert field_names.MODEL.prepare_input(payload) == {
        "prompt": "p",
        "class": "c",
        "image-url": "https://example.com/a.png",
        "from": "end",
        "2nd-pass": True,
        "client": "mine",
        "timeout": 1.5,
    }


def test_a_mapping_input_speaks_the_json_names(models: dict[str, ModuleType]) -> None:
    field_names = models["acme/field-names"]

    body = {"prompt": "p", "class": "c", "image-url": "u", "from": "start"}

    assert field_names.MODEL.prepare_input(body) == body
    with pytest.raises(InputValidationError, match="unknown field 'class_'"):
        field_names.MODEL.prepare_input({"prompt": "p", "class_": "c"})


# -- output --------------------------------------------------------------------------------


def test_output_keeps_fields_the_schema_does_not_name(models: dict[str, ModuleType]) -> None:
    field_names = models["acme/field-names"]
    sent = {
        "class": "c",
        "image-url": "https://example.com/a.png",
        "meta": {"seed": 7, "sampler": "euler"},
        "nsfw": False,
    }

    output = field_names.Output.model_validate(sent)

    assert output.class_ == "c"
    assert output.image_url == "https://example.com/a.png"
    assert output.model_extra == {"nsfw": False}
    assert output.meta.seed == 7
    assert output.meta.model_extra == {"sampler": "euler"}
    assert output.model_dump(mode="json", by_alias=True, exclude_unset=True) == sent


# -- the wrappers --------------------------------------------------------------------------


@pytest.fixture
def sent() -> Iterator[tuple[RunComfy, list[httpx.Request]]]:
    """A client whose submits are recorded and answered with a request_id."""
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"request_id": f"req-{len(requests)}"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with RunComfy("test-key", base_url="https://model-api.test", http_client=http) as client:
        yield client, requests
    http.close()


def test_submit_sends_json_names_and_only_what_was_given(
    models: dict[str, ModuleType], sent: tuple[RunComfy, list[httpx.Request]]
) -> None:
    client, requests = sent
    field_names = models["acme/field-names"]

    handle = field_names.submit(
        prompt="p", class_="c", image_url="u", client="mine", timeout=2, client_=client
    )

    assert handle.request_id == "req-1"
    assert handle.model_id == "acme/field-names"
    assert str(requests[0].url) == "https://model-api.test/v1/models/acme/field-names"
    assert json.loads(requests[0].content) == {
        "prompt": "p",
        "class": "c",
        "image-url": "u",
        "client": "mine",
        "timeout": 2,
    }


def test_submit_sends_required_defaults_verbatim(
    models: dict[str, ModuleType], sent: tuple[RunComfy, list[httpx.Request]]
) -> None:
    client, requests = sent

    models["acme/quoting"].submit(client=client)
    models["acme/numeric-enum"].submit(client=client)

    prompt = spec("acme/quoting")["input_schema"]["properties"]["prompt"]["default"]
    assert [json.loads(r.content) for r in requests] == [{"prompt": prompt}, {"steps": 4}]


# -- text from the spec, kept exact --------------------------------------------------------


def test_published_schemas_are_kept_verbatim(models: dict[str, ModuleType]) -> None:
    for model_id, module in models.items():
        published = spec(model_id)
        assert published["input_schema"] == module.INPUT_SCHEMA
        assert published["output_schema"] == module.OUTPUT_SCHEMA


def test_quotes_backslashes_and_cjk_survive_into_docstrings_and_fields(
    models: dict[str, ModuleType],
) -> None:
    quoting = models["acme/quoting"]
    published = spec("acme/quoting")
    properties = published["input_schema"]["properties"]
    source = Path(quoting.__file__ or "").read_text(encoding="utf-8")

    docstring = ast.get_docstring(ast.parse(source), clean=False) or ""
    assert docstring.splitlines()[0] == (
        f"{published['display_name']}: typed client for RunComfy model `acme/quoting`."
    )
    assert quoting.Input.model_fields["prompt"].description == properties["prompt"]["description"]
    assert quoting.Input.model_fields["prompt"].default == properties["prompt"]["default"]
    assert (
        quoting.Output.model_fields["image"].description
        == published["output_schema"]["output"]["properties"]["image"]["description"]
    )
    # `run()` documents every argument; its twins point to it rather than repeat it.
    assert properties["prompt"]["description"] in (quoting.run.__doc__ or "")
    assert 'indented, then \'\'\' and """" Default' in (quoting.run.__doc__ or "")
    for twin in (quoting.submit, quoting.run_async, quoting.submit_async):
        assert (twin.__doc__ or "").endswith("Arguments as for `run()`.")
