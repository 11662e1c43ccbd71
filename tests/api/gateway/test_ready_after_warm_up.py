"""A process answers at once, but says it is ready (/readyz) only once the skill vocabulary a
first request would load is loaded: a balancer that waits for ready never hands a user the
slow first answer."""
from __future__ import annotations

import asyncio
import dataclasses
import threading

import pytest

_loaded = threading.Event()


class HeldWarmUp:
    """The real skill extractor, whose warm-up waits until the test lets it finish."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def warm_up(self) -> None:
        _loaded.wait(timeout=30)
        self._inner.warm_up()

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _held(adapters):
    documents = dataclasses.replace(adapters.documents, skills=HeldWarmUp(adapters.documents.skills))
    return dataclasses.replace(adapters, documents=documents)


@pytest.mark.parametrize("replace_adapters", [_held])
async def test_ready_only_after_the_vocabulary_is_loaded_and_answering_meanwhile(client):
    _loaded.clear()
    try:
        assert (await client.http.get("/readyz")).status_code == 503
        assert (await client.http.get("/healthz")).status_code == 200
        assert await client.data("{ __typename }") == {"__typename": "Query"}
    finally:
        _loaded.set()
    for _ in range(300):
        if (await client.http.get("/readyz")).status_code == 200:
            break
        await asyncio.sleep(0.05)
    assert (await client.http.get("/readyz")).json() == {"ready": True}
