"""The UserRepository, OrganizationRepository and SessionRepository contracts, the same
assertions on the embedded and the DynamoDB repositories and on the in-memory fakes the unit
tests use (tests/fakes/accounts.py)."""
from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from domain.errors import Conflict
from domain.users import Preferences, Role
from tests.fakes.accounts import FakeOrganizations, FakeSessions, FakeUsers
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    NO_GRACE,
    a_candidate,
    a_session,
    a_user,
    an_employer,
    an_organization,
    at,
    new_id,
    repositories_on,
)


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, organizations=FakeOrganizations(users), sessions=FakeSessions(users))
    return await repositories_on(request.param, database, aws_clients, aws_names)


async def test_get_many_answers_in_key_order_with_none_for_unknown_ids(repositories):
    first, second = await a_candidate(repositories), await a_candidate(repositories)
    found = await repositories.users.get_many([second.id, "nobody", first.id, second.id])
    assert [u.id if u else None for u in found] == [second.id, None, first.id, second.id]
    assert found[0] == second


async def test_get_many_of_more_than_a_hundred_users_keeps_key_order(repositories):
    people = [await a_candidate(repositories, minute=i) for i in range(130)]
    ids = [p.id for p in reversed(people)]
    ids[7:7] = ["missing-1"]
    ids.append("missing-2")
    found = await repositories.users.get_many(ids)
    assert [u.id if u else None for u in found] == [i if not i.startswith("missing") else None for i in ids]


async def test_a_second_account_with_the_same_email_is_a_conflict_and_not_stored(repositories):
    first = await a_candidate(repositories)
    twin = a_user(email=first.email)
    with pytest.raises(Conflict) as raised:
        await repositories.users.add(twin)
    assert raised.value.extensions == {"field": "email"}
    assert await repositories.users.get_many([twin.id]) == [None]


async def test_email_uniqueness_ignores_case(repositories):
    first = await a_candidate(repositories)
    with pytest.raises(Conflict):
        await repositories.users.add(a_user(email=first.email.upper()))
    assert (await repositories.users.get_by_email(first.email.upper())).id == first.id


async def test_a_conflicting_employer_leaves_no_organization_behind(repositories):
    taken = await a_candidate(repositories)
    organization = an_organization()
    employer = a_user(Role.EMPLOYER, email=taken.email, organization_id=organization.id)
    with pytest.raises(Conflict):
        await repositories.users.add(employer, organization)
    assert await repositories.organizations.get_many([organization.id]) == [None]


async def test_an_unknown_email_finds_nobody(repositories):
    assert await repositories.users.get_by_email("nobody@example.com") is None


async def test_an_employer_is_stored_with_their_organization_and_listed_as_a_member(repositories):
    employer, organization = await an_employer(repositories)
    colleague = a_user(Role.EMPLOYER, organization_id=organization.id, minute=5)
    await repositories.users.add(colleague)
    assert await repositories.organizations.get_many([organization.id, "none"]) == [organization, None]
    members = await repositories.users.members_of(["none", organization.id])
    assert [[u.id for u in group] for group in members] == [[], [employer.id, colleague.id]]


async def test_profile_updates_are_stored(repositories):
    user = await a_candidate(repositories)
    preferences = Preferences(desired_titles=["Data engineer"], min_salary=90000, notify_min_score=0.55)
    await repositories.users.update_preferences(user.id, preferences)
    await repositories.users.set_email_verified(user.id)
    await repositories.users.update_password(user.id, "new-hash")
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.preferences == preferences
    assert stored.email_verified and stored.password_hash == "new-hash" and stored.token_version == 0


async def test_replacing_a_password_ends_existing_tokens(repositories):
    user = await a_candidate(repositories)
    await repositories.users.replace_password(user.id, "another-hash")
    (stored,) = await repositories.users.get_many([user.id])
    assert (stored.password_hash, stored.token_version) == ("another-hash", 1)


