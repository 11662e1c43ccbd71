"""A search `query` made only of emoji, symbols or punctuation has no word to search for: it is
refused with a message saying what to type, instead of quietly finding nothing (an emoji is not
indexed). Emoji beside words are left out and the words are searched; a blank query is none."""
from __future__ import annotations

import pytest

from tests.search_board import SEARCH, post_placed_board, titles_found

JOBS = [
    ("HGV Class 1 Truck Driver 🚚", "Nightly trunking; tachograph card required.", "Leeds, UK"),
    ("Staff Nurse", "Ward nursing on a surgical ward 🏥.", "Bristol, UK"),
]


@pytest.fixture
async def board(client):
    return await post_placed_board(client, JOBS)


@pytest.mark.parametrize("text", ["🚚", "🏥 👩‍⚕️", "😀", "★ ✓", "((*))", "🚚 – 🏥"])
async def test_a_query_without_words_is_refused_with_what_to_type(board, text):
    body = await board.execute(SEARCH, {"q": text})
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "query"
    assert "words" in error["message"] and "leave `query` out" in error["message"]


async def test_emoji_beside_words_are_left_out_and_the_words_searched(board):
    assert await titles_found(board, "truck 🚚") == {"HGV Class 1 Truck Driver 🚚"}
    assert await titles_found(board, "🏥 nurse") == {"Staff Nurse"}


async def test_emoji_beside_a_place_search_that_place(board):
    assert await titles_found(board, "🚚 in Leeds") == {"HGV Class 1 Truck Driver 🚚"}


async def test_a_blank_query_still_lists_every_job(board):
    assert len(await titles_found(board, "  ")) == 2
