# Generated from specs/ by `runcomfy generate`. Do not edit: edit the spec instead.
"""Generated RunComfy model clients under `minimax/minimax_h3/`."""
