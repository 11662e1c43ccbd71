"""A role named in another language is work like the job's when its title names the job's
occupation by that language's name (domain.occupation_names): a Portuguese "Enfermeira" is a
nurse's years for a "Staff Nurse" post whether or not the résumé's language could be read, and
a receptionist's years before are still left out."""
from domain.jobs import Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.occupation_families import same_occupation
from domain.resumes import ExperienceEntry, ParsedResume


def test_titles_naming_one_occupation_in_two_languages():
    assert same_occupation("Enfermeiro de urgência", "Staff Nurse")
    assert same_occupation("Schweißerin", "MIG Welder")
    assert same_occupation("Soudeur TIG", "Welder Fabricator")
    assert same_occupation("Küchenchefin", "Head Chef (Gastropub)")


def test_neighbouring_occupations_are_not_one():
    assert not same_occupation("Pflegehelferin", "Staff Nurse")
    assert not same_occupation("Busfahrer", "Lorry Driver")
    assert not same_occupation("Schweißerin", "Head Chef")


def test_a_role_in_another_language_counts_its_years_and_another_trades_do_not():
    parsed = ParsedResume(total_years_experience=9.0, experience=[
        ExperienceEntry(title="Enfermeira", start_date="2018-01", current=True,
                        description="Cuidados intensivos, turnos rotativos."),
        ExperienceEntry(title="Rececionista", start_date="2015-01", end_date="2017-12",
                        description="Atendimento telefónico, marcações.")])
    job = JobProfile(job_id="j1", title="Staff Nurse", seniority=Seniority.MID)
    counted = MatchScorer().counted_years(CandidateProfile.from_resume("r1", "u1", parsed), job)
    assert counted.counted == ("Enfermeira",)
    assert counted.not_counted == ("Rececionista",)
    assert counted.years is not None and 5.5 <= counted.years <= 9.0
