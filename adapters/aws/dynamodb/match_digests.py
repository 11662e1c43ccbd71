"""The daily digests on DynamoDB (domain/match_digest.py; docs/dynamodb.md).

An entry is an item of the partition `MATCHDIGEST`, sort key `<day end>#<day>#<person>#<job>`
(the day is the person's own, in their time zone; its end a UTC instant, `ends_at`), its count
added (`ADD`) in the inbox's TransactWriteItems that newly keeps the notice's entry: a retried
send, whose inbox claim exists, adds nothing. The closed days are one Query (sort keys below
the moment asked for), so a pass reads only ended days. Items kept before days were anyone's own
(sort key `<day>#<person>#<job>`, no `ends_at`) are of UTC days, ending at UTC midnight. A person's day is sent in one transaction: a claim item `MATCHDIGESTSENT` /
`<person>#<day>` put only if new, the email as a work-outbox item (relayed to the queue, then
delivered as every notification is, its dedupe key claimed again just before sending), and the
deletion of the day's entries. A racing sender's transaction fails on the claim and sends
nothing; a crash before the commit leaves everything. Entries past what one transaction holds
are deleted after it, the claim keeping a later pass from mailing them again."""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, Item, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.inbox import DynamoInbox
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE
from adapters.aws.dynamodb.work_outbox import outbox_put
from adapters.aws.notify.queued_outbox import DELIVER_NOTIFICATION, delivery_payload
from domain.inbox import Notification
from domain.match_digest import DigestEntry
from domain.ports.match_digests import ComposeDigest
from domain.ports.notifications import Delivery, Outbox
from domain.ports.queue import PendingWork
from domain.users import User

_ENTRIES = "MATCHDIGEST"
_SENT = "MATCHDIGESTSENT"
# Entries deleted in the sending transaction (of 100 actions: the claim and the email besides).
_DELETED_WITH_THE_EMAIL = 90
# How far apart the ends of one person's day may lie: time zones span 26 hours, and a day's
# entries may be kept under two of them.
_DAY_ENDS_APART = timedelta(days=2)
# How long a day's claim is kept: longer than any sender is behind.
_CLAIM_SECONDS = 60 * 24 * 3600
_NAMES = {"#n": "count", "#t": "title", "#u": "user_id", "#d": "day", "#j": "job_id", "#e": "ends_at",
          "#o": "organization_id"}


def entry_update(entry: DigestEntry) -> dict:
    """The transaction action adding `entry` to its person's day and job."""
    ends = _instant(entry.day_ends_at)
    values = {":n": entry.count, ":t": entry.title, ":u": entry.user_id, ":d": entry.day.isoformat(),
              ":j": entry.job_id, ":e": ends}
    sets = "#t = :t, #u = :u, #d = :d, #j = :j, #e = :e"
    if entry.organization_id is not None:
        values[":o"] = entry.organization_id
        sets += ", #o = :o"
    names = {name: value for name, value in _NAMES.items() if name != "#o" or entry.organization_id is not None}
    return {"Update": {
        "Key": keys.key(_ENTRIES, f"{ends}#{entry.day.isoformat()}#{entry.user_id}#{entry.job_id}"),
        "UpdateExpression": f"ADD #n :n SET {sets}", "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": to_attributes(values)}}


class DynamoDigestOutbox:
    """The notifier's outbox on AWS (domain.ports.match_digests.KeepsDigestEntries): inbox
    entries with their digest entries, then the deliveries, in the order the notifier keeps
    without one (inbox first: a failure after it is retried, and both writes drop repeats)."""

    def __init__(self, inbox: DynamoInbox, deliveries: Outbox) -> None:
        self._inbox = inbox
        self._deliveries = deliveries

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        await self._deliveries.enqueue(deliveries)

    async def enqueue_keeping_digested(self, deliveries: list[Delivery], notifications: Sequence[Notification],
                                       limit: int, digest_entries: Sequence[DigestEntry]) -> list[Notification]:
        note_of = {(n.user_id, n.dedupe_key): n.id for n in notifications}
        beside: dict[str, list[dict]] = {}
        for entry in digest_entries:
            note_id = note_of.get((entry.user_id, entry.note_key))
            if note_id is not None:
                beside.setdefault(note_id, []).append(entry_update(entry))
        kept = await self._inbox.keep_with(notifications, limit, beside)
        await self._deliveries.enqueue(deliveries)
        return kept


