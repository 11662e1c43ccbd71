"""The bias audit's ports on both backends: the self-identification store, and the match
outcomes a window yields, which must agree with the domain's reference definition."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.analytics import TimeWindow
from domain.bias_audit import ScoredMatch, outcomes_from_matches
from domain.demographics import Demographic, RaceEthnicity, SelfIdentification, Sex
from domain.errors import Unauthenticated
from tests.fakes.accounts import FakeUsers
from tests.fakes.bias_audit import InMemoryDemographicsStore
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, a_match, a_resume, an_employer, at


@pytest.fixture(params=BACKENDS)
async def audit_ports(request, database, aws_clients, aws_names):
    return await _audit_ports_on(request.param, database, aws_clients, aws_names)


async def _audit_ports_on(backend: str, database, aws_clients, aws_names) -> SimpleNamespace:
    if backend == "embedded":
        from adapters.embedded.sqlite.account_store import SqliteAccountStore
        from adapters.embedded.sqlite.demographics import SqliteDemographicsStore
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from adapters.embedded.sqlite.match_outcomes import SqliteMatchOutcomes
        from adapters.embedded.sqlite.matches import SqliteMatchRepository
        from adapters.embedded.sqlite.resumes import SqliteResumeRepository
        from adapters.embedded.sqlite.users import SqliteUserRepository

        db = database
        return SimpleNamespace(
            users=SqliteUserRepository(db), jobs=SqliteJobRepository(db), resumes=SqliteResumeRepository(db),
            matches=SqliteMatchRepository(db), demographics=SqliteDemographicsStore(db),
            outcomes=SqliteMatchOutcomes(db), account_store=SqliteAccountStore(db),
        )
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.account_store import DynamoAccountStore
    from adapters.aws.dynamodb.demographics import DynamoDemographicsStore
    from adapters.aws.dynamodb.match_outcomes import DynamoMatchOutcomes
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    table = DynamoTable(client, aws_names["table"])
    repositories = dynamodb_repositories(client, aws_names["table"])
    return SimpleNamespace(
        **{name: repositories[name] for name in ("users", "jobs", "resumes", "matches")},
        demographics=DynamoDemographicsStore(table), outcomes=DynamoMatchOutcomes(table),
        account_store=DynamoAccountStore(table),
    )


@pytest.fixture(params=[*BACKENDS, "fake"])
async def answers_ports(request, database, aws_clients, aws_names):
    """The demographics store and the users it answers for; the fake as the unit tests use it."""
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, demographics=InMemoryDemographicsStore(users=users))
    return await _audit_ports_on(request.param, database, aws_clients, aws_names)


async def test_answers_are_kept_replaced_read_as_groups_and_removed(answers_ports):
    store = answers_ports.demographics
    ada, bob = await a_candidate(answers_ports), await a_candidate(answers_ports)
    assert await store.put(SelfIdentification(user_id=ada.id, sex=Sex.FEMALE, race_ethnicity=RaceEthnicity.ASIAN,
                                              updated_at=at(0))) is True
    await store.put(SelfIdentification(user_id=bob.id, sex=Sex.DECLINE_TO_STATE, updated_at=at(1)))
    assert await store.get(ada.id) == SelfIdentification(
        user_id=ada.id, sex=Sex.FEMALE, race_ethnicity=RaceEthnicity.ASIAN, updated_at=at(0))
    await store.put(SelfIdentification(user_id=ada.id, race_ethnicity=RaceEthnicity.WHITE, updated_at=at(2)))
    assert await store.get(ada.id) == SelfIdentification(
        user_id=ada.id, race_ethnicity=RaceEthnicity.WHITE, updated_at=at(2))  # replaced, not merged
    assert await store.groups_of([bob.id, "nobody", ada.id]) == [
        Demographic(sex=Sex.DECLINE_TO_STATE), None, Demographic(race_ethnicity=RaceEthnicity.WHITE)]
    assert await store.remove(ada.id) is True
    assert await store.get(ada.id) is None and await store.remove(ada.id) is False
    assert (await store.get(bob.id)).sex is Sex.DECLINE_TO_STATE
    # No account, no answers: nothing is written for an id that is not a user.
    assert await store.put(SelfIdentification(user_id="nobody", sex=Sex.MALE, updated_at=at(3))) is False
    assert await store.get("nobody") is None


async def test_answers_given_while_the_account_is_erased_do_not_outlive_it(audit_ports):
    """Erasure and a burst of answers from the same person, truly concurrently: whichever
    answers land, none is left once the erasure returns."""
    from domain.services.erasure import AccountErasure
    from domain.services.self_identification import SelfIdentificationService
    from tests.fakes.accounts import FixedClock, RecordingEventBus
    from tests.fakes.blobs import InMemoryBlobStore

    class PlainHasher:
        def verify(self, password_hash: str, password: str) -> bool:
            return password == "pw"

    for _ in range(3):
        person = await a_candidate(audit_ports)
        service = SelfIdentificationService(audit_ports.demographics, FixedClock(at(0)))
        await service.answer(person, Sex.FEMALE, RaceEthnicity.ASIAN)
        erasure = AccountErasure(audit_ports.account_store, audit_ports.resumes, InMemoryBlobStore(), PlainHasher(),
                                 RecordingEventBus(), demographics=audit_ports.demographics)
        answers = [service.answer(person, Sex.MALE, None) for _ in range(12)]
        results = await asyncio.gather(erasure.delete_account(person, "pw"), *answers, return_exceptions=True)
        assert results[0] is None
        assert all(r is not None and (not isinstance(r, Exception) or isinstance(r, Unauthenticated))
                   for r in results[1:]), results
        assert await audit_ports.demographics.get(person.id) is None
        assert await audit_ports.demographics.groups_of([person.id]) == [None]


async def test_match_outcomes_in_a_window_follow_the_domain_definition(audit_ports):
    employer, organization = await an_employer(audit_ports)
    jobs = [a_job(organization.id, minute=i) for i in range(2)]
    for job in jobs:
        await audit_ports.jobs.add(job)
    people = [await a_candidate(audit_ports, minute=i) for i in range(4)]
    resumes = []
    for person in people:
        resume = a_resume(person.id)
        await audit_ports.resumes.add(resume, 10)
        resumes.append(resume)
    # (candidate, job, score, minute scored); the window is [10, 20)
    plan = [(0, 0, 0.9, 12), (1, 0, 0.8, 12), (2, 0, 0.8, 13), (3, 0, 0.95, 25),
            (2, 1, 0.4, 15), (3, 1, 0.3, 11), (1, 1, 0.7, 5)]
    stored = []
    for n, (who, job, score, minute) in enumerate(plan):
        match = a_match(people[who].id, jobs[job].id, resumes[who].id, score, minute=minute)
        match = match.model_copy(update={"id": f"m{n}"})  # ids decide ties: m1 before m2
        stored.append(match)
    await audit_ports.matches.upsert(stored)

    window = TimeWindow(since=at(10), until=at(20))
    in_window = [ScoredMatch(m.id, m.candidate_id, m.job_id, m.score) for m in stored
                 if at(10) <= m.updated_at < at(20)]
    for top_n in (1, 2, 3):
        found = await audit_ports.outcomes.assessed(window, top_n)
        assert found == outcomes_from_matches(in_window, top_n), top_n
    selected = {o.candidate_id for o in await audit_ports.outcomes.assessed(window, 2)}
    # job 0 in the window: p0 0.9, p1 0.8 (m1), p2 0.8 (m2); job 1: p2 0.4, p3 0.3
    assert selected == {people[0].id, people[1].id, people[2].id, people[3].id}
    one = {o.candidate_id: o for o in await audit_ports.outcomes.assessed(window, 1)}
    assert {c for c, o in one.items() if o.selected} == {people[0].id, people[2].id}
    assert set(one) == {p.id for p in people} and one[people[3].id].best_score == pytest.approx(0.3)
    everything = await audit_ports.outcomes.assessed(TimeWindow(until=at(60)), 1)
    assert {o.candidate_id: o.best_score for o in everything}[people[3].id] == pytest.approx(0.95)
