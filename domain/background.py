"""Whether the running task does background work (a queue worker's item, and whatever it
starts) rather than serve a request, so a store shared by both can let a request's writes go
first. A context variable: tasks started by background work inherit it."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_background: ContextVar[bool] = ContextVar("background_work", default=False)


def in_background() -> bool:
    return _background.get()


@contextmanager
def background_work() -> Iterator[None]:
    token = _background.set(True)
    try:
        yield
    finally:
        _background.reset(token)
