"""Inbox entries a DynamoDB table held before entries named their organization, brought to what
SQLite's migrations 38 and 40 make of them; run by `talentgraph provision`.

An entry a recruiter was sent about an application to their organization's job (an
application entry whose person is not the application's candidate: match entries only went
to candidates) gets the job's organization, and, while unread, is counted in its person's
`unread_of:<organization>` in the same transaction (on the condition that it still names none
and is still in the read state seen). Then every entry naming an organization its person no
longer recruits for goes, as their leaving would have removed it (inbox.remove_of_organization,
which keeps the counters). Left as their person's own, since nothing says otherwise: an entry
naming no application, or one whose application is missing.

Running it again changes nothing, and one stopped halfway (a crash, a throttled scan) is
finished by the next: an entry named is no longer picked up, and the removal looks at every
entry naming an organization, not only those named by this run."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, Item, TransactionCancelled
from adapters.aws.dynamodb.applications import DynamoApplicationRepository
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.inbox import DynamoInbox
from adapters.aws.dynamodb.jobs import DynamoJobRepository
from adapters.aws.dynamodb.query import responses

# Entries looked up (their applications and jobs) at once.
_CHUNK = 100
_NOTIFICATIONS = "entity = :notification"


@dataclass(frozen=True)
class InboxBackfill:
    entries_named: int
    entries_removed: int


async def backfill_inbox_organizations(table: DynamoTable) -> InboxBackfill:
    named = 0
    chunk: list[Item] = []
    async for item in _notifications(table, "kind = :application AND attribute_not_exists(organization_id)",
                                     {":application": {"S": "application"}}):
        chunk.append(item)
        if len(chunk) >= _CHUNK:
            named += await _name_organizations(table, chunk)
            chunk = []
    named += await _name_organizations(table, chunk)
    return InboxBackfill(named, await _remove_of_organizations_left(table))


async def _name_organizations(table: DynamoTable, entries: list[Item]) -> int:
    if not entries:
        return 0
    wanted = {entry["SK"]["S"]: _application_of(entry) for entry in entries}
    application_ids = list(dict.fromkeys(a for a in wanted.values() if a))
    applications = {a.id: a for a in await DynamoApplicationRepository(table).get_many(application_ids) if a}
    jobs = {j.id: j for j in await DynamoJobRepository(table).get_many(
        list({a.job_id for a in applications.values()})) if j}
    named = 0
    for entry in entries:
        application = applications.get(wanted[entry["SK"]["S"]] or "")
        job = jobs.get(application.job_id) if application else None
        if application is None or job is None or application.candidate_id == entry["user_id"]["S"]:
            continue
        named += await _name(table, entry, job.organization_id)
    return named


async def _name(table: DynamoTable, entry: Item, organization_id: str) -> int:
    unread = "read_at" not in entry
    state = "attribute_not_exists(read_at)" if unread else "attribute_exists(read_at)"
    actions: list[dict] = [{"Update": {
        "Key": {"PK": entry["PK"], "SK": entry["SK"]}, "UpdateExpression": "SET organization_id = :org",
        "ConditionExpression": f"attribute_exists(PK) AND attribute_not_exists(organization_id) AND {state}",
        "ExpressionAttributeValues": to_attributes({":org": organization_id}),
    }}]
    if unread:
        actions.append({"Update": {
            "Key": keys.inbox_counts(entry["user_id"]["S"]), "UpdateExpression": "ADD #unread_of :one",
            "ExpressionAttributeNames": {"#unread_of": f"unread_of:{organization_id}"},
            "ExpressionAttributeValues": {":one": {"N": "1"}},
        }})
    try:
        await table.transact(actions)
    except TransactionCancelled:
        # Named, read, or dropped meanwhile: the next run reads it again if still unnamed.
        return 0
    return 1


async def _remove_of_organizations_left(table: DynamoTable) -> int:
    naming: dict[str, set[str]] = defaultdict(set)
    async for item in _notifications(table, "attribute_exists(organization_id)", {}):
        naming[item["user_id"]["S"]].add(item["organization_id"]["S"])
    if not naming:
        return 0
    people = await table.batch_get(keys.user(u) for u in naming)
    inbox, removed = DynamoInbox(table), 0
    for user_id, organizations in naming.items():
        person = people.get((keys.user(user_id)["PK"]["S"], keys.user(user_id)["SK"]["S"]), {})
        recruiting = person.get("organization_id", {}).get("S")
        for organization_id in sorted(organizations - {recruiting} if recruiting else organizations):
            removed += await inbox.remove_of_organization(user_id, organization_id)
    return removed


def _application_of(entry: Item) -> str | None:
    try:
        value = json.loads(entry["data"]["S"]).get("applicationId")
    except (KeyError, ValueError, AttributeError):
        return None
    return str(value) if value not in (None, "") else None


async def _notifications(table: DynamoTable, where: str, values: dict[str, Any]) -> AsyncIterator[Item]:
    request: dict[str, Any] = {
        "TableName": table.name, "FilterExpression": f"{_NOTIFICATIONS} AND {where}",
        "ExpressionAttributeValues": {":notification": {"S": "notification"}, **values}, "ConsistentRead": True,
    }
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            yield item
