"""The worker role reads the town table in its warm-up, so that the first match it scores and
explains does not pay for reading it; the API's warm-up does not wait for it."""
from __future__ import annotations

from domain import town_distances
from gateway.warm_up import warm_up


class _Vocabulary:
    def warm_up(self) -> None:
        pass


async def test_the_workers_warm_up_reads_the_town_table() -> None:
    town_distances._towns.cache_clear()
    await warm_up(_Vocabulary(), town_positions=True)  # type: ignore[arg-type]
    assert town_distances._towns.cache_info().currsize == 1


async def test_the_apis_warm_up_leaves_it_to_the_first_distance() -> None:
    town_distances._towns.cache_clear()
    await warm_up(_Vocabulary())  # type: ignore[arg-type]
    assert town_distances._towns.cache_info().currsize == 0
