"""Recruiters taken out of an organization before user items kept the organizations left
(`past_organization_ids`, organization_members.py), brought to what a removal records now; run
by `talentgraph provision`.

An erasure forgets the recruiter's id on the jobs they posted and the pipeline moves they made
in their organization and in each one they left, found through that set. A recruiter removed
before it was kept has none, so their id would stay on what they did in the organization they
left. One consistent Scan finds every job with a `posted_by` and every application event with
a `by_user_id`, with the organization each belongs to (a job's own; an event's application's);
then, per person:
- an employer who no longer belongs to one of those organizations gets it added to the set
  (ADD: idempotent, and a set that already holds it is unchanged);
- a person whose item is gone was erased before: their id is removed from those items, each on
  the condition that it still names them, as SQLite's foreign keys set it NULL.
Candidates (their own withdrawals name them) get nothing added. Running it again changes
nothing; a run stopped halfway is finished by the next."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, Item
from adapters.aws.dynamodb.query import responses
from domain.users import Role


@dataclass(frozen=True)
class PastOrganizationBackfill:
    people_given_organizations: int
    ids_of_erased_people_removed: int


@dataclass
class _Done:
    """What one person did, per organization: the items (and the attribute) naming them."""

    items: dict[str, list[tuple[Item, str]]]


async def backfill_past_organizations(table: DynamoTable) -> PastOrganizationBackfill:
    by_person: dict[str, _Done] = defaultdict(lambda: _Done(defaultdict(list)))
    events: list[Item] = []
    request: dict[str, Any] = {
        "TableName": table.name, "ConsistentRead": True,
        "FilterExpression": "(entity = :job AND attribute_exists(posted_by)) OR attribute_exists(by_user_id)",
        "ProjectionExpression": "PK, SK, entity, organization_id, posted_by, by_user_id",
        "ExpressionAttributeValues": {":job": {"S": "job"}}}
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            if "posted_by" in item and item.get("entity", {}).get("S") == "job":
                by_person[item["posted_by"]["S"]].items[item["organization_id"]["S"]].append((item, "posted_by"))
            elif "by_user_id" in item:
                events.append(item)
    applications = await table.batch_get({"PK": pk, "SK": {"S": "APP"}}
                                         for pk in {event["PK"]["S"]: event["PK"] for event in events}.values())
    for event in events:
        application = applications.get((event["PK"]["S"], "APP"))
        if application is not None and "organization_id" in application:
            by_person[event["by_user_id"]["S"]].items[application["organization_id"]["S"]].append(
                (event, "by_user_id"))
    people = await table.batch_get(keys.user(user_id) for user_id in by_person)
    given = removed = 0
    for user_id, done in by_person.items():
        person = people.get((keys.user(user_id)["PK"]["S"], "USER"))
        if person is None:
            removed += await _forget(table, user_id, done)
        elif person.get("role", {}).get("S") == Role.EMPLOYER.value:
            current = person.get("organization_id", {}).get("S")
            left = sorted(set(done.items) - {current} - set(person.get("past_organization_ids", {}).get("SS", [])))
            if left and await table.update(keys.user(user_id), "ADD past_organization_ids :left",
                                           "attribute_exists(PK)", ExpressionAttributeValues={":left": {"SS": left}}):
                given += 1
    return PastOrganizationBackfill(given, removed)


async def _forget(table: DynamoTable, user_id: str, done: _Done) -> int:
    removed = 0
    for items in done.items.values():
        for item, attribute in items:
            removed += await table.update({"PK": item["PK"], "SK": item["SK"]}, f"REMOVE {attribute}",
                                          f"{attribute} = :id", ExpressionAttributeValues={":id": {"S": user_id}})
    return removed
