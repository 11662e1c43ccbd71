"""A worker started with the model loaded up front (`embed_at_start`) also reads the skill
relations up front: otherwise the first candidate's scoring reads them (0.3-1 s of CPU)
inside the work it was queued for; so is the town table matching measures distances by, and
the extraction processes are started (each imports its readers, ~0.2-0.4 s of CPU, which the
first upload would otherwise wait for). An API process and a default start read them only when
asked (the API warms them itself before it says it is ready)."""
from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain import town_distances
from gateway.bootstrap import open_services
from gateway.config import Settings


@pytest.mark.parametrize("embed_at_start", [True, False])
async def test_skill_relations_are_read_at_start_with_the_model(tmp_path: Path, embed_at_start: bool):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                        jwt_secret="warm-relations" * 4, embed_at_start=embed_at_start)
    town_distances._towns.cache_clear()
    before = set(multiprocessing.active_children())
    async with open_services(settings) as services:
        started = set(multiprocessing.active_children()) - before
        assert len(started) == (2 if embed_at_start else 0)  # the extractor's two processes
        skills = getattr(services.skills, "wrapped", services.skills)  # behind the call counter
        assert isinstance(skills, EmbeddedSkillExtractor)
        # The instance's own reference, set once it read them (not the process-wide cache).
        assert (skills._neighbours is not None) is embed_at_start
        assert (town_distances._towns.cache_info().currsize == 1) is embed_at_start
