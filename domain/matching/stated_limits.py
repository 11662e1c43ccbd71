"""A job the candidate's own stated preferences rule out: an employment type they said they do
not accept (only full-time, the job part-time), or pay 30% or more short of the minimum they
set (salary_fit 0). Such a pair's score is multiplied by MatchWeights.ruled_out_factor.

Each is one part of six, worth 5% of the weighted mean: a part-time job scored 0.97 for
someone who takes only full-time work, and its employer was told of a candidate who had said
no to it in advance. Only limits the person set count: a place read from the résumé, or pay
not stated, says nothing of what they refuse (people move, and ask what a job pays)."""
from __future__ import annotations

import numpy as np


def ruled_out(employment: float | None, salary: float | None) -> bool:
    """Whether the candidate's stated employment types or minimum pay rule the job out."""
    return employment == 0.0 or salary == 0.0


def ruled_out_column(employment: np.ndarray, salary: np.ndarray) -> np.ndarray:
    """ruled_out per pair, NaN unknown (a NaN compares unequal to 0, as None does)."""
    limited: np.ndarray = (employment == 0.0) | (salary == 0.0)
    return limited
