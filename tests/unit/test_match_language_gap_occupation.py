"""Across two languages, titles that name occupations (domain.occupation_names) can still be
compared: a résumé whose current title names another occupation than the job's is not lifted
by the other-language offset, and its roles are told apart (their years do not count), while a
title naming the job's occupation gains the whole offset, and titles naming no known occupation
where the job's title names one gain half of it."""
from datetime import UTC, datetime

from domain.jobs import Job, Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, MatchWeights
from domain.resumes import ExperienceEntry, ParsedResume

WITH = MatchScorer(weights=MatchWeights(other_language_offset=0.15))
WITHOUT = MatchScorer(weights=MatchWeights(other_language_offset=0.0))
NOW = datetime(2026, 3, 2, tzinfo=UTC)
# An invented German ad for an electrician.
ELEKTRIKER = JobProfile.from_job(Job(
    id="j1", organization_id="o1", title="Elektriker (m/w/d)", seniority=Seniority.MID,
    description="Wir suchen einen Elektriker für die Installation und Wartung von Anlagen in unserem Werk.",
    posted_at=NOW, updated_at=NOW))


def cv(title: str) -> CandidateProfile:
    parsed = ParsedResume(
        summary="Ouvrier qualifié avec dix ans d'expérience dans une usine de la région, pour des chantiers variés.",
        total_years_experience=10.0,
        experience=[ExperienceEntry(title=title, start_date="2016-01", current=True, description="Atelier.")])
    return CandidateProfile.from_resume("r1", "u1", parsed)


def gained(candidate: CandidateProfile) -> float:
    return round(WITH.score(candidate, ELEKTRIKER, similarity=0.3).breakdown.semantic
                 - WITHOUT.score(candidate, ELEKTRIKER, similarity=0.3).breakdown.semantic, 4)


def test_a_title_naming_another_occupation_gains_no_offset_and_its_years_do_not_count():
    welder = cv("Soudeur TIG")
    assert (welder.language, ELEKTRIKER.language) == ("fr", "de")
    assert gained(welder) == 0.0
    assert WITH.counted_years(welder, ELEKTRIKER).years == 0.0


def test_the_jobs_occupation_in_another_language_gains_the_offset_and_counts():
    electrician = cv("Électricien de maintenance")
    assert gained(electrician) == round(0.15 / 0.6, 4)
    assert WITH.counted_years(electrician, ELEKTRIKER).years == 10.0


def test_a_title_naming_no_known_occupation_gains_half_the_offset_and_its_years_count():
    # The job's occupation has names in French too, and none is written: more likely other
    # work than an electrician's in a title the names lack, but not known to be.
    unknown = cv("Opérateur polyvalent")
    assert gained(unknown) == round(0.15 * 0.5 / 0.6, 4)
    assert WITH.counted_years(unknown, ELEKTRIKER).years == 10.0


def test_a_job_naming_no_known_occupation_gives_every_title_the_whole_offset():
    sorter = JobProfile.from_job(Job(
        id="j3", organization_id="o1", title="Mitarbeiter Sortierung (m/w/d)", seniority=Seniority.MID,
        description="Wir suchen Mitarbeiter für die Sortierung von Paketen in unserem Verteilzentrum.",
        posted_at=NOW, updated_at=NOW))
    unknown = cv("Opérateur polyvalent")
    assert round(WITH.score(unknown, sorter, similarity=0.3).breakdown.semantic
                 - WITHOUT.score(unknown, sorter, similarity=0.3).breakdown.semantic, 4) == round(0.15 / 0.6, 4)


def test_one_title_naming_the_jobs_occupation_among_unknown_ones_gains_the_whole_offset():
    parsed = ParsedResume(
        summary="Ouvrier qualifié avec dix ans d'expérience dans une usine de la région, pour des chantiers variés.",
        total_years_experience=10.0,
        experience=[ExperienceEntry(title="Opérateur polyvalent", start_date="2021-01", current=True, description="Atelier."),
                    ExperienceEntry(title="Électricien", start_date="2016-01", end_date="2020-12", description="Chantiers.")])
    both = CandidateProfile.from_resume("r2", "u1", parsed)
    assert gained(both) == round(0.15 / 0.6, 4)


def test_an_occupation_of_the_jobs_family_is_like_it():
    # A cook for a head chef's post, as "Cook" and "Head Chef" are of one family in English.
    head_chef = JobProfile.from_job(Job(
        id="j2", organization_id="o1", title="Küchenchef (m/w/d)", seniority=Seniority.SENIOR,
        description="Wir suchen einen Küchenchef für unser Restaurant mit Erfahrung in der Küche.",
        posted_at=NOW, updated_at=NOW))
    cook = cv("Cuisinier")
    assert WITH.score(cook, head_chef, similarity=0.3).languages == ("fr", "de")
    assert WITH.counted_years(cook, head_chef).years == 10.0
