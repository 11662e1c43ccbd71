"""The OpenSearch indexes' vector field is made (by `talentgraph provision`, or the first
process) with the dimension of the embedder the deployment runs. With the default embedder
(the local model, 384 dimensions) nothing else has to be set: a field made for Titan's 1024
would refuse every vector, stop every process at start, and cannot be changed in place."""
from __future__ import annotations

from contextlib import AsyncExitStack

import pytest

from gateway.config import Settings


@pytest.mark.parametrize(("embedder", "dimension", "expected"), [
    ("embedded", None, 384),
    ("embedded", "1024", 384),  # the local model decides; the setting is Titan's and SageMaker's
    ("titan", None, 1024),
    ("titan", "512", 512),
])
async def test_the_search_index_is_made_for_the_embedder_the_deployment_runs(
        monkeypatch, tmp_path, embedder, dimension, expected):
    from gateway.backends.aws import open_search_index

    monkeypatch.setenv("TALENTGRAPH_AWS__OPENSEARCH_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("TALENTGRAPH_AWS__EMBEDDER", embedder)
    if dimension is not None:
        monkeypatch.setenv("TALENTGRAPH_AWS__EMBEDDING_DIMENSION", dimension)
    settings = Settings(data_dir=tmp_path)
    async with AsyncExitStack() as stack:
        index = await open_search_index(settings, stack)
        assert index.dimension == expected
