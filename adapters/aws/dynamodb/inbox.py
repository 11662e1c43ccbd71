"""The inbox on DynamoDB (implements domain.ports.inbox.Inbox; docs/dynamodb.md, "Inbox").

A notification is an item in its person's partition `INBOX#<user>` with its id as sort key
(ids sort as creation times), so a page is a consistent Query newest first; while unread it also
carries GSI1 keys `INBOX#<user>#UNREAD` / `<id>` (a sparse index) for the unread-only pages.
Keeping one is one TransactWriteItems: a check that the person exists and is not being erased,
the dedupe claim (new-only: a retried send adds nothing), the item, the deletion of the oldest
past the limit (each on the condition that it is still there in the read state seen) and the
counter item's `ADD kept, unread`. A notification naming an organization is kept only while the
person's item says they recruit for it (the same ConditionCheck): a removal from the
organization is a write to that item, so the two are ordered. Marking read is a transaction per notification: the item's
`read_at` set on the condition that it is unset, with `ADD unread -1`. So the counters change
only with the items they count, and two tabs marking the same one read count it once.

Every read passes over the entries of an organization the person no longer recruits for (their
user item read strongly beside the entries): pages filter them in the Query (a FilterExpression,
read on until the page is full or the partition ends), and the counter item also counts the
unread entries of each organization (`unread_of:<organization>`), those of other organizations
than the person's taken off the unread count. Entries kept before those counters began are not
in them: a leaving that crashed before its removal ran shows them in the count (not in lists)
until the queued removal runs, and a negative counter is read as none."""
from __future__ import annotations

import asyncio
import copy
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from boto3.dynamodb.conditions import Attr, ConditionBase

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, Item, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.query import ListQuery, read_all, read_pages, read_slice
from adapters.aws.dynamodb.retry import RetryPolicy
from domain.errors import TransientFailure
from domain.inbox import Notification
from domain.pagination import Page, PageRequest

# Oldest notifications dropped by one keep at most (a lowered limit is reached over later writes).
_PRUNED_PER_WRITE = 30
_ATTEMPTS = 8
# Marks in flight at once: a whole inbox marked read is up to the limit's transactions.
_MARKS_AT_ONCE = 16


def _key_of(key: Item) -> tuple[str, str]:
    return key["PK"]["S"], key["SK"]["S"]


def _claim_hash(dedupe_key: str) -> str:
    return hashlib.sha256(dedupe_key.encode()).hexdigest()


def _item(note: Notification) -> Item:
    values = {
        "entity": "notification", "id": note.id, "user_id": note.user_id, "kind": note.kind,
        "subject": note.subject, "text": note.text, "data": json.dumps(note.data), "dedupe_key": note.dedupe_key,
        "created_at": note.created_at.isoformat(), "read_at": note.read_at.isoformat() if note.read_at else None,
        "organization_id": note.organization_id,
    }
    if note.read_at is None:
        values.update(GSI1PK=keys.inbox_unread(note.user_id), GSI1SK=note.id)
    return {**keys.inbox_note(note.user_id, note.id), **to_attributes(values)}


def _notification(item: Item) -> Notification:
    read_at = item.get("read_at", {}).get("S")
    return Notification(
        id=item["id"]["S"], user_id=item["user_id"]["S"], kind=item["kind"]["S"], subject=item["subject"]["S"],
        text=item["text"]["S"], created_at=datetime.fromisoformat(item["created_at"]["S"]),
        data=json.loads(item["data"]["S"]), dedupe_key=item.get("dedupe_key", {}).get("S"),
        read_at=datetime.fromisoformat(read_at) if read_at else None,
        organization_id=item.get("organization_id", {}).get("S"),
    )


_UNREAD_OF = "unread_of:"


def _organization(item: Item) -> str | None:
    return item.get("organization_id", {}).get("S")


def _counter(user_id: str, kept: int, unread: Iterable[tuple[str | None, int]]) -> dict:
    """The counts moved by `kept` and by each (organization or None, unread change)."""
    by_organization: Counter[str] = Counter()
    total = 0
    for organization_id, change in unread:
        total += change
        if organization_id is not None:
            by_organization[organization_id] += change
    changed = [(o, n) for o, n in by_organization.items() if n]
    names = {f"#o{i}": f"{_UNREAD_OF}{o}" for i, (o, _) in enumerate(changed)}
    values = {":k": kept, ":u": total, **{f":o{i}": n for i, (_, n) in enumerate(changed)}}
    adds = "".join(f", #o{i} :o{i}" for i in range(len(changed)))
    return {"Update": {
        "Key": keys.inbox_counts(user_id), "UpdateExpression": f"ADD kept :k, unread :u{adds}",
        "ExpressionAttributeValues": to_attributes(values), **({"ExpressionAttributeNames": names} if names else {}),
    }}


