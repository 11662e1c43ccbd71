"""The matching adapters in AWS mode: embeddings on DynamoDB (the source of truth, with a change
feed), vector retrieval through OpenSearch k-NN when OPENSEARCH_URL is set, else a local
index per replica under the data dir, rebuilt from DynamoDB when stale and kept in step
with it (FollowingVectorIndex); the embedder is Titan/SageMaker when configured (already
in `have`), else the local sentence-transformers model, whose identity (and number format) the
table records beside the vectors (adapters/aws/dynamodb/embedding_model.py). The lexical
analyzer is recorded whichever embedder runs, so every process matches every open job again
once the résumés a switch queued are indexed again: after a switch of the model or of the
analyzer with the local model, after one of the analyzer with an external embedder (whose
identity is not recorded, so a change of it is no switch: nothing is dropped or queued)."""
from __future__ import annotations

from contextlib import AsyncExitStack
from typing import TYPE_CHECKING

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
from adapters.aws.dynamodb.scoring_version import DynamoScoringVersion
from adapters.aws.dynamodb.work_outbox import WorkWritten
from domain.matching.lexical import ANALYZER_VERSION
from domain.matching.scoring import SCORING_VERSION
from domain.ports.documents import Embedder
from domain.ports.vectors import VectorIndex
from gateway.adapter_sets import MatchingAdapters
from gateway.config import Settings

if TYPE_CHECKING:
    from adapters.aws.opensearch.job_index import OpenSearchJobIndex
    from adapters.aws.search_mirror import SqliteJobMirror

KINDS = ("job", "resume")


async def aws_matching_adapters(settings: Settings, table: DynamoTable, embedder: Embedder | None,
                                search: OpenSearchJobIndex | SqliteJobMirror,
                                stack: AsyncExitStack, work_written: WorkWritten | None = None) -> MatchingAdapters:
    """`embedder` None: the local model, in the format `embedding_precision` names."""
    if embedder is None:
        from adapters.embedded.local_embedder import local_embedder

        model = local_embedder(settings.embedding_precision, cache_dir=settings.model_cache_dir)
        embeddings = DynamoEmbeddingStore(table, model_id=model.model_id, analyzer=ANALYZER_VERSION)
        # Before the indexes open: vectors of another model (or number format) are gone, and
        # queued to be made again, before any index is built from the store.
        await embeddings.model_record().adopt(model.model_id)
        embedder = model
    else:
        embeddings = DynamoEmbeddingStore(table, analyzer=ANALYZER_VERSION)
    # Term vectors of another lexical analyzer likewise, whichever embedder makes the vectors.
    await embeddings.lexical_record().adopt(ANALYZER_VERSION)
    # Every open job matched again once the switches' résumés are indexed again.
    rescoring = embeddings.rescoring(work_written)
    if settings.role != "api":
        # Scores stored by an older scoring are made again, once, by the processes that score.
        await DynamoScoringVersion(table).adopt(SCORING_VERSION)
    from adapters.aws.search_mirror import SqliteJobMirror

    if isinstance(search, SqliteJobMirror):  # no OpenSearch configured
        indexes = _local_indexes(settings, embeddings, embedder.dimension)
    else:
        indexes = _opensearch_indexes(settings, search, embedder.dimension)
    for kind, index in indexes.items():
        generation, count = await embeddings.generation(kind)
        await index.open(generation, lambda kind=kind: embeddings.stream(kind), count)
        stack.push_async_callback(index.close)
    if settings.warms_at_start:
        await embedder.embed(["warm up"])
    return MatchingAdapters(embeddings=embeddings, embedder=embedder,
                            job_index=indexes["job"], resume_index=indexes["resume"],
                            open_jobs_rescoring=rescoring, reembedding_progress=rescoring)


def _opensearch_indexes(settings: Settings, search: OpenSearchJobIndex, dimension: int) -> dict[str, VectorIndex]:
    from adapters.aws.opensearch.job_index import OpenSearchVectorIndex

    if search.dimension != dimension:
        raise ValueError(
            f"the OpenSearch index holds {search.dimension}-dimensional vectors but the embedder makes"
            f" {dimension}; set TALENTGRAPH_AWS__EMBEDDING_DIMENSION={dimension} (and provision again)")
    # Resumes get an index of their own beside the jobs' (same mapping; only `embedding` is used).
    resumes = search.sibling(f"{settings.aws.opensearch_index}-resumes")
    return {"job": OpenSearchVectorIndex(search), "resume": OpenSearchVectorIndex(resumes)}


def _local_indexes(settings: Settings, embeddings: DynamoEmbeddingStore, dimension: int) -> dict[str, VectorIndex]:
    from adapters.aws.following_index import FollowingVectorIndex
    from adapters.embedded.vectors.index import EmbeddedVectorIndex

    return {
        kind: FollowingVectorIndex(
            EmbeddedVectorIndex(settings.index_dir / kind, dimension, ann_threshold=settings.ann_threshold),
            embeddings, kind)
        for kind in KINDS
    }
