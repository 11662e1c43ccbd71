"""A person changes the name they registered with (`updateMyName`): validated as at
registration, stored, and shown everywhere the account is read; refused input changes nothing."""
from __future__ import annotations

import pytest

RENAME = "mutation($n: String!){ updateMyName(name: $n){ id name } }"
ME = "{ me { id name } }"


async def test_a_candidate_changes_their_name_and_it_is_kept(client):
    token, user = await client.candidate()
    renamed = (await client.data(RENAME, {"n": "  Máire Ní Bhriain-O'Connor 👩‍⚕️ "}, token))["updateMyName"]
    assert renamed == {"id": user["id"], "name": "Máire Ní Bhriain-O'Connor 👩‍⚕️"}
    assert (await client.data(ME, token=token))["me"]["name"] == "Máire Ní Bhriain-O'Connor 👩‍⚕️"


async def test_a_recruiter_changes_their_name_and_colleagues_see_it(client):
    token, _ = await client.employer()
    await client.data(RENAME, {"n": "Rita Okafor"}, token)
    members = (await client.data("{ me { organization { members { name } } } }", token=token))
    assert [m["name"] for m in members["me"]["organization"]["members"]] == ["Rita Okafor"]


@pytest.mark.parametrize(("name", "says"), [
    ("", "must not be empty"),
    ("   \u200b ", "must not be empty"),
    ("\u0301\u0308", "must not be empty"),  # accents with no letter to sit on show nothing
    ("x" * 201, "at most 200 characters"),
    ("Tom\nDriver", "single line"),
])
async def test_a_bad_name_is_refused_and_nothing_changes(client, name, says):
    token, user = await client.candidate()
    body = await client.execute(RENAME, {"n": name}, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "name"
    assert says in error["message"]
    assert (await client.data(ME, token=token))["me"]["name"] != name


async def test_only_a_signed_in_person_changes_a_name(client):
    assert await client.error_code(RENAME, {"n": "Nobody"}) == "UNAUTHENTICATED"


async def test_accents_with_no_letter_are_no_name_at_sign_up_either(client):
    body = await client.execute(
        "mutation($i: RegisterInput!){ register(input: $i){ accessToken } }",
        {"i": {"email": "marks@example.com", "password": "correct horse battery staple", "name": "\u0301\u0301",
               "role": "CANDIDATE"}})
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "name"}
