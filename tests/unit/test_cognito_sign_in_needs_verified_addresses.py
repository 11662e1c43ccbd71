"""A Cognito token is mapped to an account by its email: only where both Cognito and the account
say the address is verified, so an address an account gave up (and someone else registered) does
not carry the first person's Cognito sign-in to the newcomer."""
from __future__ import annotations

import pytest

from domain.errors import Unauthenticated
from gateway.auth.cognito import CognitoIdentity
from gateway.auth.identity import IdentityResolver
from tests.fakes.accounts import FakeUsers
from tests.integration.contract.repository_backends import START, a_user


class StubCognito:
    def __init__(self, email: str, email_verified: bool = True) -> None:
        self.email, self.email_verified = email, email_verified

    def issued_here(self, token: str) -> bool:
        return True

    async def verify(self, token: str) -> CognitoIdentity:
        return CognitoIdentity(subject="cognito-sub-of-ada", email=self.email, token_use="id",
                               email_verified=self.email_verified)


def _resolver(users: FakeUsers, cognito: StubCognito) -> IdentityResolver:
    return IdentityResolver(None, users, None, cognito)  # type: ignore[arg-type]


async def test_an_address_given_up_and_registered_again_does_not_get_the_old_cognito_sign_in():
    users = FakeUsers()
    ada = a_user(email="ada@example.org").model_copy(update={"email_verified": True})
    await users.add(ada)
    resolver = _resolver(users, StubCognito("ada@example.org"))
    assert (await resolver.from_token("t")).id == ada.id
    await users.change_email(ada.id, "ada.new@example.org", replacing="ada@example.org", now=START)
    await users.add(a_user(email="ada@example.org"))  # registered, not verified
    with pytest.raises(Unauthenticated, match="verified"):
        await resolver.from_token("t")


async def test_a_cognito_address_cognito_has_not_verified_signs_in_nobody():
    users = FakeUsers()
    await users.add(a_user(email="ada@example.org").model_copy(update={"email_verified": True}))
    with pytest.raises(Unauthenticated, match="verified"):
        await _resolver(users, StubCognito("ada@example.org", email_verified=False)).from_token("t")
