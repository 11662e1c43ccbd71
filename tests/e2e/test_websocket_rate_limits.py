"""Over a websocket, every operation takes from the caller's request bucket as over HTTP, and
every `login` from the same strict bucket: one socket is no way around either, and a login
refused for its limit is an answer with RATE_LIMITED (no error on the server's side)."""
from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import websockets

from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription

PASSWORD = "correct horse battery staple"
SENSITIVE_LIMIT = 10


SPELLINGS = {
    "plain": 'mutation {{ login(email: "{email}", password: "{password}") {{ accessToken }} }}',
    "inline fragment": 'mutation {{ ... on Mutation {{ login(email: "{email}", password: "{password}") {{ accessToken }} }} }}',
}


def _login(email: str, password: str, spelling: str = "inline fragment") -> str:
    return SPELLINGS[spelling].format(email=email, password=password)


async def _answer(socket: Subscription, op_id: str, query: str) -> dict:
    """The operation's result: {"data": ..., "errors": [...]} from its `next` or `error` message."""
    await socket.subscribe(query, op_id=op_id)
    while True:
        message = await socket.next()
        if message.get("id") != op_id:
            continue
        if message["type"] == "error":
            return {"data": None, "errors": message["payload"]}
        if message["type"] == "next":
            return message["payload"]
        raise AssertionError(f"unexpected message {message}")


def _codes(answer: dict) -> list[str]:
    return [error["extensions"]["code"] for error in answer.get("errors") or []]


@pytest.fixture
def limited_gateway(tmp_path, request):
    server = GatewayProcess(tmp_path / "data", env={
        "TALENTGRAPH_RATE_LIMITS": "on",
        "TALENTGRAPH_RATE_LIMIT_DEFAULT": f"{request.param}/3600",
        "TALENTGRAPH_RATE_LIMIT_SENSITIVE": f"{SENSITIVE_LIMIT}/3600",
    })
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("spelling", list(SPELLINGS))
@pytest.mark.parametrize("limited_gateway", [1000], indirect=True)
async def test_sixty_logins_over_a_websocket_are_limited_and_then_the_right_password_is_refused(limited_gateway, spelling):
    email = "guessed@example.com"
    async with httpx.AsyncClient(base_url=limited_gateway.url) as http:
        registered = (await http.post("/graphql", json={"query": (
            f'mutation {{ register(input: {{email: "{email}", password: "{PASSWORD}", name: "Guessed",'
            f' role: CANDIDATE}}) {{ accessToken }} }}')})).json()
    assert registered["data"]["register"]["accessToken"]

    async with Subscription(limited_gateway.url, None) as socket:
        codes = []
        for n in range(60):
            answer = await _answer(socket, f"guess-{n}", _login(email, "wrong password, again", spelling))
            assert not (answer.get("data") or {}).get("login")
            codes += _codes(answer)
        final = await _answer(socket, "right", _login(email, PASSWORD, spelling))

    assert codes == ["UNAUTHENTICATED"] * SENSITIVE_LIMIT + ["RATE_LIMITED"] * (60 - SENSITIVE_LIMIT)
    assert _codes(final) == ["RATE_LIMITED"] and not (final.get("data") or {}).get("login")
    log = limited_gateway.log.read_text()
    assert "AttributeError" not in log and "Traceback" not in log


@pytest.mark.parametrize("limited_gateway", [50], indirect=True)
async def test_a_flood_of_queries_over_one_anonymous_websocket_is_limited_like_http(limited_gateway):
    async with Subscription(limited_gateway.url, None) as socket:
        answers = [await _answer(socket, f"q{n}", "{ __typename }") for n in range(120)]
    served = [a for a in answers if (a.get("data") or {}).get("__typename") == "Query"]
    refused = [a for a in answers if _codes(a) == ["RATE_LIMITED"]]
    assert len(served) == 50 and len(refused) == 70
    assert all(a["errors"][0]["extensions"]["retryAfter"] >= 1 for a in refused)
    # The same bucket as the caller's HTTP requests: empty there too.
    async with httpx.AsyncClient(base_url=limited_gateway.url) as http:
        assert (await http.post("/graphql", json={"query": "{ __typename }"})).status_code == 429


@pytest.mark.parametrize("limited_gateway", [5], indirect=True)
async def test_subscriptions_over_the_budget_are_refused_too(limited_gateway):
    subscription = "subscription { matchFound { score } }"
    async with Subscription(limited_gateway.url, None) as socket:
        for n in range(5):
            await socket.subscribe("{ __typename }", op_id=f"q{n}")
        await socket.subscribe(subscription, op_id="s")
        while True:
            message = await socket.next()
            if message.get("id") == "s":
                break
    payload = message["payload"]
    errors = payload if isinstance(payload, list) else payload.get("errors")
    assert json.dumps(errors).count("RATE_LIMITED") == 1, message


@pytest.mark.parametrize("limited_gateway", [5], indirect=True)
async def test_the_legacy_graphql_ws_protocol_has_the_same_budget(limited_gateway):
    url = limited_gateway.url.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-ws"], open_timeout=10) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await asyncio.wait_for(socket.recv(), 10))["type"] == "connection_ack"
        outcomes = []
        for n in range(8):
            # graphql-ws carries subscriptions only; an anonymous one is answered at once.
            start = {"query": "subscription { resumeProcessed { id } }"}
            await socket.send(json.dumps({"id": f"q{n}", "type": "start", "payload": start}))
            while True:
                message = json.loads(await asyncio.wait_for(socket.recv(), 10))
                if message.get("id") == f"q{n}" and message["type"] in ("data", "error"):
                    break
            payload = message["payload"]
            # graphql-ws sends an `error` message's payload as one error, not a list.
            errors = [payload] if message["type"] == "error" else payload.get("errors")
            outcomes.append(errors[0]["extensions"]["code"] if errors else "served")
    assert outcomes == ["UNAUTHENTICATED"] * 5 + ["RATE_LIMITED"] * 3


@pytest.fixture
def cheap_gateway(tmp_path):
    server = GatewayProcess(tmp_path / "data", env={"TALENTGRAPH_MAX_COST": "50"})
    server.start()
    yield server
    server.stop()


async def test_a_subscription_over_the_maximum_cost_is_refused(cheap_gateway):
    costly = "subscription { applicationUpdated { job { organization { jobs(first: 100) { edges { node { id } } } } } } }"
    async with Subscription(cheap_gateway.url, None) as socket:
        answer = await _answer(socket, "s", costly)
    assert _codes(answer) == ["BAD_USER_INPUT"] and answer["errors"][0]["extensions"]["maximumCost"] == 50
