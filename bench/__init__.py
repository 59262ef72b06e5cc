"""Benchmarks for the runcomfy runtime; see bench/README.md."""
