"""The Inbox contract for recruiters' notifications about their organization, on SQLite, DynamoDB
(moto) and the fake: one is kept only while its person recruits for the organization it names;
when they stop, those of the organization (and those named by id) go and the unread count
follows, while their own stay; before any removal runs (a crash right after the leaving), every
read already passes over the organization's entries, with pages still full; and one written
while its person leaves (on a second connection to the same SQLite file, or a concurrent request
to moto) does not outlive the leaving, whether or not the removal then runs."""
from __future__ import annotations

import asyncio

import pytest

from domain.inbox import Notification, notification_id
from domain.pagination import PageRequest
from domain.users import Role
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_user, an_employer, at, repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def stores(request, database, aws_clients, aws_names):
    backend = request.param
    repositories = await repositories_on("embedded" if backend == "fake" else backend, database, aws_clients,
                                         aws_names)
    repositories.backend, repositories.database_path = backend, database.path
    if backend == "embedded":
        from adapters.embedded.sqlite.inbox import SqliteInbox
        from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

        repositories.inbox, repositories.members = SqliteInbox(database), SqliteOrganizationMembers(database)
    elif backend == "aws":
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.inbox import DynamoInbox
        from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers

        table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])
        repositories.inbox, repositories.members = DynamoInbox(table), DynamoOrganizationMembers(table)
    else:
        from tests.fakes.inbox import FakeInbox

        repositories.inbox = FakeInbox(people=set(), recruiters={})
    return repositories


async def _team(stores) -> tuple[str, str, str]:
    """An organization with its founder and a colleague: (organization, founder, colleague)."""
    founder, organization = await an_employer(stores)
    colleague = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1)
    await stores.users.add(colleague)
    if stores.backend == "fake":
        stores.inbox.people.update({founder.id, colleague.id})
        stores.inbox.recruiters.update({founder.id: organization.id, colleague.id: organization.id})
    return organization.id, founder.id, colleague.id


async def _taken_out(stores, organization_id: str, user_id: str) -> None:
    if stores.backend == "fake":
        stores.inbox.recruiters.pop(user_id)
        return
    await stores.members.remove(organization_id, user_id, at(30), "left the organization")


async def _leaves(stores, organization_id: str, user_id: str, removal: str = "runs") -> int:
    """As the service has it: the membership change, then the removal from the inbox (unless the
    process died in between)."""
    await _taken_out(stores, organization_id, user_id)
    await asyncio.sleep(0)
    if removal == "crashed":
        return 0
    return await stores.inbox.remove_of_organization(user_id, organization_id)


def _note(user_id: str, minute: float, organization_id: str | None, key: str | None = None) -> Notification:
    created = at(minute)
    return Notification(id=notification_id(created), user_id=user_id, kind="application", subject=f"at {minute}",
                        text="An application moved", created_at=created, data={"applicationId": f"a{minute}"},
                        dedupe_key=key, organization_id=organization_id)


async def _subjects(stores, user_id: str) -> list[str]:
    (page,) = await stores.inbox.pages([user_id], False, PageRequest(first=100, want_total=False))
    return [n.subject for n in page.items]


async def test_the_organizations_entries_go_with_those_named_and_the_persons_own_stay(stores):
    organization_id, founder, colleague = await _team(stores)
    theirs = [_note(colleague, 1, organization_id, "k1"), _note(colleague, 2, organization_id, "k2")]
    own, older = _note(colleague, 3, None, "k3"), _note(colleague, 4, None)
    founders = _note(founder, 5, organization_id)
    assert len(await stores.inbox.keep([*theirs, own, older, founders], limit=500)) == 5
    assert await stores.inbox.mark_read(colleague, [theirs[1].id], at(6)) == []
    assert await stores.inbox.unread_counts([colleague]) == [3]
    (stored,) = await stores.inbox.get_many(colleague, [theirs[0].id])
    assert stored is not None and stored.organization_id == organization_id

    await _taken_out(stores, organization_id, colleague)
    removed = await stores.inbox.remove_of_organization(colleague, organization_id, [older.id, founders.id])

    assert removed == 3
    assert await _subjects(stores, colleague) == ["at 3"]
    assert await stores.inbox.unread_counts([colleague, founder]) == [1, 1]
    assert await _subjects(stores, founder) == ["at 5"]
    assert await stores.inbox.remove_of_organization(colleague, organization_id) == 0


