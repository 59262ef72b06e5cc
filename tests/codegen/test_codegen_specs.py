"""Given a spec that cannot be used, then every problem names its file and JSON pointer.

The failure-case specs live in fixtures/specs_bad/, one mistake each (`several-problems` has
three); the good ones they sit beside are in fixtures/specs/.
"""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import pytest
from typer.testing import CliRunner

from codegen import generate, spec
from runcomfy.cli import app

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BAD_SPECS = FIXTURES / "specs_bad"
GOOD_SPEC = FIXTURES / "specs" / "acme" / "numeric-enum.json"

# file under specs_bad/ -> every (pointer, words in the message) it must report, in order.
PROBLEMS: dict[str, list[tuple[str, str]]] = {
    "bad/missing-input-schema.json": [("", "'input_schema' is a required property")],
    "bad/model-id-spaces.json": [("/model_id", "'bad/model id with spaces' does not match")],
    "bad/properties-not-object.json": [("/input_schema/properties", "is not of type 'object'")],
    "bad/property-not-object.json": [
        ("/input_schema/properties/mask~1url", "'string' is not of type 'object'")
    ],
    "bad/invalid-json.json": [("", "not valid JSON: Expecting property name")],
    "bad/wrong-place.json": [("/model_id", "'bad/somewhere-else' does not match the file's place")],
    "bad/unknown-key.json": [("", "('example' was unexpected)")],
    "bad/output-not-wrapped.json": [("/output_schema", "'output' is a required property")],
    "bad/several-problems.json": [
        ("", "'output_schema' is a required property"),
        ("/input_schema/type", "'object' was expected"),
        ("/model_id", "does not match"),
    ],
}


def test_every_failure_case_is_in_the_table() -> None:
    on_disk = {p.relative_to(BAD_SPECS).as_posix() for p in spec.discover(BAD_SPECS)}

    assert on_disk == set(PROBLEMS)


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_a_bad_spec_reports_its_file_and_pointer(name: str) -> None:
    with pytest.raises(spec.SpecError) as caught:
        spec.load(BAD_SPECS / name, BAD_SPECS)

    problems = caught.value.problems
    assert [p.pointer for p in problems] == [pointer for pointer, _ in PROBLEMS[name]]
    for problem, (_, words) in zip(problems, PROBLEMS[name], strict=True):
        assert words in problem.message
    shown = Path("specs_bad", name)
    for problem in problems:
        assert problem.file == shown
        assert problem.hint, f"{problem} gives no hint"
        where = f"{shown} at {problem.pointer}: " if problem.pointer else f"{shown}: "
        assert str(problem).startswith(where)
        assert str(problem) in str(caught.value)


def test_a_misplaced_spec_is_told_where_it_belongs() -> None:
    with pytest.raises(spec.SpecError) as caught:
        spec.load(BAD_SPECS / "bad" / "wrong-place.json", BAD_SPECS)

    assert caught.value.problems[0].hint == "move the file to specs/bad/somewhere-else.json"


def test_plan_reports_every_bad_spec_and_renders_no_model() -> None:
    result = generate.plan(BAD_SPECS)

    assert result.model_ids == []
    assert len(result.problems) == sum(len(expected) for expected in PROBLEMS.values())
    for name in PROBLEMS:
        assert any(p.startswith(f"specs_bad/{name}") for p in result.problems), name


@pytest.fixture
def mixed_specs(tmp_path: Path) -> Path:
    """A specs directory with one good spec and one bad one."""
    specs = tmp_path / "specs"
    (specs / "acme").mkdir(parents=True)
    (specs / "bad").mkdir()
    shutil.copy(GOOD_SPEC, specs / "acme" / GOOD_SPEC.name)
    shutil.copy(BAD_SPECS / "bad" / "properties-not-object.json", specs / "bad")
    return specs


def test_plan_renders_the_good_spec_and_reports_the_bad_one(mixed_specs: Path) -> None:
    result = generate.plan(mixed_specs)

    assert result.model_ids == ["acme/numeric-enum"]
    assert PurePosixPath("runcomfy_models/acme/numeric_enum.py") in result.files
    assert result.problems == [
        "specs/bad/properties-not-object.json at /input_schema/properties: "
        "['prompt', 'image'] is not of type 'object' "
        "(see docs/spec-format.md for the expected shape)"
    ]


def test_generate_writes_the_good_model_and_exits_non_zero(mixed_specs: Path) -> None:
    out = mixed_specs.parent / "generated"
    orphan = out / "runcomfy_models" / "acme" / "retired.py"
    orphan.parent.mkdir(parents=True)
    orphan.write_text("# from a spec since removed\n", encoding="utf-8")

    result = CliRunner().invoke(app, ["generate", "--specs", str(mixed_specs), "--out", str(out)])

    assert result.exit_code == 1
    assert "bad/properties-not-object.json" in result.stderr
    assert "/input_schema/properties" in result.stderr
    assert (out / "runcomfy_models" / "acme" / "numeric_enum.py").is_file()
    assert orphan.is_file(), "with problems reported, orphaned files must be kept"
