"""Given a spec with one quirk of RunComfy's published schemas, then the reading that
docs/spec-format.md describes, the same in the generated code, the client's validation and
the emulator.

Each quirk has a minimal spec in fixtures/specs/quirks/. Like every golden spec it is also
compared byte for byte (test_codegen_golden) and passes ruff and `mypy --strict`
(test_codegen_static_checks): generated code for a quirky schema always imports and type-checks.
"""

from __future__ import annotations

import ast
import inspect
import json
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

import runcomfy
from codegen.models import DEFAULT_CHARS, _generate
from codegen.schema import prepare_output
from runcomfy import NOT_GIVEN, InputValidationError
from runcomfy._schema import readable
from runcomfy.emulator import BASE_URL, EmulatorTransport, ModelAPI, load_models

GOLDEN_SPECS = Path(__file__).resolve().parent / "fixtures" / "specs"


def spec(model_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (GOLDEN_SPECS / f"{model_id}.json").read_text(encoding="utf-8")
    )
    return data


def problems(module: ModuleType, data: dict[str, Any]) -> list[str]:
    """What the client says about `data`, one `path: message` line per problem."""
    with pytest.raises(InputValidationError) as caught:
        module.MODEL.prepare_input(data)
    return [str(p) for p in caught.value.problems]


def signature_default(module: ModuleType, name: str) -> Any:
    return inspect.signature(module.run).parameters[name].default


def source_of(module: ModuleType) -> str:
    return Path(module.__file__ or "").read_text(encoding="utf-8")


def constants_outside_the_schemas(module: ModuleType) -> list[str]:
    """Every string literal of a module's code but those of INPUT_SCHEMA / OUTPUT_SCHEMA
    (and docstrings)."""
    tree = ast.parse(source_of(module))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    found = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target).endswith("_SCHEMA"):
            continue
        found.extend(
            n.value
            for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
        )
    return found


# -- "type": "float" ---------------------------------------------------------------------


def test_float_is_read_as_number_everywhere(models: dict[str, ModuleType]) -> None:
    floats = models["quirks/float-type"]

    assert readable({"type": "float"}) == {"type": "number"}
    assert readable({"type": ["float", "null"]}) == {"type": ["number", "null"]}
    assert floats.Input(strength=0.25, scales=[0.5, 1], shift=None).strength == 0.25
    body = {"strength": 0.25, "scales": [0.5, 2], "shift": None}
    assert floats.MODEL.prepare_input(body) == body
    assert problems(floats, {"strength": "high", "scales": ["x"]}) == [
        "/scales/0: 'x' is not of type 'number'",
        "/strength: 'high' is not of type 'number'",
    ]
    assert problems(floats, {"strength": 1.5}) == [
        "/strength: 1.5 is greater than the maximum of 1"
    ]


# -- defaults a field rejects --------------------------------------------------------------


def test_a_null_default_on_a_field_that_is_not_nullable_is_no_default(
    models: dict[str, ModuleType],
) -> None:
    nulls = models["quirks/null-default"]

    # `seed` is required with a null default: read as optional, and nothing is sent for it.
    assert nulls.MODEL.prepare_input({"prompt": "p"}) == {"prompt": "p"}
    assert nulls.Input(prompt="p").model_dump(exclude_unset=True) == {"prompt": "p"}
    assert signature_default(nulls, "seed") is NOT_GIVEN
    assert signature_default(nulls, "steps") is NOT_GIVEN
    # An explicit null is still a mistake the client catches...
    assert problems(nulls, {"prompt": "p", "seed": None}) == [
        "/seed: None is not of type 'integer'"
    ]
    # ...except on a field that says it is nullable, whose null default is a real one.
    assert nulls.MODEL.prepare_input({"prompt": "p", "negative_prompt": None}) == {
        "prompt": "p",
        "negative_prompt": None,
    }
    assert problems(nulls, {}) == ["/prompt: required field is missing"]
    assert nulls.INPUT_SCHEMA["properties"]["seed"]["default"] is None  # kept as published
    assert "The published default null is not a valid value" in (nulls.run.__doc__ or "")


