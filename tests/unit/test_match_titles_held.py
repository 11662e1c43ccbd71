"""A candidate who named no titles they want is compared by the titles their résumé gives them
now: between two people of one trade, the one who holds the job's title ranks first."""
from __future__ import annotations

import numpy as np

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.explanation import explain
from domain.matching.preference_columns import PreferenceColumns
from domain.matching.preferences import title_fit
from domain.matching.profiles import current_titles
from domain.resumes import ExperienceEntry, ParsedResume
from domain.users import Preferences

JOB = JobProfile(job_id="j", title="Orthoptist", required_skills=("Visual field testing",))


def parsed(*entries: ExperienceEntry) -> ParsedResume:
    return ParsedResume(experience=list(entries))


def candidate(rid: str, *titles: str, wanted: tuple[str, ...] = ()) -> CandidateProfile:
    return CandidateProfile(resume_id=rid, candidate_id="u" + rid, skills=frozenset({"Visual field testing"}),
                            preferences=Preferences(desired_titles=list(wanted)), resume_titles=titles)


def test_the_current_titles_are_held_else_the_latest():
    now = parsed(ExperienceEntry(title="Clinic Porter", start_date="2015"),
                 ExperienceEntry(title="Head Orthoptist", current=True, start_date="2020"))
    assert current_titles(now) == ("Head Orthoptist",)
    assert current_titles(parsed(ExperienceEntry(title="Orthoptic Technician"), ExperienceEntry(title="Porter"))) \
        == ("Orthoptic Technician",)
    assert current_titles(parsed()) == ()


def test_a_held_title_holding_every_word_of_the_jobs_fits():
    assert title_fit(["Orthoptist Team Manager"], "Orthoptist", held=True) == 1.0
    assert title_fit(["Orthoptist Team Manager"], "Orthoptist") < 1.0  # a title wanted must be in the job's
    assert title_fit(["Optical Dispenser"], "Orthoptist", held=True) == 0.0


def test_the_holder_of_the_jobs_title_ranks_above_a_neighbour_of_the_trade():
    scorer = MatchScorer()
    holder = scorer.score(candidate("a", "Orthoptist Team Manager"), JOB, similarity=0.6)
    other = scorer.score(candidate("b", "Optical Dispenser"), JOB, similarity=0.6)
    assert holder.title_fit == 1.0 and holder.titles_held and other.title_fit == 0.0
    assert holder.score > other.score
    assert "current title" in explain(holder, shows_contact=True)


def test_titles_wanted_win_over_titles_held():
    wants = candidate("c", "Optical Dispenser", wanted=("Orthoptist",))
    assert wants.titles == ["Orthoptist"] and not wants.titles_held


def test_the_batch_paths_agree_with_the_scorer():
    people = [candidate("a", "Orthoptist Team Manager"), candidate("b", "Optical Dispenser"), candidate("c")]
    scorer = MatchScorer()
    columns = PreferenceColumns(people)
    title, _ = columns.titles_and_employment(np.arange(3), JOB)
    assert title[0] == 1.0 and title[1] == 0.0 and np.isnan(title[2])
    for person in people:
        batch = score_jobs(scorer, person, [JOB], [0.6])
        assert round(float(batch.scores[0]), 4) == scorer.score(person, JOB, similarity=0.6).score


def test_a_job_titled_by_a_role_word_alone_is_no_full_fit_for_any_held_title_with_it():
    from domain.matching.preferences import title_fit

    assert title_fit(["Ward Manager"], "Manager", held=True) == title_fit(["Ward Manager"], "Manager")
    assert title_fit(["Orthoptist Lead"], "Orthoptist", held=True) == 1.0


def test_the_latest_job_by_its_dates_gives_the_held_title_on_a_resume_listed_oldest_first():
    from domain.matching.profiles import current_titles
    from domain.resumes import ExperienceEntry, ParsedResume

    oldest_first = ParsedResume(experience=[
        ExperienceEntry(title="Orthoptic Assistant", start_date="2012-01", end_date="2015-06"),
        ExperienceEntry(title="Orthoptist", start_date="2015-07", end_date="2024-03"),
    ])
    assert current_titles(oldest_first) == ("Orthoptist",)
