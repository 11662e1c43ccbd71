"""A job's hiring team hears of its new candidates in the inbox: one "New candidates for <title>"
entry per person, job and matching pass, counting that pass's new candidates at or above the
person's own notifyMinScore, naming none of them. Two passes for one job at once (each over its
own connection or client, as two workers) give one entry each, their counts together every new
candidate once; an announcement failing after the write and relayed by two workers at once
still gives one entry per pass with its whole count. Both backends, with the real inbox and
match store; only the delivery outbox is a recorder."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.matches import MatchRetention
from domain.pagination import PageRequest
from domain.services.matching_store import MatchStore
from domain.services.notifications import ChannelNotifier
from domain.users import OrganizationRole, Preferences, Role
from tests.fakes.notifier import FlakyNotifier
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    a_job,
    a_match,
    a_resume,
    a_user,
    an_employer,
    repositories_on,
)

TITLE = "Staff Nurse - Acute Medicine"
# Each candidate's score, the same in whichever pass finds them.
SCORES = [0.9, 0.6, 0.8, 0.75, 0.4, 0.95, 0.55, 0.72]
POSTER_FLOOR, RECRUITER_FLOOR = 0.5, 0.7  # the recruiter keeps the default


class _Deliveries:
    async def enqueue(self, deliveries) -> None:
        pass


async def _worker(backend: str, database, aws_clients, aws_names, notifier_wrap=None) -> SimpleNamespace:
    """One worker's view of the store: its own connection (SQLite) or repositories (DynamoDB)."""
    if backend == "embedded":
        from adapters.embedded.sqlite.devices import SqliteDeviceRepository
        from adapters.embedded.sqlite.inbox import SqliteInbox

        repos = await repositories_on(backend, database, aws_clients, aws_names)
        inbox, devices = SqliteInbox(database), SqliteDeviceRepository(database)
    else:
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.devices import DynamoDeviceRepository
        from adapters.aws.dynamodb.inbox import DynamoInbox
        from adapters.aws.dynamodb.repositories import dynamodb_repositories

        client = await aws_clients.get("dynamodb")
        repos = SimpleNamespace(**dynamodb_repositories(client, aws_names["table"]))
        table = DynamoTable(client, aws_names["table"])
        inbox, devices = DynamoInbox(table), DynamoDeviceRepository(table)
    notifier = ChannelNotifier(repos.users, devices, _Deliveries(), inbox)
    repos.inbox = inbox
    repos.store = MatchStore(repos.matches, repos.users, _Bus(), notifier_wrap(notifier) if notifier_wrap else notifier,
                             MatchRetention(keep=100, floor=0.0), jobs=repos.jobs)
    return repos


class _Bus:
    async def publish(self, event) -> None:
        pass


@pytest.fixture(params=BACKENDS)
async def workers(request, database, tmp_path, aws_clients, aws_names):
    """Builds workers on one store: `own_connection` ones (SQLite) over a connection of their own
    to the file, as another worker process has."""
    from adapters.embedded.sqlite.database import Database

    await repositories_on(request.param, database, aws_clients, aws_names)  # the table, on DynamoDB
    opened: list[Database] = []

    async def worker(own_connection: bool = False, notifier_wrap=None) -> SimpleNamespace:
        db = database
        if own_connection and request.param == "embedded":
            db = Database(tmp_path / "contract.sqlite3")
            await db.open()
            opened.append(db)
        return await _worker(request.param, db, aws_clients, aws_names, notifier_wrap)

    try:
        yield worker
    finally:
        for db in opened:
            await db.close()


async def _team_and_candidates(repos):
    poster, organization = await an_employer(repos)
    await repos.users.update_preferences(poster.id, Preferences(notify_min_score=POSTER_FLOOR))
    recruiter = a_user(Role.EMPLOYER, organization_id=organization.id).model_copy(
        update={"organization_role": OrganizationRole.RECRUITER, "name": "Rita Recruiter"})
    await repos.users.add(recruiter)
    job = a_job(organization.id, title=TITLE, posted_by=poster.id)
    await repos.jobs.add(job)
    people = []
    for n in range(len(SCORES)):
        person = a_user().model_copy(update={"name": f"Zebedee Quartermain{n}"})
        await repos.users.add(person)
        resume = a_resume(person.id)
        await repos.resumes.add(resume, max_per_owner=5)
        people.append((person, resume))
    return poster, recruiter, job, people