@pytest.mark.parametrize(
    ("field", "published", "bad", "message"),
    [
        ("style", "cinematic", "cinematic", "'cinematic' is not one of ['photo', 'anime']"),
        ("seed", -1, -1, "-1 is less than the minimum of 0"),
        ("steps", 100, 100, "100 is greater than the maximum of 50"),
        ("duration", "5", "5", "'5' is not one of [5, 10]"),
    ],
)
def test_a_default_outside_its_enum_or_bounds_is_never_used(
    models: dict[str, ModuleType], field: str, published: Any, bad: Any, message: str
) -> None:
    invalid = models["quirks/invalid-defaults"]

    assert invalid.INPUT_SCHEMA["properties"][field]["default"] == published
    assert invalid.Input.model_fields[field].default is None
    assert signature_default(invalid, field) is NOT_GIVEN
    assert f"The published default {json.dumps(published)} is not a valid value" in (
        invalid.run.__doc__ or ""
    )
    # Required or not, leaving it out sends nothing; sending it is an error.
    assert invalid.MODEL.prepare_input({}) == {}
    assert f"/{field}: {message}" in problems(invalid, {field: bad})


def test_a_valid_default_beside_invalid_ones_is_kept(models: dict[str, ModuleType]) -> None:
    invalid = models["quirks/invalid-defaults"]

    assert invalid.Input.model_fields["strength"].default == 0.8
    assert readable(invalid.INPUT_SCHEMA)["required"] == []


# -- required ------------------------------------------------------------------------------


def test_a_required_name_without_a_property_is_ignored(models: dict[str, ModuleType]) -> None:
    required = models["quirks/required-unknown"]
    example = spec("quirks/required-unknown")["example_input"]

    # The page's own example leaves `image_urls` out, and is accepted as it stands.
    assert required.MODEL.prepare_input(example) == {**example, "resolution": "1K"}
    assert "image_urls" not in required.Input.model_fields
    assert readable(required.INPUT_SCHEMA)["required"] == ["prompt", "resolution"]
    assert problems(required, {"resolution": "2K"}) == ["/prompt: required field is missing"]
    assert problems(required, {"prompt": "p", "image_urls": []})[0].startswith(
        "/image_urls: unknown field 'image_urls'"
    )


# -- media ---------------------------------------------------------------------------------


def test_validations_are_kept_documented_and_left_to_the_service(
    models: dict[str, ModuleType],
) -> None:
    checked = models["quirks/validations"]
    published = spec("quirks/validations")["input_schema"]["properties"]
    doc = checked.run.__doc__ or ""

    assert (
        checked.INPUT_SCHEMA["properties"]["image"]["validations"]
        == (published["image"]["validations"])
    )
    assert "Checked by the service, not by this client: File size must be less than 30 MB." in doc
    assert "Width must be more than 256 px. (width> 256)" in doc
    assert "Height must be more than 256 px. (height> 256)" in doc
    assert "mask: `mask` Checked by the service, not by this client: file_size_mb< 10." in doc
    # Each rule is about the file behind the URL, which only the service downloads.
    body = {"image_urls": ["https://example.com/huge.png"], "image": "https://example.com/a.png"}
    assert checked.MODEL.prepare_input(body) == body
    assert problems(checked, {**body, "image_urls": ["u"] * 5}) == [
        "/image_urls: ['u', 'u', 'u', 'u', 'u'] is too long"
    ]


def test_media_formats_are_urls_and_never_checked_as_formats(
    models: dict[str, ModuleType],
) -> None:
    media = models["quirks/media-formats"]
    fields = media.Input.model_fields

    for name in ("images", "videos", "audios"):  # with and without `items`
        assert fields[name].annotation == (list[str] | None), name
    assert fields["tags"].annotation == (list[Any] | None)  # no items, no media format
    assert fields["image"].annotation is str
    # `image_uri` & co. are annotations: any string passes, as jsonschema leaves unknown formats.
    body = {"image": "not a url", "video": "", "videos": ["v"], "tags": [1, "a"]}
    assert media.MODEL.prepare_input(body) == body
    assert problems(media, {"image": "i", "videos": [1], "audios": [{"url": "a"}]}) == [
        "/audios/0: {'url': 'a'} is not of type 'string'",
        "/videos/0: 1 is not of type 'string'",
    ]


# -- enums ---------------------------------------------------------------------------------


