"""Password resets, password changes, sign-out and sessions over HTTP."""
from __future__ import annotations

import time

from tests.account_helpers import ME, link_token, mailed, outbox_for

REQUEST = "mutation($e: String!){ requestPasswordReset(email: $e) }"
RESET = "mutation($t: String!, $p: String!){ resetPassword(token: $t, newPassword: $p) }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken refreshToken } }"
REFRESH = "mutation($t: String!){ refreshSession(refreshToken: $t){ accessToken refreshToken } }"
CHANGE = """mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n){
  accessToken refreshToken user { id } } }"""
SESSIONS = "{ me { sessions { id device ip lastUsedAt current } } }"
REVOKE = "mutation($id: ID!){ revokeSession(id: $id) }"
PASSWORD = "correct horse battery staple"
RESET_SUBJECT = "Reset your password"


async def test_asking_for_a_reset_answers_the_same_for_known_and_unknown_addresses(client, app):
    signed = await client.register("CANDIDATE")
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    bodies = []
    for round_ in range(3):
        for label, email in (("known", signed["user"]["email"]), ("unknown", f"nobody{round_}@example.com")):
            started = time.perf_counter()
            response = await client.http.post("/graphql", json={"query": REQUEST, "variables": {"e": email}})
            timings[label].append(time.perf_counter() - started)
            bodies.append((response.status_code, response.json()))
    assert bodies[0][0] == 200 and bodies[0][1]["data"] == {"requestPasswordReset": True}
    assert all(body == bodies[0] for body in bodies)
    # Figures only (no threshold): the request path does one look-up and one enqueue either way.
    print({label: f"{min(values) * 1000:.1f} ms" for label, values in timings.items()})
    (message,) = await mailed(app, signed["user"]["id"], RESET_SUBJECT)  # the rate allows one per minute
    assert message["channel"] == "email"


async def test_a_reset_link_sets_the_password_once_and_signs_out_everywhere(client, app):
    signed = await client.register("CANDIDATE", name="Grace Hopper")
    email = signed["user"]["email"]
    other = (await client.data(LOGIN, {"e": email, "p": PASSWORD}))["login"]
    await client.data(REQUEST, {"e": email})
    (message,) = await mailed(app, signed["user"]["id"], RESET_SUBJECT)
    assert "Grace Hopper" in message["body_text"] and "/reset-password?token=" in message["body_html"]
    token = link_token(message)

    short = (await client.execute(RESET, {"t": token, "p": "short"}))["errors"][0]
    assert short["extensions"]["code"] == "BAD_USER_INPUT" and "at least 10" in short["message"]
    assert (await client.data(RESET, {"t": token, "p": "a whole new password"}))["resetPassword"] is True

    for session in (signed, other):
        assert await client.error_code(ME, token=session["accessToken"]) == "UNAUTHENTICATED"
        assert await client.error_code(REFRESH, {"t": session["refreshToken"]}) == "UNAUTHENTICATED"
    assert await client.error_code(LOGIN, {"e": email, "p": PASSWORD}) == "UNAUTHENTICATED"
    assert (await client.data(LOGIN, {"e": email, "p": "a whole new password"}))["login"]["accessToken"]
    reused = (await client.execute(RESET, {"t": token, "p": "yet another password"}))["errors"][0]
    assert reused["extensions"]["reason"] == "USED"
    assert await mailed(app, signed["user"]["id"], "Your password was changed")


async def test_forged_reset_tokens_change_nothing(client, app):
    signed = await client.register("CANDIDATE")
    verification = link_token((await mailed(app, signed["user"]["id"], "Confirm your email address"))[0])
    for forged in ("not-a-token", verification):
        error = (await client.execute(RESET, {"t": forged, "p": "a whole new password"}))["errors"][0]
        assert error["extensions"]["reason"] == "INVALID"
    assert (await client.data(LOGIN, {"e": signed["user"]["email"], "p": PASSWORD}))["login"]


async def test_changing_the_password_ends_other_sessions_and_signs_in_afresh(client):
    signed = await client.register("CANDIDATE")
    other = (await client.data(LOGIN, {"e": signed["user"]["email"], "p": PASSWORD}))["login"]
    wrong = (await client.execute(CHANGE, {"c": "not my password", "n": "a brand new passphrase"}, signed["accessToken"]))
    assert wrong["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    fresh = (await client.data(CHANGE, {"c": PASSWORD, "n": "a brand new passphrase"}, signed["accessToken"]))["changePassword"]
    assert await client.error_code(ME, token=other["accessToken"]) == "UNAUTHENTICATED"
    assert await client.error_code(ME, token=signed["accessToken"]) == "UNAUTHENTICATED"
    assert (await client.data(ME, token=fresh["accessToken"]))["me"]["id"] == signed["user"]["id"]
    assert (await client.data(REFRESH, {"t": fresh["refreshToken"]}))["refreshSession"]["accessToken"]


async def test_sessions_list_device_ip_and_last_use_and_one_can_be_revoked(client):
    signed = await client.register("CANDIDATE")
    laptop = (await client.execute(LOGIN, {"e": signed["user"]["email"], "p": PASSWORD},
                                   headers={"User-Agent": "Laptop/1.0"}))["data"]["login"]
    sessions = (await client.data(SESSIONS, token=signed["accessToken"]))["me"]["sessions"]
    assert len(sessions) == 2
    assert {s["device"] for s in sessions} >= {"Laptop/1.0"} and all(s["ip"] == "127.0.0.1" for s in sessions)
    assert [s["current"] for s in sessions].count(True) == 1
    laptop_id = next(s["id"] for s in sessions if s["device"] == "Laptop/1.0")
    assert (await client.data(REVOKE, {"id": laptop_id}, signed["accessToken"]))["revokeSession"] is True
    assert await client.error_code(ME, token=laptop["accessToken"]) == "UNAUTHENTICATED"
    assert await client.error_code(REFRESH, {"t": laptop["refreshToken"]}) == "UNAUTHENTICATED"
    left = (await client.data(SESSIONS, token=signed["accessToken"]))["me"]["sessions"]
    assert [s["current"] for s in left] == [True]


async def test_nobody_revokes_another_persons_session(client):
    ada, bob = await client.register("CANDIDATE"), await client.register("CANDIDATE")
    ada_session = (await client.data(SESSIONS, token=ada["accessToken"]))["me"]["sessions"][0]["id"]
    assert await client.error_code(REVOKE, {"id": ada_session}, bob["accessToken"]) == "NOT_FOUND"
    assert (await client.data(ME, token=ada["accessToken"]))["me"]


async def test_logging_out_ends_the_refresh_token_family(client, app):
    signed = await client.register("CANDIDATE")
    rotated = (await client.data(REFRESH, {"t": signed["refreshToken"]}))["refreshSession"]
    assert (await client.data("mutation{ logout }", token=rotated["accessToken"]))["logout"] is True
    assert await client.error_code(REFRESH, {"t": rotated["refreshToken"]}) == "UNAUTHENTICATED"
    assert await client.error_code(ME, token=rotated["accessToken"]) == "UNAUTHENTICATED"
    assert await outbox_for(app, signed["user"]["id"], "Your password was changed") == []
