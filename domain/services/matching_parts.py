"""What matching is done with: the stores, indexes, model and scorer, and the few steps every
way of matching shares (a job's profile, a new match row, the similarities of resumes a search
did not rank). MatchingService builds one; a batch of jobs (matching_job_batch.py) is run with
it, so the batch drives the same parts as one job alone without reaching into the service."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pydantic import TypeAdapter

from domain.clock import Clock, time_ordered_ids
from domain.jobs import Job
from domain.matches import Match, PartWeights, ScoreBreakdown
from domain.matching.lexical import TermVector
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import SCORING_VERSION, MatchScorer, cosine
from domain.matching.skill_frequencies import SkillFrequencies, with_skill_weights
from domain.matching.weights import PARTS
from domain.ports.documents import Embedder, SkillExtractor
from domain.ports.embeddings import EmbeddingStore
from domain.ports.jobs import JobRepository
from domain.ports.vectors import VectorIndex
from domain.services.matching_candidates import CandidateProfiles
from domain.services.matching_job_profiles import JobProfiles
from domain.services.matching_lexical import LexicalView
from domain.services.matching_neighbours import NeighbourSimilarities
from domain.services.matching_profile_copies import ProfileCopies
from domain.services.matching_resume_sets import ResumeSets
from domain.services.matching_skill_frequencies import CachedSkillFrequencies
from domain.services.matching_store import MatchStore

JOB, RESUME = "job", "resume"
# A job's rows validated in one call: the same models as Match(...) one by one, in ~0.6x the
# time (one pass of pydantic's compiled validator, not a Python call into it per match).
_MATCHES = TypeAdapter(list[Match])


@dataclass(frozen=True)
class MatchingParts:
    jobs: JobRepository
    embeddings: EmbeddingStore
    job_index: VectorIndex
    resume_index: VectorIndex
    embedder: Embedder
    skills: SkillExtractor
    scorer: MatchScorer
    clock: Clock
    store: MatchStore
    neighbours: NeighbourSimilarities
    resume_sets: ResumeSets
    candidates: CandidateProfiles
    # Nearest resumes retrieved for a job (and jobs for a resume) before the full score.
    top_k: int
    # Without a frequency table every job skill counts alike.
    skill_frequencies: CachedSkillFrequencies | None = None
    # Without word rarities, pairs are compared by embedding alone.
    lexical: LexicalView | None = None
    weights_stamp: PartWeights = dataclasses.field(init=False)
    job_profiles: JobProfiles = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        # Stored with every match: made once.
        object.__setattr__(self, "weights_stamp", self.scorer.weights.stamp())
        object.__setattr__(self, "job_profiles", JobProfiles(self.skills))

    @property
    def profile_copies(self) -> ProfileCopies:
        """A batch's candidates with its neighbour and lexical values, kept for the next batch
        (with the profiles they copy, which forget them together)."""
        return self.candidates.copies

    async def frequencies(self) -> SkillFrequencies | None:
        return await self.skill_frequencies.current() if self.skill_frequencies is not None else None

    def job_profile(self, job: Job, frequencies: SkillFrequencies | None,
                    vector: list[float] | None = None, hub: float | None = None,
                    lexical: tuple[TermVector | None, float | None] | None = None) -> JobProfile:
        profile = self.job_profiles.of(job, vector, hub)
        if lexical is not None:  # (term vector, lexical neighbour similarity)
            profile = dataclasses.replace(profile, terms=lexical[0], lexical_neighbour_similarity=lexical[1])
        return with_skill_weights(profile, frequencies)

    def new_match(self, candidate: CandidateProfile, job_id: str, score: float, parts: list[float],
                  now: datetime, match_id: str | None = None) -> Match:
        # Validated, as any model is: pydantic's compiled validator builds a match of plain
        # values in less time than copying a template did (model_copy: 5.1 against 4.5 us a
        # match, pydantic 2.14), and the weights stamp, a model already, is taken as it is.
        return Match(
            id=match_id or time_ordered_ids(1, now)[0], candidate_id=candidate.candidate_id, job_id=job_id,
            resume_id=candidate.resume_id, score=score, breakdown=ScoreBreakdown(**dict(zip(PARTS, parts))),
            matched_skills=[], missing_skills=[], explanation="", created_at=now, updated_at=now,
            scoring_version=SCORING_VERSION, scoring_weights=self.weights_stamp)

    def new_matches(self, candidates: Sequence[CandidateProfile], job_id: str, scores: Sequence[float],
                    parts: Sequence[Sequence[float]], now: datetime, match_ids: Sequence[str]) -> list[Match]:
        """As new_match for each (candidate, score, parts, id), in one validation."""
        return _MATCHES.validate_python([
            {"id": match_id, "candidate_id": candidate.candidate_id, "job_id": job_id, "resume_id": candidate.resume_id,
             "score": score, "breakdown": dict(zip(PARTS, row)), "matched_skills": [], "missing_skills": [],
             "explanation": "", "created_at": now, "updated_at": now, "scoring_version": SCORING_VERSION,
             "scoring_weights": self.weights_stamp}
            for candidate, score, row, match_id in zip(candidates, scores, parts, match_ids, strict=True)])

    async def similarities(self, job_vector: list[float], retrieved: dict[str, float],
                           resume_ids: list[str]) -> dict[str, float]:
        """The retrieved similarities, and the cosine of each of `resume_ids` not retrieved."""
        unranked = [rid for rid in resume_ids if rid not in retrieved]
        similarity = {rid: retrieved[rid] for rid in resume_ids if rid in retrieved}
        for resume_id, vector in zip(unranked, await self.embeddings.get_many(RESUME, unranked)):
            if vector is not None:
                similarity[resume_id] = cosine(job_vector, vector)
        return similarity