def _instant(moment: datetime) -> str:
    """A UTC instant whose text sorts as it falls (sort keys compare as text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(item: Item) -> DigestEntry:
    ends = item.get("ends_at", {}).get("S")
    return DigestEntry(item["user_id"]["S"], date.fromisoformat(item["day"]["S"]), item["job_id"]["S"],
                       item["title"]["S"], int(item["count"]["N"]), item.get("organization_id", {}).get("S"),
                       ends_at=datetime.fromisoformat(ends) if ends else None)


class DynamoMatchDigests:
    """Implements domain.ports.match_digests.DigestStore."""

    def __init__(self, table: DynamoTable, work_written: Callable[[], None] | None = None) -> None:
        self._table = table
        self._work_written = work_written

    async def deliver_closed(self, ended_by: datetime, compose: ComposeDigest, at_most: int) -> int:
        # A person's day is sent whole at its earliest end (as on SQLite): its entries may end
        # apart, kept under two time zones (changed that day) or before and after the upgrade
        # (old-style entries end at UTC midnight), so the days ending up to a window past the
        # moment are read, and each day that has begun ending goes with all its entries. Old-style
        # sort keys (a day, not an end, first) sort below any end and are read too.
        below = _instant(ended_by + _DAY_ENDS_APART)
        items = await read_all(self._table, ListQuery(None, _ENTRIES, ascending=True, sort_below=below,
                                                      consistent=True))
        days: dict[tuple[str, str], list[Item]] = {}
        for item in items:
            days.setdefault((item["day"]["S"], item["user_id"]["S"]), []).append(item)
        ended = [(day, entries) for day, entries in days.items()
                 if min(_entry(e).day_ends_at for e in entries) <= ended_by]
        chosen = ended[:at_most]
        people = dict(zip([u for (_, u), _ in chosen],
                          await get_many(self._table, [u for (_, u), _ in chosen], keys.user, User)))
        handled = 0
        for (day, user_id), entries in chosen:
            delivery = compose(people.get(user_id), date.fromisoformat(day), [_entry(e) for e in entries])
            if await self._send(user_id, day, entries, delivery):
                handled += 1
        return handled

    async def _send(self, user_id: str, day: str, entries: list[Item], delivery: Delivery | None) -> bool:
        claim = put_new({**keys.key(_SENT, f"{user_id}#{day}"), **to_attributes(
            {"entity": "match_digest_sent", TTL_ATTRIBUTE: int(time.time()) + _CLAIM_SECONDS})})
        email = [outbox_put(PendingWork(DELIVER_NOTIFICATION, delivery_payload(delivery), delivery.dedupe_key))] \
            if delivery is not None else []
        deleted = [{"Delete": {"Key": {"PK": e["PK"], "SK": e["SK"]}}} for e in entries[:_DELETED_WITH_THE_EMAIL]]
        try:
            await self._table.transact([claim, *email, *deleted])
        except TransactionCancelled as cancelled:
            if not cancelled.failed(0):
                raise
            # Sent already (by another sender, or before a crash): only what is left goes.
            await self._table.batch_delete({"PK": e["PK"], "SK": e["SK"]} for e in entries)
            return False
        if entries[_DELETED_WITH_THE_EMAIL:]:
            await self._table.batch_delete({"PK": e["PK"], "SK": e["SK"]} for e in entries[_DELETED_WITH_THE_EMAIL:])
        if email and self._work_written is not None:
            self._work_written()
        return True

    async def waiting(self, user_id: str) -> list[DigestEntry]:
        """The person's entries still waiting (for tests and operators)."""
        items = await read_all(self._table, ListQuery(None, _ENTRIES, ascending=True, consistent=True))
        return [_entry(i) for i in items if i["user_id"]["S"] == user_id]


__all__ = ["DynamoDigestOutbox", "DynamoMatchDigests", "entry_update"]
