"""Every open job matched again once the résumés are embedded again after a model switch, on
DynamoDB (domain.services.embedding_rescoring's OpenJobsRescoring and ReembeddingProgress).

SQS cannot say which work is still pending, so the switch records it: one item per parsed
résumé in the partition `REEMBEDLEFT#<model>` (written before the résumé's work, so no
re-embedding finishes before its item exists), and once all are written the model item is
marked `rescore_pending`. A re-embedding that ran deletes its résumé's item (a delivery of the
same message again deletes nothing more), then reads the partition strongly consistently: the
worker whose delete came last sees it empty, whatever the interleaving. Only then it tries
one transaction that removes the mark (on the condition that it is there and the model is
still this one) and stores RESCORE_AFTER_REEMBEDDING in the work outbox: of workers that all
see the partition empty, exactly one wins it. The mark is set after the last item is
written, so a worker finishing while the switch is still writing items never fires early;
the switch itself checks once after marking, for résumés all done before it.

A re-embedding given up on after its last attempt is reported too (its handler's on_dead), as
a dead item no longer counts on SQLite. One whose worker died on its last attempt is moved to
the dead-letter queue by SQS, with no code of ours running: its item stays and holds the
rescoring until the dead work is requeued and runs."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.query import ListQuery, read_all, read_slice
from adapters.aws.dynamodb.scoring_version import queue_every_open_job
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.ports.queue import PendingWork
from domain.services.embedding_rescoring import RESCORE_AFTER_REEMBEDDING


def left_item(model_id: str, resume_id: str) -> dict:
    """The item that says the switch to `model_id` still has to embed the résumé again."""
    return {**keys.key(keys.reembedding_left(model_id), resume_id), "entity": {"S": "reembedding_left"}}


async def forget_left(table: DynamoTable, model_id: str) -> None:
    """Drops what an earlier switch to the same model left (a switch away and back): the new
    switch writes every parsed résumé's item again."""
    items = await read_all(table, ListQuery(None, keys.reembedding_left(model_id), consistent=True))
    await table.batch_delete([{"PK": item["PK"], "SK": item["SK"]} for item in items])


class DynamoOpenJobsRescoring:
    def __init__(self, table: DynamoTable, model_id: str, work_written: WorkWritten | None = None) -> None:
        self._table, self._model_id, self._work_written = table, model_id, work_written

    async def resume_reembedded(self, resume_id: str) -> None:
        await self._table.delete(keys.key(keys.reembedding_left(self._model_id), resume_id))
        await self.queue_rescoring_if_none_left()

    async def queue_rescoring_if_none_left(self) -> bool:
        """True when this call stored the rescoring work (at most one call per switch does)."""
        if await self._any_left():
            return False
        work = PendingWork(RESCORE_AFTER_REEMBEDDING, {}, RESCORE_AFTER_REEMBEDDING)
        try:
            await self._table.transact([
                {"Update": {"Key": keys.EMBEDDING_MODEL, "UpdateExpression": "REMOVE rescore_pending",
                            "ConditionExpression": "model = :model AND attribute_exists(rescore_pending)",
                            "ExpressionAttributeValues": {":model": {"S": self._model_id}}}},
                outbox_put(work),
            ])
        except TransactionCancelled:
            return False  # another worker queued it, the switch is not done marking, or another model came
        if self._work_written is not None:
            self._work_written()
        return True

    async def queue_every_open_job_if_reembedded(self) -> bool:
        if await self._any_left():
            return False
        await queue_every_open_job(self._table)
        if self._work_written is not None:
            self._work_written()
        return True

    async def _any_left(self) -> bool:
        query = ListQuery(None, keys.reembedding_left(self._model_id), consistent=True)
        return bool(await read_slice(self._table, query, 0, 1))
