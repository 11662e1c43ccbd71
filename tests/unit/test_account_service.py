"""AccountService rules, with fakes standing in for the storage and crypto ports."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput, Conflict, Forbidden, Unauthenticated
from domain.services.accounts import AccountService, ClientInfo, Registration
from domain.users import Role
from tests.fakes.accounts import FakeHasher, FakeSessions, FakeTokens, FakeUsers, FixedClock, RecordingEventBus

CLIENT = ClientInfo(ip="127.0.0.1", device="pytest")


@pytest.fixture
def world():
    users, sessions, hasher, events, clock = FakeUsers(), FakeSessions(), FakeHasher(), RecordingEventBus(), FixedClock()
    service = AccountService(users, sessions, hasher, FakeTokens(), events, clock, refresh_token_days=30)
    return service, users, sessions, hasher, events, clock


def registration(**overrides):
    fields = dict(email="ada@example.com", password="long enough secret", name="Ada", role=Role.CANDIDATE)
    fields.update(overrides)
    return Registration(**fields)


async def test_registering_stores_a_hashed_password_and_publishes_an_event(world):
    service, users, _, _, events, _ = world
    signed = await service.register(registration(), CLIENT)
    stored = users.users[signed.user.id]
    assert stored.password_hash == "hashed:long enough secret"
    assert events.names() == ["UserRegistered"]
    assert signed.refresh_token and signed.access_token.startswith("access:")


async def test_an_employer_without_an_organization_name_is_refused_before_anything_is_stored(world):
    service, users, *_ = world
    with pytest.raises(BadUserInput, match="organizationName"):
        await service.register(registration(role=Role.EMPLOYER), CLIENT)
    assert users.users == {}


async def test_self_registration_as_admin_is_forbidden(world):
    service, *_ = world
    with pytest.raises(Forbidden):
        await service.register(registration(role=Role.ADMIN), CLIENT)


async def test_duplicate_emails_conflict_whatever_their_case(world):
    service, *_ = world
    await service.register(registration(), CLIENT)
    with pytest.raises(Conflict):
        await service.register(registration(email="ADA@example.com"), CLIENT)


async def test_an_unknown_email_costs_a_password_check_like_a_wrong_password(world):
    service, _, _, hasher, _, _ = world
    await service.register(registration(), CLIENT)
    with pytest.raises(Unauthenticated) as unknown:
        await service.login("nobody@example.com", "whatever at all", CLIENT)
    checks_for_unknown = hasher.verifications
    with pytest.raises(Unauthenticated) as wrong:
        await service.login("ada@example.com", "whatever at all", CLIENT)
    assert hasher.verifications - checks_for_unknown == checks_for_unknown == 1
    assert str(unknown.value) == str(wrong.value)


async def test_a_refresh_token_is_single_use_and_reuse_revokes_the_session(world):
    service, _, sessions, *_, clock = world
    signed = await service.register(registration(), CLIENT)
    rotated = await service.refresh(signed.refresh_token, CLIENT)
    clock.advance(seconds=10)  # past the grace window for two tabs refreshing at once
    with pytest.raises(Unauthenticated, match="already used"):
        await service.refresh(signed.refresh_token, CLIENT)
    assert sessions.sessions[signed.session_id].revoked_at is not None
    with pytest.raises(Unauthenticated):
        await service.refresh(rotated.refresh_token, CLIENT)


async def test_a_second_refresh_within_the_grace_window_gets_the_same_pair(world):
    service, _, sessions, *_, clock = world
    signed = await service.register(registration(), CLIENT)
    first = await service.refresh(signed.refresh_token, CLIENT)
    clock.advance(seconds=9)
    again = await service.refresh(signed.refresh_token, CLIENT)
    assert (again.access_token, again.refresh_token) == (first.access_token, first.refresh_token)
    assert sessions.sessions[signed.session_id].revoked_at is None


async def test_an_expired_session_cannot_be_refreshed(world):
    service, *_, clock = world
    signed = await service.register(registration(), CLIENT)
    clock.advance(days=31)
    with pytest.raises(Unauthenticated, match="ended"):
        await service.refresh(signed.refresh_token, CLIENT)


async def test_preferences_merge_and_validate(world):
    service, users, *_ = world
    signed = await service.register(registration(), CLIENT)
    user = await service.update_preferences(signed.user, {"min_salary": 50000, "currency": "gbp"})
    assert (user.preferences.min_salary, user.preferences.currency) == (50000, "GBP")
    with pytest.raises(BadUserInput, match="notifyMinScore"):
        await service.update_preferences(user, {"notify_min_score": -0.1})
    assert users.users[user.id].preferences.currency == "GBP"


@pytest.mark.parametrize("changes, field", [
    ({"locations": ["Belfast", "  "]}, "locations"),
    ({"locations": [""]}, "locations"),
    ({"desired_titles": [" "]}, "desiredTitles"),
])
async def test_a_blank_place_or_title_in_the_preferences_is_refused_and_nothing_stored(world, changes, field):
    service, users, *_ = world
    signed = await service.register(registration(), CLIENT)
    with pytest.raises(BadUserInput, match=field):
        await service.update_preferences(signed.user, changes)
    stored = users.users[signed.user.id].preferences
    assert (stored.locations, stored.desired_titles) == ([], [])


async def test_a_remote_policy_or_employment_type_sent_twice_is_kept_once(world):
    """Titles and places were kept once each; the two lists of kinds were stored as sent, so
    a client that appended a ticked box again showed (and weighed) it twice."""
    from domain.jobs import EmploymentType, RemotePolicy

    service, users, *_ = world
    signed = await service.register(registration(), CLIENT)
    user = await service.update_preferences(signed.user, {
        "remote": [RemotePolicy.REMOTE, RemotePolicy.HYBRID, RemotePolicy.REMOTE],
        "employment_types": [EmploymentType.PART_TIME, EmploymentType.PART_TIME],
    })
    assert user.preferences.remote == [RemotePolicy.REMOTE, RemotePolicy.HYBRID]
    assert users.users[user.id].preferences.employment_types == [EmploymentType.PART_TIME]


async def test_a_null_notify_min_score_says_to_leave_it_out(world):
    service, users, *_ = world
    signed = await service.register(registration(), CLIENT)
    with pytest.raises(BadUserInput, match="cannot be null") as refused:
        await service.update_preferences(signed.user, {"notify_min_score": None})
    assert "leave it out" in str(refused.value)
