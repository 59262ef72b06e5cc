"""Pydantic v2 models for one spec, from datamodel-code-generator (in-process).

Input and output are generated in two calls so each gets its own base class: `InputModel`
rejects unknown fields (a typo must not be dropped silently), `OutputModel` keeps them (data
the service returned must never be lost), nested models included. An output schema that is
the generic one API pages publish is not generated at all: every such model shares the
runtime's `MediaOutput`.

Defaults longer than `DEFAULT_CHARS` (pages publish whole example prompts as defaults) are
not written into `Input`: its field reads the default from `INPUT_SCHEMA` instead, so a long
text is kept once per module.
"""

from __future__ import annotations

import ast
import json
import warnings
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import datamodel_code_generator as dcg
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import Formatter, PythonVersion

from codegen.schema import is_media_output, prepare_input, prepare_output

IMPORT_LINE_LIMIT = 100
DEFAULT_CHARS = 80  # longer defaults stay in the schema, not in signatures or `Input`
STDLIB = frozenset({"typing", "enum", "datetime", "decimal", "uuid", "collections", "pathlib"})


class ModelGenerationError(Exception):
    """datamodel-code-generator could not turn a schema into models."""


@dataclass(frozen=True)
class Field:
    """One input field, as the typed wrappers need it."""

    name: str  # the Python name
    json_name: str  # the name in the request body
    annotation: str  # the field's type, without Annotated metadata
    default: str | None  # Python source of the default, or None when there is none
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Models:
    imports: dict[str, set[str]]  # module -> names
    body: str  # aliases and classes: Input, and Output unless it is shared
    fields: list[Field]
    shared_output: bool  # Output is the runtime's MediaOutput


def generate_models(input_schema: dict[str, Any], output_schema: dict[str, Any]) -> Models:
    prepared = prepare_input(input_schema)
    input_code = _generate(prepared.schema, "Input", "runcomfy.InputModel")
    required = set(prepared.schema.get("required") or ())
    fields = _fields(input_code, prepared.schema, required)
    codes = [_defaults_from_schema(input_code, fields)]
    shared_output = is_media_output(output_schema)
    if not shared_output:
        codes.append(_generate(prepare_output(output_schema), "Output", "runcomfy.OutputModel"))
    imports: dict[str, set[str]] = defaultdict(set)
    bodies = []
    for code in codes:
        found, body = _split(code)
        for module, names in found.items():
            imports[module] |= names
        bodies.append(body)
    return Models(dict(imports), "\n\n\n".join(bodies), fields, shared_output)


def _generate(schema: dict[str, Any], class_name: str, base_class: str) -> str:
    return _generate_text(json.dumps(schema), class_name, base_class)


# The generator is the slow part of planning; a schema planned again in the same process (a
# `--check` after a write, the tests' copies of the project) is not generated twice.
@lru_cache(maxsize=1024)
def _generate_text(schema: str, class_name: str, base_class: str) -> str:
    try:
        with warnings.catch_warnings():
            # RunComfy's media formats (`image_uri`, `video_uris`, ...) are unknown to the
            # generator, which then types the field by its `type` alone: what we want.
            warnings.filterwarnings("ignore", message="format of ", category=UserWarning)
            code = _run_generator(schema, class_name, base_class)
    except Exception as exc:  # the generator raises many unrelated types
        raise ModelGenerationError(f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(code, str):
        raise ModelGenerationError("datamodel-code-generator returned several modules")
    return code


def _run_generator(schema: str, class_name: str, base_class: str) -> Any:
    return dcg.generate(
        schema,
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        class_name=class_name,
        base_class=base_class,
        target_python_version=PythonVersion.PY_310,
        enum_field_as_literal=dcg.LiteralType.All,
        use_annotated=True,
        field_constraints=True,
        use_double_quotes=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_type_alias=True,
        apply_default_values_for_required_fields=True,
        disable_timestamp=True,
        # Media fields are URLs, but AnyUrl would rewrite what the caller and service sent.
        type_mappings=["string+uri=string"],
        formatters=[Formatter.BUILTIN],
        custom_file_header="",
    )


def _split(code: str) -> tuple[dict[str, set[str]], str]:
    """The `from x import y` imports of a generated module, and the code after them."""
    tree = ast.parse(code)
    imports: dict[str, set[str]] = defaultdict(set)
    last = 0
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module != "__future__":
                imports[node.module] |= {a.name for a in node.names}
            last = node.end_lineno or last
        elif isinstance(node, ast.Import):
            raise ModelGenerationError(
                f"unexpected import in generated models: {ast.unparse(node)}"
            )
    body = "\n".join(code.splitlines()[last:]).strip("\n")
    return imports, body


def _fields(code: str, schema: dict[str, Any], required: set[str]) -> list[Field]:
    properties = schema.get("properties") or {}
    return [
        _field(item, code, properties, required)
        for item in _input_class(code).body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    ]


def _input_class(code: str) -> ast.ClassDef:
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef) and node.name == "Input":
            return node
    raise ModelGenerationError("no Input class in the generated models")


