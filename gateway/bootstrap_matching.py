"""Wiring of the matching engine: embeddings, the two vector indexes, scorer and triggers."""
from __future__ import annotations

from datetime import timedelta

from adapters.embedded.skills.term_rarity import load_term_rarity
from domain.clock import Clock
from domain.matching.profiles import canonical_name
from domain.matching.scoring import MatchScorer
from domain.matching.weights import MatchWeights
from domain.ports.blobs import BlobStore
from domain.ports.documents import TextExtractor
from domain.ports.queue import WorkQueue
from domain.ports.resumes import ResumeRepository
from domain.services.embedding_rescoring import (
    RESCORE_AFTER_REEMBEDDING,
    OpenJobsRescoring,
    ReembeddingProgress,
    RescoringAfterReembedding,
)
from domain.services.matching import MatchingService
from domain.services.matching_candidates import CandidateProfiles
from domain.services.matching_resume_sets import ResumeSets
from domain.services.matching_skill_frequencies import CachedSkillFrequencies
from domain.services.matching_triggers import (
    JOB_CLOSED,
    MATCH_CANDIDATE,
    MATCH_JOB,
    MATCH_RESUME,
)
from domain.services.resume_reembedding import REEMBED_RESUME, ResumeReembedding
from gateway.adapter_sets import Adapters
from gateway.config import Settings
from gateway.workers import WorkHandler


def wire_matching(settings: Settings, adapters: Adapters, clock: Clock) -> MatchingService:
    matching, repos = adapters.matching, adapters.repositories
    skills = adapters.documents.skills
    # A backend without skill statistics weighs every job skill alike.
    source = matching.skill_frequencies
    frequencies = CachedSkillFrequencies(
        source, clock, timedelta(seconds=settings.match_skill_frequencies_seconds),
        canonical=lambda name: canonical_name(name, skills)) if source else None
    service = MatchingService(
        jobs=repos.jobs, resumes=repos.resumes, users=repos.users, matches=repos.matches,
        embeddings=matching.embeddings, job_index=matching.job_index, resume_index=matching.resume_index,
        embedder=matching.embedder, skills=skills,
        scorer=MatchScorer(skills, MatchWeights.model_validate(settings.match_weights or {})),
        events=adapters.events, notifier=adapters.accounts.notifier, clock=clock,
        top_k=settings.match_top_k, keep=settings.match_keep, skill_frequencies=frequencies,
        min_score=settings.match_min_score, term_rarity=load_term_rarity(),
        # Kept between jobs where the backend can say when one changed; built per job elsewhere.
        candidates=CandidateProfiles(repos.resumes, repos.users, skills, adapters.matching.candidate_stamps),
        resume_sets=ResumeSets(repos.resumes, adapters.matching.eligible_resume_ids),
    )
    service.store.announcement_attempts = settings.match_announcement_attempts
    return service


def matching_work_handlers(matching: MatchingService, job_batch: int = 1) -> dict[str, WorkHandler]:
    return {
        # The owner's recomputation (the resume named may be gone by then: the rest still count).
        MATCH_RESUME: WorkHandler(handle=lambda p: matching.match_candidate(p["user_id"]) if "user_id" in p
                                  else matching.match_resume(p["resume_id"])),
        MATCH_JOB: WorkHandler(handle=lambda p: matching.match_job(p["job_id"]), batch=job_batch,
                               handle_many=lambda ps: matching.match_jobs([p["job_id"] for p in ps])),
        MATCH_CANDIDATE: WorkHandler(handle=lambda p: matching.match_candidate(p["user_id"])),
        JOB_CLOSED: WorkHandler(handle=lambda p: matching.job_closed(p["job_id"])),
    }


def resume_vector_work_handlers(matching: MatchingService, resumes: ResumeRepository, blobs: BlobStore,
                                extractor: TextExtractor, queue: WorkQueue,
                                rescoring: OpenJobsRescoring | None,
                                progress: ReembeddingProgress | None = None) -> dict[str, WorkHandler]:
    """Parsed resumes embedded again when the way their vector is made changed (an upgrade queues
    them), and every open job matched again once they are (where the backend can tell when)."""
    reembedding = ResumeReembedding(resumes, blobs, extractor, matching, matching, progress)
    handlers = {REEMBED_RESUME: WorkHandler(
        handle=lambda p: reembedding.reembed(p["resume_id"]),
        # One given up on keeps no vector, as on SQLite, and holds the others' rescoring no longer.
        on_dead=(lambda p, _reason: progress.resume_reembedded(p["resume_id"])) if progress is not None else None)}
    if rescoring is not None:
        after = RescoringAfterReembedding(rescoring, queue)
        handlers[RESCORE_AFTER_REEMBEDDING] = WorkHandler(handle=lambda p: after.run())
    return handlers
