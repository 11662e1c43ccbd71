"""Over GraphQL, on the embedded backend and on AWS (its search mirror): a word written with
its umlaut spelled out finds the word written with the umlaut only when it looks German
("Mueller" finds "Müller"), never turning a word that had none into another ("Guest" does not
find "Gust", "Michael" does not find "Michal")."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401
from tests.search_board import post_board, titles_found

JOBS = [
    ("Müller (m/w/d)", "Getreidemühle im Schichtbetrieb.", ["Mahlen"]),
    ("Guest Relations Officer", "Front desk of a harbour hotel.", ["Reservations"]),
    ("Wind Turbine Technician", "Gust loads and blade inspections.", ["Blade repair"]),
    ("Sandwich Maker at Michal Deli", "Early shifts, fresh bread.", ["Food hygiene"]),
    ("Driver for Michael Logistics", "Multi-drop van routes.", ["Route planning"]),
]


@pytest.fixture
async def board(backend):
    return await post_board(backend, JOBS)


@pytest.mark.parametrize(("text", "titles"), [
    ("Mueller", {"Müller (m/w/d)"}),
    ("Müller", {"Müller (m/w/d)"}),
    ("guest", {"Guest Relations Officer"}),
    ("gust", {"Wind Turbine Technician"}),
    ("Michael", {"Driver for Michael Logistics"}),
    ("Michal", {"Sandwich Maker at Michal Deli"}),
])
async def test_only_a_german_word_meets_its_umlaut(board, text, titles):
    assert await titles_found(board, text) == titles
