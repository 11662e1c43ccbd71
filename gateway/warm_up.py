"""What a process loads before it says it is ready, off the event loop."""
from __future__ import annotations

import asyncio
import logging

from domain.ports.documents import SkillExtractor

log = logging.getLogger("talentgraph.startup")


async def warm_up(skills: SkillExtractor) -> None:
    try:
        await asyncio.to_thread(skills.warm_up)
    except Exception:  # the first use loads it again, and says why if it still fails
        log.warning("could not load the skill vocabulary ahead of the first request", exc_info=True)
