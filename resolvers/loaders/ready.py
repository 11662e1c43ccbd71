"""What a dataloader already holds for this request, without waiting for it.

A resolver that finds its value here returns it directly, so graphql-core completes the
field at once instead of scheduling an awaitable for it (twenty jobs' organizations in a
search page would otherwise be twenty awaitables, all answered by one batch)."""
from __future__ import annotations

from typing import Any

from aiodataloader import DataLoader

NOT_READY: Any = object()


def ready_value(loader: DataLoader, key: Any) -> Any:
    """The loaded value for key, or NOT_READY when it is not loaded (or failed) yet."""
    # aiodataloader (pinned) keeps one future per cache key in `_cache`.
    future = getattr(loader, "_cache", {}).get(loader.get_cache_key(key))
    if future is None or not future.done() or future.cancelled() or future.exception() is not None:
        return NOT_READY
    return future.result()
