# Generated from specs/ by `runcomfy generate`. Do not edit: edit the spec instead.
"""Generated RunComfy model clients, one module per model.

`load(model_id)` imports a model's module (and only that one); `model_ids()` lists them all.
"""

from runcomfy import Registry

registry = Registry(
    __name__,
    {
        'acme/field-names': 'acme.field_names',
        'acme/numeric-enum': 'acme.numeric_enum',
        'acme/quoting': 'acme.quoting',
        'acme/video': 'acme.video',
        'acme/video/fast': 'acme.video.fast',
    },
)
load = registry.load
model_ids = registry.model_ids

__all__ = ["load", "model_ids", "registry"]
