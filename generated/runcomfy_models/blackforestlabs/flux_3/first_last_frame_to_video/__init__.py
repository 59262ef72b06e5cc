# Generated from specs/ by `runcomfy generate`. Do not edit: edit the spec instead.
"""Generated RunComfy model clients under `blackforestlabs/flux_3/first_last_frame_to_video/`."""
