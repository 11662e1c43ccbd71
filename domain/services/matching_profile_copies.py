"""A batch's candidates with the values read for that batch (neighbour similarity, term
vector, lexical neighbour similarity) set on a copy of each kept profile. Most of those values
do not move between batches (they are refreshed only when outgrown), so the copy a batch made
is kept and used again while its profile is the very object CandidateProfiles serves (a profile
rebuilt after a change is a new object) and each value equals the one read now: the same
profile as copying afresh, without setting ~20 fields again for each of a batch's ~450
candidates.

A copy holds its résumé's term vector, which a batch used to drop: a dict of up to
lexical.MAX_TERMS int -> float entries, ~80 bytes each as decoded from storage (~60 KiB for an
ordinary two-page résumé's ~750 terms). So what is kept is bounded by the terms held, not by the
number of copies: MAX_TERMS_HELD (1,000,000, ~80 MiB a process) holds ~1,300 such résumés, a
batch's candidates two or three times over; the least recently used go first. CandidateProfiles
owns the copies and forgets a résumé's copy with its profile (removed, or rebuilt)."""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from domain.matching.profiles import CandidateProfile

MAX_TERMS_HELD = 1_000_000
# A copy's own object (its fields refer to the profile's values) weighs about as much as this
# many terms, so copies without a term vector are bounded too.
_COPY_WEIGHT = 8


class _Kept(NamedTuple):
    profile: CandidateProfile
    hub: float | None
    terms: Mapping[int, float] | None
    lexical_hub: float | None
    copy: CandidateProfile
    weight: int


class ProfileCopies:
    """max_terms=0 keeps nothing: each copy made afresh (for profiles that are never the same
    object twice, as without candidate stamps, where keeping one would save no copy)."""

    def __init__(self, max_terms: int = MAX_TERMS_HELD) -> None:
        self.max_terms = max_terms
        self._kept: dict[str, _Kept] = {}  # oldest use first
        self._held = 0
        self.made = 0  # copies made so far (tests)

    def with_values(self, profile: CandidateProfile, hub: float | None, terms: Mapping[int, float] | None,
                    lexical_hub: float | None) -> CandidateProfile:
        resume_id = profile.resume_id
        kept = self._kept.get(resume_id)
        if kept is not None and kept.profile is profile and _same(kept.hub, hub) \
                and _same(kept.lexical_hub, lexical_hub) and kept.terms == terms:
            # Moved to the newest end (dicts keep insertion order: pop and set again).
            self._kept[resume_id] = self._kept.pop(resume_id)
            return kept.copy
        copy = dataclasses.replace(profile, neighbour_similarity=hub, terms=terms, lexical_neighbour_similarity=lexical_hub)
        self.made += 1
        self.forget([resume_id])
        weight = _COPY_WEIGHT + (len(terms) if terms is not None else 0)
        if weight <= self.max_terms:
            while self._held + weight > self.max_terms:
                self.forget([next(iter(self._kept))])  # the least recently used
            self._kept[resume_id] = _Kept(profile, hub, terms, lexical_hub, copy, weight)
            self._held += weight
        return copy

    def forget(self, resume_ids: Iterable[str]) -> None:
        for resume_id in resume_ids:
            kept = self._kept.pop(resume_id, None)
            if kept is not None:
                self._held -= kept.weight

    def terms_held(self) -> int:
        """The terms of the kept copies' vectors, each copy counted as _COPY_WEIGHT more."""
        return self._held

    def __len__(self) -> int:
        return len(self._kept)


def _same(a: float | None, b: float | None) -> bool:
    """Equal to the bit that matters (0.0 and -0.0 told apart; NaN never the same: copied again)."""
    if a is None or b is None:
        return a is b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