def test_enums_keep_their_exact_values_and_types(models: dict[str, ModuleType]) -> None:
    enums = models["quirks/enums"]

    assert typing.get_args(enums.Mode.__value__) == ("standard",)
    assert typing.get_args(enums.Duration.__value__) == (5, 10)
    assert typing.get_args(enums.DurationText.__value__) == ("5", "10")
    assert typing.get_args(enums.AspectRatio.__value__) == ("16:9", "9:16", "1:1", "21:9")
    assert typing.get_args(enums.Resolution.__value__) == ("0.5K", "1K", "720p", "1080P", "1080p")
    assert signature_default(enums, "mode") == "standard"  # a single value, and its default
    assert enums.MODEL.prepare_input({}) == {"mode": "standard"}
    ok = {"mode": "standard", "duration": 10, "duration_text": "10", "resolution": "1080p"}
    assert enums.MODEL.prepare_input(ok) == ok
    assert enums.MODEL.prepare_input({**ok, "resolution": "1080P"})["resolution"] == "1080P"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("duration", "5"),
        ("duration_text", 5),
        ("resolution", "1080 p"),
        ("aspect_ratio", "16/9"),
        ("mode", "fast"),
    ],
)
def test_enums_reject_near_misses(models: dict[str, ModuleType], field: str, value: Any) -> None:
    enums = models["quirks/enums"]

    with pytest.raises(pydantic.ValidationError):
        enums.Input.model_validate({field: value})
    allowed = enums.INPUT_SCHEMA["properties"][field]["enum"]
    assert f"/{field}: {value!r} is not one of {allowed}" in problems(enums, {field: value})


# -- titles and descriptions ---------------------------------------------------------------


def test_titles_never_name_anything(models: dict[str, ModuleType]) -> None:
    titles = models["quirks/titles"]

    assert list(titles.Input.model_fields) == ["prompt", "style", "strength", "class_"]
    assert titles.Style.__name__ == "Style"
    leftovers = " ".join(constants_outside_the_schemas(titles))
    for title in ("Richiesta", "modelApiDoc_strengthLabel", "Schema di input"):
        assert title not in source_of(titles).split("INPUT_SCHEMA: Final")[0]
        assert title not in leftovers


def test_descriptions_survive_as_published(models: dict[str, ModuleType]) -> None:
    described = models["quirks/descriptions"]
    published = spec("quirks/descriptions")["input_schema"]["properties"]
    doc = described.run.__doc__ or ""

    for name in ("prompt", "style", "lines"):
        assert described.Input.model_fields[name].description == published[name]["description"]
    assert published["prompt"]["description"].rstrip() + "\n" in doc  # trailing spaces dropped
    assert "Ends with a backslash \\\n" in doc
    assert 'Second line """ ends' in doc
    assert "negative_prompt: `negative_prompt`\n" in doc  # an empty description
    assert not any(line != line.rstrip() for line in source_of(described).splitlines())


# -- fields pages number, seeds, long defaults ----------------------------------------------


def test_numbered_media_fields_keep_their_names_and_order(models: dict[str, ModuleType]) -> None:
    numbered = models["quirks/numbered-media"]

    assert list(numbered.Input.model_fields) == [
        "prompt",
        *(f"image_url_{i}" for i in range(1, 10)),
    ]
    assert signature_default(numbered, "image_url_1") is inspect.Parameter.empty
    assert all(signature_default(numbered, f"image_url_{i}") is NOT_GIVEN for i in range(2, 10))
    body = {"image_url_1": "https://example.com/1.png", "image_url_9": "https://example.com/9.png"}
    assert numbered.MODEL.prepare_input(body) == {**body, "prompt": ""}


@pytest.mark.parametrize(
    ("field", "model_default", "shown"),
    [
        ("seed", -1, "Default: -1."),
        ("noise_seed", 0, "Default: 0."),
        ("variation_seed", None, "The published default null is not a valid value"),
        ("shuffle_seed", None, "shuffle_seed: `shuffle_seed`\n"),
    ],
)
def test_every_seed_convention_is_an_optional_integer(
    models: dict[str, ModuleType], field: str, model_default: Any, shown: str
) -> None:
    seeds = models["quirks/seeds"]

    assert seeds.Input.model_fields[field].default == model_default
    assert signature_default(seeds, field) is NOT_GIVEN
    assert shown in (seeds.run.__doc__ or "")
    assert seeds.MODEL.prepare_input({"prompt": "p"}) == {"prompt": "p"}
    assert seeds.MODEL.prepare_input({"prompt": "p", field: 7}) == {"prompt": "p", field: 7}
    assert problems(seeds, {"prompt": "p", field: "7"}) == [
        f"/{field}: '7' is not of type 'integer'"
    ]


def test_a_long_default_is_kept_once_in_the_schema(models: dict[str, ModuleType]) -> None:
    long = models["quirks/long-default"]
    prompt = spec("quirks/long-default")["input_schema"]["properties"]["prompt"]["default"]
    assert len(prompt) > 2000

    # Neither a signature nor `Input` inlines it: `Input` reads it from INPUT_SCHEMA.
    assert all(len(text) <= 120 for text in constants_outside_the_schemas(long))
    assert signature_default(long, "prompt") is NOT_GIVEN
    assert signature_default(long, "style") is NOT_GIVEN
    assert long.Input().prompt == prompt
    assert long.Input().negative_prompt.startswith("blurry, low quality")
    # Required, so it is sent; the page's example replaces it.
    assert long.MODEL.prepare_input({}) == {"prompt": prompt}
    example = spec("quirks/long-default")["example_input"]
    assert long.MODEL.prepare_input(example) == example
    assert f"Default: {json.dumps(prompt)[:DEFAULT_CHARS]}..." in (long.run.__doc__ or "")


