"""A process reads the place tables before it says it is ready, so that a person's first
search ending with a town (or filtered by location) does not pay for reading them."""
from __future__ import annotations

from domain import country_names, place_names, place_regions
from gateway.warm_up import warm_up


class _Vocabulary:
    def __init__(self) -> None:
        self.warmed = False

    def warm_up(self) -> None:
        self.warmed = True


async def test_warm_up_reads_the_skill_vocabulary_and_the_place_tables() -> None:
    for table in (place_names._towns, country_names.translated_countries, place_regions.first_level_regions):
        table.cache_clear()
    vocabulary = _Vocabulary()

    await warm_up(vocabulary)  # type: ignore[arg-type]

    assert vocabulary.warmed
    for table in (place_names._towns, country_names.translated_countries, place_regions.first_level_regions):
        assert table.cache_info().currsize == 1
