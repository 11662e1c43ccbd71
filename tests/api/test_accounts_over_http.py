"""Registration, sign-in and sessions over HTTP against the ASGI app."""
from __future__ import annotations

import pytest

LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken refreshToken user { id } } }"
REFRESH = "mutation($t: String!){ refreshSession(refreshToken: $t){ accessToken refreshToken } }"
ME = "{ me { id email name role emailVerified organization { name } preferences { notifyMinScore remote } } }"


async def test_a_candidate_registers_and_sees_themselves(client):
    signed = await client.register("CANDIDATE", email="Ada@Example.com", name="Ada")
    me = (await client.data(ME, token=signed["accessToken"]))["me"]
    assert me["email"] == "ada@example.com"
    assert me["role"] == "CANDIDATE"
    assert me["organization"] is None
    assert me["preferences"]["notifyMinScore"] == 0.7


async def test_an_employer_registration_creates_their_organization(client):
    signed = await client.register("EMPLOYER", organizationName="Initech")
    assert signed["user"]["organization"]["name"] == "Initech"


@pytest.mark.parametrize(
    "overrides, code, fragment",
    [
        ({"email": "not-an-email"}, "BAD_USER_INPUT", "valid email"),
        ({"password": "short"}, "BAD_USER_INPUT", "at least 10 characters"),
        ({"role": "ADMIN"}, "FORBIDDEN", "Administrators cannot register"),
        ({"role": "EMPLOYER", "organizationName": None}, "BAD_USER_INPUT", "organizationName"),
        ({"name": "   "}, "BAD_USER_INPUT", "name"),
    ],
)
async def test_bad_registrations_are_refused_and_write_nothing(client, app, overrides, code, fragment):
    from tests.graphql_client import REGISTER

    payload = {"email": "someone@example.com", "password": "long enough password", "name": "Someone", "role": "CANDIDATE"}
    payload.update(overrides)
    body = await client.execute(REGISTER, {"input": payload})
    error = body["errors"][0]
    assert error["extensions"]["code"] == code
    assert fragment in error["message"]
    assert await app.state.services.repositories.users.wrapped.count() == 0


async def test_an_unknown_enum_value_is_bad_user_input(client):
    from tests.graphql_client import REGISTER

    body = await client.execute(
        REGISTER, {"input": {"email": "x@example.com", "password": "long enough password", "name": "X", "role": "WIZARD"}}
    )
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    # the enum is named, the value sent is not repeated (resolvers/values_not_repeated.py)
    assert "'Role' enum" in body["errors"][0]["message"] and "WIZARD" not in body["errors"][0]["message"]


async def test_a_second_account_with_the_same_email_is_a_conflict(client):
    await client.register("CANDIDATE", email="twice@example.com")
    from tests.graphql_client import REGISTER

    body = await client.execute(
        REGISTER,
        {"input": {"email": "TWICE@example.com", "password": "long enough password", "name": "T", "role": "CANDIDATE"}},
    )
    assert body["errors"][0]["extensions"]["code"] == "CONFLICT"


async def test_login_with_a_wrong_password_or_unknown_email_says_the_same(client):
    await client.register("CANDIDATE", email="known@example.com")
    wrong = await client.execute(LOGIN, {"e": "known@example.com", "p": "not the password"})
    unknown = await client.execute(LOGIN, {"e": "nobody@example.com", "p": "not the password"})
    assert wrong["errors"][0]["message"] == unknown["errors"][0]["message"]
    assert wrong["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_refresh_token_rotates_and_its_reuse_ends_the_session(client):
    signed = await client.register("CANDIDATE", email="rotate@example.com")
    first = (await client.data(REFRESH, {"t": signed["refreshToken"]}))["refreshSession"]
    assert first["refreshToken"] != signed["refreshToken"]
    second = (await client.data(REFRESH, {"t": first["refreshToken"]}))["refreshSession"]

    reused = await client.execute(REFRESH, {"t": signed["refreshToken"]})
    assert reused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # The whole family is gone: the newest token and its access token stop working too.
    assert (await client.execute(REFRESH, {"t": second["refreshToken"]}))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    me = await client.execute(ME, token=second["accessToken"])
    assert me["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_two_tabs_refreshing_at_once_both_stay_signed_in_with_the_same_pair(client):
    import asyncio

    signed = await client.register("CANDIDATE")
    tabs = await asyncio.gather(*(client.data(REFRESH, {"t": signed["refreshToken"]}) for _ in range(2)))
    first, second = (tab["refreshSession"] for tab in tabs)
    assert first == second
    assert (await client.data(ME, token=first["accessToken"]))["me"]["id"] == signed["user"]["id"]
    assert (await client.data(REFRESH, {"t": first["refreshToken"]}))["refreshSession"]["accessToken"]


async def test_a_forged_token_is_unauthenticated(client):
    body = await client.execute(ME, token="eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_preferences_update_only_the_fields_given(client):
    token, _ = await client.candidate()
    mutation = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { remote minSalary currency notifyMinScore locations } } }"
    await client.data(mutation, {"i": {"remote": ["REMOTE"], "minSalary": 90000, "currency": "eur"}}, token)
    prefs = (await client.data(mutation, {"i": {"locations": ["Berlin"]}}, token))["updatePreferences"]["preferences"]
    assert prefs == {"remote": ["REMOTE"], "minSalary": 90000, "currency": "EUR", "notifyMinScore": 0.7, "locations": ["Berlin"]}
    assert await client.error_code(mutation, {"i": {"notifyMinScore": 1.5}}, token) == "BAD_USER_INPUT"


async def test_preferences_need_a_signed_in_caller(client):
    mutation = "mutation{ updatePreferences(input: {locations: [\"Oslo\"]}){ id } }"
    assert await client.error_code(mutation) == "UNAUTHENTICATED"


async def test_preferences_keep_one_of_entries_that_differ_only_in_case_or_spacing(client):
    token, _ = await client.candidate()
    mutation = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { desiredTitles locations } } }"
    given = {"desiredTitles": ["Staff Nurse", "staff nurse", "STAFF  NURSE", "Ward Sister"],
             "locations": ["Belfast", "belfast ", "BELFAST", "Derry, UK"]}
    prefs = (await client.data(mutation, {"i": given}, token))["updatePreferences"]["preferences"]
    assert prefs == {"desiredTitles": ["Staff Nurse", "Ward Sister"], "locations": ["Belfast", "Derry, UK"]}