def _unread_changes(victims: Sequence[Item]) -> list[tuple[str | None, int]]:
    return [(_organization(v), -1) for v in victims if _unread(v)]


def _visible_to(organization_id: str | None) -> ConditionBase:
    """The entries someone recruiting for `organization_id` (or for none) may see."""
    own = Attr("organization_id").not_exists()
    return own if organization_id is None else own | Attr("organization_id").eq(organization_id)


def _shown(note: Notification, organization_id: str | None) -> bool:
    return note.organization_id is None or note.organization_id == organization_id


def _unread_shown(counts: Item, organization_id: str | None) -> int:
    hidden = sum(max(0, int(value["N"])) for name, value in counts.items()
                 if name.startswith(_UNREAD_OF) and name[len(_UNREAD_OF):] != organization_id)
    return max(0, int(counts["unread"]["N"]) - hidden) if "unread" in counts else 0


def _unread(item: Item) -> bool:
    return "read_at" not in item


def _deletions(user_id: str, victim: Item) -> list[dict]:
    """The notification and its dedupe claim, on the condition that it is still there in the read
    state seen (the counters are changed by what was seen)."""
    state = "attribute_not_exists(read_at)" if _unread(victim) else "attribute_exists(read_at)"
    actions: list[dict] = [{"Delete": {"Key": {"PK": victim["PK"], "SK": victim["SK"]},
                                       "ConditionExpression": f"attribute_exists(PK) AND {state}"}}]
    if "dedupe_key" in victim:
        actions.append({"Delete": {"Key": keys.inbox_claim(user_id, _claim_hash(victim["dedupe_key"]["S"]))}})
    return actions


def _recipient_check(note: Notification) -> dict:
    condition = "attribute_exists(PK) AND attribute_not_exists(erasing)"
    if note.organization_id is None:
        return {"ConditionCheck": {"Key": keys.user(note.user_id), "ConditionExpression": condition}}
    return {"ConditionCheck": {
        "Key": keys.user(note.user_id), "ConditionExpression": f"{condition} AND organization_id = :org",
        "ExpressionAttributeValues": to_attributes({":org": note.organization_id})}}