async def test_updating_an_unknown_user_creates_nothing(repositories):
    await repositories.users.set_email_verified("ghost")
    assert await repositories.users.get_many(["ghost"]) == [None]


async def test_a_refresh_token_finds_its_session_until_it_is_used(repositories):
    user = await a_candidate(repositories)
    session = a_session(user.id)
    await repositories.sessions.create(session, "hash-1")
    assert await repositories.sessions.find_by_token("hash-1") == (session, False)
    assert await repositories.sessions.find_by_token("unknown") is None


async def test_rotation_spends_the_old_token_and_the_new_one_works(repositories):
    user = await a_candidate(repositories)
    session = a_session(user.id)
    await repositories.sessions.create(session, "hash-1")
    rotated = await repositories.sessions.rotate("hash-1", "hash-2", at(10), "10.0.0.2", NO_GRACE)
    assert rotated is not None and rotated.session.id == session.id
    assert await repositories.sessions.find_by_token("hash-1") == (await repositories.sessions.get(session.id), True)
    stored = await repositories.sessions.get(session.id)
    assert (stored.last_used_at, stored.ip) == (at(10), "10.0.0.2")
    assert (await repositories.sessions.rotate("hash-2", "hash-3", at(20), None, NO_GRACE)).session.id == session.id
    assert (await repositories.sessions.get(session.id)).ip == "10.0.0.2"


async def test_a_used_token_cannot_be_rotated_again(repositories):
    user = await a_candidate(repositories)
    await repositories.sessions.create(a_session(user.id), "hash-1")
    assert await repositories.sessions.rotate("hash-1", "hash-2", at(1), None, NO_GRACE) is not None
    assert await repositories.sessions.rotate("hash-1", "hash-3", at(2), None, NO_GRACE) is None
    assert await repositories.sessions.find_by_token("hash-3") is None


async def test_revoked_expired_and_unknown_tokens_do_not_rotate(repositories):
    user = await a_candidate(repositories)
    revoked, expired = a_session(user.id), a_session(user.id, days=1)
    await repositories.sessions.create(revoked, "revoked-hash")
    await repositories.sessions.create(expired, "expired-hash")
    await repositories.sessions.revoke(revoked.id, at(1), "signed out")
    assert await repositories.sessions.rotate("revoked-hash", "x1", at(2), None, NO_GRACE) is None
    assert await repositories.sessions.rotate("expired-hash", "x2", at(0) + timedelta(days=2), None, NO_GRACE) is None
    assert await repositories.sessions.rotate("never-issued", "x3", at(2), None, NO_GRACE) is None


async def test_sessions_are_listed_most_recently_used_first_and_revoked_together(repositories):
    user = await a_candidate(repositories)
    older, newer = a_session(user.id, minute=0), a_session(user.id, minute=5)
    await repositories.sessions.create(older, "h-old")
    await repositories.sessions.create(newer, "h-new")
    await repositories.sessions.rotate("h-old", "h-old-2", at(30), None, NO_GRACE)
    assert [s.id for s in await repositories.sessions.list_for_user(user.id)] == [older.id, newer.id]
    await repositories.sessions.revoke_all_for_user(user.id, at(40), "password changed")
    listed = await repositories.sessions.list_for_user(user.id)
    assert [s.revoked_at for s in listed] == [at(40), at(40)]
    assert await repositories.sessions.get(new_id()) is None


async def test_a_session_is_read_with_its_user_and_each_is_none_when_unknown(repositories):
    user = await a_candidate(repositories)
    session = a_session(user.id)
    await repositories.sessions.create(session, "h")
    assert await repositories.sessions.get_with_user(session.id, user.id) == (session, user)
    assert await repositories.sessions.get_with_user(new_id(), user.id) == (None, user)
    _, nobody = await repositories.sessions.get_with_user(session.id, new_id())
    assert nobody is None


