"""The batch scorer rounds whole arrays as Python's round(x, 4) rounds each value: the stored
scores and breakdowns of a batch must equal the per-pair scorer's to the last bit."""
from __future__ import annotations

import random

import numpy as np
import pytest

from domain.matching.batch_scoring import _round4


def _reference(values: np.ndarray) -> np.ndarray:
    return np.array([round(float(v), 4) for v in values.ravel()]).reshape(values.shape)


@pytest.mark.parametrize("seed", range(3))
def test_arrays_round_as_python_rounds_each_value(seed: int):
    rng = random.Random(seed)
    # Five-decimal values sit on (or a hair off) the halves where scaling by 1e4 and rounding
    # to even picks the other neighbour than round() does (0.02545, 0.55645, ...).
    values = np.array([rng.random() for _ in range(20_000)] + [round(rng.random(), 5) for _ in range(20_000)]
                      + [-round(rng.random(), 5) for _ in range(2_000)] + [0.0, -0.0, 1.0, 0.00005, 0.02545])
    assert np.array_equal(_round4(values), _reference(values))
    grid = values[:40_000].reshape(4_000, 10)
    assert np.array_equal(_round4(grid), _reference(grid))


def test_the_halves_that_scaling_gets_wrong_are_among_those_checked():
    """Without deferring to round() near a half, these would come out one step off."""
    values = np.array([0.02545, 0.55645, 0.85995, 0.60565])
    assert not np.array_equal(np.rint(values * 1e4) / 1e4, _reference(values))
    assert np.array_equal(_round4(values), _reference(values))
