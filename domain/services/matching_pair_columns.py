"""A resume's rows are scored afresh whenever a job's profile moved in any way (ResumeRowsMemo),
and most such moves are a job's neighbour values: while a candidate's résumés are few, each
upload moves every job's mean similarity to its nearest résumés. Only the semantic part reads
those (and the vectors and term vectors); the skills, experience, location, salary and
preference parts, the skill specificity and the factor do not (batch_jobs.PairColumns).

This keeps, per resume and job, those columns with everything they are computed from: the
candidate's profile and the job's, each with its vector, neighbour values and term vector
left out (compared by value), and hands them back only when all of that is equal again. So a
kept column is the column computing would give, by construction; the semantic part is always
computed afresh."""
from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Mapping, Sequence

from domain.matching.batch_jobs import PairColumns, pair_columns
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import MatchScorer
from domain.services.matching_job_versions import JobVersions, equal_keys

# Resumes whose columns are kept (the least recently used go first: those of the people
# recomputed lately), and the jobs kept for each (a resume is scored with its retrieved and
# stored jobs, a few hundred; ~250 bytes a job): at most ~30 MB. Jobs versioned: ~2 kB each.
_CAPACITY = 256
_JOBS_A_RESUME = 512
_JOB_CAPACITY = 10_000


def _candidate_key(candidate: CandidateProfile) -> tuple[object, ...]:
    # Its fields that compare apart (compare=False in the dataclass) count here: skill_wording,
    # and the words requirements no taxonomy names are looked for in.
    blank = dataclasses.replace(candidate, vector=None, neighbour_similarity=None, terms=None,
                                lexical_neighbour_similarity=None)
    return blank, candidate.skill_wording, candidate.mention_text, candidate.stated_skills


def _job_key(job: JobProfile) -> tuple[object, ...]:
    blank = dataclasses.replace(job, vector=None, neighbour_similarity=None, terms=None,
                                lexical_neighbour_similarity=None)
    return blank, job.skill_weights, job.skill_wording


class PairColumnsMemo:
    def __init__(self, capacity: int = _CAPACITY, job_capacity: int = _JOB_CAPACITY) -> None:
        self._capacity = capacity
        self._resumes: OrderedDict[str, tuple[tuple[object, ...], dict[tuple[str, int], PairColumns]]] = OrderedDict()
        self._job_versions = JobVersions(_job_key, job_capacity)
        self.reused = self.computed = 0  # pairs whose columns were reused / computed (tests and figures)

    def versions(self, profiles: Mapping[str, JobProfile]) -> dict[str, int]:
        """Each job's version for what its columns read of it now (compared once a recomputation)."""
        return self._job_versions.of(profiles)

    def columns(self, scorer: MatchScorer, candidate: CandidateProfile, jobs: Sequence[JobProfile],
                versions: Mapping[str, int]) -> list[PairColumns]:
        """pair_columns(scorer, candidate, jobs), the kept ones handed back."""
        key = _candidate_key(candidate)
        held = self._resumes.get(candidate.resume_id)
        if held is None or not equal_keys(held[0], key):
            held = (key, {})
            self._resumes[candidate.resume_id] = held
        self._resumes.move_to_end(candidate.resume_id)
        if len(self._resumes) > self._capacity:
            self._resumes.popitem(last=False)
        kept = held[1]
        pairs = [(job.job_id, versions[job.job_id]) for job in jobs]
        missing = [row for row, pair in enumerate(pairs) if pair not in kept]
        if len(kept) + len(missing) > _JOBS_A_RESUME:  # older versions of its jobs go
            kept.clear()
            missing = list(range(len(pairs)))
        if missing:
            for row, made in zip(missing, pair_columns(scorer, candidate, [jobs[row] for row in missing])):
                kept[pairs[row]] = made
        self.computed += len(missing)
        self.reused += len(jobs) - len(missing)
        return [kept[pair] for pair in pairs]

    def forget(self, resume_ids: Sequence[str]) -> None:
        for resume_id in resume_ids:
            self._resumes.pop(resume_id, None)
