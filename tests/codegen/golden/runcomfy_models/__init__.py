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
        'quirks/Kling-3.0/Pro.Max/I2V/1080P': 'quirks.kling_3_0.pro_max.i2v._1080p',
        'quirks/descriptions': 'quirks.descriptions',
        'quirks/enums': 'quirks.enums',
        'quirks/float-type': 'quirks.float_type',
        'quirks/invalid-defaults': 'quirks.invalid_defaults',
        'quirks/long-default': 'quirks.long_default',
        'quirks/media-formats': 'quirks.media_formats',
        'quirks/null-default': 'quirks.null_default',
        'quirks/numbered-media': 'quirks.numbered_media',
        'quirks/required-unknown': 'quirks.required_unknown',
        'quirks/seeds': 'quirks.seeds',
        'quirks/titles': 'quirks.titles',
        'quirks/validations': 'quirks.validations',
    },
)
load = registry.load
model_ids = registry.model_ids

__all__ = ["load", "model_ids", "registry"]