async def test_nothing_about_an_organization_is_kept_for_someone_not_recruiting_for_it(stores):
    organization_id, founder, colleague = await _team(stores)
    other_organization, outsider, _ = await _team(stores)
    assert await stores.inbox.keep([_note(outsider, 1, organization_id)], limit=500) == []
    assert len(await stores.inbox.keep([_note(outsider, 2, other_organization)], limit=500)) == 1

    await _taken_out(stores, organization_id, colleague)

    assert await stores.inbox.keep([_note(colleague, 3, organization_id, "late")], limit=500) == []
    assert len(await stores.inbox.keep([_note(colleague, 4, None)], limit=500)) == 1
    assert await _subjects(stores, colleague) == ["at 4"]
    assert await stores.inbox.unread_counts([colleague, outsider, founder]) == [1, 1, 0]


async def test_the_entries_of_an_organization_left_are_out_of_sight_before_any_removal(stores):
    organization_id, _, colleague = await _team(stores)
    own = [_note(colleague, m, None) for m in (1, 2, 3)]
    # The organization's are the newest: a page filtered after it was read would come back short.
    theirs = [_note(colleague, m, organization_id, f"k{m}") for m in (4, 5, 6, 7)]
    assert len(await stores.inbox.keep([*own, *theirs], limit=500)) == 7
    assert await stores.inbox.mark_read(colleague, [theirs[0].id], at(8)) == []

    await _taken_out(stores, organization_id, colleague)

    (page,) = await stores.inbox.pages([colleague], False, PageRequest(first=2))
    assert ([n.subject for n in page.items], page.has_next, page.total) == (["at 3", "at 2"], True, 3)
    (rest,) = await stores.inbox.pages([colleague], False, PageRequest(first=2, after=page.positions[-1]))
    assert ([n.subject for n in rest.items], rest.has_next) == (["at 1"], False)
    (unread,) = await stores.inbox.pages([colleague], True, PageRequest(first=3, want_total=False))
    assert ([n.subject for n in unread.items], unread.has_next) == (["at 3", "at 2", "at 1"], False)
    assert await stores.inbox.unread_counts([colleague]) == [3]
    found = await stores.inbox.get_many(colleague, [theirs[1].id, own[0].id])
    assert [n.id if n else None for n in found] == [None, own[0].id]
    assert await stores.inbox.mark_read(colleague, [theirs[1].id, own[0].id], at(9)) == [theirs[1].id]
    assert await stores.inbox.mark_all_read(colleague, None, at(9)) == 3
    assert await stores.inbox.unread_counts([colleague]) == [0]

    # The removal, run late (by the queued work), takes them out and leaves the count right.
    assert await stores.inbox.remove_of_organization(colleague, organization_id) == 4
    assert await stores.inbox.unread_counts([colleague]) == [0]
    assert await _subjects(stores, colleague) == ["at 3", "at 2", "at 1"]


async def _kept_after(writer, pause: float, note: Notification) -> list[Notification]:
    await asyncio.sleep(pause)
    return await writer.keep([note], limit=500)


# The write starts this long after the leaving does: from at once to after it has ended.
PAUSES = [0, 0, 0.001, 0.002, 0.004, 0.008, 0.015, 0.03, 0.06, 0.12]


@pytest.mark.parametrize("removal", ["runs", "crashed"])
async def test_an_entry_written_while_its_person_leaves_does_not_outlive_the_leaving(stores, removal):
    second_database = None
    try:
        writer = stores.inbox
        if stores.backend == "embedded":
            from adapters.embedded.sqlite.database import Database
            from adapters.embedded.sqlite.inbox import SqliteInbox

            second_database = Database(stores.database_path)
            await second_database.open()
            writer = SqliteInbox(second_database)
        for n, pause in enumerate(PAUSES):
            organization_id, _, colleague = await _team(stores)
            await stores.inbox.keep([_note(colleague, n, organization_id, "before")], limit=500)
            await asyncio.gather(
                _leaves(stores, organization_id, colleague, removal),
                _kept_after(writer, pause, _note(colleague, n + 0.5, organization_id, "racing")),
            )
            assert await _subjects(stores, colleague) == [], f"written {pause} s after the leaving began"
            assert await stores.inbox.unread_counts([colleague]) == [0]
    finally:
        if second_database is not None:
            await second_database.close()
