"""The `runcomfy` logger, and `RUNCOMFY_LOG=debug|info|warning` to see it without code.

Log lines name methods, paths, statuses and request_ids; never headers, so never the API key.
"""

from __future__ import annotations

import logging
import os

LOG_ENV = "RUNCOMFY_LOG"
logger = logging.getLogger("runcomfy")


def configure_from_env() -> None:
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if not level or logger.handlers:
        return
    if not isinstance(logging.getLevelName(level), int):  # not a level name
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
