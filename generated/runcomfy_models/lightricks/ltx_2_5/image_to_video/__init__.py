# Generated from specs/ by `runcomfy generate`. Do not edit: edit the spec instead.
"""Generated RunComfy model clients under `lightricks/ltx_2_5/image_to_video/`."""
