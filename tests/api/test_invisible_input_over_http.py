"""Names, titles and passwords that show nothing are refused over the API, and nothing is
stored or changed."""
from __future__ import annotations

REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ user { id } } }"
CHANGE = "mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n){ accessToken } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
PASSWORD = "correct horse battery staple"


async def test_a_name_of_zero_width_spaces_is_refused_and_the_email_stays_free(client):
    person = {"email": "ana.lima@example.com", "password": PASSWORD, "role": "CANDIDATE"}
    body = await client.execute(REGISTER, {"i": {**person, "name": "\u200b\u200b\u200b"}})
    error = body["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "name"}
    assert (await client.data(REGISTER, {"i": {**person, "name": "Ana Lima"}}))["register"]["user"]["id"]


async def test_a_job_title_of_invisible_characters_is_refused(client):
    token, _ = await client.employer()
    body = await client.execute("mutation($i: JobInput!){ postJob(input: $i){ id } }",
                                {"i": {"title": "\u200b\u2060", "description": "Ward work."}}, token)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "title"}


async def test_a_new_password_of_spaces_is_refused_and_the_old_one_still_signs_in(client):
    signed = await client.register("CANDIDATE", email="kofi.mensah@example.com", password=PASSWORD)
    body = await client.execute(CHANGE, {"c": PASSWORD, "n": " " * 12}, signed["accessToken"])
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "not only spaces" in body["errors"][0]["message"]
    assert (await client.data(LOGIN, {"e": "kofi.mensah@example.com", "p": PASSWORD}))["login"]["accessToken"]


async def test_a_refused_new_password_names_the_argument_it_came_in(client):
    signed = await client.register("CANDIDATE", email="ines.costa@example.com", password=PASSWORD)
    for new in ("short", " " * 12):
        body = await client.execute(CHANGE, {"c": PASSWORD, "n": new}, signed["accessToken"])
        assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "newPassword"}
    body = await client.execute("mutation($t: String!, $n: String!){ resetPassword(token: $t, newPassword: $n) }",
                                {"t": "any-token", "n": "short"})
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "newPassword"}
