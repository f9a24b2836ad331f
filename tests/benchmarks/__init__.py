"""Benchmarks: a large generated register and `python -m tests.benchmarks`.

Not part of the normal test run (pytest does not collect this folder); the
generator is tested at small scale by tests/app/test_generator.py.
"""