class DynamoInbox:
    def __init__(self, table: DynamoTable, retry: RetryPolicy | None = None) -> None:
        self._table = table
        self._retry = retry or RetryPolicy()

    async def keep(self, notifications: Sequence[Notification], limit: int) -> list[Notification]:
        return await self.keep_with(notifications, limit, {})

    async def keep_with(self, notifications: Sequence[Notification], limit: int,
                        beside: Mapping[str, Sequence[dict]]) -> list[Notification]:
        """As keep; a notification's actions in `beside` (by its id) are in the transaction that
        keeps it, so they are written with it or not at all (a retried send writes neither)."""
        kept = []
        for note in notifications:
            if await self._keep_one(note, limit, beside.get(note.id, ())):
                kept.append(note)
        return kept

    async def _keep_one(self, note: Notification, limit: int, beside: Sequence[dict] = ()) -> bool:
        for attempt in range(1, _ATTEMPTS + 1):
            counts = await self._table.get(keys.inbox_counts(note.user_id))
            stored = int(counts["kept"]["N"]) if counts and "kept" in counts else 0
            excess = min(stored + 1 - limit, _PRUNED_PER_WRITE)
            victims = await read_slice(self._table, ListQuery(None, keys.inbox(note.user_id), ascending=True,
                                                              consistent=True), 0, excess) if excess > 0 else []
            actions: list[dict] = [_recipient_check(note)]
            if note.dedupe_key:
                actions.append(put_new({**keys.inbox_claim(note.user_id, _claim_hash(note.dedupe_key)),
                                        **to_attributes({"entity": "inbox_claim", "notification_id": note.id})}))
            actions.append(put_new(_item(note)))
            for victim in victims:
                actions.extend(_deletions(note.user_id, victim))
            actions.append(_counter(note.user_id, 1 - len(victims),
                                    [(note.organization_id, 1), *_unread_changes(victims)]))
            actions.extend(copy.deepcopy(list(beside)))  # transact() names the table in each
            try:
                await self._table.transact(actions)
                return True
            except TransactionCancelled as cancelled:
                if cancelled.failed(0) or (note.dedupe_key and cancelled.failed(1)):
                    return False  # the person is gone (or left the organization), or it is kept already
            # An oldest one was marked read or dropped meanwhile: read again.
            await self._retry.pause_before_retry(attempt, "an inbox write racing another")
        raise TransientFailure("the inbox kept changing under this write; try again")

    async def _recruiting_for(self, user_ids: Sequence[str]) -> dict[str, str | None]:
        """The organization each person recruits for now (read strongly), or None."""
        found = await self._table.batch_get(keys.user(u) for u in user_ids) if user_ids else {}
        return {u: _organization(found.get(_key_of(keys.user(u)), {})) for u in user_ids}

    async def pages(self, user_ids: Sequence[str], unread_only: bool, page: PageRequest) -> list[Page[Notification]]:
        recruiting = await self._recruiting_for(list(dict.fromkeys(user_ids)))
        queries = [
            replace(ListQuery(keys.GSI1, keys.inbox_unread(u)) if unread_only
                    else ListQuery(None, keys.inbox(u), consistent=True), where=_visible_to(recruiting[u]))
            for u in user_ids
        ]
        return await read_pages(self._table, queries, page, _notification)

    async def get_many(self, user_id: str, ids: Sequence[str]) -> list[Notification | None]:
        if not ids:
            return []
        # The person's item in the same batch as the entries.
        found = await self._table.batch_get([keys.user(user_id), *(keys.inbox_note(user_id, i) for i in ids)])
        recruiting = _organization(found.get(_key_of(keys.user(user_id)), {}))
        notes = [found.get((keys.inbox(user_id), i)) for i in ids]
        shown = [_notification(item) if item is not None else None for item in notes]
        return [note if note is not None and _shown(note, recruiting) else None for note in shown]

    async def unread_counts(self, user_ids: Sequence[str]) -> list[int]:
        unique = list(dict.fromkeys(user_ids))
        found = await self._table.batch_get(
            [*(keys.inbox_counts(u) for u in unique), *(keys.user(u) for u in unique)]) if unique else {}
        return [_unread_shown(found.get(_key_of(keys.inbox_counts(u)), {}),
                              _organization(found.get(_key_of(keys.user(u)), {}))) for u in user_ids]

    async def mark_read(self, user_id: str, ids: Sequence[str], at: datetime) -> list[str]:
        wanted = list(dict.fromkeys(ids))
        found = await self.get_many(user_id, wanted)
        missing = [i for i, note in zip(wanted, found) if note is None]
        if missing:
            return missing
        await self._mark_each(user_id, [note for note in found if note and not note.read_at], at)
        return []

    async def _mark_each(self, user_id: str, notes: list[Notification], at: datetime) -> int:
        marked = 0
        for start in range(0, len(notes), _MARKS_AT_ONCE):
            chunk = notes[start:start + _MARKS_AT_ONCE]
            marked += sum(await asyncio.gather(*(self._mark_one(user_id, note, at) for note in chunk)))
        return marked

    async def _mark_one(self, user_id: str, note: Notification, at: datetime) -> bool:
        try:
            await self._table.transact([
                {"Update": {
                    "Key": keys.inbox_note(user_id, note.id),
                    "UpdateExpression": "SET read_at = :at REMOVE GSI1PK, GSI1SK",
                    "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(read_at)",
                    "ExpressionAttributeValues": to_attributes({":at": at.isoformat()}),
                }},
                _counter(user_id, 0, [(note.organization_id, -1)]),
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(0):
                return False  # read (or dropped) meanwhile: counted by whoever did it
            raise
        return True

    async def mark_all_read(self, user_id: str, before: datetime | None, at: datetime) -> int:
        # The base table, not the lagging unread index: one marked a moment ago is not missed.
        (recruiting, items) = await asyncio.gather(
            self._recruiting_for([user_id]), read_all(self._table, ListQuery(None, keys.inbox(user_id), consistent=True)))
        due = [note for note in (_notification(i) for i in items if _unread(i)) if _shown(note, recruiting[user_id])]
        if before is not None:
            due = [note for note in due if note.created_at < before]
        return await self._mark_each(user_id, due, at)

    async def remove_all(self, user_id: str) -> None:
        items = await read_all(self._table, ListQuery(None, keys.inbox(user_id), consistent=True))
        claims = [keys.inbox_claim(user_id, _claim_hash(i["dedupe_key"]["S"])) for i in items if "dedupe_key" in i]
        await self._table.batch_delete([*({"PK": i["PK"], "SK": i["SK"]} for i in items), *claims,
                                        keys.inbox_counts(user_id)])

    async def remove_of_organization(self, user_id: str, organization_id: str, ids: Sequence[str] = ()) -> int:
        listed, removed = set(ids), 0
        for attempt in range(1, _ATTEMPTS + 1):
            # The base table read strongly: one kept just before the person left is among these.
            items = await read_all(self._table, ListQuery(None, keys.inbox(user_id), consistent=True))
            due = [i for i in items if _organization(i) == organization_id or i["id"]["S"] in listed]
            try:
                for start in range(0, len(due), _PRUNED_PER_WRITE):
                    part = due[start:start + _PRUNED_PER_WRITE]
                    await self._table.transact([*(a for victim in part for a in _deletions(user_id, victim)),
                                                _counter(user_id, -len(part), _unread_changes(part))])
                    removed += len(part)
                return removed
            except TransactionCancelled:
                # One was marked read, or dropped, meanwhile: read again.
                await self._retry.pause_before_retry(attempt, "an inbox removal racing another write")
        raise TransientFailure("the inbox kept changing under this removal; try again")
