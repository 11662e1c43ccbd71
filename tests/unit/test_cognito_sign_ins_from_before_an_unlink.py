"""A Cognito ID token from a sign-in made before the account's link was last ended (an
administrator's unlink, a password reset or change, an undone address change) still carries the
address for up to its hour, but links the account no more: refused with a message saying to sign
in with Cognito again; a later sign-in links. The sign-in's moment is the token's `auth_time`, so a
token refreshed after the unlink (new `iat`, first `auth_time`) is refused too. The identity
resolver over the fake repository (the contract runs the same rule on SQLite and DynamoDB:
tests/integration/contract/test_external_identity_contract.py), and the verifier over tokens
signed with a local key."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from domain.errors import Unauthenticated
from domain.users import User
from gateway.auth.cognito import CognitoIdentity, CognitoVerifier
from gateway.auth.identity import IdentityResolver
from tests.fakes.accounts import FakeUsers
from tests.integration.contract.repository_backends import START, a_user

POOL = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_pool"
UNLINKED = START + timedelta(hours=1)


class OneIdentity:
    """Stands in for CognitoVerifier: every token is this verified identity."""

    def __init__(self, signed_in_at: datetime, subject: str = "old-sub") -> None:
        self.identity = CognitoIdentity(subject=subject, email="ada@example.org", token_use="id",
                                        email_verified=True, issuer=POOL, signed_in_at=signed_in_at)

    def issued_here(self, token: str) -> bool:
        return True

    async def verify(self, token: str) -> CognitoIdentity:
        return self.identity


async def _sign_in(users: FakeUsers, signed_in_at: datetime, subject: str = "old-sub") -> User:
    resolver = IdentityResolver(None, users, None, OneIdentity(signed_in_at, subject))  # type: ignore[arg-type]
    return await resolver.from_token("t")


async def _unlinked_ada(users: FakeUsers, *, linked_first: bool = True) -> User:
    ada = a_user(email="ada@example.org").model_copy(update={"email_verified": True})
    await users.add(ada)
    if linked_first:
        await _sign_in(users, START)
    await users.unlink_external_identity(ada.id, UNLINKED)
    return ada


@pytest.mark.parametrize("signed_in_at", [START, UNLINKED], ids=["before", "at the unlink"])
async def test_a_token_from_a_sign_in_before_the_unlink_is_refused_and_links_nothing(signed_in_at):
    users = FakeUsers()
    ada = await _unlinked_ada(users)
    with pytest.raises(Unauthenticated, match="sign in with Cognito again") as refused:
        await _sign_in(users, signed_in_at)
    assert "before the account's Cognito link was ended" in str(refused.value)
    assert await users.external_identity_of(ada.id) is None


async def test_a_sign_in_after_the_unlink_links_whoever_it_is():
    users = FakeUsers()
    ada = await _unlinked_ada(users)
    just_after = UNLINKED + timedelta(seconds=1)
    assert (await _sign_in(users, just_after, subject="new-sub")).id == ada.id
    assert await users.external_identity_of(ada.id) == f"{POOL}#new-sub"
    # Linked now: a token of the new user is found by its link, whatever its sign-in time.
    assert (await _sign_in(users, START, subject="new-sub")).id == ada.id


async def test_an_unlink_with_no_link_still_refuses_earlier_sign_ins():
    # A password reset ends the ways in whether or not a link was made yet.
    users = FakeUsers()
    await _unlinked_ada(users, linked_first=False)
    with pytest.raises(Unauthenticated, match="sign in with Cognito again"):
        await _sign_in(users, START)


async def test_another_users_link_keeps_its_own_message():
    users = FakeUsers()
    await _unlinked_ada(users)
    await _sign_in(users, UNLINKED + timedelta(seconds=1), subject="new-sub")
    with pytest.raises(Unauthenticated, match="linked to another Cognito user"):
        await _sign_in(users, UNLINKED + timedelta(seconds=2), subject="third-sub")


_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_POOL_ID, _CLIENT = "us-east-1_pool", "web-client"


class _Jwks:
    class _Key:
        key = _KEY.public_key()

    def get_signing_key_from_jwt(self, token: str) -> _Key:
        return self._Key()


def _verifier() -> CognitoVerifier:
    verifier = CognitoVerifier("us-east-1", _POOL_ID, _CLIENT)
    verifier._jwks = _Jwks()  # type: ignore[assignment]
    return verifier


def _id_token(**claims: object) -> str:
    base = {"iss": f"https://cognito-idp.us-east-1.amazonaws.com/{_POOL_ID}", "sub": "sub-of-ada", "aud": _CLIENT,
            "token_use": "id", "email": "ada@example.org", "email_verified": True, "exp": int(time.time()) + 300}
    return jwt.encode({**base, **claims}, _KEY, algorithm="RS256", headers={"kid": "k"})


def _moment(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


async def test_the_sign_in_is_the_tokens_auth_time_so_a_refreshed_token_keeps_the_first():
    now = int(time.time())
    refreshed = await _verifier().verify(_id_token(iat=now, auth_time=now - 3000))
    assert refreshed.signed_in_at == _moment(now - 3000)


async def test_without_auth_time_the_sign_in_is_the_issue_time_and_never_later_than_it():
    now = int(time.time())
    assert (await _verifier().verify(_id_token(iat=now - 5))).signed_in_at == _moment(now - 5)
    assert (await _verifier().verify(_id_token(iat=now - 5, auth_time=now))).signed_in_at == _moment(now - 5)
    assert (await _verifier().verify(_id_token(iat=now - 5, auth_time="soon"))).signed_in_at == _moment(now - 5)
    assert (await _verifier().verify(_id_token(iat=now, auth_time=-10**30))).signed_in_at == _moment(0)
    # A fractional auth_time is still the sign-in's moment, not a reason to fall back to `iat`.
    assert (await _verifier().verify(_id_token(iat=now, auth_time=now - 3000.5))).signed_in_at == _moment(now - 3001)


async def test_a_token_without_an_issue_time_is_refused():
    with pytest.raises(Unauthenticated, match="not valid"):
        await _verifier().verify(_id_token(auth_time=int(time.time())))
