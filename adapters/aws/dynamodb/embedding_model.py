"""The identity of the model that made the stored vectors, on DynamoDB (implements
domain.ports.embedding_model.EmbeddingModelRecord): one item `EMBMODEL`, and on every vector
item the `model` that made it.

A vector of the model is written in a TransactWriteItems with a ConditionCheck that the item
still names the writer's model (model_guard), so once a start has recorded another model no
process of the old one stores a vector, whatever the interleaving. DynamoDB has no
transaction large enough to swap every vector at once, so the switch is a recorded, resumable
sequence: (1) the item names the new model and is marked `reembedding` (a conditional write
over the identity read, so of two racing starts one wins and the other reads again); (2) a
strongly consistent Scan finds the vectors another model made and replaces each with a
tombstone (the replicas' change feed then drops it), each conditional on the item still
naming this model; (3) a consistent Scan finds every open job and parsed résumé and stores
their work in the work outbox (the relay sends it; dedupe keys keep one per job or résumé),
each résumé's after an item recording that it is left to embed (embedding_rescoring.py);
(4) the mark is removed, and where there is a pair to match the item is marked
`rescore_pending` in the same write: every open job is matched again once no résumé is left. A crash anywhere leaves the mark, and the next start with the model
does the rest again (every step is idempotent). Consistent Scans, never a GSI: a vector
written just before the switch is found. A reader of a model (DynamoEmbeddingStore with a
model_id) also ignores vectors of another one, so none is compared in the moments between
(1) and (2).

Vectors stored before identities were recorded carry no `model`: every one was the local
model's float32 one (the AWS backend embedded only in float32), as migration 27 records for
SQLite, and an item that does not exist yet names that model too.

The lexical analyzer that made the term vectors (domain.ports.lexical_analyzer) is recorded and
switched the same way, in its own item `LEXANALYZER` (Maker): its term vectors name it in
their `model` attribute, and those that name none are the first analyzer's."""
from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.embedding_rescoring import DynamoOpenJobsRescoring, forget_left, left_item
from adapters.aws.dynamodb.query import responses
from adapters.aws.dynamodb.work_outbox import outbox_put
from adapters.embedded.embedding_precision import model_identity
from domain.ports.embedding_model import MODEL_KINDS, EmbeddingModelChanged
from domain.ports.lexical_analyzer import LEXICAL_KINDS, LexicalAnalyzerChanged, analyzer_identity
from domain.ports.queue import PendingWork
from domain.services.matching_triggers import MATCH_JOB
from domain.services.resume_reembedding import REEMBED_RESUME

UNRECORDED_MODEL = model_identity("fp32")


@dataclass(frozen=True)
class Maker:
    """What makes vectors of some kinds, recorded in one item: the model, or the lexical
    analyzer (whose identity the term vectors carry in the same `model` attribute)."""
    key: dict[str, dict[str, str]]
    kinds: Sequence[str]
    unrecorded: str  # the maker of a vector that names none, and of an item not written yet
    changed: type[RuntimeError]


EMBEDDING_MODEL = Maker(keys.EMBEDDING_MODEL, MODEL_KINDS, UNRECORDED_MODEL, EmbeddingModelChanged)
# Term vectors stored before the analyzer was recorded were the first analyzer's.
LEXICAL_ANALYZER = Maker(keys.LEXICAL_ANALYZER, LEXICAL_KINDS, analyzer_identity(1), LexicalAnalyzerChanged)


def names_model(model_id: str, path: str = "model", value: str = ":model",
                unrecorded: str = UNRECORDED_MODEL) -> str:
    """A condition that the item's `path` names `model_id` (absent names `unrecorded`)."""
    if model_id == unrecorded:
        return f"(attribute_not_exists({path}) OR {path} = {value})"
    return f"{path} = {value}"


def model_guard(model_id: str, maker: Maker = EMBEDDING_MODEL) -> dict[str, Any]:
    """The transaction action that holds when the stored vectors are still `model_id`'s."""
    return {"ConditionCheck": {
        "Key": maker.key, "ConditionExpression": names_model(model_id, unrecorded=maker.unrecorded),
        "ExpressionAttributeValues": {":model": {"S": model_id}}}}


def made_by(item: dict, model_id: str, maker: Maker = EMBEDDING_MODEL) -> bool:
    return item.get("model", {}).get("S", maker.unrecorded) == model_id


class DynamoEmbeddingModel:
    def __init__(self, table: DynamoTable, tombstone: Any, maker: Maker = EMBEDDING_MODEL) -> None:
        """`tombstone(kind, owner_id)`: the item that replaces a vector (with its change number)."""
        self._table = table
        self._tombstone = tombstone
        self._maker = maker

    async def recorded(self) -> str:
        item = await self._table.get(self._maker.key)
        return item["model"]["S"] if item and "model" in item else self._maker.unrecorded

    async def adopt(self, model_id: str) -> bool:
        while True:
            item = await self._table.get(self._maker.key)
            recorded = item["model"]["S"] if item and "model" in item else self._maker.unrecorded
            if recorded == model_id and not (item and "reembedding" in item):
                return False
            if recorded != model_id and not await self._record(model_id, recorded):
                continue  # another start recorded a model meanwhile: read again
            await self._drop_vectors_of_other_models(model_id)
            # The rescoring once every résumé is embedded again is kept for model switches
            # (its items are per model); an analyzer switch queues the same work without it.
            tracked = self._maker is EMBEDDING_MODEL
            any_pair = await self._queue_everything(model_id, tracked)
            if not tracked:
                await self._table.update(self._maker.key, "REMOVE reembedding", "model = :model",
                                         ExpressionAttributeValues={":model": {"S": model_id}})
                return True
            # Marked only now that every résumé's item is written: no worker finishing before
            # can find none left while some are still to be written.
            await self._table.update(
                keys.EMBEDDING_MODEL, "SET rescore_pending = :yes REMOVE reembedding" if any_pair
                else "REMOVE reembedding, rescore_pending", "model = :model",
                ExpressionAttributeValues={":model": {"S": model_id},
                                           **({":yes": {"BOOL": True}} if any_pair else {})})
            if any_pair:  # every résumé may be embedded again already
                await DynamoOpenJobsRescoring(self._table, model_id).queue_rescoring_if_none_left()
            return True

    async def _record(self, model_id: str, seen: str) -> bool:
        item = {**self._maker.key, **to_attributes(
            {"entity": "embedding_model", "model": model_id, "reembedding": True})}
        return await self._table.put(item, names_model(seen, value=":seen", unrecorded=self._maker.unrecorded),
                                     ExpressionAttributeValues={":seen": {"S": seen}})

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

    async def _queue_everything(self, model_id: str, tracked: bool) -> bool:
        """True when there is an open job and a parsed résumé (so a pair to match again); with
        `tracked`, each résumé's item of what is left to embed is written before its work."""
        if tracked:
            await forget_left(self._table, model_id)
        jobs = resumes = 0
        values = {":job": {"S": "job"}, ":open": {"S": "OPEN"}, ":resume": {"S": "resume"}, ":parsed": {"S": "PARSED"}}
        async for item in self._scan("(entity = :job AND #status = :open) OR (entity = :resume AND #status = :parsed)",
                                     values, {"#status": "status"}):
            if item["entity"]["S"] == "job":
                jobs += 1
                work = PendingWork(MATCH_JOB, {"job_id": item["id"]["S"]}, f"{MATCH_JOB}:{item['id']['S']}")
            else:
                resumes += 1
                if tracked:
                    await self._table.put(left_item(model_id, item["id"]["S"]))
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
