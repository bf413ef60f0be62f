"""Hypothesis runs a fixed, derandomized budget in the test suite, so a CI run is
deterministic: a property test never fails on one run and passes on the next. Random
exploration, with fresh examples every run, is bench/fuzz*.py's job."""

from hypothesis import settings

settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")
