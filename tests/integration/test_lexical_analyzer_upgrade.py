"""A data dir whose term vectors another lexical analyzer made (as one from before the analyzer
was versioned: migration 56 records analyzer 1) is upgraded at start: the old term vectors are
gone before any worker runs, so none is compared with the new analyzer's; every open job and
parsed résumé is indexed again and its matches scored again from the new terms: real SQLite,
the real model, the durable queue drained by the workers."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from domain.matching.lexical import ANALYZER_VERSION, encode, term_id
from gateway.bootstrap import open_services
from tests.integration.durable_queue_drain import drain
from tests.integration.test_embedding_model_change import (
    _matched_jobs,
    _pending,
    _platform_made_with_float32,
    _settings,
)

# What the first analyzer read in a Portuguese word: two fragments, not the word.
_OLD_TERMS = np.asarray(encode({term_id("urg"): 0.7, term_id("ncia"): 0.7}), dtype=np.float32).tobytes()
_STALE_SCORE = 0.0123


def _sql(tmp_path: Path, statement: str, parameters: tuple = ()) -> list[tuple]:
    with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
        return conn.execute(statement, parameters).fetchall()


def _made_by_the_old_analyzer(tmp_path: Path) -> None:
    _sql(tmp_path, "UPDATE lexical_analyzer SET version = ?", (ANALYZER_VERSION - 1,))
    _sql(tmp_path, "UPDATE embeddings SET vector = ? WHERE kind IN ('job.terms', 'resume.terms')", (_OLD_TERMS,))
    _sql(tmp_path, "UPDATE matches SET score = ?", (_STALE_SCORE,))


async def test_terms_of_the_old_analyzer_are_dropped_at_start_made_again_and_the_matches_scored_again(
        tmp_path: Path):
    resume_id, job_id, candidate_id = await _platform_made_with_float32(tmp_path)
    async with open_services(_settings(tmp_path, "fp32")) as services:
        embeddings = services.adapters.matching.embeddings
        new_terms = (await embeddings.get_many("job.terms", [job_id]) +
                     await embeddings.get_many("resume.terms", [resume_id]))
        (scored,) = _sql(tmp_path, "SELECT score FROM matches")
        assert None not in new_terms and _pending(tmp_path) == []
    _made_by_the_old_analyzer(tmp_path)

    async with open_services(_settings(tmp_path, "fp32")) as services:
        embeddings = services.adapters.matching.embeddings
        assert _sql(tmp_path, "SELECT version FROM lexical_analyzer") == [(ANALYZER_VERSION,)]
        # Before any worker ran: no term vector of the old analyzer is left to be compared, and
        # the model's vectors stay.
        assert await embeddings.get_many("job.terms", [job_id]) == [None]
        assert await embeddings.get_many("resume.terms", [resume_id]) == [None]
        assert None not in await embeddings.get_many("job", [job_id])
        assert _pending(tmp_path) == [("match.job", "ready"), ("match.rescore_after_reembedding", "ready"),
                                      ("resume.reembed", "ready")]
        await drain(services, tmp_path)
        assert await services.queue.dead_letters() == []
        assert (await embeddings.get_many("job.terms", [job_id]) +
                await embeddings.get_many("resume.terms", [resume_id])) == new_terms
        assert await _matched_jobs(services, candidate_id) == [job_id]
        (rescored,) = _sql(tmp_path, "SELECT score FROM matches")
        assert rescored != (_STALE_SCORE,) and abs(rescored[0] - scored[0]) < 1e-6

    async with open_services(_settings(tmp_path, "fp32")) as services:  # the same analyzer: nothing to do
        assert _pending(tmp_path) == []
