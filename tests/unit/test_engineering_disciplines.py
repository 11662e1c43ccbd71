"""Engineers of two disciplines share only the word "engineer": their titles are not alike, and
one's years are not the other's; a post named by its field is the engineer's."""
from __future__ import annotations

import pytest

from domain.engineering_disciplines import disciplines, other_discipline
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.preferences import title_fit
from domain.matching.relevant_years import HeldRole, title_like


@pytest.mark.parametrize(("held", "job"), [
    ("Mechanical Engineer", "Civil Engineer"),
    ("Software Engineer", "Civil Engineer"),
    ("Electrical Engineer", "Mechanical Engineering"),
    ("Senior Structural Engineer", "Electrical Engineer"),
    ("Maintenance Engineer", "Software Engineer"),
])
def test_two_disciplines_are_other_work(held, job):
    assert other_discipline(held, job)
    assert title_fit([held], job, held=True) == 0.0 and title_fit([held], job) == 0.0
    assert not title_like(held, job)


@pytest.mark.parametrize(("held", "job"), [
    ("Structural Engineer", "Civil Engineer"),           # a branch of the same discipline
    ("Embedded Software Engineer", "Electronics Engineer"),  # work of two disciplines
    ("Data Engineer", "Software Engineer"),
    ("Site Engineer", "Civil Engineer"),                 # no discipline named: the words decide
    ("Sales Engineer", "Mechanical Engineer"),
    ("Mechanical Technician", "Civil Engineer"),         # not an engineer's title
])
def test_one_discipline_or_none_named_is_not_told_apart(held, job):
    assert not other_discipline(held, job)


def test_a_post_named_by_its_field_is_the_engineer_s():
    assert title_fit(["Electrical Engineer"], "Electrical Engineering", held=True) == 1.0
    assert title_like("Civil Engineering", "Civil Engineer")
    assert disciplines("Mechanical and Electrical Engineer") == {"mechanical", "electrical"}
    assert not other_discipline("Mechanical and Electrical Engineer", "Electrical Engineer")


def test_a_mechanical_engineer_s_years_do_not_count_for_a_civil_engineer_s_post():
    scorer = MatchScorer()
    job = JobProfile(job_id="j", title="Civil Engineer", asked_years=(5.0, 8.0))
    mechanical = CandidateProfile(resume_id="m", candidate_id="m", years=8.0, resume_titles=("Mechanical Engineer",),
                                  roles=(HeldRole("Mechanical Engineer", 2016 * 12, 2024 * 12, frozenset()),))
    civil = CandidateProfile(resume_id="c", candidate_id="c", years=8.0, resume_titles=("Structural Engineer",),
                             roles=(HeldRole("Structural Engineer", 2016 * 12, 2024 * 12, frozenset()),))
    assert scorer.counted_years(civil, job).years == pytest.approx(8.0)
    assert not scorer.counted_years(mechanical, job).years
    assert scorer.score(civil, job, 0.5).score > scorer.score(mechanical, job, 0.5).score


@pytest.mark.parametrize(("held", "job"), [
    ("Engineering Recruiter", "Engineer"),
    ("Head of Engineering", "Software Engineer"),
    ("Engineering Buyer", "Electrical Engineer"),
    ("Engineering Lecturer", "Mechanical Engineer"),
])
def test_a_title_naming_more_than_the_field_is_not_an_engineer_s(held, job):
    assert title_fit([held], job, held=True) == 0.0 and not title_like(held, job)


@pytest.mark.parametrize(("held", "job"), [
    ("Power BI Engineer", "Data Engineer"),              # "power" names no discipline alone
    ("Fire and Security Engineer", "Electrical Engineer"),
    ("Marine Engineer", "Mechanical Engineer"),           # marine engineering is mechanical
    ("Aerospace Engineer", "Mechanical Engineer"),
    ("Electric Vehicle Engineer", "Automotive Engineer"),
])
def test_words_that_name_no_discipline_alone_split_nothing(held, job):
    assert not other_discipline(held, job)


@pytest.mark.parametrize(("held", "job"), [
    ("Ingeniero Civil", "Ingeniero Mecánico"),
    ("Ingénieur mécanique", "Ingénieur civil"),
    ("Engenheiro Elétrico", "Engenheiro Civil"),
])
def test_other_languages_engineers_too(held, job):
    assert other_discipline(held, job) and not title_like(held, job)
