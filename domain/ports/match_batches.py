"""Optional abilities of a match store, an event bus and a user store: several jobs' matches
written in one transaction, several events appended in one write, the owners' notification
thresholds read alone. Where a backend lacks them, matching stores and announces one job (and
one event) at a time (domain.services.matching_store) and reads the owners whole."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from domain.events import DomainEvent
from domain.matches import Match, MatchRetention


@runtime_checkable
class StoresMatchBatches(Protocol):
    async def upsert_many(self, batches: Sequence[Sequence[Match]],
                          retention: MatchRetention = MatchRetention()) -> list[list[Match] | Exception]:
        """Each batch as MatchRepository.upsert stores it, one after another in the given order,
        all in one write; a batch whose write fails leaves nothing of its own behind and the
        others are still written. Per batch, its new kept matches, or the error that stopped it."""
        ...


@runtime_checkable
class PublishesInBatches(Protocol):
    async def publish_many(self, events: Sequence[DomainEvent]) -> None:
        """As publish() for each event, in order."""
        ...


@runtime_checkable
class ReadsNotifyThresholds(Protocol):
    async def notify_min_scores(self, ids: Sequence[str]) -> dict[str, float]:
        """Each user's Preferences.notify_min_score, by id (ids of no user left out): what
        announcing a match needs of its owner, without reading the whole user."""
        ...
