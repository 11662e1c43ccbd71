"""Common, personal and trivial passwords are refused on sign-up, reset and change, on the
argument they came in, saying what to do; nothing is stored or used up."""
from __future__ import annotations

from tests.account_helpers import link_token, mailed

REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ user { id } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
REQUEST = "mutation($e: String!){ requestPasswordReset(email: $e) }"
RESET = "mutation($t: String!, $p: String!){ resetPassword(token: $t, newPassword: $p) }"
CHANGE = "mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n){ accessToken } }"
PASSWORD = "correct horse battery staple"
ADVICE = "choose another, such as three or four unrelated words"


def refused_on(body: dict, field: str) -> str:
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
    assert ADVICE in error["message"]
    return error["message"]


async def test_signing_up_with_a_common_password_is_refused_and_the_address_stays_free(client):
    person = {"email": "ana.lima@example.com", "name": "Ana Lima", "role": "CANDIDATE"}
    for password in ("password123", "Password123!", "qwertyuiop1"):
        body = await client.execute(REGISTER, {"i": {**person, "password": password}})
        assert "most commonly used" in refused_on(body, "password")
    body = await client.execute(REGISTER, {"i": {**person, "password": "Ana Lima 1990"}})
    assert "email address or name" in refused_on(body, "password")
    body = await client.execute(REGISTER, {"i": {**person, "password": "lmnopqrs789"}})
    assert "repetition or a sequence" in refused_on(body, "password")
    assert (await client.data(REGISTER, {"i": {**person, "password": PASSWORD}}))["register"]["user"]["id"]


async def test_a_reset_to_a_guessable_password_is_refused_and_the_link_still_works(client, app):
    signed = await client.register("CANDIDATE", email="kofi.mensah@example.com", name="Kofi Mensah")
    await client.data(REQUEST, {"e": "kofi.mensah@example.com"})
    (message,) = await mailed(app, signed["user"]["id"], "Reset your password")
    token = link_token(message)
    assert "most commonly used" in refused_on(await client.execute(RESET, {"t": token, "p": "iloveyou123"}), "newPassword")
    assert "email address or name" in refused_on(
        await client.execute(RESET, {"t": token, "p": "kofimensah2024"}), "newPassword")
    assert (await client.data(RESET, {"t": token, "p": "a whole new password"}))["resetPassword"] is True


async def test_changing_to_a_guessable_password_is_refused_and_the_old_one_still_signs_in(client):
    signed = await client.register("CANDIDATE", email="ines.costa@example.com", name="Inês Costa")
    for new, why in (("password1234", "most commonly used"), ("ines.costa@example.com", "email address or name"),
                     ("abcabcabcabc", "repetition or a sequence")):
        body = await client.execute(CHANGE, {"c": PASSWORD, "n": new}, signed["accessToken"])
        assert why in refused_on(body, "newPassword")
    assert (await client.data(LOGIN, {"e": "ines.costa@example.com", "p": PASSWORD}))["login"]["accessToken"]
