"""A candidate's recomputation builds a profile for each of their résumés (their roles, the
skills each names, the language: milliseconds a résumé), so one person's later uploads would
build the earlier résumés' profiles again every time although none of them changed.

This keeps each résumé's profile with everything it was built from (its owner, its parsed
content and its owner's preferences, compared by value) and hands it back only when all of
it is equal again; the vector and the neighbour value, which change between recomputations,
are set on it each time. So a kept profile is the one building would give, by construction."""
from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Sequence

from domain.matching.profiles import CandidateProfile
from domain.ports.documents import SkillExtractor
from domain.resumes import ParsedResume
from domain.users import Preferences

# Résumés whose profiles are kept (the least recently used go first).
_CAPACITY = 4096


class ResumeProfiles:
    def __init__(self, skills: SkillExtractor, capacity: int = _CAPACITY) -> None:
        self._skills, self._capacity = skills, capacity
        self._kept: OrderedDict[str, tuple[str, ParsedResume, Preferences, CandidateProfile]] = OrderedDict()
        self.built = self.reused = 0  # profiles built / handed back (tests and figures)

    def of(self, resume_id: str, owner_id: str, parsed: ParsedResume, preferences: Preferences,
           vector: Sequence[float] | None, neighbour_similarity: float | None) -> CandidateProfile:
        """CandidateProfile.from_resume(resume_id, owner_id, parsed, preferences, skills, vector,
        neighbour_similarity)."""
        kept = self._kept.get(resume_id)
        if kept is not None and kept[0] == owner_id and kept[1] == parsed and kept[2] == preferences:
            self._kept.move_to_end(resume_id)
            self.reused += 1
            base = kept[3]
        else:
            # Built from copies that nothing else holds: what was read may be changed by its
            # reader, and the kept profile and what it is compared with must not change.
            parsed, preferences = parsed.model_copy(deep=True), preferences.model_copy(deep=True)
            base = CandidateProfile.from_resume(resume_id, owner_id, parsed, preferences, self._skills)
            self.built += 1
            self._kept[resume_id] = (owner_id, parsed, preferences, base)
            self._kept.move_to_end(resume_id)
            if len(self._kept) > self._capacity:
                self._kept.popitem(last=False)
        return dataclasses.replace(base, vector=vector, neighbour_similarity=neighbour_similarity)

    def forget(self, resume_ids: Sequence[str]) -> None:
        for resume_id in resume_ids:
            self._kept.pop(resume_id, None)
