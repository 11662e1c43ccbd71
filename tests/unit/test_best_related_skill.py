"""The highest relation a candidate's held skills have to a wanted one, read from the related
columns alone (skill_credits.best_related), equals the maximum over every column with 0 for
what is not held (the rule it replaces) wherever the credit can tell them apart: on random
held matrices and relations, none, few or many of them related, some 0 or below."""
from __future__ import annotations

import numpy as np
import pytest

from domain.matching.skill_credits import best_related


def _every_column(held: np.ndarray, relation: np.ndarray) -> np.ndarray:
    return np.where(held, relation[None, :], 0.0).max(axis=1)


@pytest.mark.parametrize("seed", range(50))
def test_the_related_columns_alone_give_every_columns_maximum(seed):
    rng = np.random.default_rng(seed)
    rows, columns = int(rng.integers(1, 60)), int(rng.integers(1, 40))
    held = rng.random((rows, columns)) < rng.uniform(0.0, 0.6)
    relation = np.where(rng.random(columns) < rng.uniform(0.0, 0.5), rng.uniform(-0.3, 1.0, columns), 0.0)
    best, reference = best_related(held, relation), _every_column(held, relation)
    # Only a row holding every column, all related 0 or below, can differ: 0 against a negative
    # maximum, which earns no credit either way (the floor it must reach is 0 or more).
    assert np.array_equal(best, np.maximum(reference, 0.0))
    assert np.array_equal(best[reference >= 0], reference[reference >= 0])


def test_nothing_related_is_zero_for_everyone():
    held = np.ones((3, 4), dtype=bool)
    assert best_related(held, np.zeros(4)).tolist() == [0.0, 0.0, 0.0]
