"""A candidate's recomputation scores every job with each of their resumes, so one person's
later uploads would re-score the earlier resumes every time although nothing those rows
depend on moved. This keeps each resume's last rows (scores and breakdowns) with everything
they were computed from, and hands them back only when all of it is equal again: the
candidate's profile (its term vector and wording included), and per job its id, its profile
and the pair's similarity. So a kept row is the row scoring would give, by construction.

Job profiles are compared once per recomputation, not once per resume: each distinct profile
seen for a job gets a version number of its own (never reused), and a resume's rows are keyed
by (job id, version, similarity). A job whose profile changed in any way (its ad, the skill
frequencies, its neighbour similarities after the resumes grew) gets a new version, and every
resume is scored against it afresh."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from domain.matching.profiles import CandidateProfile, JobProfile
from domain.services.matching_job_versions import JobVersions, equal_keys

# Resumes whose rows are kept (the least recently used go first): a resume's rows are a few
# kilobytes (a score and six parts per job it was scored with).
_CAPACITY = 4096
# Job profiles remembered to version them (the least recently seen go first).
_JOB_CAPACITY = 100_000

PairKey = tuple[tuple[str, int, float], ...]


@dataclass(frozen=True)
class ResumeRows:
    scores: np.ndarray      # one per job, in the key's order
    breakdown: np.ndarray   # (jobs, parts)


def _candidate_key(candidate: CandidateProfile) -> tuple[object, ...]:
    # The dataclass's equality leaves out its mappings (compare=False): they count here.
    return candidate, candidate.terms, candidate.skill_wording, candidate.mention_text, candidate.stated_skills


def _job_key(job: JobProfile) -> tuple[object, ...]:
    return job, job.skill_weights, job.terms, job.skill_wording


class ResumeRowsMemo:
    def __init__(self, capacity: int = _CAPACITY, job_capacity: int = _JOB_CAPACITY) -> None:
        self._capacity = capacity
        self._rows: OrderedDict[str, tuple[tuple[object, ...], PairKey, ResumeRows]] = OrderedDict()
        self._job_versions = JobVersions(_job_key, job_capacity)
        self.reused = self.scored = 0  # resumes whose rows were reused / scored (tests and figures)

    def versions(self, profiles: Mapping[str, JobProfile]) -> dict[str, int]:
        """Each job's version for the profile it has now."""
        return self._job_versions.of(profiles)

    @staticmethod
    def pair_key(pairs: Sequence[tuple[str, float]], versions: Mapping[str, int]) -> PairKey:
        return tuple((job_id, versions[job_id], similarity) for job_id, similarity in pairs)

    def get(self, candidate: CandidateProfile, pairs: PairKey) -> ResumeRows | None:
        kept = self._rows.get(candidate.resume_id)
        if kept is None or kept[1] != pairs or not equal_keys(kept[0], _candidate_key(candidate)):
            return None
        self._rows.move_to_end(candidate.resume_id)
        self.reused += 1
        return kept[2]

    def put(self, candidate: CandidateProfile, pairs: PairKey, rows: ResumeRows) -> None:
        self.scored += 1
        self._rows[candidate.resume_id] = (_candidate_key(candidate), pairs, rows)
        self._rows.move_to_end(candidate.resume_id)
        if len(self._rows) > self._capacity:
            self._rows.popitem(last=False)

    def forget(self, resume_ids: Sequence[str]) -> None:
        for resume_id in resume_ids:
            self._rows.pop(resume_id, None)
