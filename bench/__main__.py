"""Run every benchmark: `.venv/bin/python -m bench`. Exit status 1 if any target is missed."""

from __future__ import annotations

import sys

from bench import concurrency, overhead, polling


def main() -> int:
    failed = []
    for name, run in (
        ("polling", polling.main),
        ("overhead", overhead.main),
        ("concurrency", concurrency.main),
    ):
        if run() != 0:
            failed.append(name)
        print()
    print("bench:", f"FAIL ({', '.join(failed)})" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
