"""A Cognito user's first sign-in finds the account by its email, only where both Cognito and the
account say the address is verified, and links the account to that Cognito user (pool and sub):
from then on that user signs in to it whatever address either side has, and no other Cognito user
does. So an address an account gave up (and someone else registered) does not carry the first
person's Cognito sign-in to the newcomer, and an address changed in Cognito keeps the account."""
from __future__ import annotations

from datetime import datetime

import pytest

from domain.errors import Unauthenticated
from domain.users import User
from gateway.auth.cognito import CognitoIdentity
from gateway.auth.identity import AccountSuspended, IdentityResolver
from tests.fakes.accounts import FakeUsers
from tests.integration.contract.repository_backends import START, a_user

POOL = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_pool"


class StubCognito:
    """Stands in for the JWKS-verified token (tests/integration/aws/test_cognito_tokens.py signs real ones)."""

    def __init__(self, email: str | None, email_verified: bool = True, subject: str = "cognito-sub-of-ada",
                 token_use: str = "id", signed_in_at: datetime = START) -> None:
        self.identity = CognitoIdentity(subject=subject, email=email, token_use=token_use,
                                        email_verified=email_verified, issuer=POOL, signed_in_at=signed_in_at)

    def issued_here(self, token: str) -> bool:
        return True

    async def verify(self, token: str) -> CognitoIdentity:
        return self.identity


async def _sign_in(users: FakeUsers, cognito: StubCognito) -> User:
    return await IdentityResolver(None, users, None, cognito).from_token("t")  # type: ignore[arg-type]


async def _ada(users: FakeUsers) -> User:
    ada = a_user(email="ada@example.org").model_copy(update={"email_verified": True})
    await users.add(ada)
    return ada


async def test_an_address_given_up_and_registered_again_does_not_get_the_old_cognito_sign_in():
    users = FakeUsers()
    ada = await _ada(users)
    assert (await _sign_in(users, StubCognito("ada@example.org"))).id == ada.id
    await users.change_email(ada.id, "ada.new@example.org", replacing="ada@example.org", now=START)
    newcomer = a_user(email="ada@example.org")
    await users.add(newcomer)  # registered, not verified
    assert (await _sign_in(users, StubCognito("ada@example.org"))).id == ada.id  # linked: still Ada
    with pytest.raises(Unauthenticated, match="verified"):  # another Cognito user with that address
        await _sign_in(users, StubCognito("ada@example.org", subject="someone-else"))
    await users.set_email_verified(newcomer.id)
    assert (await _sign_in(users, StubCognito("ada@example.org", subject="someone-else"))).id == newcomer.id


async def test_an_address_changed_in_cognito_keeps_the_account():
    users = FakeUsers()
    ada = await _ada(users)
    await _sign_in(users, StubCognito("ada@example.org"))
    assert (await _sign_in(users, StubCognito("ada@elsewhere.example", email_verified=False))).id == ada.id


async def test_an_access_token_signs_in_a_linked_user_only():
    users = FakeUsers()
    ada = await _ada(users)
    with pytest.raises(Unauthenticated, match="ID token"):
        await _sign_in(users, StubCognito(None, token_use="access"))
    await _sign_in(users, StubCognito("ada@example.org"))
    assert (await _sign_in(users, StubCognito(None, token_use="access"))).id == ada.id


async def test_an_account_linked_to_one_cognito_user_refuses_another():
    users = FakeUsers()
    await _ada(users)
    await _sign_in(users, StubCognito("ada@example.org"))
    with pytest.raises(Unauthenticated, match="linked to another Cognito user"):
        await _sign_in(users, StubCognito("ada@example.org", subject="a-second-cognito-user"))


async def test_the_same_subject_in_another_pool_is_another_user():
    users = FakeUsers()
    await _ada(users)
    await _sign_in(users, StubCognito("ada@example.org"))
    other_pool = StubCognito("ada@example.org")
    other_pool.identity = CognitoIdentity(subject="cognito-sub-of-ada", email="ada@example.org", token_use="id",
                                          email_verified=True, issuer=POOL + "-other", signed_in_at=START)
    with pytest.raises(Unauthenticated, match="linked to another Cognito user"):
        await _sign_in(users, other_pool)


async def test_a_cognito_address_cognito_has_not_verified_signs_in_nobody():
    users = FakeUsers()
    await _ada(users)
    with pytest.raises(Unauthenticated, match="verified"):
        await _sign_in(users, StubCognito("ada@example.org", email_verified=False))
    assert users.identities == {}  # nothing linked by a refused sign-in


async def test_a_suspended_linked_account_is_refused_and_stays_linked():
    users = FakeUsers()
    ada = await _ada(users)
    await _sign_in(users, StubCognito("ada@example.org"))
    users.users[ada.id] = users.users[ada.id].model_copy(update={"suspended": True})
    with pytest.raises(AccountSuspended):
        await _sign_in(users, StubCognito("ada@example.org"))
