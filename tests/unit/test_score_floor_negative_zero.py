"""A floor sent as -0.0 (what some clients' float formatting makes of a cleared slider) is
the floor 0 and is shown back as 0, never as a negative score."""
from __future__ import annotations

import math

from domain.score_floor import checked_score_floor


def test_negative_zero_is_kept_as_zero():
    floor = checked_score_floor(-0.0, "notifyMinScore")
    assert floor == 0.0 and math.copysign(1.0, floor) == 1.0
