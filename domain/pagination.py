"""A page of a list, as the domain sees it (cursors are the GraphQL layer's business)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from domain.errors import BadUserInput

T = TypeVar("T")

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class PageRequest:
    first: int = 20
    offset: int = 0

    def __post_init__(self) -> None:
        if self.first < 0:
            raise BadUserInput("`first` must be zero or more.", argument="first")
        if self.first > MAX_PAGE_SIZE:
            raise BadUserInput(
                f"`first` may be at most {MAX_PAGE_SIZE}; ask for the next page with `after`.",
                argument="first",
            )
        if self.offset < 0:
            raise BadUserInput("The cursor points before the start of the list.", argument="after")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    offset: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.items) < self.total
