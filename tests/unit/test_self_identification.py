"""Self-identification on fakes: the candidate alone gives, reads back and withdraws it, and
deleting the account deletes it."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.demographics import Demographic, RaceEthnicity, SelfIdentification, Sex
from domain.errors import BadUserInput, Forbidden
from domain.services.erasure import AccountErasure
from domain.services.self_identification import SelfIdentificationService
from domain.users import Role, User
from tests.fakes.account_lifecycle import FakeAccountStore, FakeResumeShas
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.bias_audit import InMemoryDemographicsStore
from tests.fakes.blobs import InMemoryBlobStore

PASSWORD = "correct horse battery staple"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


class PlainHasher:
    def verify(self, password_hash: str, password: str) -> bool:
        return password_hash == f"hashed:{password}"


def person(user_id: str, role: Role = Role.CANDIDATE) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=role,
                password_hash=f"hashed:{PASSWORD}", created_at=NOW)


async def test_a_candidate_answers_reads_back_replaces_and_withdraws():
    store = InMemoryDemographicsStore()
    service = SelfIdentificationService(store, FixedClock(NOW))
    ada = person("ada")
    await service.answer(ada, Sex.FEMALE, None)
    assert (await service.read_back(ada)).sex is Sex.FEMALE
    replaced = await service.answer(ada, None, RaceEthnicity.DECLINE_TO_STATE)
    assert (replaced.sex, replaced.race_ethnicity) == (None, RaceEthnicity.DECLINE_TO_STATE)
    assert await store.groups_of(["ada", "bob"]) == [Demographic(race_ethnicity=RaceEthnicity.DECLINE_TO_STATE), None]
    assert await service.withdraw(ada) is True
    assert await service.read_back(ada) is None and await service.withdraw(ada) is False


@pytest.mark.parametrize("role", [Role.EMPLOYER, Role.ADMIN])
async def test_only_candidates_self_identify(role):
    service = SelfIdentificationService(InMemoryDemographicsStore(), FixedClock(NOW))
    with pytest.raises(Forbidden):
        await service.answer(person("x", role), Sex.MALE, None)
    with pytest.raises(Forbidden):
        await service.read_back(person("x", role))


def erasure(store: FakeAccountStore, demographics: InMemoryDemographicsStore) -> AccountErasure:
    return AccountErasure(store, FakeResumeShas(), InMemoryBlobStore(), PlainHasher(), RecordingEventBus(),
                          demographics=demographics)


async def test_deleting_the_account_deletes_the_answers_and_nobody_elses():
    demographics = InMemoryDemographicsStore()
    for user_id in ("ada", "bob"):
        await demographics.put(SelfIdentification(user_id=user_id, sex=Sex.FEMALE, updated_at=NOW))
    store = FakeAccountStore()
    await erasure(store, demographics).delete_account(person("ada"), PASSWORD)
    assert store.erased == ["ada"]
    assert set(demographics.answers) == {"bob"}


async def test_a_refused_deletion_keeps_the_answers():
    demographics = InMemoryDemographicsStore()
    await demographics.put(SelfIdentification(user_id="ada", sex=Sex.FEMALE, updated_at=NOW))
    with pytest.raises(BadUserInput):
        await erasure(FakeAccountStore(), demographics).delete_account(person("ada"), "wrong")
    assert set(demographics.answers) == {"ada"}
