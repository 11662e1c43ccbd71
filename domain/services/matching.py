"""Matching: embed what changed, retrieve the nearest K by vector, re-rank with the full
score, store matches idempotently and announce the new ones.

Every entry point touches only what its event names (one resume, one job, one candidate):
recomputation is incremental, never a rescan of everything."""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from domain.clock import Clock, new_id
from domain.events import MatchFound
from domain.jobs import Job, JobStatus
from domain.matches import Match, MatchRetention, ScoreBreakdown
from domain.matching.batch_scoring import BatchScores, score_candidates
from domain.matching.explanation import explain
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import SCORING_VERSION, MatchScorer
from domain.matching.skill_frequencies import SkillFrequencies
from domain.matching.texts import job_text, resume_text
from domain.matching.weights import PARTS
from domain.pagination import PageRequest
from domain.ports.accounts import UserRepository
from domain.ports.documents import Embedder, SkillExtractor
from domain.ports.embeddings import EmbeddingStore
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.notifications import Message, Notifier
from domain.ports.resumes import MatchRepository, ResumeRepository
from domain.ports.vectors import VectorIndex
from domain.resumes import ParsedResume, Resume, ResumeStatus
from domain.services.match_explanations import MatchExplanations
from domain.services.matching_neighbours import NeighbourSimilarities
from domain.services.matching_skill_frequencies import CachedSkillFrequencies

log = logging.getLogger(__name__)

JOB, RESUME = "job", "resume"


