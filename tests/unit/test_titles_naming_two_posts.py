"""A held title naming two posts parted by a spaced slash or bar ("Area Manager / Shift Lead")
is either post's work: its years count for a job like either, as they would under either title
alone. A slash inside a title's words ("Picker/Packer") is one title. Fictional roles."""
import time

import pytest

from domain.jobs import Seniority
from domain.matching import JobProfile, MatchScorer
from domain.matching.relevant_years import posts_named, title_like
from tests.unit.test_match_relevant_years import SKILLS, candidate, resume

SUPERVISOR_JOB = JobProfile(job_id="j1", title="Distribution Shift Supervisor", required_skills=("Pallet handling",),
                            seniority=Seniority.MID)


@pytest.mark.parametrize(("title", "posts"), [
    ("Area Manager / Shift Lead", ["Area Manager", "Shift Lead"]),
    ("Receptionist | Administrator", ["Receptionist", "Administrator"]),
    ("Picker/Packer", ["Picker/Packer"]),
    ("Team Leader", ["Team Leader"]),
])
def test_the_posts_a_title_names(title, posts):
    assert posts_named(title) == posts


@pytest.mark.parametrize(("held", "job"), [
    ("Area Manager / Shift Lead", "Warehouse Shift Supervisor"),
    ("Stock Controller / Team Lead", "Distribution Team Leader"),
])
def test_a_title_naming_two_posts_is_either_posts_work(held, job):
    assert title_like(held, job)


def test_neither_post_like_the_job_is_not_its_work():
    assert not title_like("Area Manager / Buyer", "Warehouse Shift Supervisor")


def test_the_years_of_a_role_titled_with_two_posts_count():
    parsed = resume(("Area Manager / Shift Lead", "2019-01", "2025-12", "Ran the second shift's associates."),
                    ("Cashier", "2016-01", "2018-12", "Tills."), years=10.0)
    scored = MatchScorer(SKILLS).score(candidate(parsed), SUPERVISOR_JOB)
    assert scored.roles_counted == ("Area Manager / Shift Lead",)


def test_a_long_run_of_spaces_and_slashes_does_not_hang():
    start = time.perf_counter()
    posts_named("Lead" + " " * 100_000 + "/" * 100_000 + " / x")
    assert time.perf_counter() - start < 5.0
