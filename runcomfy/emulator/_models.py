"""The models an emulator serves: every valid spec in a specs directory."""

from __future__ import annotations

from pathlib import Path

from runcomfy.emulator._service import EmulatedModel


def load_models(specs_dir: Path) -> dict[str, EmulatedModel]:
    """Read every spec under `specs_dir`; a spec that does not validate is an error."""
    from codegen import spec as specs  # the spec reader needs only jsonschema

    models: dict[str, EmulatedModel] = {}
    for file in specs.discover(specs_dir):
        spec = specs.load(file, specs_dir)
        models[spec.model_id] = EmulatedModel(
            model_id=spec.model_id,
            input_schema=spec.input_schema,
            output_schema=spec.output_schema,
            display_name=spec.display_name,
            output_type=str(spec.data.get("output_type") or "IMAGE"),
        )
    return models
