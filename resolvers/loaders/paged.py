"""Shared shape of the loaders that return one page per parent.

Their key is (parent id, filter value, page request). Keys that share the filter and the
page request — every parent of one list field in one query — go to the backend in one call."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from aiodataloader import DataLoader

from domain.pagination import Page, PageRequest

T = TypeVar("T")
PagedKey = tuple[str, Hashable, PageRequest]
FetchPages = Callable[[Sequence[str], Any, PageRequest], Awaitable[list[Page[T]]]]


class PagedByParentLoader(DataLoader[PagedKey, Page[T]], Generic[T]):
    def __init__(self, fetch: FetchPages) -> None:
        super().__init__()
        self._fetch = fetch

    async def batch_load_fn(self, keys: list[PagedKey]) -> list[Page[T]]:
        groups: dict[tuple[Hashable, PageRequest], list[str]] = defaultdict(list)
        for parent_id, selector, page in keys:
            groups[(selector, page)].append(parent_id)
        results: dict[PagedKey, Page[T]] = {}
        for (selector, page), parent_ids in groups.items():
            unique = list(dict.fromkeys(parent_ids))
            for parent_id, result in zip(unique, await self._fetch(unique, selector, page)):
                results[(parent_id, selector, page)] = result
        return [results[key] for key in keys]
