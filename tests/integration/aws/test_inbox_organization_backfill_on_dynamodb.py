"""Inbox entries a DynamoDB table held before entries named their organization are brought, at
provisioning, to what SQLite's migrations 38 and 40 make of them: a recruiter's entry about an
application to their organization's job names the organization (counted among its unread while
unread), the candidate's own entry and entries naming no known application stay their person's,
and one of an organization its person left goes. Running it again changes nothing; a run
stopped halfway is finished by the next."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.inbox import DynamoInbox
from adapters.aws.dynamodb.inbox_organization_backfill import backfill_inbox_organizations
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from domain.inbox import Notification, notification_id
from domain.pagination import PageRequest
from domain.users import Role
from tests.integration.contract.repository_backends import a_job, a_user, an_application, an_employer, at


@pytest.fixture
async def before(aws_clients, dynamo_table):
    """The entries as a table kept them before they named organizations."""
    repos = SimpleNamespace(**dynamodb_repositories(await aws_clients.get("dynamodb"), dynamo_table.name))
    inbox = DynamoInbox(dynamo_table)
    recruiter, organization = await an_employer(repos)
    gone = a_user(Role.EMPLOYER)  # recruited for the organization, left it since
    candidate = a_user()
    for person in (gone, candidate):
        await repos.users.add(person)
    job = a_job(organization.id)
    await repos.jobs.add(job)
    application, event = an_application(job.id, candidate.id)
    await repos.applications.add(application, event)

    async def entry(user_id: str, kind: str, minute: int, **data) -> Notification:
        note = Notification(id=notification_id(at(minute)), user_id=user_id, kind=kind, subject="s", text="t",
                            created_at=at(minute), data=data)
        (kept,) = await inbox.keep([note], limit=100)
        return kept

    entries = SimpleNamespace(
        recruiters=await entry(recruiter.id, "application", 1, applicationId=application.id),
        recruiters_read=await entry(recruiter.id, "application", 2, applicationId=application.id),
        unknown=await entry(recruiter.id, "application", 3, applicationId="no-such-application"),
        match=await entry(recruiter.id, "match", 4, jobId=job.id),
        candidates=await entry(candidate.id, "application", 5, applicationId=application.id),
        gones=await entry(gone.id, "application", 6, applicationId=application.id),
    )
    await inbox.mark_read(recruiter.id, [entries.recruiters_read.id], at(7))
    return SimpleNamespace(table=dynamo_table, inbox=inbox, organization=organization, recruiter=recruiter,
                           gone=gone, candidate=candidate, entries=entries)


async def _organizations(inbox: DynamoInbox, user_id: str) -> dict[str, str | None]:
    (page,) = await inbox.pages([user_id], False, PageRequest(first=50, want_total=False))
    return {n.id: n.organization_id for n in page.items}


async def _assert_upgraded(b) -> None:
    e = b.entries
    assert await _organizations(b.inbox, b.recruiter.id) == {
        e.recruiters.id: b.organization.id, e.recruiters_read.id: b.organization.id, e.unknown.id: None,
        e.match.id: None}
    assert await _organizations(b.inbox, b.candidate.id) == {e.candidates.id: None}
    assert await _organizations(b.inbox, b.gone.id) == {}
    counts = await b.table.get(keys.inbox_counts(b.recruiter.id))
    assert counts[f"unread_of:{b.organization.id}"]["N"] == "1"  # the read one is not counted
    assert await b.inbox.unread_counts([b.recruiter.id, b.candidate.id, b.gone.id]) == [3, 1, 0]
    gone_counts = await b.table.get(keys.inbox_counts(b.gone.id))
    assert (gone_counts["kept"]["N"], gone_counts["unread"]["N"]) == ("0", "0")


async def test_entries_kept_before_organizations_were_named_are_named_once(before):
    done = await backfill_inbox_organizations(before.table)

    assert (done.entries_named, done.entries_removed) == (3, 1)
    await _assert_upgraded(before)
    again = await backfill_inbox_organizations(before.table)
    assert (again.entries_named, again.entries_removed) == (0, 0)
    await _assert_upgraded(before)


async def test_a_backfill_stopped_before_its_removals_is_finished_by_the_next_run(before, monkeypatch):
    async def crash(*args, **kwargs) -> int:
        raise ConnectionError("provisioning stopped")

    with monkeypatch.context() as patched:
        patched.setattr(DynamoInbox, "remove_of_organization", crash)
        with pytest.raises(ConnectionError):
            await backfill_inbox_organizations(before.table)

    done = await backfill_inbox_organizations(before.table)

    assert (done.entries_named, done.entries_removed) == (0, 1)
    await _assert_upgraded(before)
