"""CountingPort tells a plain method from a coroutine method once per method, not on every
attribute read (the matching queue reads ~65 port attributes a job): a plain method is still
returned as it is, a coroutine method still counted, and a method replaced on the target is
looked at again."""
from __future__ import annotations

import inspect

from gateway import backend_calls
from gateway.backend_calls import CountingPort, start_counting


class _Adapter:
    retention = 7

    def plain(self) -> str:
        return "plain"

    async def fetch(self) -> str:
        return "fetched"


async def test_a_plain_method_is_inspected_once_and_a_coroutine_still_counted(monkeypatch):
    asked: list[object] = []
    real = inspect.iscoroutinefunction
    monkeypatch.setattr(backend_calls.inspect, "iscoroutinefunction", lambda f: (asked.append(f), real(f))[1])
    adapter = _Adapter()
    port = CountingPort("things", adapter)
    for _ in range(5):
        assert port.plain() == "plain"
        assert port.retention == 7
    assert len(asked) == 1
    counts = start_counting()
    assert await port.fetch() == "fetched"
    assert await port.fetch() == "fetched"
    assert counts["things.fetch"] == 2


async def test_a_method_replaced_on_the_target_is_looked_at_again():
    adapter = _Adapter()
    port = CountingPort("things", adapter)
    assert port.plain() == "plain"

    async def plain() -> str:
        return "now a coroutine"

    adapter.plain = plain  # type: ignore[method-assign]
    counts = start_counting()
    assert await port.plain() == "now a coroutine"
    assert counts["things.plain"] == 1
