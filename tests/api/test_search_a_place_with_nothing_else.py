"""A search that is only a place after "in"/"near" ("in Leeds"), or a place beside symbols
("🚚 in Leeds", "- Leeds"), filters on that place: the connector or the symbols left over are
no words to find in an ad (as words, "in" found nothing at all)."""
from __future__ import annotations

import pytest

from tests.search_board import post_placed_board, titles_found

JOBS = [("HGV Class 1 Driver", "Nightly trunking.", "Leeds, UK"), ("Staff Nurse", "Ward nursing.", "Bristol, UK")]


@pytest.fixture
async def board(client):
    return await post_placed_board(client, JOBS)


@pytest.mark.parametrize("text", ["in Leeds", "near Leeds", "In Leeds.", "🚚 in Leeds", "- Leeds", "🚚 Leeds"])
async def test_a_place_with_no_other_words_is_the_filter(board, text):
    assert await titles_found(board, text) == {"HGV Class 1 Driver"}


async def test_words_before_the_place_are_still_searched(board):
    assert await titles_found(board, "nurse in Leeds") == set()
    assert await titles_found(board, "driver in Leeds") == {"HGV Class 1 Driver"}
