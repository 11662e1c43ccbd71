"""A score floor is a number from 0 to 1, like the scores it filters."""
from __future__ import annotations

import math

import pytest

from domain.errors import BadUserInput
from domain.score_floor import checked_score_floor


@pytest.mark.parametrize("floor", [None, 0.0, 0.35, 1.0])
def test_a_floor_in_range_is_kept(floor):
    assert checked_score_floor(floor, "minScore") == floor


@pytest.mark.parametrize("floor", [5.0, 1.0001, -0.01, math.nan, math.inf])
def test_a_floor_out_of_range_is_refused_naming_the_argument(floor):
    with pytest.raises(BadUserInput) as refused:
        checked_score_floor(floor, "minScore")
    assert refused.value.message.startswith("`minScore` must be between 0 and 1")
    assert refused.value.extensions == {"field": "minScore"}
