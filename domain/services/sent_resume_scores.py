"""The score of a job against the résumé an application was sent with.

The stored match of a (candidate, job) comes from the candidate's résumé that fits the job
best (or their primary: matching/resume_choice.py), which need not be the one they sent. The
hiring team rates the application by the document it was sent, so that pair's score is read
from the stored match when the match is from that résumé, and otherwise scored on read from
the facts the matcher scores from: the résumé's parse and its owner's preferences, the job,
both vectors, both neighbour values and both term vectors as stored, the skill weights.

Nothing is written here: the neighbour values are read as stored, not refreshed (the matcher
refreshes one only when the other side has doubled, so they are those the matcher would use
until then); where one is missing, the pair goes without that correction. A page of
applications costs a fixed number of reads whatever its size."""
from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.matching.lexical import TermVector
from domain.matching.profiles import CandidateProfile
from domain.matching.scoring import cosine
from domain.ports.accounts import UserRepository
from domain.ports.resumes import MatchRepository, ResumeRepository
from domain.resume_warnings import recognised_nothing
from domain.services.matching_parts import MatchingParts
from domain.services.matching_resume_profiles import ResumeProfiles

JOB, RESUME = "job", "resume"


@dataclass(frozen=True)
class SentResume:
    """An application's pair: its candidate, its job and the résumé it was sent with."""

    candidate_id: str
    job_id: str
    resume_id: str | None


class SentResumeScores:
    def __init__(self, *, parts: MatchingParts | None, matches: MatchRepository, resumes: ResumeRepository,
                 users: UserRepository, profiles: ResumeProfiles | None = None) -> None:
        # Without matching parts (no engine wired) only stored scores are shown.
        self._parts, self._matches, self._resumes, self._users = parts, matches, resumes, users
        # The matcher's own kept profiles when given: a résumé it scored is not profiled again.
        self._profiles = profiles or (ResumeProfiles(parts.skills) if parts is not None else None)

    async def scores(self, sent: Sequence[SentResume]) -> list[float | None]:
        """Each pair's score (None where the résumé is gone, not parsed, holds nothing of a
        résumé, or either side has no vector yet, or the job no longer takes applications)."""
        stored = await self._matches.of_pairs([(s.candidate_id, s.job_id) for s in sent])
        answers: list[float | None] = [
            m.score if m is not None and s.resume_id is not None and m.resume_id == s.resume_id else None
            for s, m in zip(sent, stored, strict=True)]
        unscored = [i for i, (s, m) in enumerate(zip(sent, stored, strict=True))
                    if s.resume_id is not None and (m is None or m.resume_id != s.resume_id)]
        if unscored and self._parts is not None:
            computed = await self._computed([sent[i] for i in unscored])
            for i, score in zip(unscored, computed, strict=True):
                answers[i] = score
        return answers

    async def _computed(self, sent: Sequence[SentResume]) -> list[float | None]:
        parts, profiles = self._parts, self._profiles
        assert parts is not None and profiles is not None
        resumes = await _by_id(self._resumes.get_many, [s.resume_id for s in sent if s.resume_id])
        # Only résumés the matcher would score (parsed, something recognised, the candidate's own).
        scorable = [s for s in sent if (r := resumes.get(s.resume_id or "")) is not None and r.parsed is not None
                    and not recognised_nothing(r.parsed) and r.owner_id == s.candidate_id]
        if not scorable:
            return [None] * len(sent)
        now = parts.clock.now()
        users = await _by_id(self._users.get_many, [s.candidate_id for s in scorable])
        jobs = {j.id: j for j in (await _by_id(parts.jobs.get_many, [s.job_id for s in scorable])).values()
                if j.takes_applications(now)}
        resume_ids = list(dict.fromkeys(s.resume_id for s in scorable if s.resume_id))
        job_ids = list(jobs)
        resume_vectors = dict(zip(resume_ids, await parts.embeddings.get_many(RESUME, resume_ids), strict=True))
        job_vectors = dict(zip(job_ids, await parts.embeddings.get_many(JOB, job_ids), strict=True))
        resume_hubs = await parts.neighbours.stored(RESUME, resume_ids)
        job_hubs = await parts.neighbours.stored(JOB, job_ids)
        resume_terms: dict[str, TermVector] = {}
        resume_lexical_hubs: dict[str, float] = {}
        job_terms: dict[str, TermVector] = {}
        job_lexical_hubs: dict[str, float] = {}
        if parts.lexical is not None:
            resume_terms, resume_lexical_hubs = await parts.lexical.stored(RESUME, resume_ids)
            job_terms, job_lexical_hubs = await parts.lexical.stored(JOB, job_ids)
        frequencies = await parts.frequencies()
        scored: dict[tuple[str, str], float] = {}
        for s in scorable:
            resume, user, job = resumes[s.resume_id or ""], users.get(s.candidate_id), jobs.get(s.job_id)
            resume_vector, job_vector = resume_vectors.get(resume.id), job_vectors.get(s.job_id)
            if user is None or job is None or resume.parsed is None or resume_vector is None or job_vector is None:
                continue
            candidate = profiles.of(resume.id, user.id, resume.parsed, user.preferences, resume_vector,
                                    resume_hubs.get(resume.id))
            if parts.lexical is not None:
                candidate = _with_words(candidate, resume_terms.get(resume.id), resume_lexical_hubs.get(resume.id))
            profile = parts.job_profile(job, frequencies, hub=job_hubs.get(job.id),
                                        lexical=(job_terms.get(job.id), job_lexical_hubs.get(job.id))
                                        if parts.lexical is not None else None)
            result = parts.scorer.score(candidate, profile, cosine(resume_vector, job_vector))
            scored[(resume.id, job.id)] = result.score
        return [scored.get((s.resume_id or "", s.job_id)) for s in sent]


def _with_words(candidate: CandidateProfile, terms: TermVector | None, lexical_hub: float | None) -> CandidateProfile:
    return dataclasses.replace(candidate, terms=terms, lexical_neighbour_similarity=lexical_hub)


async def _by_id(get_many: Callable[[list[str]], Awaitable[Sequence[Any]]], ids: list[str]) -> dict[str, Any]:
    unique = list(dict.fromkeys(ids))
    return {item.id: item for item in await get_many(unique) if item is not None}
