"""A batch's candidates with the values read for that batch (neighbour similarity, term
vector, lexical neighbour similarity) set on a copy of each kept profile. Most of those values
do not move between batches (they are refreshed only when outgrown), so the copy a batch made
is kept and used again while its profile is the very object CandidateProfiles serves (a profile
rebuilt after a change is a new object) and each value equals the one read now: the same
profile as copying afresh, without setting ~20 fields again for each of a batch's ~450
candidates."""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping

from domain.matching.profiles import CandidateProfile


class ProfileCopies:
    # A copy holds its term vector (a few KiB), which a batch used to drop: kept for the
    # candidates of recent batches only (a batch has ~450), not for every profile kept.
    def __init__(self, capacity: int = 20_000) -> None:
        self._capacity = capacity
        self._kept: dict[str, tuple[CandidateProfile, float | None, Mapping[int, float] | None, float | None,
                                    CandidateProfile]] = {}
        self.made = 0  # copies made so far (tests)

    def with_values(self, profile: CandidateProfile, hub: float | None, terms: Mapping[int, float] | None,
                    lexical_hub: float | None) -> CandidateProfile:
        kept = self._kept.get(profile.resume_id)
        if kept is not None and kept[0] is profile and _same(kept[1], hub) and _same(kept[3], lexical_hub) \
                and kept[2] == terms:
            return kept[4]
        copy = dataclasses.replace(profile, neighbour_similarity=hub, terms=terms, lexical_neighbour_similarity=lexical_hub)
        self.made += 1
        if len(self._kept) >= self._capacity and profile.resume_id not in self._kept:
            self._kept.clear()  # a bound, not a policy: a cleared copy is made again when next used
        self._kept[profile.resume_id] = (profile, hub, terms, lexical_hub, copy)
        return copy


def _same(a: float | None, b: float | None) -> bool:
    """Equal to the bit that matters (0.0 and -0.0 told apart; NaN never the same: copied again)."""
    if a is None or b is None:
        return a is b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
