"""One pair's match score as MatchScorer computes it: the score, its six parts and the
facts behind each, for explaining it (explanation.py, reasons.py)."""
from __future__ import annotations

from dataclasses import dataclass, field

from domain.matches import ScoreBreakdown
from domain.matching.skill_facts import SkillFit


@dataclass(frozen=True)
class MatchScore:
    score: float
    breakdown: ScoreBreakdown
    matched_skills: list[str]
    missing_skills: list[str]
    skills: SkillFit
    years: float | None = None
    expected_years: tuple[float, float] | None = None
    seniority: str | None = None
    # expected_years are what the ad asks for in so many words, not its seniority's usual band.
    years_asked: bool = False
    remote_policy: str | None = None
    remote_fit: float | None = None
    place_fit: float | None = None
    # How far the job is from the nearest place the candidate wants, when none is the job's own
    # town (place_distance_km).
    place_km: float | None = None
    # The places place_fit compared: the job's, and the résumé's when it stood in for
    # preferences the candidate never set (CandidateProfile.resume_place).
    job_location: str | None = None
    resume_place: str | None = None
    salary_fit: float | None = None
    title_fit: float | None = None
    # title_fit compared the job's title with the résumé's current titles, not titles wanted.
    titles_held: bool = False
    # With titles_held: the current title the job's fitted best (what the sentence names), and
    # an earlier role's title that is the job's own, which the title part did not read.
    job_title: str | None = None
    title_held: str | None = None
    earlier_title: str | None = None
    employment_fit: float | None = None
    unknown: frozenset[str] = field(default_factory=frozenset)
    # Each part's share of the score: its weight over the known parts' (0 for an unknown one).
    shares: dict[str, float] = field(default_factory=dict)
    # For each unknown part, the fact missing and on which side (unknown_facts.py).
    unknown_why: dict[str, str] = field(default_factory=dict)
    # What the score was multiplied by for missing required credentials (1: none missing).
    credential_factor: float = 1.0
    # What it was multiplied by for a held title a rung or more below the job's (1: none).
    rank_factor: float = 1.0
    # What it was multiplied by for a job the candidate's stated limits rule out (stated_limits.py; 1: none).
    limits_factor: float = 1.0
    # `years` are those of the roles like the job's (relevant_years.py): their titles, the
    # titles of roles left out as other work, and every year the résumé counts.
    roles_counted: tuple[str, ...] = ()
    roles_not_counted: tuple[str, ...] = ()
    # Of roles_counted, those counted in part: another regulated profession's (other_registers.py).
    roles_in_part: tuple[str, ...] = ()
    years_total: float | None = None
    # The résumé's and the posting's languages when known to differ (the text similarity then
    # had MatchWeights.other_language_offset added, hybrid.language_gap); None otherwise.
    languages: tuple[str, str] | None = None
