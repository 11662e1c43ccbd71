"""A Cognito user linked to an account (at its first sign-in, by the verified address) stops
signing in to it when the account's ways in end: an undone address change (the link may be the
thief's, made to the address they changed to), a password reset, a password change. The owner's
own Cognito user links again by the address at its next sign-in. Cognito's token verification is
stubbed at the edge (no Cognito here: tests/integration/aws/test_cognito_tokens.py signs real
tokens against moto); everything behind it is the embedded backend, over HTTP."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from gateway.auth.cognito import CognitoIdentity
from tests.account_helpers import ME, link_token, mailed

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
UNDO = "mutation($t: String!){ undoEmailChange(token: $t) }"
CHANGE_PASSWORD = ("mutation($c: String!, $n: String!){ changePassword(currentPassword: $c, newPassword: $n)"
                   " { accessToken } }")
POOL = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_pool"


class StubCognitoVerifier:
    """Stands in for CognitoVerifier: a token "cognito:<sub>:<email or ->" names that user, signed
    in to Cognito as it is sent (a fresh sign-in each time; test_cognito_tokens_from_before_an_unlink.py
    signs real tokens with their own sign-in times)."""

    issuer = POOL

    def issued_here(self, token: str) -> bool:
        return token.startswith("cognito:")

    async def verify(self, token: str) -> CognitoIdentity:
        _, subject, email = token.split(":", 2)
        return CognitoIdentity(subject=subject, email=None if email == "-" else email,
                               token_use="access" if email == "-" else "id", email_verified=True, issuer=POOL,
                               signed_in_at=datetime.now(UTC))


def with_cognito(adapters):
    return replace(adapters, accounts=replace(adapters.accounts, cognito=StubCognitoVerifier()))


async def _me(client, token: str) -> dict:
    return await client.execute(ME, token=token)


@pytest.mark.parametrize("replace_adapters", [with_cognito])
async def test_an_undone_change_ends_the_link_whoever_made_it(client, app):
    token, owner = await client.candidate()
    assert (await client.data(REQUEST, {"e": "thief@example.org", "p": PASSWORD}, token))
    (confirm,) = await mailed(app, owner["id"], "Confirm your new email address")
    assert (await client.data(CONFIRM, {"t": link_token(confirm)}))["confirmEmailChange"] is True
    thief_id, thief_access = "cognito:thief-sub:thief@example.org", "cognito:thief-sub:-"
    assert (await _me(client, thief_id))["data"]["me"]["id"] == owner["id"]  # linked by thief@
    assert (await _me(client, thief_access))["data"]["me"]["id"] == owner["id"]

    (notice,) = [m for m in await mailed(app, owner["id"], "Your email address was changed")
                 if m["recipient"] == owner["email"]]
    assert (await client.data(UNDO, {"t": link_token(notice)}))["undoEmailChange"] is True
    for thief_token in (thief_access, thief_id):
        refused = await _me(client, thief_token)
        assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("replace_adapters", [with_cognito])
async def test_a_password_change_ends_the_link_and_the_owners_cognito_links_again(client, app):
    token, owner = await client.candidate()
    await _verify(client, app, owner, token)
    owners_cognito = f"cognito:owner-sub:{owner['email']}"
    assert (await _me(client, owners_cognito))["data"]["me"]["id"] == owner["id"]
    new = (await client.data(CHANGE_PASSWORD, {"c": PASSWORD, "n": "another horse battery staple"}, token))
    assert new["changePassword"]["accessToken"]
    assert "errors" in await _me(client, "cognito:owner-sub:-")  # unlinked: an access token names no one
    assert (await _me(client, owners_cognito))["data"]["me"]["id"] == owner["id"]  # links again


async def _verify(client, app, person: dict, token: str) -> None:
    (message,) = await mailed(app, person["id"], "Confirm your email address")
    assert (await client.data("mutation($t: String!){ verifyEmail(token: $t) }", {"t": link_token(message)},
                              token))["verifyEmail"] is True
