"""The sentence a person reads about a match, built from the breakdown's facts."""
from domain.jobs import RemotePolicy, SalaryRange, Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = FakeSkillExtractor(relations={frozenset({"Kubernetes", "Docker Swarm"}): 0.8})
JOB = JobProfile(job_id="j", title="SRE", required_skills=("Python", "Go", "Kubernetes", "Linux", "AWS"),
                 seniority=Seniority.SENIOR, remote=RemotePolicy.REMOTE)


def explained(job: JobProfile = JOB, **candidate) -> str:
    fields = dict(resume_id="r", candidate_id="u",
                  skills=frozenset({"Python", "Go", "Linux", "AWS"}), years=6,
                  preferences=Preferences(remote=[RemotePolicy.REMOTE]))
    fields.update(candidate)
    return explain(MatchScorer(SKILLS).score(CandidateProfile(**fields), job, similarity=0.5), shows_contact=True)


def test_the_example_from_the_issue_reads_as_one_sentence():
    assert explained() == ("Has 4 of 5 required skills; missing Kubernetes; the candidate has 6 years of experience, "
                           "which fits a senior role; remote, as the candidate prefers; not known, so not counted: salary (no minimum pay set and "
                           "no pay on the posting), title and employment-type preferences (none set).")


def test_a_related_skill_is_named_instead_of_a_bare_gap():
    text = explained(skills=frozenset({"Python", "Go", "Linux", "AWS", "Docker Swarm"}))
    assert "Docker Swarm is related to Kubernetes" in text
    assert "missing" not in text


def test_too_few_years_for_the_seniority_says_what_is_usually_expected():
    assert "the candidate has 2 years of experience, below the 5 usually expected for a senior role" in explained(years=2)


def test_all_required_skills_held_is_said_plainly():
    assert explained(skills=frozenset(JOB.required_skills)).startswith("Has all required skills;")


def test_an_onsite_job_elsewhere_and_a_low_salary_are_both_mentioned():
    job = JobProfile(job_id="j", title="SRE", location="Berlin", remote=RemotePolicy.ONSITE,
                     salary=SalaryRange(min=50_000, max=60_000))
    text = explained(job, preferences=Preferences(locations=["Lisbon"], min_salary=90_000))
    assert text.startswith("Not in one of the candidate's preferred locations")
    assert "the salary is below the candidate's minimum" in text


def test_many_missing_skills_are_shortened():
    job = JobProfile(job_id="j", title="x", required_skills=("A", "B", "C", "D", "E"))
    assert "missing A, B, C and 2 more" in explained(job, skills=frozenset())


def test_a_match_with_no_facts_still_gets_a_sentence():
    job = JobProfile(job_id="j", title="x")
    text = explained(job, preferences=Preferences(), years=None)
    assert text == ("Matched on the overall content of the resume and the posting; not known, so not "
                    "counted: skills (none listed), experience (no seniority level or years of experience on the posting and no "
                    "dated jobs on the resume), location (no preferred places or remote arrangement set), "
                    "salary (no minimum pay set and no pay on the posting), title and employment-type "
                    "preferences (none set).")


def test_each_part_not_counted_names_the_side_that_lacks_its_fact():
    # A nurse with seven dated years and an ad with no seniority: the posting lacks the fact,
    # not the resume, and the recruiter reading this can add it.
    ward = JobProfile(job_id="j", title="Staff Nurse", location="Leeds", remote=RemotePolicy.ONSITE,
                      salary=SalaryRange(min=30_000, max=36_000, currency="GBP"))
    text = explained(ward, years=7, preferences=Preferences(locations=["Leeds"], min_salary=40_000, currency="USD",
                                                            desired_titles=["Nurse"]))
    assert "experience (no seniority level or years of experience on the posting)" in text
    assert "salary (pay in GBP, the minimum in USD)" in text
    assert "employment type (no accepted employment types set)" in text
    assert "location" not in text.split("not counted:")[1] and "title" not in text.split("not counted:")[1]
    # A place wanted but none on an on-site posting: the posting's to fill in.
    text = explained(JobProfile(job_id="j", title="Driver", remote=RemotePolicy.ONSITE),
                     preferences=Preferences(locations=["Leeds"]))
    assert "location (no place on the posting)" in text


def test_years_an_ad_asks_for_set_the_experience_part_and_are_named():
    ward = JobProfile(job_id="j", title="Staff Nurse", asked_years=(2.0, 12.0))
    assert "has 1 year of experience, below the 2+ years the job asks for" in explained(ward, years=1)
    assert "has 4 years of experience, which meets the 2+ years the job asks for" in explained(ward, years=4)
    assert "experience (" not in explained(ward, years=4)
    ranged = JobProfile(job_id="j", title="Chef", seniority=Seniority.SENIOR, asked_years=(3.0, 5.0))
    assert "has 4 years of experience, which meets the 3-5 years the job asks for" in explained(ranged, years=4)
    low = MatchScorer(SKILLS).score(CandidateProfile(resume_id="r", candidate_id="u", years=1), ward)
    met = MatchScorer(SKILLS).score(CandidateProfile(resume_id="r", candidate_id="u", years=4), ward)
    assert low.breakdown.experience < met.breakdown.experience == 1.0
