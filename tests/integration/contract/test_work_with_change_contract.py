"""Work handed to a repository with a change is stored in the change's own transaction, on
both backends: after the commit it reaches the queue even when the process dies before
anything else runs (on AWS the relay's pass at start moves it), and a change refused
(conflict, cap) leaves no work behind."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.errors import BadUserInput, Conflict
from domain.ports.queue import PendingWork
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_resume,
    an_application,
    an_employer,
)


@pytest.fixture(params=BACKENDS)
async def store(request, database, aws_clients, aws_names):
    return await store_on(request.param, database, aws_clients, aws_names)


async def store_on(backend: str, database, aws_clients, aws_names) -> SimpleNamespace:
    """Repositories and the queue their work goes to; `restart()` is what a new process does
    before serving (nothing on SQLite, where the work is in the queue's own table)."""
    if backend == "embedded":
        from adapters.embedded.sqlite.account_store import SqliteAccountStore
        from adapters.embedded.sqlite.applications import SqliteApplicationRepository
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from adapters.embedded.sqlite.resumes import SqliteResumeRepository
        from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
        from adapters.embedded.sqlite.work_queue import SqliteWorkQueue

        queue = SqliteWorkQueue(database)

        async def nothing() -> None:
            return None

        return SimpleNamespace(
            users=SqliteUserRepository(database, queue), organizations=SqliteOrganizationRepository(database),
            jobs=SqliteJobRepository(database, queue), resumes=SqliteResumeRepository(database, queue),
            applications=SqliteApplicationRepository(database, queue), queue=queue, restart=nothing,
            account_store=SqliteAccountStore(database, queue),
        )
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.account_store import DynamoAccountStore
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table
    from adapters.aws.dynamodb.work_outbox import WorkOutboxRelay, WorkWritten
    from adapters.aws.provision import Names, ensure_queues
    from adapters.aws.sqs.work_queue import SqsWorkQueue

    client, sqs = await aws_clients.get("dynamodb"), await aws_clients.get("sqs")
    await create_table(client, aws_names["table"])
    url, dead_url = await ensure_queues(sqs, Names(
        **{k: aws_names[k] for k in ("table", "bucket", "queue", "dead_letter_queue", "topic", "event_bus")},
        max_attempts=3, lease_seconds=60))
    queue = SqsWorkQueue(sqs, url, dead_url, lease_seconds=60, max_attempts=3)
    # No relay listens: the process "dies" right after each commit, before any send.
    found = dynamodb_repositories(client, aws_names["table"], work_written=WorkWritten())

    async def restart() -> None:
        await WorkOutboxRelay(DynamoTable(client, aws_names["table"]), queue).relay()

    account_store = DynamoAccountStore(DynamoTable(client, aws_names["table"]), WorkWritten())
    return SimpleNamespace(**found, queue=queue, restart=restart, account_store=account_store)


async def leased_payloads(queue) -> list[dict]:
    found = []
    for _ in range(20):
        item = await queue.lease()
        if item is None:
            if found:
                break
            await asyncio.sleep(0.1)
            continue
        found.append(item.payload)
        await queue.complete(item)
    return found


async def test_work_stored_with_a_resume_reaches_the_queue_after_a_crash_right_after_the_commit(store):
    owner = await a_candidate(store)
    resume = a_resume(owner.id)
    work = PendingWork("resume.process", {"resume_id": resume.id}, dedupe_key=f"resume:{resume.id}")
    assert await store.resumes.add(resume, 5, work=[work]) == (resume, True)
    await store.restart()
    assert await leased_payloads(store.queue) == [{"resume_id": resume.id}]


async def test_a_resume_refused_by_the_cap_or_already_stored_leaves_no_work(store):
    owner = await a_candidate(store)
    first = a_resume(owner.id)
    await store.resumes.add(first, 1)
    again = a_resume(owner.id, sha256=first.sha256)
    over_cap = a_resume(owner.id, sha256="f" * 64)
    assert await store.resumes.add(again, 1, work=[PendingWork("resume.process", {"resume_id": again.id})]) \
        == (first, False)
    with pytest.raises(BadUserInput):
        await store.resumes.add(over_cap, 1, work=[PendingWork("resume.process", {"resume_id": over_cap.id})])
    await store.restart()
    assert await store.queue.lease() is None


async def test_application_work_is_stored_with_the_application_and_each_move_and_not_with_a_refused_one(store):
    employer, organization = await an_employer(store)
    job = a_job(organization.id)
    await store.jobs.add(job)
    candidate = await a_candidate(store)
    resume = a_resume(candidate.id)
    await store.resumes.add(resume, 5)
    application, event = an_application(job.id, candidate.id, resume.id)
    await store.applications.add(application, event, work=[PendingWork("application.process", {"v": 1})])
    with pytest.raises(Conflict):
        twin, twin_event = an_application(job.id, candidate.id, resume.id)
        await store.applications.add(twin, twin_event, work=[PendingWork("application.process", {"v": "twin"})])
    from domain.applications import ApplicationEvent, ApplicationStatus

    moved = application.model_copy(update={"status": ApplicationStatus.SCREENING})
    screening = ApplicationEvent(status=ApplicationStatus.SCREENING, at=application.created_at, by_user_id=employer.id)
    await store.applications.transition(moved, screening, 1, work=[PendingWork("application.process", {"v": 2})])
    with pytest.raises(Conflict):  # a stale version: refused, and its work with it
        await store.applications.transition(moved, screening, 1, work=[PendingWork("application.process", {"v": "stale"})])
    await store.restart()
    assert sorted(p["v"] for p in await leased_payloads(store.queue)) == [1, 2]


async def test_matching_work_is_stored_with_a_job_posted_or_closed_and_with_a_parsed_resume(store):
    from domain.jobs import JobStatus
    from domain.resumes import ResumeStatus
    from domain.services.matching_triggers import MatchingWork

    _, organization = await an_employer(store)
    job = a_job(organization.id)
    await store.jobs.add(job, work=MatchingWork.job_changed(job))
    closed = job.model_copy(update={"status": JobStatus.CLOSED})
    await store.jobs.update(closed, work=MatchingWork.job_changed(closed))
    candidate = await a_candidate(store)
    resume = a_resume(candidate.id)
    await store.resumes.add(resume, 5)
    await store.resumes.set_status(resume.id, ResumeStatus.PARSED, work=MatchingWork.resume_parsed(resume.id))
    await store.resumes.set_status("no-such-resume", ResumeStatus.PARSED, work=MatchingWork.resume_parsed("gone"))
    await store.restart()
    found = await leased_payloads(store.queue)
    assert sorted(map(str, found)) == sorted(map(str, [{"job_id": job.id}, {"job_id": job.id}, {"resume_id": resume.id}]))


async def test_matching_work_is_stored_with_a_candidates_new_preferences(store):
    from domain.services.matching_triggers import MatchingWork
    from domain.users import Preferences

    candidate = await a_candidate(store)
    await store.users.update_preferences(candidate.id, Preferences(min_salary=90_000),
                                         work=MatchingWork.preferences_changed(candidate.id))
    await store.users.update_preferences("no-such-user", Preferences(), work=MatchingWork.preferences_changed("gone"))
    await store.restart()
    assert await leased_payloads(store.queue) == [{"user_id": candidate.id}]
    (stored,) = await store.users.get_many([candidate.id])
    assert stored.preferences.min_salary == 90_000


async def test_an_application_remembers_the_highest_change_processed_and_never_lowers_it(store):
    _, organization = await an_employer(store)
    job = a_job(organization.id)
    await store.jobs.add(job)
    candidate = await a_candidate(store)
    application, event = an_application(job.id, candidate.id)
    await store.applications.add(application, event)
    assert (await store.applications.get_many([application.id]))[0].processed_version == 0
    await store.applications.mark_processed(application.id, 2)
    await store.applications.mark_processed(application.id, 1)
    assert (await store.applications.get_many([application.id]))[0].processed_version == 2
    await store.applications.mark_processed("no-such-application", 1)
    assert await store.applications.get_many(["no-such-application"]) == [None]


async def test_work_is_stored_with_a_resume_deletion_and_not_when_there_was_nothing_to_delete(store):
    owner = await a_candidate(store)
    resume = a_resume(owner.id)
    await store.resumes.add(resume, 5)
    forget = PendingWork("resume.forget_files", {"resume_id": resume.id, "sha256": resume.sha256})
    assert (await store.resumes.delete(resume.id, work=[forget])).id == resume.id
    assert await store.resumes.delete(resume.id, work=[PendingWork("resume.forget_files", {"again": True})]) is None
    await store.restart()
    assert await leased_payloads(store.queue) == [{"resume_id": resume.id, "sha256": resume.sha256}]


async def test_an_account_erasure_stores_each_resume_s_forget_files_work_with_its_removal(store):
    from domain.services.blob_forgetting import forget_files_work

    owner = await a_candidate(store)
    first, second = a_resume(owner.id), a_resume(owner.id)
    await store.resumes.add(first, 5)
    await store.resumes.add(second, 5)
    await store.account_store.erase(owner.id, forget_files_work)
    assert await store.account_store.erase(owner.id, forget_files_work) == []  # again: nothing more stored
    await store.restart()
    payloads = [p for p in await leased_payloads(store.queue) if "sha256" in p]
    assert sorted(payloads, key=lambda p: p["resume_id"]) == sorted(
        [{"resume_id": r.id, "sha256": r.sha256} for r in (first, second)], key=lambda p: p["resume_id"])


async def test_matching_work_is_stored_with_a_change_of_primary_and_not_with_a_no_op_or_a_stranger(store):
    from domain.services.matching_triggers import MatchingWork

    owner, stranger = await a_candidate(store), await a_candidate(store)
    resume = a_resume(owner.id)
    await store.resumes.add(resume, 5)
    await store.resumes.set_primary(resume.id, owner.id, True, work=MatchingWork.resume_set_changed(owner.id, "on"))
    await store.resumes.set_primary(resume.id, owner.id, True, work=MatchingWork.resume_set_changed(owner.id, "again"))
    await store.resumes.set_primary(resume.id, stranger.id, False,
                                    work=MatchingWork.resume_set_changed(stranger.id, "stranger"))
    await store.resumes.set_primary(resume.id, owner.id, False, work=MatchingWork.resume_set_changed(owner.id, "off"))
    await store.restart()
    assert await leased_payloads(store.queue) == [{"user_id": owner.id}, {"user_id": owner.id}]
