"""An ID token a Cognito user got before the account's link was ended still carries the account's
address until it expires (an hour), but signs in to it no more: an administrator moves the account
to another Cognito user (adminUnlinkIdentity), and the old user's tokens from before, refreshed ones
too, are refused with UNAUTHENTICATED and a message saying to sign in with Cognito again; a sign-in
made after the unlink links. The same after a password change. Real RS256 tokens, verified by the
real CognitoVerifier against the JWKS of a local key (served on a loopback port, where a local
stand-in for Cognito serves it: CognitoVerifier's endpoint_url); the embedded backend, over HTTP."""
from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.auth.cognito import CognitoVerifier
from tests.account_helpers import ME, link_token, mailed
from tests.admin_helpers import admin_token

UNLINK = "mutation($id: ID!){ adminUnlinkIdentity(id: $id){ unlinkedIdentity } }"
VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"
CHANGE_PASSWORD = ("mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n)"
                   " { accessToken } }")
PASSWORD = "correct horse battery staple"
REGION, POOL_ID, CLIENT = "eu-west-1", "eu-west-1_unlinks", "web-client"
ISSUER = f"https://cognito-idp.{REGION}.amazonaws.com/{POOL_ID}"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
KID = uuid.uuid4().hex


class _Jwks(BaseHTTPRequestHandler):
    """Cognito's /<pool>/.well-known/jwks.json, with the local key's public half."""

    def do_GET(self) -> None:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key()))
        found = self.path == f"/{POOL_ID}/.well-known/jwks.json"
        body = json.dumps({"keys": [{**jwk, "kid": KID, "alg": "RS256", "use": "sig"}]}).encode()
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body if found else b"{}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def jwks_endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Jwks)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def replace_adapters(jwks_endpoint):
    verifier = CognitoVerifier(REGION, POOL_ID, CLIENT, endpoint_url=jwks_endpoint)
    return lambda adapters: replace(adapters, accounts=replace(adapters.accounts, cognito=verifier))


def id_token(subject: str, email: str, *, signed_in: int, issued: int | None = None) -> str:
    """An ID token as Cognito makes it: `auth_time` the password sign-in, `iat` this token's making
    (later for one refreshed from a refresh token)."""
    issued = signed_in if issued is None else issued
    claims = {"iss": ISSUER, "sub": subject, "aud": CLIENT, "token_use": "id", "email": email,
              "email_verified": True, "auth_time": signed_in, "iat": issued, "exp": issued + 3600}
    return jwt.encode(claims, KEY, algorithm="RS256", headers={"kid": KID})


async def _verified_candidate(client, app) -> tuple[str, dict]:
    token, person = await client.candidate()
    (message,) = await mailed(app, person["id"], "Confirm your email address")
    assert (await client.data(VERIFY, {"t": link_token(message)}, token))["verifyEmail"] is True
    return token, person


async def _refusal(client, token: str) -> dict:
    body = await client.execute(ME, token=token)
    assert body.get("data") in (None, {"me": None}), body
    (error,) = body["errors"]
    return error


async def _a_second_later() -> int:
    """The first whole second after now: a token's times are whole seconds, and one made in the
    second of the unlink is not after it."""
    await asyncio.sleep(1 - time.time() % 1 + 0.01)
    return int(time.time())


async def test_the_old_users_tokens_from_before_an_unlink_are_refused_and_a_fresh_sign_in_links(client, app):
    admin, _ = await admin_token(app, client)
    _, owner = await _verified_candidate(client, app)
    signed_in = int(time.time()) - 60
    old = id_token("old-sub", owner["email"], signed_in=signed_in)
    assert (await client.data(ME, token=old))["me"]["id"] == owner["id"]  # linked by the address

    moved = (await client.data(UNLINK, {"id": owner["id"]}, admin))["adminUnlinkIdentity"]
    assert moved == {"unlinkedIdentity": f"{ISSUER}#old-sub"}
    refreshed = id_token("old-sub", owner["email"], signed_in=signed_in, issued=int(time.time()))
    for earlier in (old, refreshed):
        error = await _refusal(client, earlier)
        assert error["extensions"]["code"] == "UNAUTHENTICATED"
        assert "sign in with Cognito again" in error["message"]
        assert "before the account's Cognito link was ended" in error["message"]

    fresh = id_token("new-sub", owner["email"], signed_in=await _a_second_later())
    assert (await client.data(ME, token=fresh))["me"]["id"] == owner["id"]
    assert (await _refusal(client, old))["extensions"]["code"] == "UNAUTHENTICATED"  # now: another user's link


async def test_after_a_password_change_the_owners_earlier_token_is_refused_and_a_fresh_one_links(client, app):
    token, owner = await _verified_candidate(client, app)
    before = id_token("owner-sub", owner["email"], signed_in=int(time.time()) - 60)
    assert (await client.data(ME, token=before))["me"]["id"] == owner["id"]
    changed = await client.data(CHANGE_PASSWORD, {"c": PASSWORD, "n": "another horse battery staple"}, token)
    assert changed["changePassword"]["accessToken"]

    error = await _refusal(client, before)
    assert error["extensions"]["code"] == "UNAUTHENTICATED" and "sign in with Cognito again" in error["message"]
    fresh = id_token("owner-sub", owner["email"], signed_in=await _a_second_later())
    assert (await client.data(ME, token=fresh))["me"]["id"] == owner["id"]


async def test_an_unlink_of_an_account_with_no_link_still_refuses_a_sign_in_made_before_it(client, app):
    """Support ends the ways in before the old Cognito user's first sign-in reaches the gateway:
    nothing was linked yet, and a token from a sign-in made before the unlink still links nothing."""
    admin, _ = await admin_token(app, client)
    _, owner = await _verified_candidate(client, app)
    before = id_token("old-sub", owner["email"], signed_in=int(time.time()) - 60)

    moved = (await client.data(UNLINK, {"id": owner["id"]}, admin))["adminUnlinkIdentity"]
    assert moved == {"unlinkedIdentity": None}
    error = await _refusal(client, before)
    assert error["extensions"]["code"] == "UNAUTHENTICATED" and "sign in with Cognito again" in error["message"]
    fresh = id_token("new-sub", owner["email"], signed_in=await _a_second_later())
    assert (await client.data(ME, token=fresh))["me"]["id"] == owner["id"]
