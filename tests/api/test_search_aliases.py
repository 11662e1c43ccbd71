"""Search words reach a job through the names the taxonomy gives the same skill or job title:
"RN" finds Registered Nurse jobs, "CDL" and "HGV driver" the truck driver jobs on either
side of the Atlantic, and a word nothing knows is still required as typed. Over GraphQL, on
the embedded backend and on AWS (its search mirror); the OpenSearch bodies are in
tests/integration/aws/test_opensearch_query_aliases.py."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401
from tests.search_board import post_board, titles_found

# Skills set by the employer, so no job's own skill list spells what is searched for.
JOBS = [
    ("Registered Nurse - ICU", "Critical care nursing on a twelve-bed unit.", ["Critical care"]),
    ("Truck Driver", "Long-haul routes across Texas; Class A CDL required.", ["Route planning"]),
    ("Lorry Driver", "Night trunking out of Leeds; HGV Class 1 licence needed.", ["Route planning"]),
    ("Pastry Chef", "Laminated doughs and plated desserts.", ["Baking"]),
]


@pytest.fixture
async def board(backend):
    return await post_board(backend, JOBS)



async def test_an_abbreviation_finds_the_jobs_spelled_out(board):
    assert await titles_found(board, "RN") == {"Registered Nurse - ICU"}
    assert await titles_found(board, "rn icu") == {"Registered Nurse - ICU"}
    assert await titles_found(board, "registered nurse") == {"Registered Nurse - ICU"}


async def test_a_driving_licence_or_title_finds_the_driver_jobs_of_both_countries(board):
    assert await titles_found(board, "HGV driver") == {"Truck Driver", "Lorry Driver"}
    assert await titles_found(board, "CDL") == {"Truck Driver", "Lorry Driver"}
    assert await titles_found(board, "truck driver trunking") == {"Lorry Driver"}  # a place last is a filter


async def test_words_nothing_knows_are_still_all_required(board):
    assert await titles_found(board, "RN pastry") == set()
    assert await titles_found(board, "pastry chef") == {"Pastry Chef"}