def _rows(job, people, which: range):
    return [a_match(people[n][0].id, job.id, people[n][1].id, SCORES[n]) for n in which]


async def _notices(repos, user_id: str) -> list:
    (page,) = await repos.inbox.pages([user_id], False, PageRequest(first=100, want_total=False))
    return [n for n in page.items if n.subject == f"New candidates for {TITLE}"]


def _expected(new_by_pass: list[list], floor: float) -> list[int]:
    counts = [sum(1 for m in new if m.score >= floor) for new in new_by_pass]
    return sorted(c for c in counts if c)


async def test_two_passes_at_once_give_one_entry_each_counting_every_new_candidate_once(workers):
    first, second = await workers(), await workers(own_connection=True)
    poster, recruiter, job, people = await _team_and_candidates(first)
    jobs = {job.id: job}
    # The passes overlap on two candidates: the store makes each new in one pass only.
    passes = await asyncio.gather(first.store.store(_rows(job, people, range(0, 5)), jobs),
                                  second.store.store(_rows(job, people, range(3, 8)), jobs))
    assert sorted(m.candidate_id for new in passes for m in new) == sorted(p.id for p, _ in people)

    for person, floor in ((poster, POSTER_FLOOR), (recruiter, RECRUITER_FLOOR)):
        notices = await _notices(first, person.id)
        assert sorted(n.data["newCandidates"] for n in notices) == _expected(list(passes), floor)
        assert sum(n.data["newCandidates"] for n in notices) == sum(s >= floor for s in SCORES)
        assert len({n.dedupe_key for n in notices}) == len(notices)
        for notice in notices:
            assert (notice.kind, notice.data["jobId"], notice.organization_id) == ("match", job.id, job.organization_id)
            said = f"{notice.subject} {notice.text} {notice.data}"
            assert "Zebedee" not in said and "Quartermain" not in said

    # The same rows again (a retried work item): nothing new, no further entry.
    await asyncio.gather(first.store.store(_rows(job, people, range(0, 5)), jobs),
                         second.store.store(_rows(job, people, range(3, 8)), jobs))
    assert len(await _notices(first, poster.id)) == len(_expected(list(passes), POSTER_FLOOR))


async def test_a_pass_relayed_by_two_workers_after_a_failure_is_one_entry_with_its_whole_count(workers):
    first, second = await workers(), await workers(own_connection=True)
    failing = await workers(notifier_wrap=lambda inner: FlakyNotifier(inner, failures=1))
    poster, recruiter, job, people = await _team_and_candidates(first)
    with pytest.raises(ConnectionError):
        await failing.store.store(_rows(job, people, range(8)), {job.id: job})
    assert await _notices(first, poster.id) == []
    await asyncio.gather(first.store.relay_pending(), second.store.relay_pending(),
                         first.store.relay_pending(), second.store.relay_pending())
    (notice,) = await _notices(first, poster.id)
    assert notice.data["newCandidates"] == sum(s >= POSTER_FLOOR for s in SCORES)
    (notice,) = await _notices(first, recruiter.id)
    assert notice.data["newCandidates"] == sum(s >= RECRUITER_FLOOR for s in SCORES)



@pytest.mark.parametrize("page", [1, 3])
async def test_a_pass_larger_than_a_relay_page_is_one_entry_with_its_whole_count(workers, monkeypatch, page):
    # The relay claims `page` records at a time: on DynamoDB a record is a match, so the pass's
    # eight matches come back over several pages, each of which must count the whole pass.
    monkeypatch.setattr("domain.services.matching_store._LEFT_AT_ONCE", page)
    first, second = await workers(), await workers(own_connection=True)
    failing = await workers(notifier_wrap=lambda inner: FlakyNotifier(inner, failures=1))
    poster, recruiter, job, people = await _team_and_candidates(first)
    with pytest.raises(ConnectionError):
        await failing.store.store(_rows(job, people, range(8)), {job.id: job})
    assert await _notices(first, poster.id) == []
    relayed = sum(await asyncio.gather(first.store.relay_pending(), second.store.relay_pending()))
    # Two relays racing may each stop at a short page, leaving the rest to the next relay.
    while announced := await first.store.relay_pending():
        relayed += announced
    assert relayed == len(SCORES)
    for person, floor in ((poster, POSTER_FLOOR), (recruiter, RECRUITER_FLOOR)):
        (notice,) = await _notices(first, person.id)
        assert notice.data["newCandidates"] == sum(s >= floor for s in SCORES)
