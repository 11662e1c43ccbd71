"""How much each part of a match counts, and the calibration of the parts themselves."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, model_validator

from domain.jobs import Seniority
from domain.matches import PartWeights

if TYPE_CHECKING:
    from domain.matching.profiles import JobProfile


class MatchWeights(BaseModel):
    """Relative weights of the six parts of the score (they need not sum to 1: the score
    is their weighted mean over the parts that are known for a pair)."""

    # Semantic similarity leads: it reads the whole resume, while skill lists extracted from
    # real resumes are noisy and job skill lists often generic (office software everywhere).
    # The skills weight is further scaled per job by how specific its skills are (IDF; see
    # SkillFit.specificity), so a generic list counts for little.
    semantic: float = Field(0.6, ge=0)
    skills: float = Field(0.2, ge=0)
    experience: float = Field(0.08, ge=0)
    location: float = Field(0.07, ge=0)
    salary: float = Field(0.05, ge=0)
    # Desired titles and employment types (see domain/matching/preferences.py); location,
    # remote and pay preferences are the location and salary parts.
    preferences: float = Field(0.05, ge=0)

    # A required skill counts this many times as much as a nice-to-have one.
    required_over_nice: float = Field(3.0, gt=0)
    # Holding a related skill earns relatedness x this for a missing one, and only from
    # related_floor up: a weak relation is no evidence of the skill.
    related_credit: float = Field(0.5, ge=0, le=1)
    related_floor: float = Field(0.5, ge=0, le=1)

    # A pair missing a credential the job requires (a licence, registration or certification;
    # see credential_gates.py) has its whole score multiplied by this: a recruiter sifts such
    # candidates out before weighing anything else. At 0.6 the best such candidate (0.99 x
    # 0.6 = 0.59) ranks below any holder scoring 0.6, a middling fit, yet above candidates of
    # another profession, and in their own order: one awaiting their registration or booked on
    # the test is still worth a look. 1 turns the gate off.
    missing_credential_factor: float = Field(0.6, ge=0, le=1)

    # A pair the candidate's own stated limits rule out (an employment type they do not accept,
    # pay 30% or more below their minimum; stated_limits.py) has its score multiplied by this:
    # at 0.7 a perfect fit otherwise (0.99 x 0.7 = 0.69) falls under the usual 0.7 notice floor,
    # so neither side is told of a job the candidate said no to in advance, and it ranks below
    # the jobs they would take while staying above other trades. 1 turns it off.
    ruled_out_factor: float = Field(0.7, ge=0, le=1)

    # A pair whose résumé's current titles all stand a rung below the job's on one trade's
    # ladder (a sous chef for a head chef's post, a bookkeeper for a finance manager's; see
    # domain/title_ranks.py) has its score multiplied by this for each rung, two at most: the
    # skills listed for a post are largely its deputy's words too, so the rank held tells them
    # apart. At 0.85 a step up one rung (0.99 x 0.85 = 0.84) falls below a holder of the rank
    # with half the listed skills, and stays far above another trade. 1 turns it off.
    lower_rank_factor: float = Field(0.85, ge=0, le=1)

    # Cosine similarities of sentence embeddings live in a narrow band: unrelated texts
    # sit near semantic_floor, close paraphrases near semantic_ceiling. Rescaling to 0..1
    # makes the semantic part comparable with the others.
    semantic_floor: float = Field(0.1, ge=-1, le=1)
    semantic_ceiling: float = Field(0.7, ge=-1, le=1)

    # Hubness correction (CSLS, Conneau et al. 2018): some resumes and postings are close to
    # everything (long, generic texts). Each side's mean similarity to its nearest neighbours
    # on the other side, minus what is typical, is taken off the cosine in this proportion.
    hubness_correction: float = Field(0.5, ge=0, le=1)
    hubness_neighbours: int = Field(10, ge=1)
    typical_neighbour_similarity: float = Field(0.35, ge=-1, le=1)

    # Hybrid text similarity (see hybrid.py): the lexical TF-IDF cosine is put on the
    # embedding cosine's scale as offset + scale x lexical and averaged with it. Both are
    # statistics of unlabelled pairs, not fitted to relevance: the ratio of the spreads of the
    # two hubness-corrected similarities (5.9) and the difference of their means (0.14), over
    # all dev resume x job pairs; halves of the dev resumes give 5.6-6.6 and 0.12-0.15.
    # 0 turns the lexical view off.
    lexical_scale: float = Field(6.0, ge=0)
    lexical_offset: float = Field(0.14, ge=-1, le=1)

    # The embedding model reads English: two texts in one language sit closer than two in
    # different languages whatever their trades, so a German mechanic's résumé is nearer a
    # German nurse's post than a French nurse's résumé is. A pair whose two texts are known to
    # be in different languages (domain.text_language) has this added to its text similarity
    # (on the fused scale, before hubness). A statistic of unlabelled pairs, not fitted to
    # relevance: over 960 invented résumé x job pairs in six languages, one-language pairs'
    # mean fused similarity was 0.19 above two-language pairs'; set a little below that, so
    # a pair in one language still wins a tie. 0 turns it off.
    other_language_offset: float = Field(0.15, ge=0, le=1)

    # The value shown in a breakdown for a part nothing is known about; such a part is left
    # out of the score, so it neither helps nor hurts.
    neutral: float = Field(0.5, ge=0, le=1)

    @model_validator(mode="after")
    def _check(self) -> MatchWeights:
        if sum(self.of(p) for p in PARTS) <= 0:
            raise ValueError("at least one match weight must be positive")
        if self.semantic_ceiling <= self.semantic_floor:
            raise ValueError("semantic_ceiling must be above semantic_floor")
        return self

    def of(self, part: str) -> float:
        return float(getattr(self, part))

    def stamp(self) -> PartWeights:
        """The part weights as stored with each match scored with them."""
        return PartWeights(**{p: self.of(p) for p in PARTS})


PARTS = ("semantic", "skills", "experience", "location", "salary", "preferences")

# Years of experience usually expected for each seniority: (lowest, highest) that fit.
EXPECTED_YEARS: dict[Seniority, tuple[float, float]] = {
    Seniority.INTERN: (0, 1),
    Seniority.JUNIOR: (0, 3),
    Seniority.MID: (2, 6),
    Seniority.SENIOR: (5, 12),
    Seniority.LEAD: (7, 15),
    Seniority.PRINCIPAL: (10, 25),
    Seniority.EXECUTIVE: (12, 40),
}


def expected_years(job: JobProfile) -> tuple[float, float] | None:
    """The years that fit the job: what its ad asks for in so many words, else what its
    seniority level usually expects, else unknown."""
    if job.asked_years is not None:
        return job.asked_years
    return EXPECTED_YEARS.get(job.seniority) if job.seniority else None
