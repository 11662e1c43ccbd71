"""Cognito-issued JWTs (moto's cognito-idp signs real RS256 tokens and serves its JWKS)
are accepted beside the built-in tokens: a Cognito user's first sign-in finds the account with
the same (verified) email and links it to that user, who signs in to it from then on."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import jwt
import pytest

from domain.errors import Unauthenticated
from domain.users import Role, User

PASSWORD = "Correct-Horse-9-battery"


@pytest.fixture
async def pool(aws_clients):
    cognito = await aws_clients.get("cognito-idp")
    pool_id = (await cognito.create_user_pool(PoolName=f"tg-{uuid.uuid4().hex[:8]}",
                                              UsernameAttributes=["email"]))["UserPool"]["Id"]
    client_id = (await cognito.create_user_pool_client(
        UserPoolId=pool_id, ClientName="web", ExplicitAuthFlows=["ADMIN_NO_SRP_AUTH"],
        ReadAttributes=["email", "email_verified"]))["UserPoolClient"]["ClientId"]

    async def sign_in(email: str) -> dict:
        await cognito.admin_create_user(UserPoolId=pool_id, Username=email,
                                        UserAttributes=[{"Name": "email", "Value": email},
                                                        {"Name": "email_verified", "Value": "true"}])
        await cognito.admin_set_user_password(UserPoolId=pool_id, Username=email, Password=PASSWORD, Permanent=True)
        return (await cognito.admin_initiate_auth(
            UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_NO_SRP_AUTH",
            AuthParameters={"USERNAME": email, "PASSWORD": PASSWORD}))["AuthenticationResult"]

    return pool_id, client_id, sign_in


@pytest.fixture
async def resolver_for(tmp_path, moto_endpoint):
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.sessions import SqliteSessionRepository
    from adapters.embedded.sqlite.users import SqliteUserRepository
    from domain.clock import SystemClock
    from gateway.auth.cognito import CognitoVerifier
    from gateway.auth.identity import IdentityResolver
    from gateway.auth.tokens import JwtAccessTokens

    db = Database(tmp_path / "users.sqlite3")
    await db.open()
    users = SqliteUserRepository(db)

    async def make(pool_id: str, client_id: str, *emails: str) -> IdentityResolver:
        for email in emails:
            await users.add(User(id=uuid.uuid4().hex, email=email, name="Ada", role=Role.CANDIDATE,
                                 password_hash="x", created_at=datetime.now(UTC), email_verified=True))
        tokens = JwtAccessTokens("s" * 48, "talentgraph", "talentgraph-api", timedelta(minutes=5), SystemClock())
        verifier = CognitoVerifier("us-east-1", pool_id, client_id, endpoint_url=moto_endpoint)
        return IdentityResolver(tokens, users, SqliteSessionRepository(db), cognito=verifier)

    yield make
    await db.close()


async def test_a_cognito_id_token_signs_in_the_account_with_its_email(pool, resolver_for):
    pool_id, client_id, sign_in = pool
    resolver = await resolver_for(pool_id, client_id, "ada@example.com")
    tokens = await sign_in("ada@example.com")
    user = await resolver.from_authorization(f"Bearer {tokens['IdToken']}")
    assert user.email == "ada@example.com"


async def test_a_cognito_user_without_an_account_here_is_told_to_register(pool, resolver_for):
    pool_id, client_id, sign_in = pool
    resolver = await resolver_for(pool_id, client_id)
    tokens = await sign_in("stranger@example.com")
    with pytest.raises(Unauthenticated, match="register"):
        await resolver.from_token(tokens["IdToken"])


async def test_a_token_from_the_pool_for_another_app_client_is_refused(pool, resolver_for, aws_clients):
    pool_id, client_id, sign_in = pool
    other = (await (await aws_clients.get("cognito-idp")).create_user_pool_client(
        UserPoolId=pool_id, ClientName="other"))["UserPoolClient"]["ClientId"]
    resolver = await resolver_for(pool_id, other, "ada@example.com")
    tokens = await sign_in("ada@example.com")
    with pytest.raises(Unauthenticated):
        await resolver.from_token(tokens["IdToken"])


async def test_a_token_with_the_pools_issuer_but_a_forged_signature_is_refused(pool, resolver_for):
    pool_id, client_id, _ = pool
    resolver = await resolver_for(pool_id, client_id, "ada@example.com")
    forged = jwt.encode({"iss": f"https://cognito-idp.us-east-1.amazonaws.com/{pool_id}", "sub": "x",
                         "token_use": "id", "aud": client_id, "email": "ada@example.com",
                         "exp": int(datetime.now(UTC).timestamp()) + 300},
                        "not-the-pools-key-" + "x" * 32, algorithm="HS256", headers={"kid": "dummy"})
    with pytest.raises(Unauthenticated):
        await resolver.from_token(forged)


async def test_built_in_tokens_still_go_to_the_built_in_verifier(pool, resolver_for):
    pool_id, client_id, _ = pool
    resolver = await resolver_for(pool_id, client_id)
    with pytest.raises(Unauthenticated, match="sign in again"):
        await resolver.from_token("not.a.jwt")


async def test_a_cognito_access_token_is_refused_with_a_request_for_the_id_token(pool, resolver_for):
    # An access token carries no verified address (at most a username, which in some pools
    # people choose freely): it names no one here.
    pool_id, client_id, sign_in = pool
    resolver = await resolver_for(pool_id, client_id, "ada@example.com")
    tokens = await sign_in("ada@example.com")
    with pytest.raises(Unauthenticated, match="ID token"):
        await resolver.from_token(tokens["AccessToken"])


async def test_once_linked_the_access_token_and_a_new_cognito_address_sign_in_to_the_account(
        pool, resolver_for, aws_clients):
    pool_id, client_id, sign_in = pool
    resolver = await resolver_for(pool_id, client_id, "ada@example.com")
    first = await sign_in("ada@example.com")
    ada = await resolver.from_token(first["IdToken"])
    assert (await resolver.from_token(first["AccessToken"])).id == ada.id

    cognito = await aws_clients.get("cognito-idp")
    await cognito.admin_update_user_attributes(
        UserPoolId=pool_id, Username="ada@example.com",
        UserAttributes=[{"Name": "email", "Value": "ada@new-employer.example"},
                        {"Name": "email_verified", "Value": "true"}])
    again = (await cognito.admin_initiate_auth(
        UserPoolId=pool_id, ClientId=client_id, AuthFlow="ADMIN_NO_SRP_AUTH",
        AuthParameters={"USERNAME": "ada@new-employer.example", "PASSWORD": PASSWORD}))["AuthenticationResult"]
    assert jwt.decode(again["IdToken"], options={"verify_signature": False})["email"] == "ada@new-employer.example"
    assert (await resolver.from_token(again["IdToken"])).id == ada.id