def _field(node: ast.AnnAssign, code: str, properties: dict[str, Any], required: set[str]) -> Field:
    assert isinstance(node.target, ast.Name)
    name = node.target.id
    annotation = node.annotation
    json_name = name
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        json_name = _alias(annotation.slice.elts[1:]) or name
        annotation = annotation.slice.elts[0]
    default = ast.get_source_segment(code, node.value) if node.value is not None else None
    return Field(
        name=name,
        json_name=json_name,
        annotation=ast.unparse(annotation),
        default=default,
        required=json_name in required,
        schema=properties.get(json_name, {}),
    )


def _defaults_from_schema(code: str, fields: list[Field]) -> str:
    """`code` with each long default of `Input` read from `INPUT_SCHEMA` instead of inlined."""
    long = {f.name: f.json_name for f in fields if f.default and len(f.default) > DEFAULT_CHARS}
    if not long:
        return code
    lines = code.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in _input_class(code).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in long
            and node.value is not None
        ):
            key = json.dumps(long[node.target.id], ensure_ascii=False)
            start = _offset(lines, node.annotation.end_lineno, node.annotation.end_col_offset)
            end = _offset(lines, node.end_lineno, node.end_col_offset)
            edits.append((start, end, f' = INPUT_SCHEMA["properties"][{key}]["default"]'))
    text = "".join(lines)
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _offset(lines: list[str], lineno: int | None, col: int | None) -> int:
    """The character offset of an ast position (1-based line, UTF-8 byte column)."""
    assert lineno is not None and col is not None
    before = sum(len(line) for line in lines[: lineno - 1])
    return before + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8"))


def _alias(metadata: list[ast.expr]) -> str | None:
    for item in metadata:
        if isinstance(item, ast.Call):
            for keyword in item.keywords:
                if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
    return None


def render_imports(imports: dict[str, set[str]], plain: set[str] | None = None) -> str:
    """Import lines grouped stdlib / third-party / runcomfy, each sorted (isort's layout)."""
    groups: list[list[str]] = [[], [], []]
    for module in sorted(plain or ()):
        groups[2 if module.split(".")[0] == "runcomfy" else 1].append(f"import {module}")
    for module in sorted(imports):
        root = module.split(".")[0]
        group = 0 if root in STDLIB else 2 if root == "runcomfy" else 1
        groups[group].append(_from_import(module, sorted(imports[module], key=_import_order)))
    return "\n\n".join("\n".join(g) for g in groups if g)


def _import_order(name: str) -> tuple[int, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def _from_import(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= IMPORT_LINE_LIMIT:
        return line
    inner = "".join(f"    {name},\n" for name in names)
    return f"from {module} import (\n{inner})"