# -- model_ids -----------------------------------------------------------------------------


def test_a_five_segment_id_with_dots_and_capitals_loads(
    golden_models: ModuleType, models: dict[str, ModuleType]
) -> None:
    model_id = "quirks/Kling-3.0/Pro.Max/I2V/1080P"
    module = models[model_id]

    assert module.__name__ == "golden_runcomfy_models.quirks.kling_3_0.pro_max.i2v._1080p"
    assert golden_models.load(model_id) is module
    assert module.MODEL.model_id == module.MODEL_ID == model_id


# -- the generic output --------------------------------------------------------------------


def test_models_with_the_generic_output_share_one_class(models: dict[str, ModuleType]) -> None:
    english = models["quirks/Kling-3.0/Pro.Max/I2V/1080P"]  # the schema exactly
    italian = models["quirks/numbered-media"]  # the same schema, descriptions translated

    assert english.Output is italian.Output is runcomfy.MediaOutput
    assert english.OUTPUT_SCHEMA == {"output": runcomfy.MEDIA_OUTPUT_SCHEMA}
    assert spec("quirks/numbered-media")["output_schema"] == italian.OUTPUT_SCHEMA
    assert models["acme/field-names"].Output is not runcomfy.MediaOutput
    output = english.MODEL.parse_output({"video": "https://cdn/v.mp4", "seed": 7})
    assert (output.video, output.model_extra) == ("https://cdn/v.mp4", {"seed": 7})


def test_the_shared_output_is_what_the_generator_would_write() -> None:
    code = _generate(prepare_output(runcomfy.MEDIA_OUTPUT_SCHEMA), "Output", "runcomfy.OutputModel")
    namespace: dict[str, Any] = {}
    # Without postponed annotations, so pydantic resolves them in this namespace.
    code = code.replace("from __future__ import annotations\n", "")
    exec(compile(code, "<generated>", "exec", dont_inherit=True), namespace)
    generated = namespace["Output"].model_fields
    shared = runcomfy.MediaOutput.model_fields

    assert list(generated) == list(shared)
    for name, field in generated.items():
        assert (field.annotation, field.default, field.description) == (
            shared[name].annotation,
            shared[name].default,
            shared[name].description,
        )


# -- the client and the emulator read every quirk alike -----------------------------------

AGREEMENT: list[tuple[str, dict[str, Any], bool]] = [
    ("quirks/float-type", {"strength": 0.5}, True),
    ("quirks/float-type", {"strength": "0.5"}, False),
    ("quirks/null-default", {"prompt": "p"}, True),
    ("quirks/null-default", {"prompt": "p", "seed": None}, False),
    ("quirks/invalid-defaults", {}, True),
    ("quirks/invalid-defaults", {"seed": -1}, False),
    ("quirks/required-unknown", {"prompt": "p"}, True),
    ("quirks/required-unknown", {"resolution": "1K"}, False),
    ("quirks/validations", {"image_urls": ["u"], "image": "u"}, True),
    ("quirks/media-formats", {"image": "not a url", "videos": ["v"]}, True),
    ("quirks/media-formats", {"image": "i", "videos": [1]}, False),
    ("quirks/enums", {"duration_text": "5"}, True),
    ("quirks/enums", {"duration": "5"}, False),
    ("quirks/long-default", {}, True),
]


@pytest.fixture(scope="module")
def emulator() -> ModelAPI:
    return ModelAPI(load_models(GOLDEN_SPECS))


@pytest.mark.parametrize(("model_id", "body", "accepted"), AGREEMENT)
def test_the_client_and_the_emulator_agree(
    models: dict[str, ModuleType],
    emulator: ModelAPI,
    model_id: str,
    body: dict[str, Any],
    accepted: bool,
) -> None:
    client_accepts = not models[model_id].MODEL.problems(body)
    sent = models[model_id].MODEL.prepare_input(body) if client_accepts else body
    with httpx.Client(transport=EmulatorTransport(emulator), base_url=BASE_URL) as http:
        answer = http.post(
            f"/v1/models/{model_id}", json=sent, headers={"Authorization": "Bearer t"}
        )

    assert client_accepts is accepted
    assert answer.status_code == (200 if accepted else 422), answer.text