class MatchingService:
    def __init__(
        self, *, jobs: JobRepository, resumes: ResumeRepository, users: UserRepository, matches: MatchRepository,
        embeddings: EmbeddingStore, job_index: VectorIndex, resume_index: VectorIndex, embedder: Embedder,
        skills: SkillExtractor, scorer: MatchScorer, events: EventBus, notifier: Notifier, clock: Clock,
        top_k: int = 200, keep: int = 100, skill_frequencies: CachedSkillFrequencies | None = None,
        min_score: float = 0.0,
    ) -> None:
        self._jobs, self._resumes, self._users, self._matches = jobs, resumes, users, matches
        self._embeddings, self._job_index, self._resume_index = embeddings, job_index, resume_index
        self._embedder, self._skills, self._scorer = embedder, skills, scorer
        self._events, self._notifier, self._clock = events, notifier, clock
        self._top_k, self._keep = top_k, keep
        self._retention = MatchRetention(keep=keep, floor=min_score)
        self.explanations = MatchExplanations(jobs=jobs, resumes=resumes, users=users, skills=skills, scorer=scorer)
        # Without a frequency table every job skill counts alike.
        self._skill_frequencies = skill_frequencies
        self._neighbours = NeighbourSimilarities(embeddings, scorer.weights.hubness_neighbours)

    # -- indexing (called by the resume pipeline and the job triggers) --------------------
    async def index_resume(self, resume: Resume, parsed: ParsedResume, text: str) -> None:
        (vector,) = await self._embedder.embed([resume_text(text)])
        await self._embeddings.put(RESUME, resume.id, vector)
        await self._resume_index.upsert([(resume.id, vector)])

    async def remove_resume(self, resume_id: str) -> None:
        await self._resume_index.remove([resume_id])
        await self._embeddings.delete(RESUME, [resume_id])
        await self._neighbours.forget(RESUME, [resume_id])
        await self._matches.delete_for_resume(resume_id)

    async def index_job(self, job: Job) -> list[float] | None:
        if self._skill_frequencies is not None:
            self._skill_frequencies.jobs_changed()
        if job.status is not JobStatus.OPEN:
            await self._job_index.remove([job.id])
            return None
        text = job_text(job.title, job.description, job.required_skills, job.nice_to_have_skills)
        (vector,) = await self._embedder.embed([text])
        await self._embeddings.put(JOB, job.id, vector)
        await self._job_index.upsert([(job.id, vector)])
        return vector

    async def job_closed(self, job_id: str) -> None:
        # Its matches stay stored (history) but every list filters closed jobs out.
        await self._job_index.remove([job_id])
        await self._neighbours.forget(JOB, [job_id])
        if self._skill_frequencies is not None:
            self._skill_frequencies.jobs_changed()

    # -- recomputation --------------------------------------------------------------------
    async def match_job(self, job_id: str) -> list[Match]:
        (job,) = await self._jobs.get_many([job_id])
        if job is None:
            return []
        vector = await self.index_job(job)
        if vector is None:
            return []
        hits = await self._resume_index.search(vector, self._top_k)
        resumes = [r for r in await self._resumes.get_many([rid for rid, _ in hits]) if r and r.parsed]
        latest = _latest_per_owner(r for r in resumes if r.status is ResumeStatus.PARSED)
        similarity = dict(hits)
        owners = await self._users.get_many([r.owner_id for r in latest])
        preferences = {u.id: u.preferences for u in owners if u is not None}
        hub = await self._neighbours.record(JOB, job.id, [s for _, s in hits], self._resume_index)
        hubs = await self._neighbours.of(RESUME, [r.id for r in latest], self._job_index)
        job_profile = self._job_profile(job, await self._frequencies(), vector, hub)
        candidates = [
            CandidateProfile.from_resume(
                resume.id, resume.owner_id, resume.parsed, preferences[resume.owner_id], self._skills,
                neighbour_similarity=hubs.get(resume.id))
            for resume in latest if resume.owner_id in preferences
        ]
        # One pass over all candidates; the sentence is built only for what is announced.
        batch = score_candidates(self._scorer, candidates, job_profile, [similarity[c.resume_id] for c in candidates])
        scored = [self._batch_match(c, job, batch, row) for row, c in enumerate(candidates)]
        by_resume = {c.resume_id: c for c in candidates}

        def explained(match: Match) -> str:
            return explain(self._scorer.score(by_resume[match.resume_id], job_profile, similarity[match.resume_id]))

        return await self._store(scored, {job.id: job}, explained)

    async def match_resume(self, resume_id: str) -> list[Match]:
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is None or resume.status is not ResumeStatus.PARSED or resume.parsed is None:
            return []
        (vector,) = await self._embeddings.get_many(RESUME, [resume_id])
        (owner,) = await self._users.get_many([resume.owner_id])
        if vector is None or owner is None:
            return []
        hits = await self._job_index.search(vector, self._top_k)
        jobs = {j.id: j for j in await self._jobs.get_many([jid for jid, _ in hits]) if j and j.status is JobStatus.OPEN}
        hub = await self._neighbours.record(RESUME, resume.id, [s for _, s in hits], self._job_index)
        hubs = await self._neighbours.of(JOB, list(jobs), self._resume_index)
        candidate = CandidateProfile.from_resume(
            resume.id, resume.owner_id, resume.parsed, owner.preferences, self._skills, vector, hub)
        frequencies = await self._frequencies()
        scored = [
            self._to_match(candidate, jobs[jid], self._scorer.score(
                candidate, self._job_profile(jobs[jid], frequencies, hub=hubs.get(jid)), similarity))
            for jid, similarity in hits if jid in jobs
        ]
        return await self._store(scored, jobs)

    async def match_candidate(self, user_id: str) -> list[Match]:
        """Preferences changed: re-score from the candidate's newest parsed resume."""
        (page,) = await self._resumes.by_owners([user_id], None, PageRequest(first=20))
        parsed = [r for r in page.items if r.status is ResumeStatus.PARSED]
        return await self.match_resume(parsed[0].id) if parsed else []

    # -- helpers ----------------------------------------------------------------------------
    async def _frequencies(self) -> SkillFrequencies | None:
        return await self._skill_frequencies.current() if self._skill_frequencies is not None else None

    def _job_profile(self, job: Job, frequencies: SkillFrequencies | None,
                     vector: list[float] | None = None, hub: float | None = None) -> JobProfile:
        profile = JobProfile.from_job(job, self._skills, vector, hub)
        if frequencies is None:
            return profile
        weights = frequencies.weights((*profile.required_skills, *profile.nice_to_have_skills))
        return dataclasses.replace(profile, skill_weights=weights)

    def _batch_match(self, candidate: CandidateProfile, job: Job, batch: BatchScores, row: int) -> Match:
        now = self._clock.now()
        return Match(
            id=new_id(), candidate_id=candidate.candidate_id, job_id=job.id, resume_id=candidate.resume_id,
            score=float(batch.scores[row]), breakdown=ScoreBreakdown(**dict(zip(PARTS, batch.breakdown[row].tolist()))),
            created_at=now, updated_at=now, scoring_version=SCORING_VERSION,
        )

    def _to_match(self, candidate: CandidateProfile, job: Job, result) -> Match:
        now = self._clock.now()
        return Match(
            id=new_id(), candidate_id=candidate.candidate_id, job_id=job.id, resume_id=candidate.resume_id,
            score=result.score, breakdown=result.breakdown, matched_skills=result.matched_skills,
            missing_skills=result.missing_skills, explanation=explain(result), created_at=now, updated_at=now,
            scoring_version=SCORING_VERSION,
        )

    async def _store(self, scored: list[Match], jobs: dict[str, Job],
                     explained: Callable[[Match], str] | None = None) -> list[Match]:
        # Those below the floor go too: the store drops what it held of them.
        ranked = sorted(scored, key=lambda m: m.score, reverse=True)
        kept = [m for m in ranked if m.score >= self._retention.floor][: self._keep]
        dropped = [m for m in ranked if m.score < self._retention.floor]
        new = await self._matches.upsert(kept + dropped, self._retention)
        if not new:
            return []
        owners = {u.id: u for u in await self._users.get_many(list({m.candidate_id for m in new})) if u}
        messages = []
        for match in new:
            job = jobs[match.job_id]
            await self._events.publish(MatchFound(
                match_id=match.id, candidate_id=match.candidate_id, job_id=job.id,
                organization_id=job.organization_id, score=match.score))
            owner = owners.get(match.candidate_id)
            if owner is not None and match.score >= owner.preferences.notify_min_score:
                explanation = explained(match) if explained is not None else match.explanation
                messages.append(Message(
                    user_id=owner.id, kind="match", subject=f"New match: {job.title}",
                    text=f"{job.title} matches your profile ({round(match.score * 100)}%). {explanation}",
                    data={"matchId": match.id, "jobId": job.id}, dedupe_key=f"match:{match.candidate_id}:{job.id}",
                ))
        await self._notifier.send(messages)
        return new


def _latest_per_owner(resumes) -> list[Resume]:
    latest: dict[str, Resume] = {}
    for resume in resumes:
        current = latest.get(resume.owner_id)
        if current is None or resume.uploaded_at > current.uploaded_at:
            latest[resume.owner_id] = resume
    return list(latest.values())
