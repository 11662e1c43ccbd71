"""Desired titles and employment types count in the score as the preferences part; nothing
said is unknown, and unknown neither rewards nor punishes."""
from __future__ import annotations

from domain.jobs import EmploymentType
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.preferences import employment_fit, title_fit
from domain.matching.reasons import ReasonKind, reasons
from domain.users import Preferences

JOB = JobProfile(job_id="j", title="Senior Data Scientist", required_skills=("Python",),
                 employment_type=EmploymentType.FULL_TIME)


def scored(**preferences):
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"Python"}),
                                 preferences=Preferences(**preferences))
    return MatchScorer().score(candidate, JOB, similarity=0.5)


def test_a_desired_title_counts_by_its_words_not_its_rank():
    assert title_fit(["Data Scientist"], "Senior Data Scientist") == 1.0
    assert title_fit(["Lead Data Engineer"], "Senior Data Scientist") == 0.5
    assert title_fit(["Nurse", "Data Scientist"], "Data Scientist II") == 1.0
    assert title_fit(["Truck Driver"], "Senior Data Scientist") == 0.0
    assert title_fit([], "Anything") is None


def test_employment_type_is_met_or_not_and_unknown_without_a_preference():
    assert employment_fit([EmploymentType.CONTRACT, EmploymentType.FULL_TIME], EmploymentType.FULL_TIME) == 1.0
    assert employment_fit([EmploymentType.PART_TIME], EmploymentType.FULL_TIME) == 0.0
    assert employment_fit([], EmploymentType.FULL_TIME) is None


def test_wanted_title_and_type_raise_the_score_and_unwanted_ones_lower_it():
    neutral = scored()
    wanted = scored(desired_titles=["Data Scientist"], employment_types=[EmploymentType.FULL_TIME])
    unwanted = scored(desired_titles=["Truck Driver"], employment_types=[EmploymentType.PART_TIME])
    assert "preferences" in neutral.unknown and neutral.breakdown.preferences == 0.5
    assert wanted.breakdown.preferences == 1.0 and unwanted.breakdown.preferences == 0.0
    assert unwanted.score < neutral.score < wanted.score


def test_unknown_preferences_neither_reward_nor_punish():
    # The same pair with the preferences part at the mean of the other parts scores the same
    # as with nothing said: unknown is left out, not counted as neutral 0.5.
    neutral = scored()
    known = {p: v for p, v in neutral.breakdown.model_dump().items() if p not in neutral.unknown}
    assert neutral.score == round(sum(neutral.shares[p] * v for p, v in known.items()), 4)
    said = {r.kind: r for r in reasons(neutral)}
    assert said[ReasonKind.TITLE].weight == 0 and said[ReasonKind.EMPLOYMENT_TYPE].weight == 0


def test_a_rank_word_that_ends_a_title_names_the_work():
    # "Assistant" is the work in "Dental Assistant" (the rank in "Assistant Manager").
    assert title_fit(["Dental Assistant"], "Dental Receptionist") == 0.5
    assert title_fit(["Sales Associate"], "Head of Sales") == 0.5
    assert title_fit(["Executive Assistant"], "Executive Chef") == 0.5
    assert title_fit(["Dental Assistant"], "Senior Dental Assistant") == 1.0
    assert title_fit(["Manager"], "Assistant Manager") == 1.0
    assert title_fit(["Data Scientist"], "Data Scientist II") == 1.0
