"""markNotificationsRead with one id that is no ID among good ones names which one it is, so a
client with a long list can find the id to drop."""
from __future__ import annotations

from resolvers.ids import to_global_id

MARK = "mutation($ids: [ID!]!){ markNotificationsRead(ids: $ids){ id } }"


async def test_the_id_that_is_no_id_is_named_by_its_place_in_the_list(client):
    token, _ = await client.candidate()
    good = to_global_id("Notification", "n1")
    body = await client.execute(MARK, {"ids": [good, good, "not-an-id"]}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "ids[2]"}
    assert error["message"].startswith("`ids[2]`")
    wrong_kind = await client.execute(MARK, {"ids": [to_global_id("Job", "j1")]}, token)
    assert wrong_kind["errors"][0]["extensions"]["argument"] == "ids[0]"
