"""Counts the calls each request makes to each port, so tests can prove N+1 never happens
and admins can ask for the figures in a response's `extensions`."""
from __future__ import annotations

import contextvars
import functools
import inspect
from collections import Counter
from typing import Any

_calls: contextvars.ContextVar[Counter | None] = contextvars.ContextVar("backend_calls", default=None)


def start_counting() -> Counter:
    counter: Counter = Counter()
    _calls.set(counter)
    return counter


def current_counts() -> Counter:
    return _calls.get() or Counter()


class CountingPort:
    """Wraps an adapter; every public coroutine method call counts as one backend call."""

    def __init__(self, port_name: str, target: Any) -> None:
        self._port_name = port_name
        self._target = target
        # name -> (the method wrapped, its counting wrapper): built once per method, not per call.
        self._wrappers: dict[str, tuple[Any, Any]] = {}
        # name -> the function of a plain (not coroutine) method, so that asking it again is one
        # lookup rather than inspect's unwrapping (the matching queue asks ~65 a job).
        self._plain: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        known = self._wrappers.get(name)
        if known is not None and known[0] == attribute:  # the same method (never a stale one)
            return known[1]
        if name.startswith("_") or not callable(attribute):
            return attribute
        function = getattr(attribute, "__func__", None)
        if function is not None and self._plain.get(name) is function:
            return attribute
        if not inspect.iscoroutinefunction(attribute):
            if function is not None:
                self._plain[name] = function
            return attribute
        key = f"{self._port_name}.{name}"

        @functools.wraps(attribute)
        async def counted(*args: Any, **kwargs: Any) -> Any:
            counter = _calls.get()
            if counter is not None:
                counter[key] += 1
            return await attribute(*args, **kwargs)

        self._wrappers[name] = (attribute, counted)
        return counted

    @property
    def wrapped(self) -> Any:
        return self._target
