"""What a process loads before it says it is ready, off the event loop."""
from __future__ import annotations

import asyncio
import logging

from domain.locations import load_place_tables
from domain.ports.documents import SkillExtractor, StartsAhead, TextExtractor
from domain.town_distances import load_town_positions

log = logging.getLogger("talentgraph.startup")


async def warm_up(skills: SkillExtractor, *, town_positions: bool = False) -> None:
    """`town_positions`: also the town table matching measures distances by (~0.5-1 s, 14 MB),
    for the process that scores and explains matches (the worker role); the API's readiness
    and `talentgraph run`'s start (the worker starts once the API is ready) do not wait for it."""
    try:
        await asyncio.to_thread(skills.warm_up)
    except Exception:  # the first use loads it again, and says why if it still fails
        log.warning("could not load the skill vocabulary ahead of the first request", exc_info=True)
    try:
        # A search whose words end with a place, and any location filter, compare places: the
        # first would otherwise read these (~0.3-0.5 s) inside a person's request.
        await asyncio.to_thread(load_place_tables)
    except Exception:
        log.warning("could not load the place names ahead of the first request", exc_info=True)
    if town_positions:
        try:
            await asyncio.to_thread(load_town_positions)
        except Exception:
            log.warning("could not load the town positions ahead of the first match", exc_info=True)


async def start_extraction(extractor: TextExtractor) -> None:
    """The extraction processes started and their readers imported (~0.4 s of CPU each)
    before the first upload, for the worker role; an extractor that cannot is left to start
    on its first document."""
    if not isinstance(extractor, StartsAhead):
        return
    try:
        await extractor.start()
    except Exception:  # the first document starts them again, and fails with the reason
        log.warning("could not start the extraction processes ahead of the first upload", exc_info=True)
