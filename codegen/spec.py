"""Spec files: finding, reading and validating them against the spec meta-schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

SPEC_SUFFIX = ".json"


@dataclass(frozen=True)
class SpecProblem:
    """One thing wrong with one spec file, and what to do about it."""

    file: Path
    pointer: str  # JSON pointer into the file, "" for the file as a whole
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}" + (f" at {self.pointer}" if self.pointer else "")
        return f"{where}: {self.message}" + (f" ({self.hint})" if self.hint else "")


class SpecError(Exception):
    """A spec file cannot be used; `problems` lists every reason."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Spec:
    """A validated spec file."""

    path: Path  # relative to the specs directory
    data: dict[str, Any] = field(repr=False)

    @property
    def model_id(self) -> str:
        return str(self.data["model_id"])

    @property
    def input_schema(self) -> dict[str, Any]:
        return dict(self.data["input_schema"])

    @property
    def output_schema(self) -> dict[str, Any]:
        """The JSON Schema of the result's `output`, read from the published wrapper."""
        return dict(self.data["output_schema"]["output"])

    @property
    def display_name(self) -> str:
        return str(self.data.get("display_name") or self.model_id)


@cache
def meta_schema() -> dict[str, Any]:
    text = resources.files("codegen").joinpath("spec.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def spec_path(model_id: str) -> Path:
    """Where a model's spec lives, relative to the specs directory."""
    return Path(*model_id.split("/")).with_suffix(SPEC_SUFFIX)


def discover(specs_dir: Path) -> Iterator[Path]:
    """Every spec file under `specs_dir`, in a stable order."""
    yield from sorted(p for p in specs_dir.rglob(f"*{SPEC_SUFFIX}") if p.is_file())


def load(file: Path, specs_dir: Path) -> Spec:
    """Read and validate one spec file, or raise `SpecError` listing every problem in it."""
    shown = file.relative_to(specs_dir.parent) if file.is_relative_to(specs_dir.parent) else file
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SpecError(
            [
                SpecProblem(
                    shown,
                    "",
                    f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                    "fix the JSON syntax, or re-import the page with `runcomfy import`",
                )
            ]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([SpecProblem(shown, "", f"cannot be read: {exc}")]) from None
    problems = [_problem(shown, error) for error in _validator().iter_errors(data)]
    if not problems:
        expected = spec_path(data["model_id"])
        actual = file.relative_to(specs_dir) if file.is_relative_to(specs_dir) else file
        if actual != expected:
            problems.append(
                SpecProblem(
                    shown,
                    "/model_id",
                    f"model_id {data['model_id']!r} does not match the file's place",
                    f"move the file to specs/{expected.as_posix()}",
                )
            )
    if problems:
        raise SpecError(sorted(problems, key=lambda p: p.pointer))
    return Spec(path=file.relative_to(specs_dir), data=data)


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = meta_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def _problem(file: Path, error: jsonschema.ValidationError) -> SpecProblem:
    pointer = "".join(
        "/" + str(part).replace("~", "~0").replace("/", "~1") for part in error.absolute_path
    )
    return SpecProblem(file, pointer, error.message, _HINTS.get(str(error.validator), ""))


_HINTS = {
    "required": "a spec needs model_id, input_schema and output_schema; see docs/spec-format.md",
    "additionalProperties": "remove the unknown key; docs/spec-format.md lists the allowed ones",
    "pattern": "model_ids are slash-separated segments of letters, digits, '.', '_' and '-'",
    "type": "see docs/spec-format.md for the expected shape",
    "const": "see docs/spec-format.md for the expected shape",
}
