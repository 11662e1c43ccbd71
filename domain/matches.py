"""A scored pairing of a candidate (through one resume) and a job.

What is stored of a match is compact: the ids, the score, its breakdown and the version of
the scoring that produced it. The matched and missing skills and the explanation are facts
of the candidate's resume and the job, so they are built again when read (see
domain/services/match_explanations.py) rather than copied into every stored match."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel, Field


class ScoreBreakdown(BaseModel):
    semantic: float = 0.0
    skills: float = 0.0
    experience: float = 0.0
    location: float = 0.0
    salary: float = 0.0
    # Desired titles and employment types; rows stored before it existed show it as neutral.
    preferences: float = 0.5


class PartWeights(BaseModel):
    """The relative weights a match was scored with (domain.matching.weights.MatchWeights)."""
    semantic: float
    skills: float
    experience: float
    location: float
    salary: float
    preferences: float


@dataclass(frozen=True)
class MatchRetention:
    """What is kept: per job its best `keep` candidates and per candidate its best `keep`
    jobs, each with a score of at least `floor`; weaker rows are pruned as better arrive."""
    keep: int = 100
    floor: float = 0.0


class Match(BaseModel):
    id: str
    candidate_id: str
    job_id: str
    resume_id: str
    score: float
    breakdown: ScoreBreakdown
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    explanation: str = ""
    # Which scoring produced the score and breakdown (domain.matching.scoring.SCORING_VERSION).
    scoring_version: int = 1
    # ... and with which part weights (None for a match stored before weights were kept).
    scoring_weights: PartWeights | None = None
    created_at: datetime
    updated_at: datetime
