"""Makes moto's DynamoDB serializable, as DynamoDB itself is, for tests that race writes.

Why: moto's `transact_write_items` snapshots every table it touches (a deep copy) before
writing and, when any action fails, puts the snapshot back. Its threaded server runs each
request in its own thread, so a transaction that fails while another request writes the same
table rolls that other, acknowledged write back with it: a race test then sees the winner's
item vanish (seen as `existingApplicationId: None` and lost history entries). Real DynamoDB
isolates transactions from every other write. Running each item and table call of the
backend under one lock restores that isolation for the tests; the code under test is
unchanged and still talks the AWS wire protocol to the server.

The methods are moto's public backend API; `test_moto_serial_dynamodb.py` fails loudly if an
upgrade renames one, so the protection never silently switches off."""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

SERIALIZED_METHODS = (
    "put_item", "get_item", "update_item", "delete_item", "query", "scan",
    "batch_get_item", "batch_write_item", "transact_write_items", "transact_get_items",
    "execute_statement", "execute_transaction", "batch_execute_statement",
)
_MARK = "_talentgraph_serialized"


def serialize_dynamodb() -> None:
    """Idempotent: wraps each of SERIALIZED_METHODS of moto's DynamoDBBackend in one re-entrant
    lock (re-entrant because a transaction calls put_item and friends itself)."""
    from moto.dynamodb.models import DynamoDBBackend

    lock = threading.RLock()
    for name in SERIALIZED_METHODS:
        method = getattr(DynamoDBBackend, name)  # AttributeError: moto renamed it (see module doc)
        if getattr(method, _MARK, False):
            continue
        setattr(DynamoDBBackend, name, _under(lock, method))


def _under(lock: threading.RLock, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def serialized(*args: Any, **kwargs: Any) -> Any:
        with lock:
            return method(*args, **kwargs)

    setattr(serialized, _MARK, True)
    return serialized
