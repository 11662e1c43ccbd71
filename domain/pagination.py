"""A page of a list, as the domain sees it (cursors are the GraphQL layer's business).

Pages are keyset pages: a request names the sort key of the last item already seen
(`after`), and the next page is the items that sort after it. Unlike an offset, that
position does not move when items are inserted or deleted before it."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from domain.errors import BadUserInput

T = TypeVar("T")

MAX_PAGE_SIZE = 100
# Totals are counted exactly up to here; past it a total is a lower bound ("at least").
TOTAL_COUNT_BOUND = 10_000
_MAX_INT = 2**63 - 1
_MAX_TEXT = 512

# One value of a sort key: what a cursor may carry.
KeyPart = str | int | float | None
Position = tuple[KeyPart, ...]

# Where a list starts, before its first item. A page of none asked from the start sits here:
# its end cursor names this position, so `after: endCursor` goes on from exactly where it was
# (a null cursor beside `hasNextPage: true` would leave a client nowhere to go on from).
LIST_START: Position = ()


def foreign_position() -> BadUserInput:
    return BadUserInput(
        "`after` is a cursor from another list or sort order (another job's or person's list is another"
        " list); pass `pageInfo.endCursor` from a previous page of this same list, or leave `after` out to"
        " start from the first page.",
        argument="after",
    )


def checked_part(value: object) -> KeyPart:
    """A sort-key value as read from a cursor: only bounded scalars get through."""
    if value is None or isinstance(value, str) and len(value) <= _MAX_TEXT:
        return value
    if isinstance(value, bool):
        raise foreign_position()
    if isinstance(value, int):
        if -_MAX_INT - 1 <= value <= _MAX_INT:
            return value
        raise BadUserInput(
            "`after` holds a number out of range (past 2^63); pass a cursor from a previous page.",
            argument="after",
        )
    if isinstance(value, float) and math.isfinite(value):
        return value
    raise foreign_position()


@dataclass(frozen=True)
class PageRequest:
    first: int = 20
    after: Position | None = None
    # Counting is the costly part of many lists: only done when the caller reads the total.
    want_total: bool = True

    def __post_init__(self) -> None:
        if self.first < 0:
            raise BadUserInput("`first` must be zero or more.", argument="first")
        if self.first > MAX_PAGE_SIZE:
            raise BadUserInput(
                f"`first` may be at most {MAX_PAGE_SIZE}; ask for the next page with `after`.",
                argument="first",
            )
        if self.after == LIST_START:
            object.__setattr__(self, "after", None)  # frozen: normalised once, here
        if self.after is not None:
            for part in self.after:
                checked_part(part)

    def after_as(self, *types: type) -> Position | None:
        """The position, checked to have the shape of this list's sort key (a cursor from
        another list, or another sort of this one, has another shape)."""
        if self.after is None:
            return None
        if len(self.after) != len(types):
            raise foreign_position()
        for part, kind in zip(self.after, types):
            if kind is float and isinstance(part, int) and not isinstance(part, bool):
                continue
            if not isinstance(part, kind) or isinstance(part, bool):
                raise foreign_position()
        return tuple(float(p) if k is float and isinstance(p, int) else p for p, k in zip(self.after, types))


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    # Each item's sort key, from which its cursor is made (same length as items).
    positions: list[Position] = field(default_factory=list)
    has_next: bool = False
    total: int = 0
    # True when `total` is a lower bound (the count stopped at TOTAL_COUNT_BOUND).
    total_is_estimate: bool = False
    # Where the next page starts when it is not after the last item kept: the last item read,
    # on a page thinned after reading (see kept_on_page). None: after the last item.
    read_up_to: Position | None = None
    # A search whose words were read with their spelling corrected: the query it ran instead.
    corrected_query: str | None = None

    def __post_init__(self) -> None:
        if len(self.positions) != len(self.items):
            raise ValueError("a page needs one position per item")


R = TypeVar("R")


def cut_page(
    rows: Sequence[R], first: int, convert: Callable[[R], T], position_of: Callable[[R], Position],
    total: int = 0, total_is_estimate: bool = False,
) -> Page[T]:
    """A page from up to first+1 rows read in order (the extra row only says there is more)."""
    kept = rows[:first]
    return Page(
        items=[convert(row) for row in kept], positions=[position_of(row) for row in kept],
        has_next=len(rows) > first, total=total, total_is_estimate=total_is_estimate,
    )


def kept_on_page(page: Page[T], keep: Callable[[T], bool]) -> Page[T]:
    """The page without the items `keep` refuses (their positions with them): a page read, then
    thinned by a rule the store could not apply. It may come up short, even empty beside
    `has_next`, and `total` is unchanged: both stale until the rule's cause is stored (for
    jobs past their closing time, the sweep's next pass). The next page starts after the last
    item read, so a client paging on passes over what was left out instead of reading it again."""
    kept = [(item, position) for item, position in zip(page.items, page.positions, strict=True) if keep(item)]
    if len(kept) == len(page.items):
        return page
    return replace(page, items=[item for item, _ in kept], positions=[position for _, position in kept],
                   read_up_to=page.read_up_to or page.positions[-1])
