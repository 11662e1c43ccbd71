"""Loading up front the keys a resolver knows its children will ask for.

`await loader.load_many(keys)` would do it with a future per key, a dispatch scheduled on the
loop, a task around the batch and a gather over the futures; a search page's resolver knows
every organization its jobs will ask for before any of them asks. This calls the loader's
batch function once, directly (the same one batched backend call, counted by the same batch
metric), and primes the loader with the answers, so each field finds its value ready."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from resolvers.loaders.ready import NOT_READY, PeekableLoader, ready_value


async def prefetch(loader: PeekableLoader[Any, Any], keys: Iterable[Any]) -> dict[Any, Any]:
    """Every key's value (None for a miss), loaded or already held."""
    found = {key: ready_value(loader, key) for key in dict.fromkeys(keys)}
    missing = [key for key, value in found.items() if value is NOT_READY]
    if missing:
        values = await loader.batch_load_fn(missing)
        for key, value in zip(missing, values, strict=True):
            loader.prime(key, value)
            found[key] = value
    return found
