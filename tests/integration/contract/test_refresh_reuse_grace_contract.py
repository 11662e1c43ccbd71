"""Two tabs refreshing one session at once: both get the same new pair and the session lives
on; a rotated token coming back after the grace window still ends the session. The same
assertions on the embedded and the DynamoDB backends, racing truly concurrently."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.errors import Unauthenticated
from domain.refresh_tokens import RefreshTokenSuccessors
from domain.services.accounts import AccountService, ClientInfo, Registration
from domain.users import Role
from gateway.auth.tokens import JwtAccessTokens
from tests.fakes.accounts import FakeHasher, FixedClock, RecordingEventBus
from tests.integration.contract.repository_backends import (  # noqa: F401
    NO_GRACE,
    a_candidate,
    a_session,
    at,
    repositories,
)

GRACE = timedelta(seconds=10)
TAB = ClientInfo(ip="10.0.0.1", device="browser")


@pytest.fixture
def clock():
    return FixedClock()


@pytest.fixture
def accounts(repositories, clock):
    tokens = JwtAccessTokens("s" * 48, "talentgraph", "talentgraph-api", timedelta(minutes=15), clock)
    return AccountService(
        repositories.users, repositories.sessions, FakeHasher(), tokens, RecordingEventBus(), clock,
        successors=RefreshTokenSuccessors(b"k" * 32), refresh_reuse_grace=GRACE,
    )


async def signed_up(accounts):
    return await accounts.register(Registration("tabs@example.com", "correct horse battery", "Tabs", Role.CANDIDATE), TAB)


async def test_two_refreshes_of_one_token_at_once_get_the_same_pair_and_the_session_lives(accounts, repositories):
    signed = await signed_up(accounts)
    first, second = await asyncio.gather(
        accounts.refresh(signed.refresh_token, TAB), accounts.refresh(signed.refresh_token, TAB)
    )
    assert (first.access_token, first.refresh_token) == (second.access_token, second.refresh_token)
    assert first.refresh_token != signed.refresh_token
    assert (await repositories.sessions.get(signed.session_id)).revoked_at is None
    following = await accounts.refresh(first.refresh_token, TAB)  # the shared new token works
    assert following.session_id == signed.session_id


async def test_a_repeat_within_the_grace_window_gets_the_same_pair(accounts, clock):
    signed = await signed_up(accounts)
    first = await accounts.refresh(signed.refresh_token, TAB)
    clock.advance(seconds=9)
    again = await accounts.refresh(signed.refresh_token, TAB)
    assert (again.access_token, again.refresh_token) == (first.access_token, first.refresh_token)


async def test_reuse_after_the_grace_window_ends_the_session(accounts, repositories, clock):
    signed = await signed_up(accounts)
    rotated = await accounts.refresh(signed.refresh_token, TAB)
    clock.advance(seconds=10)
    with pytest.raises(Unauthenticated, match="already used"):
        await accounts.refresh(signed.refresh_token, TAB)
    assert (await repositories.sessions.get(signed.session_id)).revoked_at is not None
    with pytest.raises(Unauthenticated):
        await accounts.refresh(rotated.refresh_token, TAB)


async def test_racing_rotations_to_one_successor_both_answer_the_rotation_that_won(repositories):
    user = await a_candidate(repositories)
    session = a_session(user.id)
    await repositories.sessions.create(session, "shared")
    outcomes = await asyncio.gather(*(
        repositories.sessions.rotate("shared", "successor", at(1), None, GRACE) for _ in range(4)
    ))
    assert all(o is not None and o.session.id == session.id for o in outcomes)
    assert {o.rotated_at for o in outcomes} == {at(1)}
    assert await repositories.sessions.find_by_token("successor") == (await repositories.sessions.get(session.id), False)


async def test_a_repeat_naming_another_successor_or_a_revoked_session_is_refused(repositories):
    user = await a_candidate(repositories)
    session = a_session(user.id)
    await repositories.sessions.create(session, "shared")
    assert await repositories.sessions.rotate("shared", "successor", at(1), None, GRACE) is not None
    assert await repositories.sessions.rotate("shared", "another", at(1), None, GRACE) is None
    await repositories.sessions.revoke(session.id, at(1), "signed out")
    assert await repositories.sessions.rotate("shared", "successor", at(1), None, GRACE) is None


async def test_a_repeat_after_the_new_token_was_itself_used_ends_the_session(accounts, repositories):
    """Only the just-rotated token is forgiven: once the chain has moved on, an old token
    coming back is a copy."""
    signed = await signed_up(accounts)
    first = await accounts.refresh(signed.refresh_token, TAB)
    await accounts.refresh(first.refresh_token, TAB)
    with pytest.raises(Unauthenticated, match="already used"):
        await accounts.refresh(signed.refresh_token, TAB)
    assert (await repositories.sessions.get(signed.session_id)).revoked_at is not None
