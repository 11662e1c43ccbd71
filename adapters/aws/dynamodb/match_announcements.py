"""The outbox of match announcements on DynamoDB (implements
domain.ports.match_announcements.KeepsMatchAnnouncements for DynamoMatchRepository): an item
per new match in the `MATCHANNOUNCE` partition, put by the TransactWriteItems that creates
the match (a third action of the same request: no request added to the write), held by the
writer for its lease. Announced items go in one BatchWriteItem per 25; a relay reads the
partition (one consistent Query: only what is in flight or left behind) and claims a free
item with a conditional update, so two relays never take the same one; each claim adds one
to the item's `attempts`, and past the relay's limit the item moves to the dead ones
(dead_match_announcements.py). A pass's items may come back over several claims: each claimed
one carries the scores of every item of its pass the read found (held by anyone), so the
pass's notice counts the whole pass whichever claim sends it (an item already announced and
gone means the notice went out with an earlier part)."""
from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import UTC, datetime

from adapters.aws.dynamodb.access import DynamoTable, put_new
from adapters.aws.dynamodb.dead_match_announcements import DEAD_PARTITION, attempts_of, requeue, set_aside
from adapters.aws.dynamodb.keys import key
from adapters.aws.dynamodb.query import ListQuery, count, read_after, read_all
from domain.matches import Match
from domain.ports.match_announcements import DeadAnnouncement, PendingAnnouncement

_PARTITION = "MATCHANNOUNCE"


def announcement_put(m: Match, lease_seconds: float, pass_id: str) -> dict:
    """The transaction action that records a new match's announcement beside it, naming the
    write that found it (`pass_id`: an item per match, so the write's items are told apart
    from another's by it alone)."""
    return put_new({
        **key(_PARTITION, m.id), "candidate_id": {"S": m.candidate_id}, "job_id": {"S": m.job_id},
        "pass": {"S": pass_id},
        "score": {"N": repr(m.score)}, "found_at": {"S": m.created_at.isoformat()}, "published": {"BOOL": False},
        "claimed_until": {"N": repr(time.time() + lease_seconds)},
    })


def announcement_key(match_id: str) -> dict:
    return key(_PARTITION, match_id)


class DynamoMatchAnnouncements:
    """The relay's side of the items; DynamoMatchRepository inherits it."""

    _table: DynamoTable
    # How long an announcer holds its items: past it, a relay takes them as its own.
    announcement_lease_seconds: float = 60.0

    def announcement_records(self, new: Sequence[Match]) -> list[str]:
        return [m.id for m in new]

    def announcement_pass(self, written: Sequence[Match], new: Sequence[Match]) -> str:
        return write_pass(written)

    async def claim_announcements(self, limit: int, max_attempts: int | None = None) -> list[PendingAnnouncement]:
        now = time.time()
        items = await read_all(self._table, ListQuery(None, _PARTITION, ascending=True, consistent=True))
        free = [i for i in items if float(i["claimed_until"]["N"]) <= now]
        if max_attempts is not None:
            await asyncio.gather(*(set_aside(self._table, i, now) for i in free if attempts_of(i) >= max_attempts))
            free = [i for i in free if attempts_of(i) < max_attempts]
        free = free[:limit]
        until = {"N": repr(now + self.announcement_lease_seconds)}
        taken = await asyncio.gather(*(
            self._table.update(announcement_key(i["SK"]["S"]), "SET claimed_until = :until ADD attempts :one",
                               "claimed_until = :seen",
                               ExpressionAttributeValues={":until": until, ":seen": i["claimed_until"],
                                                          ":one": {"N": "1"}})
            for i in free))
        passes = _pass_scores(items)
        return [_pending(item, passes) for item, won in zip(free, taken) if won]

    async def dead_announcements(self) -> int:
        return await count(self._table, ListQuery(None, DEAD_PARTITION, ascending=True, consistent=True))

    async def list_dead_announcements(self, limit: int, after: str | None = None) -> list[DeadAnnouncement]:
        # The table itself, read consistently: an item set aside a moment ago is listed.
        items = await read_after(
            self._table, ListQuery(None, DEAD_PARTITION, ascending=True, consistent=True, after=after), limit)
        return [DeadAnnouncement(record_id=item["SK"]["S"], match_ids=[item["SK"]["S"]], attempts=attempts_of(item),
                                 dead_at=datetime.fromtimestamp(float(item["dead_at"]["N"]), UTC))
                for item in items]

    async def requeue_dead_announcements(self, record_ids: Sequence[str] | None = None) -> list[str]:
        return await requeue(self._table, _PARTITION, record_ids)

    async def announcements_done(self, record_ids: Sequence[str]) -> None:
        await self._table.batch_delete(announcement_key(i) for i in record_ids)

    async def announcements_failed(self, record_ids: Sequence[str], published: bool, retry_in: float = 0.0) -> None:
        # Only while the item exists: an update never recreates one a relay has finished.
        expression = "SET claimed_until = :free_at" + (", published = :true" if published else "")
        free_at = {"N": repr(time.time() + retry_in) if retry_in > 0 else "0"}
        values = {":free_at": free_at, **({":true": {"BOOL": True}} if published else {})}
        await asyncio.gather(*(
            self._table.update(announcement_key(i), expression, "attribute_exists(PK)", ExpressionAttributeValues=values)
            for i in record_ids))


def write_pass(written: Sequence[Match]) -> str:
    """A write's pass id: its first row's id, fresh for every row a pass scores, known before
    any item is put (which rows are new is known only after)."""
    return written[0].id if written else ""


def _pass_scores(items: Sequence[dict]) -> dict[tuple[str, str], dict[str, float]]:
    """Per job and pass, each of its items' candidate and score (items without a pass, written
    before there were passes, are a pass of their own and left out)."""
    passes: dict[tuple[str, str], dict[str, float]] = {}
    for item in items:
        if "pass" in item:
            scores = passes.setdefault((item["job_id"]["S"], item["pass"]["S"]), {})
            scores[item["candidate_id"]["S"]] = max(float(item["score"]["N"]), scores.get(item["candidate_id"]["S"], 0.0))
    return passes


def _pending(item: dict, passes: dict[tuple[str, str], dict[str, float]]) -> PendingAnnouncement:
    match_id = item["SK"]["S"]
    pass_id = item["pass"]["S"] if "pass" in item else ""
    return PendingAnnouncement(
        record_id=match_id, match_id=match_id, candidate_id=item["candidate_id"]["S"], job_id=item["job_id"]["S"],
        score=float(item["score"]["N"]), found_at=datetime.fromisoformat(item["found_at"]["S"]),
        published=item["published"]["BOOL"], attempts=attempts_of(item) + 1,
        pass_id=pass_id, pass_scores=passes.get((item["job_id"]["S"], pass_id)) if pass_id else None)
