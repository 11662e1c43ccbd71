"""How specific each skill is: its inverse document frequency over the open jobs.

A skill nearly every posting lists ("Microsoft Office") says little about whether a
candidate suits this job rather than another; a skill few postings list ("Apache JMeter")
says a lot. Skill coverage therefore weighs each job skill by its IDF, computed the way
Okapi BM25 (Lucene's form) does, so it is always positive and falls towards zero for a
skill every job lists."""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.matching.profiles import JobProfile


class SkillFrequencies:
    """A snapshot of how many open jobs list each skill (required or nice to have)."""

    def __init__(self, counts: Mapping[str, int], jobs: int,
                 canonical: Callable[[str], str] | None = None) -> None:
        """`counts` are keyed by the skills as the jobs wrote them; `canonical` names each as the
        job profiles do (profiles.canonical_name), since those are the names weights are asked
        for: without it "Structured query language SQL" would be counted under its own words and
        the profiles' "SQL" found in no job, weighing as the rarest skill however many list it."""
        self._counts: dict[str, int] = {}
        for skill, n in counts.items():  # names differing only in case are one skill
            key = (canonical(skill) if canonical is not None else skill).casefold()
            self._counts[key] = self._counts.get(key, 0) + n
        self.jobs = jobs

    @classmethod
    def from_skill_lists(cls, lists: Iterable[Iterable[str]]) -> SkillFrequencies:
        counts: dict[str, int] = {}
        jobs = 0
        for skills in lists:
            jobs += 1
            for skill in {s.casefold() for s in skills}:
                counts[skill] = counts.get(skill, 0) + 1
        return cls(counts, jobs)

    def count(self, skill: str) -> int:
        return self._counts.get(skill.casefold(), 0)

    def idf(self, skill: str) -> float:
        # A skill no stored job lists yet is counted as listed once (by the job asking).
        return self._idf(self.count(skill))

    def weights(self, skills: Iterable[str]) -> dict[str, float]:
        """Each skill's IDF relative to the highest there can be (a skill one job lists):
        1 for the most specific skill, near 0 for one every job lists."""
        most = self._idf(1)
        return {s: self.idf(s) / most for s in skills}

    def _idf(self, count: int) -> float:
        jobs = max(self.jobs, 1)
        df = min(max(count, 1), jobs)
        return math.log(1 + (jobs - df + 0.5) / (df + 0.5))


def with_skill_weights(profile: JobProfile, frequencies: SkillFrequencies | None) -> JobProfile:
    """The job profile with each of its skills weighed by its IDF (unchanged without a table)."""
    if frequencies is None:
        return profile
    weights = frequencies.weights((*profile.required_skills, *profile.nice_to_have_skills))
    return dataclasses.replace(profile, skill_weights=weights)
