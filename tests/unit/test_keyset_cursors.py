"""Cursors carry their list's name and a typed sort key, bit for bit; anything else is
BAD_USER_INPUT with a message that says what to do."""
from __future__ import annotations

import base64
import json

import pytest

from domain.errors import BadUserInput
from domain.pagination import PageRequest, cut_page
from resolvers.cursors import decode_cursor, encode_cursor, page_request


@pytest.mark.parametrize("score", [0.1 + 0.2, -1.0536409316566449, 5e-324, -0.0, 1e308, 3.0])
def test_a_float_sort_key_comes_back_bit_for_bit(score):
    (decoded, job_id) = decode_cursor("searchJobs.relevance", encode_cursor("searchJobs.relevance", (score, "j1")))
    assert (decoded.hex(), job_id) == (score.hex(), "j1")


def test_a_cursor_is_opaque_url_safe_text():
    cursor = encode_cursor("User.matches", (0.5, "a/b+c"))
    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_a_cursor_of_another_list_is_refused_by_name():
    with pytest.raises(BadUserInput, match="another list or sort order"):
        decode_cursor("Job.matches", encode_cursor("User.matches", (0.5, "m1")))


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**400])
def test_integers_past_64_bits_are_out_of_range(value):
    raw = "tg2:" + json.dumps(["adminUsers", [value, "x"]])
    cursor = base64.urlsafe_b64encode(raw.encode()).decode()
    with pytest.raises(BadUserInput, match=r"past 2\^63"):
        decode_cursor("adminUsers", cursor)


def test_the_shape_of_a_position_is_checked_against_the_list_s_sort_key():
    request = page_request("User.matches", 10, encode_cursor("User.matches", ("0.5", "m1")))
    with pytest.raises(BadUserInput, match="another list or sort order"):
        request.after_as(float, str)
    assert PageRequest(after=(1, "m1")).after_as(float, str) == (1.0, "m1")
    with pytest.raises(BadUserInput):
        PageRequest(after=(True, "m1")).after_as(float, str)


def test_a_page_keeps_one_more_row_only_to_know_there_is_a_next_page():
    page = cut_page([3, 2, 1], 2, str, lambda n: (n,))
    assert (page.items, page.positions, page.has_next) == (["3", "2"], [(3,), (2,)], True)
    assert cut_page([3, 2], 2, str, lambda n: (n,)).has_next is False
