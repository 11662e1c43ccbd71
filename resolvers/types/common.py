"""Node, PageInfo and the Relay-style connections."""
from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import strawberry

from domain.pagination import LIST_START, Page, Position
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


class PositionedEdge(Edge[T]):
    """An edge whose cursor is encoded when it is read: most pages are read without their
    edges' cursors, and encoding twenty of them cost a tenth of a search request. The same
    GraphQL type as Edge (fields are read with getattr either way)."""

    def __init__(self, node: T, list_name: str, position: Position) -> None:
        self.node = node
        self._list_name = list_name
        self._position = position

    @property
    def cursor(self) -> str:  # type: ignore[override]  # read-only here: encoded from the position
        return encode_cursor(self._list_name, self._position)


class PositionedPageInfo(PageInfo):
    """A page's info whose first and last cursors are encoded when read, as PositionedEdge's:
    most pages are read without them. The same GraphQL type as PageInfo."""

    def __init__(
        self, has_next_page: bool, has_previous_page: bool, list_name: str, positions: list[Position],
        after: str | None = None, read_up_to: Position | None = None,
    ) -> None:
        self.has_next_page = has_next_page
        self.has_previous_page = has_previous_page
        self._list_name = list_name
        self._positions = positions
        self._after = after
        self._read_up_to = read_up_to

    @property
    def start_cursor(self) -> str | None:  # type: ignore[override]  # read-only here: encoded from the position
        if not self._positions:
            return empty_page_cursor(self._list_name, self.has_next_page, self._after)
        return encode_cursor(self._list_name, self._positions[0])

    @property
    def end_cursor(self) -> str | None:  # type: ignore[override]  # read-only here: encoded from the position
        if self._read_up_to is not None and self.has_next_page:
            # A page thinned after reading: the next starts after all it read, kept or not.
            return encode_cursor(self._list_name, self._read_up_to)
        if not self._positions:
            return empty_page_cursor(self._list_name, self.has_next_page, self._after)
        return encode_cursor(self._list_name, self._positions[-1])


def empty_page_cursor(list_name: str, has_next_page: bool, after: str | None) -> str | None:
    """The cursors of a page with no edges (`first: 0`, which reads the total only). With more
    items to come, they name the position the page was asked at, so following `endCursor`
    goes on from there, as Relay clients do whenever `hasNextPage` is true; at the end of the
    list there is nowhere to go on to and they are null."""
    if not has_next_page:
        return None
    return after or encode_cursor(list_name, LIST_START)


def had_previous_page(list_name: str, after: str | None) -> bool:
    """Whether a page asked `after` this cursor has items before it: not at the list's start."""
    return after is not None and after != encode_cursor(list_name, LIST_START)


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int = strawberry.field(
        description="How many items the list holds (all pages). Counted exactly up to 10,000; past"
        " that `totalCountIsEstimate` is true and this is a lower bound."
    )
    total_count_is_estimate: bool = strawberry.field(
        default=False, description="True when `totalCount` is a lower bound rather than an exact count."
    )


def connection_from_page(
    page: Page[S], convert: Callable[[S], T], list_name: str, after: str | None
) -> Connection[T]:
    edges: list[Edge[T]] = [
        PositionedEdge(convert(item), list_name, position) for item, position in zip(page.items, page.positions)
    ]
    return Connection(
        edges=edges,
        page_info=PositionedPageInfo(
            page.has_next, had_previous_page(list_name, after), list_name, page.positions if edges else [], after,
            page.read_up_to,
        ),
        total_count=page.total,
        total_count_is_estimate=page.total_is_estimate,
    )
