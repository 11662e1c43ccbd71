"""The storage of one backend as several processes see it, each with a vector store of one
maker (an embedding model, a lexical analyzer) and that maker's record: what the contract
suites of the two switches share (test_embedding_model_contract.py,
test_lexical_analyzer_contract.py)."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace
from typing import Any

from tests.integration.contract.test_work_with_change_contract import store_on


async def switch_backend(
    request: Any, tmp_path: Any, database: Any, aws_clients: Any, aws_names: Any, *, maker_keyword: str,
    sqlite_record: Callable[[Any], Any], dynamo_record: Callable[[Any], Any],
) -> AsyncIterator[SimpleNamespace]:
    """Yields the repositories with their queue and `process()`; `maker_keyword` names the
    store's argument for its maker, `sqlite_record(db)` and `dynamo_record(store)` the record."""
    store = await store_on(request.param, database, aws_clients, aws_names)
    if request.param == "embedded":
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.embeddings import SqliteEmbeddingStore

        opened: list[Database] = []

        async def process() -> SimpleNamespace:
            db = Database(tmp_path / "contract.sqlite3")
            await db.open()
            opened.append(db)
            return SimpleNamespace(store=lambda maker=None: SqliteEmbeddingStore(db, **{maker_keyword: maker}),
                                   record=sqlite_record(db))

        yield SimpleNamespace(process=process, repositories=store, name="embedded")
        for db in opened:
            await db.close()
        return
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])

    async def aws_process() -> SimpleNamespace:
        return SimpleNamespace(store=lambda maker=None: DynamoEmbeddingStore(table, **{maker_keyword: maker}),
                               record=dynamo_record(DynamoEmbeddingStore(table)))

    yield SimpleNamespace(process=aws_process, repositories=store, name="aws")