async def test_revoking_twice_keeps_the_first_revocation(repositories):
    user = await a_candidate(repositories)
    session = a_session(user.id)
    await repositories.sessions.create(session, "h")
    await repositories.sessions.revoke(session.id, at(1), "first")
    await repositories.sessions.revoke(session.id, at(2), "second")
    assert (await repositories.sessions.get(session.id)).revoked_at == at(1)


async def test_a_phone_number_is_set_verified_and_removed(repositories):
    user = await a_candidate(repositories)
    await repositories.users.set_phone(user.id, "+4915112345678", verified=True)
    (with_phone,) = await repositories.users.get_many([user.id])
    assert (with_phone.phone, with_phone.phone_verified) == ("+4915112345678", True)
    await repositories.users.set_phone(user.id, None, verified=False)
    (without,) = await repositories.users.get_many([user.id])
    assert (without.phone, without.phone_verified) == (None, False)


async def test_preferences_are_written_over_only_the_preferences_they_were_made_from(repositories):
    user = await a_candidate(repositories)
    first = Preferences(desired_titles=["Theatre nurse"])
    assert await repositories.users.update_preferences(user.id, first, expected=user.preferences) is True
    # Made from the preferences as they were before `first`: another tab's stale copy.
    stale = Preferences(locations=["Mombasa"])
    assert await repositories.users.update_preferences(user.id, stale, expected=user.preferences) is False
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.preferences == first
    both = first.model_copy(update={"locations": ["Mombasa"]})
    assert await repositories.users.update_preferences(user.id, both, expected=stored.preferences) is True
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.preferences == both


async def test_preferences_that_need_a_phone_are_written_only_while_it_is_verified(repositories):
    user = await a_candidate(repositories)
    texted = Preferences(desired_titles=["Paramedic"])
    # The phone was removed after the change was made: its write is refused, as one step.
    assert await repositories.users.update_preferences(
        user.id, texted, expected=user.preferences, verified_phone=True) is False
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.preferences == user.preferences
    await repositories.users.set_phone(user.id, "+4915112345678", verified=True)
    assert await repositories.users.update_preferences(
        user.id, texted, expected=user.preferences, verified_phone=True) is True
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.preferences == texted


# replace_password(..., replacing=hash): written only while the stored hash is still the one the
# caller checked, so a password changed in another tab meanwhile stays.
async def test_a_password_is_replaced_only_over_the_hash_read(repositories):
    user = await a_candidate(repositories)
    read = user.password_hash
    assert await repositories.users.replace_password(user.id, "first-tab", replacing=read) is True
    assert await repositories.users.replace_password(user.id, "second-tab", replacing=read) is False
    (stored,) = await repositories.users.get_many([user.id])
    assert (stored.password_hash, stored.token_version) == ("first-tab", 1)


async def test_a_rehash_on_sign_in_does_not_undo_a_change_made_meanwhile(repositories):
    user = await a_candidate(repositories)
    read = user.password_hash
    await repositories.users.replace_password(user.id, "changed-meanwhile")
    await repositories.users.update_password(user.id, "old-password-rehashed", replacing=read)
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.password_hash == "changed-meanwhile"


async def test_without_replacing_the_password_is_written_as_before(repositories):
    user = await a_candidate(repositories)
    assert await repositories.users.replace_password(user.id, "another-hash") is True
    await repositories.users.update_password(user.id, "rehashed")
    (stored,) = await repositories.users.get_many([user.id])
    assert (stored.password_hash, stored.token_version) == ("rehashed", 1)


async def test_a_changed_name_is_stored_and_an_unknown_user_stays_unknown(repositories):
    person = await a_candidate(repositories)
    assert await repositories.users.set_name(person.id, "Łucja Żak") is True
    (stored,) = await repositories.users.get_many([person.id])
    assert stored == person.model_copy(update={"name": "Łucja Żak"})
    assert await repositories.users.set_name("nobody", "Nobody") is False
    assert await repositories.users.get_many(["nobody"]) == [None]
