# Generated from specs/ by `runcomfy generate`. Do not edit: edit the spec instead.
"""Generated RunComfy model clients under `bytedance/seedream_5_0_pro/`."""
