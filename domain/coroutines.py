"""Running a coroutine that never suspends to its end without an event loop: its awaits are
all answered at once (an async function written for an awaitable API, called where nothing
may wait). One that does try to wait is closed and refused with `refusal`."""
from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar, cast

T = TypeVar("T")


def run_without_waiting(coroutine: Coroutine[Any, Any, T], refusal: str) -> T:
    try:
        coroutine.send(None)
    except StopIteration as finished:
        return cast(T, finished.value)
    coroutine.close()
    raise RuntimeError(refusal)
