"""A scored pairing of a candidate (through one resume) and a job."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class ScoreBreakdown(BaseModel):
    semantic: float = 0.0
    skills: float = 0.0
    experience: float = 0.0
    location: float = 0.0
    salary: float = 0.0


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
    created_at: datetime
    updated_at: datetime
