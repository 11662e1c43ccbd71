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


async def test_an_index_made_for_vectors_of_another_size_stops_the_start_saying_what_to_do():
    """Its field's dimension cannot change in place: reindexing is the operator's (docs/search.md),
    and a start that went on would have every vector write refused."""
    import json

    from opensearchpy import AsyncHttpConnection, AsyncOpenSearch

    from adapters.aws.opensearch.job_index import OpenSearchJobIndex
    from adapters.aws.opensearch.mapping import index_body

    made_for_titan = index_body(1024)["mappings"]

    class MadeForTitan(AsyncHttpConnection):
        async def perform_request(self, method, url, params=None, body=None, timeout=None,  # noqa: ASYNC109
                                  ignore=(), headers=None):
            index = url.strip("/").split("/")[0]
            answers = {"_mapping": {index: {"mappings": made_for_titan}},
                       "_settings": {index: {"settings": index_body(1024)["settings"]}}}
            return 200, {}, json.dumps(answers.get(url.rstrip("/").rsplit("/", 1)[-1], {"acknowledged": True}))

    client = AsyncOpenSearch(hosts=["http://127.0.0.1:9"], connection_class=MadeForTitan)
    try:
        with pytest.raises(ValueError, match="1024-dimensional.*384") as raised:
            await OpenSearchJobIndex(client, "talentgraph-jobs", dimension=384).open("g1", lambda: [], 0)
        assert "TALENTGRAPH_AWS__OPENSEARCH_INDEX" in str(raised.value)
    finally:
        await client.close()
