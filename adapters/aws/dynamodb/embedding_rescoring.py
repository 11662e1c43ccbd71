"""Every open job matched again once the résumés are indexed again after a switch of the model or
of the lexical analyzer, on DynamoDB (domain.services.embedding_rescoring's OpenJobsRescoring and
ReembeddingProgress).

SQS cannot say which work is still pending, so each switch records it: one item per parsed
résumé in a partition of its own, `REEMBEDLEFT#<identity>#<switch>` (the switch's id is in the
maker item, `EMBMODEL` or `LEXANALYZER`; written before the résumé's work, so no re-indexing
finishes before its item exists), and once all are written the maker item is marked
`rescore_pending`. The partition is the switch's, not the identity's: starts that finish the
same interrupted switch together write the same items and delete none, and a switch away and
back begins with an empty one (the replaced switch's partition is deleted by the next switch).

Each switch keeps its own partition and mark, the model's and the analyzer's alike, because a
process with an external embedder (Titan, SageMaker) records no model but does switch analyzers,
and because the two switches of one start are two sequences of writes, either of which a crash
can interrupt. A process follows the makers it makes vectors with (`made`: the model and the
analyzer, or the analyzer alone with an external embedder). A re-indexing that ran deletes its
résumé's item in each of their current partitions (a delivery of the same message again deletes
nothing more), then one check decides for all of them together, so a start that switches both
ends with one rescoring: it reads the maker items first (in one request; a re-indexing's check
uses those it read for its deletes when they let it go on), and goes on only if each names this
process's maker, no switch is under way and at least one is marked; then it reads the
partitions strongly consistently; then one transaction removes every mark, on the condition that
each maker item is as read (same identity and switch, marked or not, no switch begun), and
stores RESCORE_AFTER_REEMBEDDING in the work outbox. Hence:
- of workers that all find the partitions empty, exactly one wins the transaction (the others'
  conditions name a mark it removed);
- none fires while a switch is still writing items: a mark is set only after the last item is
  written, and it is read before the partitions are;
- none fires between the two switches of one start: the second maker item still names the old
  identity (or is marked `reembedding`) until that switch has written its items and marked;
- a worker of a replaced model or analyzer never fires: the item names another identity.
A worker whose view changed under it (cancelled transaction) reads again.

A re-indexing given up on after its last attempt is reported too (its handler's on_dead), as a
dead item no longer counts on SQLite. One whose worker died on its last attempt is moved to the
dead-letter queue by SQS, with no code of ours running: its item stays and holds the rescoring
until the dead work is requeued and runs."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, key_of
from adapters.aws.dynamodb.query import ListQuery, read_all, read_slice
from adapters.aws.dynamodb.scoring_version import queue_every_open_job
from adapters.aws.dynamodb.vector_makers import Made, Maker, made_by, names_model, switch_of
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.ports.queue import PendingWork
from domain.services.embedding_rescoring import RESCORE_AFTER_REEMBEDDING

# Reads again after a cancelled transaction at most this often: each cancellation means another
# worker won or a switch began, and the next read says which.
_ATTEMPTS = 4


def left_partition(made: str, record: dict) -> str:
    """The partition of the résumés left by the switch that recorded `record` (naming `made`)."""
    return keys.reembedding_left(made, switch_of(record))


def left_item(partition: str, resume_id: str) -> dict:
    """The item that says the switch of `partition` still has to index the résumé again."""
    return {**keys.key(partition, resume_id), "entity": {"S": "reembedding_left"}}


async def forget(table: DynamoTable, partition: str) -> None:
    """Drops the items of a partition no switch follows any more."""
    items = await read_all(table, ListQuery(None, partition, consistent=True))
    await table.batch_delete([{"PK": item["PK"], "SK": item["SK"]} for item in items])


class DynamoOpenJobsRescoring:
    def __init__(self, table: DynamoTable, made: Sequence[Made], work_written: WorkWritten | None = None) -> None:
        """`made`: each maker this process makes vectors with, and its identity."""
        if not made:
            raise ValueError("a rescoring follows at least one maker")
        self._table, self._made, self._work_written = table, list(made), work_written

    async def resume_reembedded(self, resume_id: str) -> None:
        records = await self._records()
        for (maker, made), record in zip(self._made, records, strict=True):
            if made_by(record, made, maker):  # a worker of a replaced one has nothing to say
                await self._table.delete(keys.key(left_partition(made, record), resume_id))
        # The maker items read before the deletes serve the check when they say a rescoring may
        # be due (all settled, one marked): a mark is set after its switch's last item is
        # written, so the partitions read after it hold every item not deleted, and the
        # transaction holds only while the items are still as read (else it reads again). When
        # they say none is due they are read again: a switch marked between that read and the
        # deletes had its start check while this résumé's item was still there, so only a check
        # after them, seeing the mark, fires.
        await self._queue_if_none_left(records if self._due(records) else None)

    async def queue_rescoring_if_none_left(self) -> bool:
        """True when this call stored the rescoring work (at most one call per switch does)."""
        return await self._queue_if_none_left(None)

    async def _queue_if_none_left(self, read: list[dict] | None) -> bool:
        """`read`: the maker items as just read, saying a rescoring may be due (None: read them)."""
        for _ in range(_ATTEMPTS):
            records, read = read or await self._records(), None
            if not self._due(records):
                return False
            if await self._any_left(records):  # read after the marks (see the module's doc)
                return False
            work = PendingWork(RESCORE_AFTER_REEMBEDDING, {}, RESCORE_AFTER_REEMBEDDING)
            try:
                await self._table.transact([*(_as_read(maker, made, record) for (maker, made), record
                                              in zip(self._made, records, strict=True)), outbox_put(work)])
            except TransactionCancelled:
                continue  # another worker queued it, or a switch began: read again
            if self._work_written is not None:
                self._work_written()
            return True
        return False

    async def queue_every_open_job_if_reembedded(self) -> bool:
        records = await self._records()
        if not self._settled(records) or await self._any_left(records):
            return False
        await queue_every_open_job(self._table)
        if self._work_written is not None:
            self._work_written()
        return True

    async def _records(self) -> list[dict]:
        """The maker items, in one request (each read strongly consistently)."""
        found = await self._table.batch_get([maker.key for maker, _made in self._made])
        return [found.get(key_of(maker.key), {}) for maker, _made in self._made]

    def _due(self, records: Sequence[dict]) -> bool:
        """A rescoring may be due: the makers settled, and one marked."""
        return self._settled(records) and any("rescore_pending" in record for record in records)

    def _settled(self, records: Sequence[dict]) -> bool:
        """Every maker item names this process's maker, and no switch of one is under way."""
        return all(made_by(record, made, maker) and "reembedding" not in record
                   for (maker, made), record in zip(self._made, records, strict=True))

    async def _any_left(self, records: Sequence[dict]) -> bool:
        for (_maker, made), record in zip(self._made, records, strict=True):
            query = ListQuery(None, left_partition(made, record), consistent=True)
            if await read_slice(self._table, query, 0, 1):
                return True
        return False


def _as_read(maker: Maker, made: str, record: dict) -> dict[str, Any]:
    """The transaction action that holds while the maker item is as `record` was read, and that
    removes its mark if it had one."""
    values = {":made": {"S": made}}
    conditions = [names_model(made, value=":made", unrecorded=maker.unrecorded), "attribute_not_exists(reembedding)"]
    if (switch := switch_of(record)) is None:
        conditions.append("attribute_not_exists(switch)")
    else:
        conditions.append("switch = :switch")
        values[":switch"] = {"S": switch}
    if "rescore_pending" in record:
        return {"Update": {"Key": maker.key, "UpdateExpression": "REMOVE rescore_pending",
                           "ConditionExpression": " AND ".join([*conditions, "attribute_exists(rescore_pending)"]),
                           "ExpressionAttributeValues": values}}
    return {"ConditionCheck": {"Key": maker.key,
                               "ConditionExpression": " AND ".join([*conditions, "attribute_not_exists(rescore_pending)"]),
                               "ExpressionAttributeValues": values}}
