# Generated from specs/ by `runcomfy generate`. Do not edit: edit the spec instead.
"""Generated RunComfy model clients under `bytedance/seedance_2_5/first_last_frame/`."""
