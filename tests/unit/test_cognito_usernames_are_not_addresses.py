"""A Cognito username is never taken for a verified email address: in a pool where people
choose their usernames, anyone could sign up as someone else's address and be signed in as
them. Only an ID token's `email` (with Cognito's `email_verified`) names the person (at a first
sign-in; an unlinked token without one is refused: test_cognito_sign_in_needs_verified_addresses)."""
from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from domain.errors import Unauthenticated
from gateway.auth.cognito import CognitoVerifier

_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_POOL, _CLIENT = "us-east-1_pool", "web-client"


class _Key:
    key = _KEY.public_key()


class _Jwks:
    def get_signing_key_from_jwt(self, token: str) -> _Key:
        return _Key()


def _verifier() -> CognitoVerifier:
    verifier = CognitoVerifier("us-east-1", _POOL, _CLIENT)
    verifier._jwks = _Jwks()  # type: ignore[assignment]
    return verifier


def _token(**claims: object) -> str:
    base = {"iss": f"https://cognito-idp.us-east-1.amazonaws.com/{_POOL}", "sub": "sub-of-mallory",
            "iat": int(time.time()), "exp": int(time.time()) + 300}
    return jwt.encode({**base, **claims}, _KEY, algorithm="RS256", headers={"kid": "k"})


async def test_an_access_token_whose_username_looks_like_an_address_names_no_address():
    token = _token(token_use="access", client_id=_CLIENT, username="victim@example.com")
    identity = await _verifier().verify(token)
    assert (identity.email, identity.email_verified, identity.subject) == (None, False, "sub-of-mallory")


async def test_an_id_token_without_an_email_claim_names_no_address_even_with_an_address_for_a_username():
    token = _token(token_use="id", aud=_CLIENT, **{"cognito:username": "victim@example.com"},
                   username="victim@example.com")
    identity = await _verifier().verify(token)
    assert (identity.email, identity.email_verified) == (None, False)


async def test_an_access_token_for_another_app_client_is_refused():
    with pytest.raises(Unauthenticated, match="another app client"):
        await _verifier().verify(_token(token_use="access", client_id="someone-elses-client"))


async def test_an_id_token_with_a_verified_email_names_it():
    identity = await _verifier().verify(_token(token_use="id", aud=_CLIENT, email="ada@example.com",
                                               email_verified=True))
    assert (identity.email, identity.email_verified) == ("ada@example.com", True)


async def test_an_id_token_whose_email_cognito_has_not_verified_is_not_verified():
    identity = await _verifier().verify(_token(token_use="id", aud=_CLIENT, email="ada@example.com",
                                               email_verified="false"))
    assert identity.email_verified is False
