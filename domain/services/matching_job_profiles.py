"""A candidate's recomputation builds the profile of every job it scores (canonical skills,
their wording, the years the ad asks for, its language: a fraction of a millisecond a job),
and one person's uploads one after the other build the same jobs' profiles again each time.

This keeps each job's profile with the job it was built from (compared by value) and hands it
back only when the job is equal again; the vector and the neighbour value, which change between
recomputations, are set on it each time. So a kept profile is the one building would give, by
construction."""
from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Sequence

from domain.jobs import Job
from domain.matching.profiles import JobProfile
from domain.ports.documents import SkillExtractor

# Jobs whose profiles are kept (the least recently used go first): a recomputation scores a
# few hundred; a job and its profile are a few kilobytes, so at most ~10 MB.
_CAPACITY = 2048


class JobProfiles:
    def __init__(self, skills: SkillExtractor, capacity: int = _CAPACITY) -> None:
        self._skills, self._capacity = skills, capacity
        self._kept: OrderedDict[str, tuple[Job, JobProfile]] = OrderedDict()
        self.built = self.reused = 0  # profiles built / handed back (tests and figures)

    def of(self, job: Job, vector: Sequence[float] | None, neighbour_similarity: float | None) -> JobProfile:
        """JobProfile.from_job(job, skills, vector, neighbour_similarity)."""
        kept = self._kept.get(job.id)
        if kept is not None and kept[0] == job:
            self._kept.move_to_end(job.id)
            self.reused += 1
            return dataclasses.replace(kept[1], vector=vector, neighbour_similarity=neighbour_similarity)
        # Built from a copy nothing else holds: the job read may be changed by its reader.
        job = job.model_copy(deep=True)
        base = JobProfile.from_job(job, self._skills)
        self.built += 1
        self._kept[job.id] = (job, base)
        self._kept.move_to_end(job.id)
        if len(self._kept) > self._capacity:
            self._kept.popitem(last=False)
        return dataclasses.replace(base, vector=vector, neighbour_similarity=neighbour_similarity)
