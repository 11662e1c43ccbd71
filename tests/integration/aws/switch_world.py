"""What the DynamoDB tests of the switches (of the embedding model, of the lexical analyzer)
share: open jobs and parsed résumés written as the repositories store them, the work the
switches and workers stored in the outbox, the processes of one maker or two, and the table
held at a chosen moment (to interleave a switch with a worker, or two starts)."""
from __future__ import annotations

import asyncio

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.ports.lexical_analyzer import analyzer_identity
from domain.services.embedding_rescoring import RESCORE_AFTER_REEMBEDDING


async def open_job(table, job_id: str) -> None:
    await table.put({**keys.job(job_id), "entity": {"S": "job"}, "id": {"S": job_id}, "status": {"S": "OPEN"}})


async def parsed_resume(table, resume_id: str, status: str = "PARSED") -> None:
    await table.put({**keys.resume(resume_id), "entity": {"S": "resume"}, "id": {"S": resume_id},
                     "status": {"S": status}})


async def outbox(table) -> list[dict]:
    return await read_all(table, ListQuery(None, "WORKOUTBOX", ascending=True, consistent=True))


async def outbox_keys(table) -> list[str]:
    return sorted(item["dedupe_key"]["S"] for item in await outbox(table))


async def rescorings_stored(table) -> int:
    return sum(item["kind"]["S"] == RESCORE_AFTER_REEMBEDDING for item in await outbox(table))


async def left_in(table, partition: str) -> list[str]:
    """The résumés a switch's partition still holds."""
    return sorted(item["SK"]["S"] for item in await read_all(table, ListQuery(None, partition, consistent=True)))


def made(model_id: str | None = None, analyzer: int | None = None) -> list:
    """The makers a process of that model and analyzer follows (vector_makers.Made)."""
    from adapters.aws.dynamodb.vector_makers import EMBEDDING_MODEL, LEXICAL_ANALYZER

    return ([(EMBEDDING_MODEL, model_id)] if model_id is not None else []) + (
        [(LEXICAL_ANALYZER, analyzer_identity(analyzer))] if analyzer is not None else [])


def progress(table, model_id: str | None = None, analyzer: int | None = None):
    """A worker's DynamoOpenJobsRescoring, of that model and analyzer."""
    from adapters.aws.dynamodb.embedding_rescoring import DynamoOpenJobsRescoring

    return DynamoOpenJobsRescoring(table, made(model_id, analyzer))


class HeldTable(DynamoTable):
    """The table as one process uses it, held once (`held` set) until `go_on` is set."""

    def __init__(self, table: DynamoTable) -> None:
        super().__init__(table.client, table.name)
        self.held, self.go_on = asyncio.Event(), asyncio.Event()

    async def _hold(self) -> None:
        if not self.held.is_set():
            self.held.set()
            await self.go_on.wait()


class HeldAfterLeftItems(HeldTable):
    """Held after the switch wrote its `after`-th item of a résumé left."""

    def __init__(self, table: DynamoTable, after: int) -> None:
        super().__init__(table)
        self.written, self._after = 0, after

    async def put(self, item, condition=None, **expression) -> bool:
        done = await super().put(item, condition, **expression)
        if item["PK"]["S"].startswith("REEMBEDLEFT#"):
            self.written += 1
            if self.written == self._after:
                await self._hold()
        return done


class HeldBeforeTransaction(HeldTable):
    """Held before its first transaction (a worker's: after it read the maker items and the
    partitions, before the write that stores the rescoring)."""

    async def transact(self, actions) -> None:
        await self._hold()
        await super().transact(actions)


class HeldBeforeDelete(HeldTable):
    """Held before its first delete (a worker's: after it read the maker items, before it deletes
    its résumé's item left)."""

    async def delete(self, key, condition=None, **expression) -> bool:
        await self._hold()
        return await super().delete(key, condition, **expression)
