"""Counts the calls made to a real adapter (a spy at the port boundary, not a mock: the
adapter still does the work)."""
from __future__ import annotations

import inspect
from collections import Counter
from typing import Any


class CallSpy:
    def __init__(self, target: Any, counter: Counter, name: str) -> None:
        self._target = target
        self._counter = counter
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(self._target, attribute)
        if attribute.startswith("_") or not inspect.iscoroutinefunction(value):
            return value

        async def counted(*args: Any, **kwargs: Any) -> Any:
            self._counter[f"{self._name}.{attribute}"] += 1
            return await value(*args, **kwargs)

        return counted


def spy_on_repositories(services: Any) -> Counter:
    """Puts a spy between every repository port and its adapter; returns the counter."""
    from dataclasses import fields

    counter: Counter = Counter()
    repos = services.repositories
    for field in fields(repos):
        port = getattr(repos, field.name)
        port._target = CallSpy(port._target, counter, field.name)
    return counter
