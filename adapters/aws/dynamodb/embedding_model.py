"""The identity of the model that made the stored vectors, on DynamoDB (implements
domain.ports.embedding_model.EmbeddingModelRecord): one item `EMBMODEL`, and on every vector
item the `model` that made it.

A vector of the model is written in a TransactWriteItems with a ConditionCheck that the item
still names the writer's model (model_guard), so once a start has recorded another model no
process of the old one stores a vector, whatever the interleaving. DynamoDB has no
transaction large enough to swap every vector at once, so the switch is a recorded, resumable
sequence: (1) the item names the new model, is marked `reembedding` and gets the switch's id
(a conditional write over the identity read, so of two racing starts one wins and the other
reads again); (2) a strongly consistent Scan finds the vectors another model made and replaces
each with a tombstone (the replicas' change feed then drops it), each conditional on the item
still naming this model; (3) a consistent Scan finds every open job and parsed résumé and stores
their work in the work outbox (the relay sends it; dedupe keys keep one per job or résumé),
each résumé's after an item recording that it is left to index again, in the switch's own
partition (embedding_rescoring.py), and the partition of the switch it replaced is dropped (a
switch replacing an unfinished one drops, as it records, the partition that one was to drop);
(4) the mark is removed, and where there is a pair to match the item is marked
`rescore_pending` in the same write: every open job is matched again once no résumé is left.
Only the first start to reach (4) marks: one finishing the same switch later writes items its
résumés' work (queued again) deletes, and marks nothing again. A crash anywhere leaves the
mark `reembedding`, and the next start with the model does the rest again (every step is
idempotent, and the switch's id keeps its partition). Consistent Scans, never a GSI: a vector
written just before the switch is found. A reader of a model (DynamoEmbeddingStore with a
model_id) also ignores vectors of another one, so none is compared in the moments between
(1) and (2).

Vectors stored before identities were recorded carry no `model`: every one was the local
model's float32 one (the AWS backend embedded only in float32), as migration 27 records for
SQLite, and an item that does not exist yet names that model too.

The lexical analyzer that made the term vectors (domain.ports.lexical_analyzer) is recorded and
switched the same way, in its own item `LEXANALYZER` (vector_makers.Maker), rescoring at the end
included: its term vectors name it in their `model` attribute, and those that name none are the
first analyzer's. Its switch keeps its own partition and mark rather than the running model's:
a process with an external embedder records no model, and a start that switches both makers
must fire one rescoring after both (embedding_rescoring.py says how the one check covers both)."""
from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any

from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.embedding_rescoring import DynamoOpenJobsRescoring, forget, left_item, left_partition
from adapters.aws.dynamodb.query import responses
from adapters.aws.dynamodb.vector_makers import (
    EMBEDDING_MODEL,
    LEXICAL_ANALYZER,
    UNRECORDED_MODEL,
    Made,
    Maker,
    made_by,
    model_guard,
    names_model,
    switch_of,
)
from adapters.aws.dynamodb.work_outbox import outbox_put
from domain.ports.queue import PendingWork
from domain.services.matching_triggers import MATCH_JOB
from domain.services.resume_reembedding import REEMBED_RESUME

__all__ = ["EMBEDDING_MODEL", "LEXICAL_ANALYZER", "UNRECORDED_MODEL", "DynamoEmbeddingModel", "Maker",
           "made_by", "model_guard", "names_model"]


