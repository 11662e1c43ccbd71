"""Embeddings, the source of truth the vector indexes are built from. One item per
(kind, owner) holding the vector as float32 bytes; a per-kind counter (`EMBGEN#<kind>`) is
bumped on every change and the changed item carries the number it got (`seq`), listed on
GSI1 `EMBS#<kind>` in seq order. That makes a change feed: a replica's local index asks
for what changed since the number it last saw (`changes_since`) instead of rebuilding.

Deletions leave a tombstone (no vector) in the feed for a week (TTL), so replicas that
missed the deletion still see it; a replica further behind than that rebuilds.

A store given the model this process embeds with (`model_id`) writes a vector of the model
only while the table still records that model (embedding_model.py) and reads only that
model's vectors; one given its lexical analyzer (`analyzer`) does the same for term vectors."""
from __future__ import annotations

import time
from collections.abc import AsyncIterator, Sequence
from typing import Any

import numpy as np
from boto3.dynamodb.conditions import Attr

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.embedding_model import DynamoEmbeddingModel
from adapters.aws.dynamodb.embedding_rescoring import DynamoOpenJobsRescoring
from adapters.aws.dynamodb.lookups import pair
from adapters.aws.dynamodb.query import ListQuery, count, responses
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE
from adapters.aws.dynamodb.vector_makers import EMBEDDING_MODEL, LEXICAL_ANALYZER, Made, made_by, model_guard
from adapters.aws.dynamodb.work_outbox import WorkWritten
from domain.ports.lexical_analyzer import analyzer_identity

TOMBSTONE_SECONDS = 7 * 86400


def _vector(item: dict) -> list[float]:
    return np.frombuffer(item["vector"]["B"], dtype=np.float32).tolist()


