"""The skills filter finds a job by any of a skill's known names and abbreviations, also where
the job lists the skill with a level, a note or a holder's word beside it ("HACCP Level 2",
"Food hygiene (HACCP)", "CSCS card holder"), and where the taxonomy knows one abbreviation as
two entries (HACCP the method and HACCP the certificate). Over GraphQL, on both backends."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

FOUND = "query($f: JobFilter){ searchJobs(filter: $f, first: 100){ edges { node { title } } } }"

JOBS = [
    ("Line cook", ["HACCP"]),
    ("Commis chef", ["HACCP certification"]),
    ("Prep cook", ["HACCP Level 2"]),
    ("Kitchen porter", ["Food hygiene (HACCP)"]),
    ("Sous chef", ["Level 2 Food Hygiene Certificate"]),
    ("Labourer", ["CSCS card holder"]),
    ("Resuscitation nurse", ["Basic Life Support (BLS)"]),
    ("Developer", ["Python"]),
]


@pytest.fixture
async def board(backend):
    token, _ = await backend.employer()
    for title, skills in JOBS:
        await backend.post_job(token, title=title, description="Shifts as agreed.", requiredSkills=skills)
    return backend


async def _titles(client, *skills: str) -> set[str]:
    body = await client.execute(FOUND, {"f": {"skills": list(skills)}})
    assert "errors" not in body, body
    return {edge["node"]["title"] for edge in body["data"]["searchJobs"]["edges"]}


async def test_haccp_finds_every_job_listing_it_with_a_level_or_a_note(board):
    haccp = {"Line cook", "Commis chef", "Prep cook", "Kitchen porter"}
    assert await _titles(board, "HACCP") == haccp
    assert await _titles(board, "haccp certification") == haccp


async def test_a_note_s_other_name_and_a_certificate_s_level_find_the_skill(board):
    assert await _titles(board, "Food safety") == {"Kitchen porter", "Sous chef"}
    assert await _titles(board, "food hygiene") == {"Kitchen porter", "Sous chef"}
    assert await _titles(board, "CSCS") == {"Labourer"}
    assert await _titles(board, "BLS") == {"Resuscitation nurse"}
    assert await _titles(board, "basic life support") == {"Resuscitation nurse"}


async def test_a_skill_the_job_does_not_list_finds_it_not(board):
    assert await _titles(board, "Python") == {"Developer"}
    assert await _titles(board, "HACCP", "Python") == set()
    assert await _titles(board, "Level 2") == set()