class DynamoEmbeddingModel:
    def __init__(self, table: DynamoTable, tombstone: Any, maker: Maker = EMBEDDING_MODEL,
                 followed: Sequence[Made] = ()) -> None:
        """`tombstone(kind, owner_id)`: the item that replaces a vector (with its change number);
        `followed`: the other makers the adopting process makes vectors with (the rescoring at
        the end of a switch waits for theirs too)."""
        self._table = table
        self._tombstone = tombstone
        self._maker = maker
        self._followed = [(other, made) for other, made in followed if other is not maker]

    async def recorded(self) -> str:
        item = await self._table.get(self._maker.key)
        return item["model"]["S"] if item and "model" in item else self._maker.unrecorded

    async def adopt(self, model_id: str) -> bool:
        while True:
            record = await self._table.get(self._maker.key) or {}
            recorded = record["model"]["S"] if "model" in record else self._maker.unrecorded
            if recorded == model_id and "reembedding" not in record:
                return False
            if recorded != model_id:
                await self._record(model_id, record, recorded)
                continue  # read what is recorded now: this switch, or another start's
            if switch_of(record) is None:  # unfinished, and recorded before switches had an id
                await self._name_switch(model_id)
                continue
            break
        await self._drop_vectors_of_other_models(model_id)
        any_pair = await self._queue_everything(left_partition(model_id, record))
        if "replaced" in record:
            await forget(self._table, record["replaced"]["S"])
        # Marked only now that every résumé's item is written, and only by the first start to
        # get here: no worker finding none left fires while items are still to be written, and
        # a start finishing the same switch later marks nothing again.
        marked = await self._table.update(
            self._maker.key, "SET rescore_pending = :yes REMOVE reembedding, replaced" if any_pair
            else "REMOVE reembedding, replaced", "model = :model AND switch = :switch AND attribute_exists(reembedding)",
            ExpressionAttributeValues={":model": {"S": model_id}, ":switch": record["switch"],
                                       **({":yes": {"BOOL": True}} if any_pair else {})})
        if marked and any_pair:  # every résumé may be indexed again already
            rescoring = DynamoOpenJobsRescoring(self._table, [(self._maker, model_id), *self._followed])
            await rescoring.queue_rescoring_if_none_left()
        return True

    async def _record(self, model_id: str, seen_record: dict, seen: str) -> bool:
        values: dict[str, Any] = {"entity": "embedding_model", "model": model_id, "reembedding": True,
                                  "switch": uuid.uuid4().hex}
        if "model" in seen_record:  # the replaced switch's résumés left are nobody's any more
            values["replaced"] = left_partition(seen, seen_record)
        if "replaced" in seen_record:
            # The seen switch did not finish: what it was to drop would be overwritten, and no
            # switch would follow it again (a switch back gets a new id). Dropped before it is
            # overwritten, so a crash in between leaves it named for the next start.
            await forget(self._table, seen_record["replaced"]["S"])
        item = {**self._maker.key, **to_attributes(values)}
        return await self._table.put(item, names_model(seen, value=":seen", unrecorded=self._maker.unrecorded),
                                     ExpressionAttributeValues={":seen": {"S": seen}})

    async def _name_switch(self, model_id: str) -> None:
        """Gives an unfinished switch of an earlier version an id: finished in its own partition,
        the earlier one's dropped (it may hold what a switch away and back left)."""
        await self._table.update(
            self._maker.key, "SET switch = :switch, replaced = :replaced",
            "model = :model AND attribute_exists(reembedding) AND attribute_not_exists(switch)",
            ExpressionAttributeValues={":switch": {"S": uuid.uuid4().hex}, ":model": {"S": model_id},
                                       ":replaced": {"S": left_partition(model_id, {})}})

    async def _drop_vectors_of_other_models(self, model_id: str) -> None:
        kinds = self._maker.kinds
        made_here = names_model(model_id, unrecorded=self._maker.unrecorded)
        values = {":embedding": {"S": "embedding"}, ":model": {"S": model_id},
                  **{f":k{i}": {"S": kind} for i, kind in enumerate(kinds)}}
        marks = ", ".join(f":k{i}" for i in range(len(kinds)))
        async for item in self._scan(f"entity = :embedding AND kind IN ({marks}) AND attribute_exists(vector)"
                                     f" AND NOT {made_here}", values):
            tombstone = await self._tombstone(item["kind"]["S"], item["owner_id"]["S"])
            try:
                await self._table.transact([
                    model_guard(model_id, self._maker),
                    {"Put": {"Item": tombstone, "ConditionExpression": f"NOT {made_here}",
                             "ExpressionAttributeValues": {":model": {"S": model_id}}}},
                ])
            except TransactionCancelled as cancelled:
                if cancelled.failed(0):
                    raise self._maker.changed(
                        f"another start recorded a maker other than {model_id} while it was adopted") from None
                # Written again by this model meanwhile: it stays.

    async def _queue_everything(self, partition: str) -> bool:
        """True when there is an open job and a parsed résumé (so a pair to match again); each
        résumé's item of what is left to index (in `partition`) is written before its work."""
        jobs = resumes = 0
        values = {":job": {"S": "job"}, ":open": {"S": "OPEN"}, ":resume": {"S": "resume"}, ":parsed": {"S": "PARSED"}}
        async for item in self._scan("(entity = :job AND #status = :open) OR (entity = :resume AND #status = :parsed)",
                                     values, {"#status": "status"}):
            if item["entity"]["S"] == "job":
                jobs += 1
                work = PendingWork(MATCH_JOB, {"job_id": item["id"]["S"]}, f"{MATCH_JOB}:{item['id']['S']}")
            else:
                resumes += 1
                await self._table.put(left_item(partition, item["id"]["S"]))
                work = PendingWork(REEMBED_RESUME, {"resume_id": item["id"]["S"]},
                                   f"{REEMBED_RESUME}:{item['id']['S']}")
            await self._table.put(outbox_put(work)["Put"]["Item"])
        return jobs > 0 and resumes > 0

    async def _scan(self, condition: str, values: dict, names: dict | None = None) -> AsyncIterator[dict]:
        request: dict[str, Any] = {"TableName": self._table.name, "ConsistentRead": True,
                                   "FilterExpression": condition, "ExpressionAttributeValues": values}
        if names:
            request["ExpressionAttributeNames"] = names
        async for response in responses(self._table, request, scan=True):
            for item in response.get("Items", []):
                yield item
