"""A held title a rung below the job's on its trade's ladder is a step up: it fits the title
less and its pair's score is taken down, however many of the job's listed skills it holds; a
rung above, another trade, or grades within a rung ("Senior") are no step."""
from __future__ import annotations

import pytest

from domain.jobs import Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.matching.preferences import title_fit
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry
from domain.title_ranks import rungs_below


@pytest.mark.parametrize(("held", "job", "gap"), [
    ("Sous Chef", "Head Chef", 1),
    ("Commis Chef", "Sous Chef", 2),
    ("Bookkeeper", "Finance Manager", 2),
    ("Accounts Assistant", "Financial Controller", 4),
    ("Healthcare Assistant", "Staff Nurse", 2),
    ("Staff Nurse", "Charge Nurse", 1),
    ("Labourer", "Site Foreman", 2),
    ("Pharmacy Technician", "Pharmacist", 1),
    ("Teaching Assistant", "Class Teacher", 2),
    ("Veterinary Care Assistant", "Veterinary Nurse", 1),
    # by the titles' own words, on no ladder
    ("Laboratory Officer", "Laboratory Manager", 3),
    ("Assistant Warehouse Manager", "Warehouse Manager", 0.5),
    ("Warehouse Supervisor", "Warehouse Manager", 1),
    ("Theatre Scrub Nurse", "Theatre Nurse Manager", 2),  # the phrase ending the title: a nurse manager
    ("Kennel Hand", "Kennel Hand Supervisor", 2),
    ("Scrub Practitioner", "Lead Theatre Practitioner Manager", 3),  # the work's noun last, under a manager
    ("Staff Nurse Band 5", "Ward Manager", 2),
    ("Barista", "Cafe Team Leader", 1),
    ("Care Worker", "Care Team Leader", 1),
    ("Product Analyst", "Head of Product", 0),
    ("Logistics Coordinator", "Logistics Supervisor", 2),
])
def test_a_held_title_below_the_jobs_is_so_many_rungs_below(held, job, gap):
    assert rungs_below(held, job) == gap


@pytest.mark.parametrize(("held", "job"), [
    ("Head Chef", "Sous Chef"),                  # above: over-qualified, no step up
    ("Financial Controller", "Finance Manager"),
    ("Head Chef (Nights)", "Head Chef - Leeds"),
    ("Software Engineer", "Senior Software Engineer"),  # a grade within the rung
    ("Data Analyst", "Lead Data Analyst"),
    ("Bookkeeper", "Sous Chef"),                 # another trade
    ("Nurse Manager", "Manager"),
    ("Software Engineer", "Engineering Manager"),
    # a grade is no rung: "senior" is left to the years
    ("Senior Nurse", "Senior Staff Nurse"),
    ("Senior Registered Nurse", "Senior Staff Nurse"),
    ("Staff Nurse (Band 6)", "Senior Staff Nurse"),
    ("Care Worker", "Senior Care Worker"),
    ("Class Teacher", "Senior Teacher"),
    # ranks at or above a head's, and ranks of no known height
    ("VP Product", "Head of Product"),
    ("Vice President of Product", "Head of Product"),
    ("SVP Logistics", "Head of Logistics"),
    ("Logistics Director", "Head of Logistics"),
    ("Product Lead", "Head of Product"),
    ("Principal Actuary", "Actuary Manager"),
    # a ladder's phrase inside a title of another trade
    ("Deputy Head Chef", "Headteacher"),
    ("Deputy Head Baker", "Headteacher"),
    ("IT Support Worker", "Care Team Leader"),
    ("Housing Support Worker", "Registered Manager"),
    # a rank phrase any trade uses, on titles of different work
    ("Marketing Team Leader", "Store Manager"),
    ("Logistics Supervisor", "Cafe Manager"),
    ("Team Leader", "Coffee Shop Manager"),
])
def test_no_step_up(held, job):
    assert rungs_below(held, job) == 0


def test_a_held_title_a_rung_below_fits_the_title_less():
    assert title_fit(["Sous Chef"], "Head Chef", held=True) == 0.5
    assert title_fit(["Head Chef"], "Head Chef", held=True) == 1.0
    # wanted, not held: the candidate says which posts they want
    assert title_fit(["Sous Chef"], "Head Chef", held=False) == 0.75  # a family's title, as before


@pytest.mark.parametrize("wanted, job", [("Head Chef", "Sous Chef"), ("Finance Manager", "Senior Accountant"),
                                         ("Head Chef", "Chef de Partie")])
def test_a_post_a_rung_below_the_title_wanted_is_near_it_not_it(wanted, job):
    assert rungs_below(job, wanted) > 0
    assert title_fit([wanted], job, held=False) <= 0.75  # "close to one you want", not "one you want"
    assert title_fit([wanted], wanted, held=False) == 1.0


def _candidate(title: str, skills: list[str]) -> CandidateProfile:
    parsed = ParsedResume(skills=[SkillEntry(name=s) for s in skills],
                          experience=[ExperienceEntry(title=title, company="Bistro", current=True)],
                          total_years_experience=9)
    return CandidateProfile.from_resume(f"r-{title}", f"c-{title}", parsed)


def test_a_deputy_holding_every_listed_skill_ranks_below_the_holder_of_the_rank():
    listed = ("Food safety", "Staff training", "Stock control", "Menu planning")
    job = JobProfile(job_id="j", title="Head Chef", required_skills=listed, seniority=Seniority.SENIOR)
    scorer = MatchScorer()
    deputy = scorer.score(_candidate("Sous Chef", list(listed)), job, similarity=0.6)
    holder = scorer.score(_candidate("Head Chef", ["Food safety", "Menu planning", "Kitchen management"]),
                          job, similarity=0.6)
    assert deputy.rank_factor == 0.85 and holder.rank_factor == 1.0
    assert holder.score > deputy.score
    assert "the post is a step up from the candidate's current title" in explain(deputy, shows_contact=False)
    assert "step up" not in explain(holder, shows_contact=False)
