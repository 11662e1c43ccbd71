"""A job keeps its version while the part of its profile a memo reads is equal, gets a new one
when that part changes, and the least recently asked job is forgotten first past the bound."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

from domain.services.matching_job_versions import JobVersions, equal_keys


def _profile(title: str, vector: Any = None) -> Any:
    return SimpleNamespace(title=title, vector=vector)


def _versions(capacity: int = 10) -> JobVersions:
    return JobVersions(lambda profile: (profile.title,), capacity)


def test_the_same_version_while_equal_and_a_new_one_on_a_change():
    versions = _versions()
    first = versions.of({"j1": _profile("Baker"), "j2": _profile("Welder")})
    assert versions.of({"j1": _profile("Baker"), "j2": _profile("Welder")}) == first
    changed = versions.of({"j1": _profile("Pastry chef"), "j2": _profile("Welder")})
    assert changed["j1"] not in first.values() and changed["j2"] == first["j2"]


def test_the_least_recently_asked_job_is_forgotten_first():
    versions = _versions(capacity=2)
    first = versions.of({"j1": _profile("Baker"), "j2": _profile("Welder")})
    versions.of({"j1": _profile("Baker")})  # j1 asked again: j2 is now the oldest
    versions.of({"j3": _profile("Plumber")})
    again = versions.of({"j1": _profile("Baker"), "j2": _profile("Welder")})
    assert again["j1"] == first["j1"] and again["j2"] != first["j2"]


def test_keys_holding_arrays_are_never_taken_as_equal():
    vector = np.ones(3)
    assert not equal_keys((vector,), (vector.copy(),))
    assert equal_keys(("Baker", 1), ("Baker", 1))
