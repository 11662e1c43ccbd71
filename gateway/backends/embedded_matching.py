"""The embedded matching adapters: embeddings in SQLite, two persisted vector indexes (jobs,
resumes) checked against the store at start, and the local embedding model."""
from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from adapters.embedded.batching_embedder import BatchingEmbedder
from adapters.embedded.local_embedder import local_embedder
from adapters.embedded.sqlite.candidate_stamps import SqliteCandidateStamps
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.eligible_resumes import SqliteEligibleResumeIds
from adapters.embedded.sqlite.embedding_model import adopt_embedding_model
from adapters.embedded.sqlite.embedding_rescoring import SqliteOpenJobsRescoring
from adapters.embedded.sqlite.embeddings import SqliteEmbeddingStore
from adapters.embedded.sqlite.lexical_analyzer import adopt_lexical_analyzer
from adapters.embedded.sqlite.scoring_version import SqliteScoringVersion
from adapters.embedded.sqlite.skill_frequencies import SqliteSkillFrequencies
from adapters.embedded.vectors.index import EmbeddedVectorIndex
from domain.matching.lexical import ANALYZER_VERSION
from domain.matching.scoring import SCORING_VERSION
from domain.ports.queue import WorkQueue
from domain.ports.vectors import VectorIndex
from gateway.adapter_sets import MatchingAdapters
from gateway.config import Settings


@asynccontextmanager
async def open_matching_adapters(settings: Settings, db: Database, queue: WorkQueue) -> AsyncIterator[MatchingAdapters]:
    model = local_embedder(settings.embedding_precision, cache_dir=settings.model_cache_dir,
                           threads=max(1, (os.cpu_count() or 1) // max(1, settings.queue_workers)))
    embeddings = SqliteEmbeddingStore(db, model_id=model.model_id, analyzer=ANALYZER_VERSION)
    embedder = BatchingEmbedder(model)
    worker_owned = settings.role == "api"
    if not worker_owned:
        # Before the indexes open: vectors of another model are gone (and queued to be made
        # again) before any index is built from the store.
        await adopt_embedding_model(db, model.model_id)
        # Term vectors of another lexical analyzer likewise: never compared with this one's.
        await adopt_lexical_analyzer(db, ANALYZER_VERSION)
        # Scores stored by an older scoring are made again, once, by the process that scores.
        await SqliteScoringVersion(db).adopt(SCORING_VERSION)
    indexes = _worker_owned_indexes(queue, embedder.dimension) if worker_owned \
        else await _open_indexes(settings, embeddings, embedder.dimension)
    if settings.warms_at_start and settings.role != "api":
        await embedder.embed(["warm up"])  # load the model now rather than on the first resume
    try:
        yield MatchingAdapters(
            embeddings=embeddings,
            embedder=embedder,
            job_index=indexes["job"],
            resume_index=indexes["resume"],
            skill_frequencies=SqliteSkillFrequencies(db),
            candidate_stamps=SqliteCandidateStamps(db),
            eligible_resume_ids=SqliteEligibleResumeIds(db),
            open_jobs_rescoring=SqliteOpenJobsRescoring(db),
        )
    finally:
        for kind, index in indexes.items() if not worker_owned else ():
            # Saved with the store's generation it now reflects; a crash before this leaves
            # no trusted manifest, and the next start rebuilds from the store.
            generation, _ = await embeddings.generation(kind)
            await index.remove([], generation)
            await index.close()


async def _open_indexes(
    settings: Settings, embeddings: SqliteEmbeddingStore, dimension: int
) -> dict[str, VectorIndex]:
    indexes: dict[str, VectorIndex] = {}
    for kind in ("job", "resume"):
        index = EmbeddedVectorIndex(settings.index_dir / kind, dimension, ann_threshold=settings.ann_threshold)
        generation, count = await embeddings.generation(kind)
        await index.open(generation, lambda kind=kind: embeddings.stream(kind), count)
        indexes[kind] = index
    return indexes


def _worker_owned_indexes(queue: WorkQueue, dimension: int) -> dict[str, VectorIndex]:
    """An API process: the worker process owns the index files; removals are handed to it."""
    from adapters.embedded.vectors.worker_owned import WorkerOwnedVectorIndex

    return {kind: WorkerOwnedVectorIndex(kind, queue, dimension) for kind in ("job", "resume")}
