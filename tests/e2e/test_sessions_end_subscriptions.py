"""A websocket lives only as long as the sign-in it was opened with: a logout, a password
change, a revoked session, a suspension or an erased account closes it within a second
(4401 session ended, 4403 suspended), and nothing more starts on it. Real websockets to the
app served by uvicorn on loopback."""
from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
import uvicorn
import websockets
from websockets.exceptions import ConnectionClosed

from tests.account_helpers import link_token, mailed, quick_password_hashing
from tests.e2e.server import free_port
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient, raw_id

PASSWORD = "correct horse battery staple"
STREAM = "subscription { resumeProcessed { id } }"
SESSIONS = "{ me { sessions { id current } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"


@pytest.fixture
def settings(settings):
    """Real argon2id at its cheapest: hashing cost plays no part here."""
    return quick_password_hashing(settings)


@pytest.fixture
async def served(app):
    """The app (started by the `app` fixture) served by uvicorn on a free loopback port."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn signals start by a flag only
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@pytest.fixture
async def client(served):
    async with httpx.AsyncClient(base_url=served, timeout=30) as http:
        yield GraphQLClient(http)


async def _streaming(url: str, token: str) -> Subscription:
    socket = await Subscription(url, token).__aenter__()
    await socket.subscribe(STREAM, op_id="live")
    await asyncio.sleep(0.2)  # the server starts the stream
    return socket


async def _close_code_within(socket: Subscription, seconds: float) -> tuple[int, float]:
    """The close code the server ends the socket with, and how long after the call it came."""
    started = time.monotonic()
    with pytest.raises(ConnectionClosed) as closed:
        while True:  # an error or complete for the stream may come before the close
            await asyncio.wait_for(socket.socket.recv(), seconds)
    return closed.value.rcvd.code, time.monotonic() - started


async def _refuses_new_subscriptions(socket: Subscription) -> None:
    with pytest.raises(ConnectionClosed):
        await socket.subscribe(STREAM, op_id="again")
        await asyncio.wait_for(socket.socket.recv(), 1)


async def _ends(socket: Subscription, change, expected_code: int) -> None:
    await change()
    code, after = await _close_code_within(socket, 1.0)
    assert code == expected_code
    assert after < 1.0
    await _refuses_new_subscriptions(socket)


async def test_logging_out_ends_that_sessions_sockets_only(client, served):
    signed = await client.register()
    other_device = (await client.data(LOGIN, {"e": signed["user"]["email"], "p": PASSWORD}))["login"]["accessToken"]
    here, there = await _streaming(served, signed["accessToken"]), await _streaming(served, other_device)
    await _ends(here, lambda: client.data("mutation{ logout }", token=signed["accessToken"]), 4401)
    assert await there.nothing_within(0.3)  # the other device's session goes on
    await there.__aexit__()


async def test_a_revoked_session_ends_its_sockets(client, served):
    signed = await client.register()
    phone = (await client.data(LOGIN, {"e": signed["user"]["email"], "p": PASSWORD}))["login"]["accessToken"]
    on_phone = await _streaming(served, phone)
    sessions = (await client.data(SESSIONS, token=signed["accessToken"]))["me"]["sessions"]
    (phone_session,) = [s["id"] for s in sessions if not s["current"]]
    await _ends(on_phone, lambda: client.data("mutation($id: ID!){ revokeSession(id: $id) }", {"id": phone_session},
                                              signed["accessToken"]), 4401)


async def test_changing_the_password_ends_every_socket_of_the_old_sign_ins(client, served):
    signed = await client.register()
    socket = await _streaming(served, signed["accessToken"])
    change = "mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n){ accessToken } }"
    fresh: dict = {}

    async def change_password() -> None:
        fresh.update((await client.data(change, {"c": PASSWORD, "n": "another long passphrase"}, signed["accessToken"]))
                     ["changePassword"])

    await _ends(socket, change_password, 4401)
    async with Subscription(served, fresh["accessToken"]) as afterwards:  # the new sign-in streams
        await afterwards.subscribe(STREAM)
        assert await afterwards.nothing_within(0.3)


async def test_resetting_the_password_from_a_mailed_link_ends_every_socket(client, served, app):
    """Whoever asked for the reset may not be the one holding the open sockets: a reset ends
    every sign-in, live ones included, just as a change of password does."""
    signed = await client.register()
    phone = (await client.data(LOGIN, {"e": signed["user"]["email"], "p": PASSWORD}))["login"]["accessToken"]
    sockets = [await _streaming(served, signed["accessToken"]), await _streaming(served, phone)]
    await client.data("mutation($e: String!){ requestPasswordReset(email: $e) }", {"e": signed["user"]["email"]})
    (message,) = await mailed(app, signed["user"]["id"], "Reset your password")
    reset = "mutation($t: String!, $p: String!){ resetPassword(token: $t, newPassword: $p) }"
    await _ends(sockets[0], lambda: client.data(reset, {"t": link_token(message), "p": "a whole new password"}), 4401)
    code, after = await _close_code_within(sockets[1], 1.0)
    assert (code, after < 1.0) == (4401, True)


async def test_suspension_ends_every_socket_with_4403(client, served, app):
    signed = await client.register()
    await app.state.services.accounts.create_admin("ops@example.com", "Ops", "admin password long enough")
    admin = (await client.data(LOGIN, {"e": "ops@example.com", "p": "admin password long enough"}))["login"]["accessToken"]
    sockets = [await _streaming(served, signed["accessToken"]) for _ in range(2)]
    suspend = "mutation($id: ID!){ adminSuspendUser(id: $id){ suspended } }"
    await _ends(sockets[0], lambda: client.data(suspend, {"id": signed["user"]["id"]}, admin), 4403)
    code, after = await _close_code_within(sockets[1], 1.0)
    assert (code, after < 1.0) == (4403, True)


async def test_deleting_the_account_ends_its_sockets(client, served):
    signed = await client.register()
    socket = await _streaming(served, signed["accessToken"])
    await _ends(socket, lambda: client.data("mutation($p: String!){ deleteAccount(password: $p) }", {"p": PASSWORD},
                                            signed["accessToken"]), 4401)


async def test_a_subscribe_after_the_session_ended_unannounced_is_refused(client, served, app):
    """The sign-in ends without its event reaching this socket (an event lost between
    replicas, say): the next subscribe checks, and ends the socket instead of starting."""
    signed = await client.register()
    socket = await _streaming(served, signed["accessToken"])
    sessions = app.state.services.repositories.sessions
    (session,) = await sessions.list_for_user(raw_id(signed["user"]["id"]))
    await sessions.revoke(session.id, session.created_at, "revoked behind the socket's back")  # no event
    await socket.subscribe(STREAM, op_id="after")
    code, _ = await _close_code_within(socket, 1.0)
    assert code == 4401


async def test_the_older_graphql_ws_protocol_ends_with_the_session_too(client, served):
    signed = await client.register()
    url = served.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-ws"], open_timeout=10) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {signed['accessToken']}"}}))
        assert json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] == "connection_ack"
        await socket.send(json.dumps({"type": "start", "id": "1", "payload": {"query": STREAM}}))
        await asyncio.sleep(0.2)
        await client.data("mutation{ logout }", token=signed["accessToken"])
        started = time.monotonic()
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(socket.recv(), 1.0)
        assert closed.value.rcvd.code == 4401
        assert time.monotonic() - started < 1.0
