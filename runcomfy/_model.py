"""A model as the runtime sees it: its id, typed input and output, and published schemas."""

from __future__ import annotations

import difflib
import enum
import importlib
from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import Any, Generic, TypeVar

import jsonschema
import pydantic
from pydantic import BaseModel, ConfigDict

from runcomfy._errors import InputProblem, InputValidationError
from runcomfy._schema import missing_field, readable, validator
from runcomfy._types import OutputModel

InputT = TypeVar("InputT", bound=BaseModel)
OutputT = TypeVar("OutputT", bound=OutputModel)


class NotGiven(enum.Enum):
    """The type of `NOT_GIVEN`: a keyword the caller left out, so the service's default applies."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven.NOT_GIVEN


def given(**fields: Any) -> dict[str, Any]:
    """The keyword arguments the caller actually passed."""
    return {name: value for name, value in fields.items() if value is not NOT_GIVEN}


class UntypedInput(BaseModel):
    """Input for a model with no generated module: passed through as given."""

    model_config = ConfigDict(extra="allow")


class ModelSpec(Generic[InputT, OutputT]):
    """One RunComfy model: what a generated module exposes as `MODEL`."""

    def __init__(
        self,
        model_id: str,
        input_type: type[InputT],
        output_type: type[OutputT],
        input_schema: Mapping[str, Any],
        output_schema: Mapping[str, Any],
    ) -> None:
        self.model_id = model_id
        self.input_type = input_type
        self.output_type = output_type
        self.input_schema = input_schema
        self.output_schema = output_schema

    def __repr__(self) -> str:
        return f"ModelSpec({self.model_id!r})"

    @classmethod
    def untyped(cls, model_id: str) -> ModelSpec[Any, OutputModel]:
        """A model known only by id: input is not checked, output is kept as the service sent it."""
        return ModelSpec(model_id, UntypedInput, OutputModel, {}, {})

    @cached_property
    def _validator(self) -> jsonschema.protocols.Validator:
        return validator(self.input_schema)

    @cached_property
    def _readable(self) -> dict[str, Any]:
        return readable(self.input_schema)

    def problems(self, data: Mapping[str, Any]) -> list[InputProblem]:
        """Every way `data` breaks the published input schema, in a stable order.

        A required field left out is not a problem when the schema publishes a default for
        it: the client sends that default.
        """
        data = self._with_required_defaults(data)
        found = [_problem(error) for error in self._validator.iter_errors(data)]
        known = self.input_schema.get("properties")
        if isinstance(known, Mapping) and "additionalProperties" not in self.input_schema:
            found.extend(_unknown(name, list(known)) for name in data if name not in known)
        return sorted(found, key=lambda p: (p.path, p.message))

    def validate_input(self, data: Mapping[str, Any]) -> None:
        """Raise `InputValidationError` listing every problem with `data`, or return."""
        found = self.problems(data)
        if found:
            raise InputValidationError(self.model_id, found)

    def build_input(self, fields: Mapping[str, Any]) -> InputT:
        """An `Input` from keyword fields, or `InputValidationError` listing every problem."""
        try:
            return self.input_type.model_validate(dict(fields))
        except pydantic.ValidationError as exc:
            raise InputValidationError(self.model_id, _pydantic_problems(exc)) from None

    def prepare_input(self, value: InputT | Mapping[str, Any]) -> dict[str, Any]:
        """The JSON body to submit for `value`, after checking it against the schema.

        Only fields the caller set are sent, so the service applies its own defaults; required
        fields are always sent, with their published default when the caller gave none.
        """
        if isinstance(value, BaseModel):
            model = value
        else:
            self.validate_input(value)
            model = self.build_input(value)
        body = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        body = self._with_required_defaults(body)
        if isinstance(value, BaseModel):
            # A model instance can hold what its type allows but the schema does not (None).
            self.validate_input(body)
        return body

    def _with_required_defaults(self, data: Mapping[str, Any]) -> dict[str, Any]:
        filled = dict(data)
        # Read as the validator reads it: a default the field itself rejects is never sent.
        properties = self._readable.get("properties") or {}
        for name in self._readable.get("required") or ():
            prop = properties.get(name)
            if name not in filled and isinstance(prop, Mapping) and "default" in prop:
                filled[name] = prop["default"]
        return filled

    def parse_output(self, output: Any) -> OutputT:
        data = output if isinstance(output, Mapping) else {"value": output}
        return self.output_type.model_validate(dict(data))


def resolve(model: ModelSpec[Any, Any] | ModuleType | str) -> ModelSpec[Any, Any]:
    """The `ModelSpec` for a generated module, a spec, or a model_id."""
    if isinstance(model, ModelSpec):
        return model
    if isinstance(model, ModuleType):
        spec = getattr(model, "MODEL", None)
        if not isinstance(spec, ModelSpec):
            raise TypeError(f"{model.__name__} is not a generated RunComfy model module")
        return spec
    if isinstance(model, str):
        return _lookup(model)
    raise TypeError(f"expected a model module, ModelSpec or model_id string, not {model!r}")


def _lookup(model_id: str) -> ModelSpec[Any, Any]:
    try:
        registry = importlib.import_module("runcomfy_models")
    except ImportError:
        return ModelSpec.untyped(model_id)
    if model_id not in registry.model_ids():
        return ModelSpec.untyped(model_id)
    return resolve(registry.load(model_id))


def _problem(error: jsonschema.ValidationError) -> InputProblem:
    path = "".join(f"/{_escape(str(part))}" for part in error.absolute_path)
    missing = missing_field(error)
    if missing is not None:
        return InputProblem(f"{path}/{_escape(missing)}", "required field is missing")
    return InputProblem(path, error.message)


def _unknown(name: str, known: list[str]) -> InputProblem:
    close = difflib.get_close_matches(name, known, n=1)
    hint = (
        f"did you mean {close[0]!r}?" if close else f"the model takes: {', '.join(sorted(known))}"
    )
    return InputProblem(f"/{_escape(name)}", f"unknown field {name!r}; {hint}")


def _pydantic_problems(exc: pydantic.ValidationError) -> list[InputProblem]:
    return [
        InputProblem("".join(f"/{_escape(str(p))}" for p in err["loc"]), err["msg"])
        for err in exc.errors()
    ]


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")
