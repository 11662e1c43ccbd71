"""The Query requests a keyset page makes: a key condition past the last sort key seen (no
offset to read and throw away), one bounded range when the list also has a score floor."""
from __future__ import annotations

import pytest

from adapters.aws.dynamodb.query import ListQuery, empty_range, positioned
from domain.errors import BadUserInput
from domain.pagination import PageRequest


def test_a_newest_first_page_continues_below_the_last_sort_key():
    request = ListQuery("GSI4", "JOBS", after="2026-01-01#j9").request("t")
    assert request["KeyConditionExpression"] == "#pk = :pk AND #sk < :sk"
    assert request["ExpressionAttributeValues"][":sk"] == {"S": "2026-01-01#j9"}
    assert (request["ExpressionAttributeNames"]["#sk"], request["ScanIndexForward"]) == ("GSI4SK", False)


def test_a_best_first_page_continues_above_the_last_sort_key():
    request = ListQuery("GSI1", "CAND#c1", ascending=True, after="0000.1#m9").request("t")
    assert request["KeyConditionExpression"] == "#pk = :pk AND #sk > :sk"


def test_a_score_floor_and_a_position_make_one_range():
    query = ListQuery("GSI1", "CAND#c1", ascending=True, sort_below="0000.5$", after="0000.1#m9")
    request = query.request("t")
    assert request["KeyConditionExpression"] == "#pk = :pk AND #sk BETWEEN :lo AND :hi"
    values = request["ExpressionAttributeValues"]
    assert (values[":lo"], values[":hi"]) == ({"S": "0000.1#m9\0"}, {"S": "0000.5$"})
    assert not empty_range(query)
    assert empty_range(ListQuery("GSI1", "CAND#c1", ascending=True, sort_below="0000.5$", after="0000.6#m1"))


@pytest.mark.parametrize("after", ["", "\U0001F600" * 300])
def test_a_position_dynamodb_could_not_take_as_a_key_is_the_callers_mistake(after):
    with pytest.raises(BadUserInput, match="another list or sort order"):
        positioned(ListQuery("GSI4", "JOBS"), PageRequest(after=(after,)))
