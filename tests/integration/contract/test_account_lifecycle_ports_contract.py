"""The account-lifecycle ports' contracts (one-time tokens, devices, erasure), the same
assertions on the embedded SQLite adapters, the DynamoDB ones on moto and, for tokens and
devices, the in-memory fakes the unit tests use (tests/fakes/account_lifecycle.py)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.account_tokens import OneTimeToken, Purpose
from domain.applications import ApplicationEvent, ApplicationStatus
from domain.channels import Device, DevicePlatform
from domain.jobs import JobStatus
from domain.users import Role
from tests.fakes.account_lifecycle import FakeDevices, FakeOneTimeTokens
from tests.fakes.accounts import FakeSessions, FakeUsers
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_resume,
    a_session,
    a_user,
    an_application,
    an_employer,
    at,
    new_id,
)


@pytest.fixture(params=[*BACKENDS, "fake"])
async def ports(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, sessions=FakeSessions(users), tokens=FakeOneTimeTokens(),
                               devices=FakeDevices())
    return await ports_on(request.param, database, aws_clients, aws_names)


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    """The real adapters only: erasure reaches every table (the fake AccountStore records calls)."""
    return await ports_on(request.param, database, aws_clients, aws_names)


def a_token(user_id: str, minute: float = 0, purpose: Purpose = Purpose.VERIFY_EMAIL, ttl_minutes: float = 60):
    return OneTimeToken(id=new_id(), user_id=user_id, purpose=purpose, token_hash=new_id(), target="a@example.com",
                        created_at=at(minute), expires_at=at(minute + ttl_minutes))


async def test_a_token_is_found_by_its_hash_and_used_only_once_even_when_two_race(ports):
    person = await a_candidate(ports)
    token = a_token(person.id)
    await ports.tokens.add(token)
    assert (await ports.tokens.find(token.token_hash)).id == token.id
    assert await ports.tokens.find("unknown-hash") is None
    wins = await asyncio.gather(*(ports.tokens.consume(token.id, at(1)) for _ in range(5)))
    assert sorted(wins) == [False, False, False, False, True]
    assert (await ports.tokens.find(token.token_hash)).used_at == at(1)


async def test_an_expired_token_cannot_be_used(ports):
    person = await a_candidate(ports)
    token = a_token(person.id, ttl_minutes=10)
    await ports.tokens.add(token)
    assert await ports.tokens.consume(token.id, at(11)) is False


async def test_only_the_newest_open_token_counts_and_a_resend_retires_the_older(ports):
    person = await a_candidate(ports)
    older, newer = a_token(person.id, minute=0), a_token(person.id, minute=5)
    other_purpose = a_token(person.id, minute=6, purpose=Purpose.RESET_PASSWORD)
    for token in (older, newer, other_purpose):
        await ports.tokens.add(token)
    assert (await ports.tokens.latest_open(person.id, Purpose.VERIFY_EMAIL, at(7))).id == newer.id
    assert await ports.tokens.issued_since(person.id, Purpose.VERIFY_EMAIL, at(1)) == [at(5)]
    await ports.tokens.retire_open(person.id, Purpose.VERIFY_EMAIL, at(8))
    assert await ports.tokens.latest_open(person.id, Purpose.VERIFY_EMAIL, at(9)) is None
    assert (await ports.tokens.latest_open(person.id, Purpose.RESET_PASSWORD, at(9))).id == other_purpose.id


async def test_retiring_from_a_moment_leaves_the_tokens_issued_before_it_working(ports):
    person = await a_candidate(ports)
    earlier, at_it, later = (a_token(person.id, minute=m, purpose=Purpose.UNDO_EMAIL_CHANGE) for m in (0, 5, 6))
    for token in (earlier, at_it, later):
        await ports.tokens.add(token)
    await ports.tokens.retire_open(person.id, Purpose.UNDO_EMAIL_CHANGE, at(8), issued_from=at(5))
    assert (await ports.tokens.latest_open(person.id, Purpose.UNDO_EMAIL_CHANGE, at(9))).id == earlier.id
    assert await ports.tokens.consume(at_it.id, at(9)) is False
    assert await ports.tokens.consume(later.id, at(9)) is False


async def test_guesses_are_counted_up_to_the_limit(ports):
    person = await a_candidate(ports)
    token = a_token(person.id, purpose=Purpose.VERIFY_PHONE)
    await ports.tokens.add(token)
    assert [await ports.tokens.claim_attempt(token.id, 3) for _ in range(4)] == [1, 2, 3, None]
    assert await ports.tokens.claim_attempt("unknown-token", 3) is None


async def test_concurrent_guesses_get_no_more_attempts_than_the_limit(ports):
    person = await a_candidate(ports)
    token = a_token(person.id, purpose=Purpose.VERIFY_PHONE)
    await ports.tokens.add(token)
    claimed = await asyncio.gather(*(ports.tokens.claim_attempt(token.id, 5) for _ in range(100)))
    assert sorted(c for c in claimed if c is not None) == [1, 2, 3, 4, 5]


def a_device(user_id: str, session_id: str | None = None, token: str = "push-token", minute: float = 0) -> Device:
    return Device(id=new_id(), user_id=user_id, platform=DevicePlatform.ANDROID, token=token,
                  session_id=session_id, created_at=at(minute))


async def test_a_device_registered_again_moves_to_the_new_person_and_keeps_its_id(ports):
    first, second = await a_candidate(ports), await a_candidate(ports, minute=1)
    long_token = "x" * 4000  # push tokens may be long; the store must take them
    stored = await ports.devices.add(a_device(first.id, token=long_token))
    moved = await ports.devices.add(a_device(second.id, token=long_token, minute=2))
    assert moved.id == stored.id and moved.user_id == second.id
    assert await ports.devices.for_users([first.id, second.id]) == [[], [moved]]


async def test_signing_a_session_out_removes_its_devices_only(ports):
    person = await a_candidate(ports)
    phone, laptop = a_session(person.id), a_session(person.id, minute=1)
    for session in (phone, laptop):
        await ports.sessions.create(session, new_id())
    kept = await ports.devices.add(a_device(person.id, laptop.id, token="laptop"))
    await ports.devices.add(a_device(person.id, phone.id, token="phone"))
    await ports.devices.remove_for_session(phone.id)
    assert await ports.devices.for_users([person.id]) == [[kept]]
    await ports.devices.remove_for_user(person.id)
    assert await ports.devices.for_users([person.id]) == [[]]


async def test_erasing_a_candidate_removes_what_is_theirs_and_anonymises_what_they_sent(stores):
    employer, organization = await an_employer(stores)
    job = a_job(organization.id)
    await stores.jobs.add(job)
    person, bystander = await a_candidate(stores), await a_candidate(stores, minute=1)
    resume, _ = await stores.resumes.add(a_resume(person.id), 5)
    await stores.embeddings.put("resume", resume.id, [0.6, 0.8])
    application, event = an_application(job.id, person.id, resume.id)
    await stores.applications.add(application, event)
    session = a_session(person.id)
    await stores.sessions.create(session, new_id())
    await stores.devices.add(a_device(person.id, session.id))
    await stores.tokens.add(a_token(person.id))

    assert await stores.account_store.erase(person.id) == [(resume.id, resume.sha256)]

    assert await stores.users.get_many([person.id, bystander.id]) == [None, bystander]
    assert await stores.users.get_by_email(person.email) is None
    assert await stores.resumes.get_many([resume.id]) == [None]
    assert await stores.embeddings.get_many("resume", [resume.id]) == [None]
    assert await stores.sessions.get(session.id) is None
    assert await stores.devices.for_users([person.id]) == [[]]
    (kept,) = await stores.applications.get_many([application.id])
    assert kept.candidate_anonymised and kept.candidate_id is None and kept.resume_id is None
    assert kept.cover_letter is None and kept.job_id == job.id
    # Their submission is still in the history, made by no one any more (SQLite's foreign key
    # sets the mover NULL).
    ((submitted,),) = await stores.applications.histories([application.id])
    assert (submitted.status, submitted.by_user_id) == (event.status, None)
    assert await stores.account_store.erase(person.id) == []  # again: nothing left, no failure


async def test_a_resume_uploaded_while_the_account_is_erased_does_not_outlive_it(stores):
    from domain.errors import Forbidden

    person = await a_candidate(stores)
    uploads = [a_resume(person.id) for _ in range(24)]

    first_landed = asyncio.Event()

    async def upload(n: int) -> str | None:
        # The first lands before the erasure begins (it waits for it); the rest are spread
        # over the erasure's steps, how many on each side of it depending on the machine's load.
        if n:
            await first_landed.wait()
            await asyncio.sleep(0.004 * n)
        try:
            stored, _ = await stores.resumes.add(uploads[n], len(uploads))
        except Forbidden:
            return None  # refused: the erasure had begun
        finally:
            first_landed.set()
        return stored.id

    async def erase() -> None:
        await first_landed.wait()
        await stores.account_store.erase(person.id)

    *stored, _ = await asyncio.gather(*(upload(n) for n in range(len(uploads))), erase())
    assert stored[0] is not None  # landed before the erasure, and erased with the rest
    assert await stores.resumes.get_many([r.id for r in uploads]) == [None] * len(uploads)
    assert await stores.users.get_many([person.id]) == [None]
    with pytest.raises(Forbidden):
        await stores.resumes.add(a_resume(person.id), 10)


async def test_erasing_a_recruiter_leaves_their_organizations_jobs_without_their_id(stores):
    employer, organization = await an_employer(stores)
    colleague = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1)
    await stores.users.add(colleague)
    theirs = [a_job(organization.id, posted_by=employer.id, minute=n, status=status)
              for n, status in enumerate((JobStatus.OPEN, JobStatus.CLOSED))]
    kept = a_job(organization.id, posted_by=colleague.id, minute=3)
    for job in (*theirs, kept):
        await stores.jobs.add(job)
    application, submitted = an_application(kept.id, (await a_candidate(stores)).id)
    await stores.applications.add(application, submitted)
    for minute, (status, mover) in enumerate(((ApplicationStatus.SCREENING, employer),
                                              (ApplicationStatus.INTERVIEW, colleague)), start=4):
        moved = application.model_copy(update={"status": status, "updated_at": at(minute)})
        application = await stores.applications.transition(
            moved, ApplicationEvent(status=status, at=at(minute), by_user_id=mover.id, note="Seen"),
            application.version, member_of=organization.id)

    await stores.account_store.erase(employer.id)

    # The jobs stay the organization's; who posted them is an account no more (SQLite's
    # foreign key sets it NULL), like any other trace of the person outside the audit log.
    found = await stores.jobs.get_many([job.id for job in (*theirs, kept)])
    assert [job.posted_by if job else "gone" for job in found] == [None, None, colleague.id]
    # Their moves stay in the pipeline's history with the hiring team's notes, made by no one.
    (history,) = await stores.applications.histories([application.id])
    assert [(e.by_user_id, e.note) for e in history[1:]] == [(None, "Seen"), (colleague.id, "Seen")]


async def test_erasing_a_recruiter_who_left_clears_their_id_in_the_organization_they_left(stores):
    owner, organization = await an_employer(stores)
    recruiter = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1)
    await stores.users.add(recruiter)
    posted = a_job(organization.id, posted_by=recruiter.id, minute=2)
    await stores.jobs.add(posted)
    application, submitted = an_application(posted.id, (await a_candidate(stores)).id)
    await stores.applications.add(application, submitted)
    moved = application.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(3)})
    await stores.applications.transition(
        moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(3), by_user_id=recruiter.id, note="Seen"),
        application.version, member_of=organization.id)
    await stores.members.remove(organization.id, recruiter.id, at(4), "removed", by_owner=owner.id)
    (left,) = await stores.users.get_many([recruiter.id])
    assert left is not None and left.organization_id is None

    await stores.account_store.erase(recruiter.id)

    (job,) = await stores.jobs.get_many([posted.id])
    assert job is not None and job.posted_by is None
    (history,) = await stores.applications.histories([application.id])
    assert [(e.by_user_id, e.note) for e in history[1:]] == [(None, "Seen")]
