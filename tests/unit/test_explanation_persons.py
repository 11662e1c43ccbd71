"""Each part of a match's sentence is said to its reader: the candidate reading their own match
is spoken to ("you have 6 years of experience", "your Docker Swarm is related to Kubernetes"),
a recruiter reads of "the candidate"; no part is left to fit both. Where the résumé's place was
compared, the sentence names the candidate's own place (to those who may see it) and says how it
relates to the job's, never that the job's town is where the candidate is when it is not."""
from __future__ import annotations

import pytest

from domain.jobs import RemotePolicy, SalaryRange, Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.resumes import ParsedResume
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = FakeSkillExtractor(relations={frozenset({"Kubernetes", "Docker Swarm"}): 0.8})
JOB = JobProfile(job_id="j", title="SRE", required_skills=("Python", "Kubernetes"), seniority=Seniority.SENIOR,
                 remote=RemotePolicy.HYBRID, location="Berlin", salary=SalaryRange(min=50_000, max=60_000))


def _both(years: float = 6, min_salary: int = 40_000, remote=(RemotePolicy.HYBRID,),
          locations=("Berlin",)) -> tuple[str, str]:
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"Python", "Docker Swarm"}),
                                 years=years, preferences=Preferences(remote=list(remote), locations=list(locations),
                                                                      min_salary=min_salary))
    scored = MatchScorer(SKILLS).score(candidate, JOB, similarity=0.5)
    return explain(scored, shows_contact=True, to_candidate=True), explain(scored, shows_contact=True)


@pytest.mark.parametrize(("years", "to_candidate", "to_recruiter"), [
    (6, "you have 6 years of experience, which fits a senior role",
     "the candidate has 6 years of experience, which fits a senior role"),
    (2, "you have 2 years of experience, below the 5 usually expected for a senior role",
     "the candidate has 2 years of experience, below the 5 usually expected for a senior role"),
    (30, "you have 30 years of experience, more than the 5-12 years a senior role usually asks for: the score "
         "counts experience above the level as a partial fit",
     "the candidate has 30 years of experience, more than the 5-12 years a senior role usually asks for: the score "
     "counts experience above the level as a partial fit"),
])
def test_years_of_experience_are_said_to_each_reader(years, to_candidate, to_recruiter):
    own, theirs = _both(years=years)
    assert to_candidate in own and to_recruiter in theirs, (own, theirs)


def test_a_related_skill_is_the_reader_s_own_or_the_candidate_s():
    own, theirs = _both()
    assert "your Docker Swarm is related to Kubernetes" in own, own
    assert "the candidate's Docker Swarm is related to Kubernetes" in theirs, theirs


def test_preferences_met_or_not_are_the_reader_s_own_or_the_candidate_s():
    own, theirs = _both()
    assert "hybrid, as you prefer" in own and "in one of your preferred locations" in own, own
    assert "the salary meets your minimum" in own, own
    assert "hybrid, as the candidate prefers" in theirs and "the salary meets the candidate's minimum" in theirs
    own, theirs = _both(min_salary=90_000, remote=[RemotePolicy.REMOTE], locations=["Lisbon"])
    assert "hybrid rather than your preferred arrangement" in own and "not in one of your preferred locations" in own
    assert "the salary is below your minimum" in own, own
    assert "hybrid rather than the candidate's preferred arrangement" in theirs, theirs
    assert "the salary is below the candidate's minimum" in theirs, theirs


@pytest.mark.parametrize("part", ["as preferred", "the preferred arrangement", "in a preferred location",
                                  " years fits ", "salary meets the minimum", "; Docker Swarm is related"])
def test_no_part_is_left_neutral(part):
    for text in _both() + _both(min_salary=90_000, remote=[RemotePolicy.REMOTE], locations=["Lisbon"]):
        assert part not in text, text


def _placed(resume_place: str, job_place: str) -> tuple[str, str, str]:
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location=resume_place), Preferences())
    job = JobProfile(job_id="j", title="Staff Nurse", location=job_place, remote=RemotePolicy.ONSITE)
    scored = MatchScorer().score(candidate, job)
    assert scored.place_fit == 1.0
    def lower_first(text: str) -> str:  # the sentence opens with a capital
        return text[0].lower() + text[1:]

    return (lower_first(explain(scored, shows_contact=True, to_candidate=True)),
            lower_first(explain(scored, shows_contact=True)), lower_first(explain(scored, shows_contact=False)))


@pytest.mark.parametrize(("resume_place", "job_place", "own", "shown", "hidden"), [
    ("Leeds, UK", "Leeds", "your résumé places you in Leeds, UK, the same town as the job",
     "the résumé places the candidate in Leeds, UK, the same town as the job",
     "the résumé places the candidate in the same town as the job"),
    # The résumé names only the country: the job's town is not where it says the candidate is.
    ("Germany", "Munich, Germany", "your résumé places you in Germany, a wider place that takes in the job's",
     "the résumé places the candidate in Germany, a wider place that takes in the job's",
     "the résumé places the candidate only in a wider place that takes in the job's"),
    ("5 Mill Lane, Leeds, UK", "Leeds", "your résumé places you in 5 Mill Lane, Leeds, UK, within the job's place",
     "the résumé places the candidate in 5 Mill Lane, Leeds, UK, within the job's place",
     "the résumé places the candidate within the job's place"),
])
def test_the_place_named_is_the_candidate_s_own(resume_place, job_place, own, shown, hidden):
    mine, recruiters, others = _placed(resume_place, job_place)
    assert f"the job is in {job_place}; {own}" in mine, mine
    assert f"the job is in {job_place}; {shown}" in recruiters, recruiters
    assert f"the job is in {job_place}; {hidden}" in others, others
    assert "Mill Lane" not in others and "where the résumé says" not in recruiters
    assert "the place the résumé gives for the candidate" not in others