class DynamoEmbeddingStore:
    def __init__(self, table: DynamoTable, model_id: str | None = None, analyzer: int | None = None) -> None:
        """`model_id`: the model this process embeds with (None: one that writes no vectors
        of the model, and reads every vector); `analyzer`: likewise the lexical analyzer
        version it makes term vectors with."""
        self._table = table
        self._makers: list[Made] = []
        if model_id is not None:
            self._makers.append((EMBEDDING_MODEL, model_id))
        if analyzer is not None:
            self._makers.append((LEXICAL_ANALYZER, analyzer_identity(analyzer)))

    def model_record(self) -> DynamoEmbeddingModel:
        return DynamoEmbeddingModel(self._table, self._tombstone, EMBEDDING_MODEL, self._makers)

    def lexical_record(self) -> DynamoLexicalAnalyzer:
        return DynamoLexicalAnalyzer(DynamoEmbeddingModel(self._table, self._tombstone, LEXICAL_ANALYZER, self._makers))

    def rescoring(self, work_written: WorkWritten | None = None) -> DynamoOpenJobsRescoring | None:
        """The rescoring after the switches of the makers this store writes for (None: none)."""
        return DynamoOpenJobsRescoring(self._table, self._makers, work_written) if self._makers else None

    async def _tombstone(self, kind: str, owner_id: str) -> dict:
        return self._item(kind, owner_id, await self._next_sequence(kind), None)

    def _maker(self, kind: str) -> Made | None:
        """What makes this process's vectors of `kind`, when it is recorded and guarded."""
        return next(((maker, made) for maker, made in self._makers if kind in maker.kinds), None)

    def _readable(self, kind: str, item: dict) -> bool:
        """A live vector this process may compare with its own."""
        guarded = self._maker(kind)
        return "vector" in item and (guarded is None or made_by(item, guarded[1], guarded[0]))

    async def _next_sequence(self, kind: str) -> int:
        response = await self._table.client.update_item(
            TableName=self._table.name, Key=keys.embedding_generation(kind),
            UpdateExpression="ADD generation :one SET entity = :entity",
            ExpressionAttributeValues=to_attributes({":one": 1, ":entity": "embedding_generation"}),
            ReturnValues="UPDATED_NEW",
        )
        return int(response["Attributes"]["generation"]["N"])

    def _item(self, kind: str, owner_id: str, sequence: int, vector: Sequence[float] | None) -> dict:
        values: dict[str, Any] = {
            "entity": "embedding", "kind": kind, "owner_id": owner_id, "seq": sequence,
            "GSI1PK": keys.embeddings_of(kind), "GSI1SK": keys.change_order(sequence),
        }
        if vector is None:
            values.update(deleted=True, **{TTL_ATTRIBUTE: int(time.time()) + TOMBSTONE_SECONDS})
        else:
            values["vector"] = np.asarray(vector, dtype=np.float32).tobytes()
            if (guarded := self._maker(kind)) is not None:
                values["model"] = guarded[1]
        return {**keys.embedding(kind, owner_id), **to_attributes(values)}

    async def put(self, kind: str, owner_id: str, vector: Sequence[float]) -> None:
        sequence = await self._next_sequence(kind)
        item = self._item(kind, owner_id, sequence, vector)
        guarded = self._maker(kind)
        checks = [model_guard(guarded[1], guarded[0])] if guarded is not None else []
        if kind.split(".")[0] == "resume":
            # Nothing is kept for a résumé that no longer exists (as on SQLite): matching work
            # that started before its owner erased it must not write it back afterwards.
            checks.append({"ConditionCheck": {"Key": keys.resume(owner_id), "ConditionExpression": "attribute_exists(PK)"}})
        if not checks:
            await self._table.put(item)
            return
        try:
            await self._table.transact([*checks, {"Put": {"Item": item}}])
        except TransactionCancelled as cancelled:
            if guarded is not None and cancelled.failed(0):
                maker, made = guarded
                recorded = await DynamoEmbeddingModel(self._table, self._tombstone, maker).recorded()
                raise maker.changed(
                    f"the stored vectors of {kind} are now {recorded}'s and this process makes them"
                    f" with {made}: restart it so that it makes them with the same one") from None
            if not any(cancelled.failed(i) for i in range(len(checks))):
                raise

    async def get_many(self, kind: str, owner_ids: Sequence[str]) -> list[list[float] | None]:
        if not owner_ids:
            return []
        found = await self._table.batch_get(keys.embedding(kind, o) for o in owner_ids)
        results: list[list[float] | None] = []
        for owner in owner_ids:
            item = found.get(pair(keys.embedding(kind, owner)))
            results.append(_vector(item) if item is not None and self._readable(kind, item) else None)
        return results

    async def delete(self, kind: str, owner_ids: Sequence[str]) -> None:
        for owner in dict.fromkeys(owner_ids):
            sequence = await self._next_sequence(kind)
            await self._table.put(self._item(kind, owner, sequence, None))

    async def current(self, kind: str) -> int:
        """The kind's change counter (0 before the first vector)."""
        item = await self._table.get(keys.embedding_generation(kind))
        return int(item["generation"]["N"]) if item else 0

    async def generation(self, kind: str) -> tuple[str, int]:
        where = Attr("deleted").not_exists()
        if (guarded := self._maker(kind)) is not None:
            maker, made = guarded
            where = where & (Attr("model").eq(made) if made != maker.unrecorded
                             else Attr("model").not_exists() | Attr("model").eq(made))
        live = ListQuery(keys.GSI1, keys.embeddings_of(kind), ascending=True, where=where)
        total = await count(self._table, live)
        return str(await self.current(kind)), total

    async def stream(self, kind: str) -> AsyncIterator[tuple[str, list[float]]]:
        async for item in self._feed(kind, 0):
            if self._readable(kind, item):
                yield item["owner_id"]["S"], _vector(item)

    async def changes_since(self, kind: str, sequence: int) -> list[tuple[str, list[float] | None, int]]:
        """(owner id, vector or None when deleted, seq) of every change numbered above
        `sequence`, in order."""
        return [
            (item["owner_id"]["S"], _vector(item) if self._readable(kind, item) else None, int(item["seq"]["N"]))
            async for item in self._feed(kind, sequence)
        ]

    async def _feed(self, kind: str, after: int) -> AsyncIterator[dict]:
        request: dict[str, Any] = {
            "TableName": self._table.name, "IndexName": keys.GSI1,
            "KeyConditionExpression": "GSI1PK = :pk AND GSI1SK > :after",
            "ExpressionAttributeValues": {":pk": {"S": keys.embeddings_of(kind)},
                                          ":after": {"S": keys.change_order(after)}},
        }
        async for response in responses(self._table, request):
            for item in response.get("Items", []):
                yield item


class DynamoLexicalAnalyzer:
    """The LexicalAnalyzerRecord port on DynamoDB: the model record's switch, for term vectors."""

    def __init__(self, record: DynamoEmbeddingModel) -> None:
        self._record = record

    async def adopt(self, version: int) -> bool:
        return await self._record.adopt(analyzer_identity(version))
