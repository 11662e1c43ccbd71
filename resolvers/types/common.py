"""Node, PageInfo and the Relay-style connections."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

import strawberry

from domain.pagination import Page
from resolvers.cursors import encode_cursor

T = TypeVar("T")
S = TypeVar("S")


@strawberry.interface(name="Node")
class Node:
    id: strawberry.ID

    @classmethod
    def is_type_of(cls, obj: object, _info: object) -> bool:
        # Each Node type's objects are instances of its own class (none is made with
        # strawberry.cast), so one isinstance answers; Strawberry's default also looks for a
        # cast and a generic origin on every object of every page.
        return isinstance(obj, cls)


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int


def connection_from_page(page: Page[S], convert: Callable[[S], T]) -> Connection[T]:
    edges = [Edge(cursor=encode_cursor(page.offset + i), node=convert(item)) for i, item in enumerate(page.items)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.offset > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=page.total,
    )
