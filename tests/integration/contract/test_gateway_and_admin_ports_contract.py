"""The API-key, persisted-query, user-administration and embeddings-store contracts, the
same assertions on the embedded SQLite adapters and the DynamoDB ones on moto (and, for user
administration and the embeddings store, on the in-memory fakes the unit tests use)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from domain.pagination import PageRequest
from domain.ports.api_keys import ApiKey
from domain.users import Role
from tests.fakes.accounts import FakeSessions, FakeUsers
from tests.fakes.admin import FakeUserAdministration
from tests.fakes.vectors import InMemoryEmbeddingStore
from tests.integration.contract.account_port_backends import ports, ports_on  # noqa: F401
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_session, a_user, at, new_id


async def test_an_api_key_is_found_by_its_hash_until_it_is_revoked(ports):
    older = ApiKey(id=new_id(), partner="Acme", prefix="tgk_abcdef", created_at=at(0))
    newer = ApiKey(id=new_id(), partner="Globex", prefix="tgk_ghijkl", created_at=at(5))
    await ports.api_keys.add(older, "hash-1")
    await ports.api_keys.add(newer, "hash-2")
    assert (await ports.api_keys.by_hash("hash-1")).partner == "Acme"
    assert await ports.api_keys.by_hash("hash-3") is None
    assert [k.id for k in await ports.api_keys.list()] == [newer.id, older.id]
    revoked = await ports.api_keys.revoke(older.id, at(9))
    assert revoked.revoked_at == at(9) and not (await ports.api_keys.by_hash("hash-1")).active
    assert (await ports.api_keys.revoke(older.id, at(10))).revoked_at == at(9)  # the first revocation stays
    assert await ports.api_keys.revoke("nobody", at(10)) is None


async def test_a_persisted_query_is_kept_and_an_unknown_hash_is_a_miss(ports):
    await ports.persisted_queries.put("a" * 64, "{ me { id } }")
    assert await ports.persisted_queries.get("a" * 64) == "{ me { id } }"
    assert await ports.persisted_queries.get("b" * 64) is None


@pytest.fixture(params=[*BACKENDS, "fake"])
async def admin_ports(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        sessions = FakeSessions(users)
        return SimpleNamespace(users=users, sessions=sessions, user_admin=FakeUserAdministration(users, sessions))
    return await ports_on(request.param, database, aws_clients, aws_names)


async def test_administrators_find_people_by_part_of_their_email_or_name_newest_first(admin_ports):
    ada = a_user(email="ada.lovelace@analytical.example", minute=1)
    grace = a_user(email="grace@navy.example", minute=2)
    grace = grace.model_copy(update={"name": "Grace Hopper"})
    boss = a_user(Role.ADMIN, email="root@analytical.example", minute=3)
    for person in (ada, grace, boss):
        await admin_ports.users.add(person)
    found = await admin_ports.user_admin.search("ANALYTICAL", None, None, PageRequest(first=10))
    assert [u.id for u in found.items] == [boss.id, ada.id] and found.total == 2
    assert [u.id for u in (await admin_ports.user_admin.search("hopper", None, None, PageRequest())).items] == [grace.id]
    admins = await admin_ports.user_admin.search("analytical", Role.ADMIN, None, PageRequest())
    assert [u.id for u in admins.items] == [boss.id]


async def test_administrators_find_a_person_by_the_name_they_changed_to(admin_ports):
    person = a_user(email="mary@ward.example")
    await admin_ports.users.add(person)
    await admin_ports.users.set_name(person.id, "Łucja Żak")
    for text in ("łucja", "ŻAK"):
        assert [u.id for u in (await admin_ports.user_admin.search(text, None, None, PageRequest())).items] \
            == [person.id], text
    assert (await admin_ports.user_admin.search("lovelace", None, None, PageRequest())).total == 0


async def test_suspending_bumps_the_token_version_and_revokes_every_session(admin_ports):
    person = await a_candidate(admin_ports)
    sessions = [a_session(person.id, minute=i) for i in range(3)]
    for session in sessions:
        await admin_ports.sessions.create(session, new_id())
    suspended = await admin_ports.user_admin.suspend(person.id, at(10), "spam")
    assert suspended.suspended and suspended.token_version == person.token_version + 1
    assert all(s.revoked_at == at(10) for s in await admin_ports.sessions.list_for_user(person.id))
    assert (await admin_ports.user_admin.search(None, None, True, PageRequest())).total == 1
    again = await admin_ports.user_admin.suspend(person.id, at(11), "spam")
    assert again.token_version == suspended.token_version  # suspending twice ends tokens once
    back = await admin_ports.user_admin.reactivate(person.id)
    assert not back.suspended and back.token_version == suspended.token_version
    assert await admin_ports.user_admin.suspend("nobody", at(12), "spam") is None


@pytest.fixture(params=[*BACKENDS, "fake"])
async def embeddings(request, database, aws_clients, aws_names):
    if request.param == "fake":
        return InMemoryEmbeddingStore()
    return (await ports_on(request.param, database, aws_clients, aws_names)).embeddings


async def test_embeddings_are_stored_and_each_change_moves_the_generation(embeddings):
    first, _ = await embeddings.generation("job")
    await embeddings.put("job", "j1", [1.0, 0.0])
    await embeddings.put("job", "j2", [0.0, 1.0])
    await embeddings.put("job", "j1", [0.6, 0.8])
    second, count = await embeddings.generation("job")
    assert second != first and count == 2
    found = await embeddings.get_many("job", ["j1", "nobody", "j2"])
    assert [round(v, 5) for v in found[0]] == [0.6, 0.8] and found[1] is None
    await embeddings.delete("job", ["j2"])
    third, count = await embeddings.generation("job")
    assert third != second and count == 1
    assert [owner async for owner, _ in embeddings.stream("job")] == ["j1"]
    assert await embeddings.get_many("resume", ["j1"]) == [None]
