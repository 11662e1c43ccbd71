"""What a dataloader already holds for this request, without waiting for it.

A resolver that finds its value here returns it directly, so graphql-core completes the
field at once instead of scheduling an awaitable for it (twenty jobs' organizations in a
search page would otherwise be twenty awaitables, all answered by one batch). The loader
keeps its futures in a map it was given (aiodataloader's `cache_map=`), so reading them
needs nothing private."""
from __future__ import annotations

from asyncio import Future
from typing import Any, TypeVar

from aiodataloader import DataLoader

NOT_READY: Any = object()

K = TypeVar("K")
V = TypeVar("V")


class PeekableLoader(DataLoader[K, V]):
    """A DataLoader whose cached futures can be read without awaiting them."""

    def __init__(self, **options: Any) -> None:
        self.futures: dict[Any, Future[V]] = {}
        super().__init__(cache_map=self.futures, **options)


def ready_value(loader: PeekableLoader[Any, Any], key: Any) -> Any:
    """The loaded value for key, or NOT_READY when it is not loaded (or failed) yet."""
    future = loader.futures.get(loader.get_cache_key(key))
    if future is None or not future.done() or future.cancelled() or future.exception() is not None:
        return NOT_READY
    return future.result()
