"""The sentence says what the score compared, and no more: a job's title is compared with the
title the résumé gives for the job held now, so the sentence names that title and how the
job's stands to it (the same, a step down, a step up, close, unlike), and says so when the job's
title is one of an earlier role, which the title part does not read. Years above a role's usual
band (or above what the ad asks for) lower the experience part: the sentence says they count as
a partial fit, for every seniority."""
from __future__ import annotations

import pytest

from domain.jobs import Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.matching.relevant_years import HeldRole
from domain.matching.weights import EXPECTED_YEARS

# Invented: a pastry cook who now runs a kitchen, after a sous chef's post and a line cook's.
KITCHEN = (HeldRole("Head Chef", start=2022 * 12, current=True), HeldRole("Sous Chef", 2018 * 12, 2022 * 12),
           HeldRole("Line Cook", 2015 * 12, 2018 * 12))


def _cook(*roles: HeldRole, years: float = 10.0) -> CandidateProfile:
    current = tuple(r.title for r in roles if r.current)
    return CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"Food safety"}), years=years,
                            resume_titles=current, roles=roles)


def _said(candidate: CandidateProfile, job: JobProfile) -> tuple[str, str]:
    scored = MatchScorer().score(candidate, job, similarity=0.6)
    return explain(scored, shows_contact=True, to_candidate=True), explain(scored, shows_contact=True)


def _job(title: str, seniority: Seniority | None = None, asked: tuple[float, float] | None = None) -> JobProfile:
    return JobProfile(job_id=title, title=title, required_skills=("Food safety",), seniority=seniority,
                      asked_years=asked)


def test_a_post_a_rung_below_the_current_one_is_said_to_be_a_step_down_from_it_not_the_current_title():
    own, theirs = _said(_cook(*KITCHEN), _job("Sous Chef"))
    assert "current title" in own and "the title is one your résumé gives as your current title" not in own, own
    assert "the post is a step down from your current title, Head Chef, which counts as a full fit on title" in own, own
    assert "Sous Chef is an earlier role on your résumé, and only the current title is compared" in own, own
    assert "the post is a step down from the candidate's current title, Head Chef" in theirs, theirs
    assert "Sous Chef is an earlier role on the résumé" in theirs, theirs


def test_a_title_close_to_the_current_one_names_it_and_the_earlier_role_of_the_jobs_title():
    own, theirs = _said(_cook(*KITCHEN), _job("Line Cook"))
    assert "the title is close to your current title, Head Chef" in own, own
    assert "Line Cook is an earlier role on your résumé" in own, own
    assert "the title is close to the candidate's current title, Head Chef" in theirs, theirs


def test_the_current_title_itself_is_said_as_such_with_no_earlier_role():
    own, _ = _said(_cook(*KITCHEN), _job("Head Chef"))
    assert "the title is your current title, Head Chef" in own and "earlier role" not in own, own


def test_a_step_up_and_an_unlike_title_name_the_current_title():
    own, _ = _said(_cook(*KITCHEN[1:2], HeldRole("Sous Chef", 2018 * 12, current=True)), _job("Head Chef"))
    assert "the post is a step up from your current title, Sous Chef" in own, own
    own, _ = _said(_cook(*KITCHEN), _job("Forklift Driver"))
    assert "not a title like your current one, Head Chef" in own, own


@pytest.mark.parametrize("seniority", list(Seniority))
def test_years_above_a_seniority_s_band_are_said_to_count_as_a_partial_fit(seniority):
    low, high = EXPECTED_YEARS[seniority]
    above = high + 4.5
    scored = MatchScorer().score(_cook(*KITCHEN, years=above), _job("Head Chef", seniority), similarity=0.6)
    assert scored.breakdown.experience < 1
    own = explain(scored, shows_contact=True, to_candidate=True)
    role = f"{'an' if seniority.value[0] in 'AEIOU' else 'a'} {seniority.value.lower()} role"
    band = f"{low:g}-{high:g} years"
    assert f"you have {above:g} years of experience, more than the {band} {role} usually asks for" in own, own
    assert "the score counts experience above the level as a partial fit" in own, own
    inside = MatchScorer().score(_cook(*KITCHEN, years=high), _job("Head Chef", seniority), similarity=0.6)
    assert inside.breakdown.experience == 1 and "partial fit" not in explain(inside, shows_contact=True)


def test_years_above_what_the_ad_asks_for_are_said_to_count_as_a_partial_fit():
    scored = MatchScorer().score(_cook(*KITCHEN, years=11.6), _job("Head Chef", asked=(3, 5)), similarity=0.6)
    assert scored.breakdown.experience < 1
    theirs = explain(scored, shows_contact=True)
    assert "more than the 3-5 years the job asks for" in theirs, theirs
    assert "the score counts experience above what is asked as a partial fit" in theirs, theirs


def test_years_far_above_an_open_ended_ask_say_how_far_above_counts_as_a_partial_fit():
    # "5+ years" sets no top, yet the experience part falls off past 10 years above it
    scored = MatchScorer().score(_cook(*KITCHEN, years=19), _job("Head Chef", asked=(5, 15)), similarity=0.6)
    assert scored.breakdown.experience < 1
    own = explain(scored, shows_contact=True, to_candidate=True)
    assert "you have 19 years of experience, more than 10 years over the 5+ years the job asks for" in own, own
    assert "the score counts experience that far above what is asked as a partial fit" in own, own


def test_another_name_of_the_same_job_is_said_to_be_one_not_the_current_title_itself():
    nurse = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"Food safety"}), years=6.0,
                             resume_titles=("Staff Nurse",), roles=(HeldRole("Staff Nurse", 2019 * 12, current=True),))
    own, _ = _said(nurse, _job("Registered Nurse"))
    assert "the title is another name for your current title, Staff Nurse" in own, own
