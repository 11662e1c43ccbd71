"""The documented task-role policy against the HTTP methods a process sends OpenSearch when its
indexes open at start (every API and worker process with TALENTGRAPH_AWS__OPENSEARCH_URL set).
Amazon OpenSearch Service authorizes each method as its own action (es:ESHttpGet,
es:ESHttpHead, ...): one the policy leaves out is a 403 there, and the process does not start.
No server is needed: a connection answers each request as an empty new domain would."""
from __future__ import annotations

import json
import re
from pathlib import Path

from opensearchpy import AsyncHttpConnection, AsyncOpenSearch, NotFoundError

DOC = Path(__file__).resolve().parents[3] / "docs" / "deploy-aws.md"


def _search_actions() -> set[str]:
    block = re.search(r"## Least-privilege IAM policy.*?```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert block, "docs/deploy-aws.md has no IAM policy block"
    (search,) = [s for s in json.loads(block.group(1))["Statement"] if s.get("Sid") == "Search"]
    return set(search["Action"])


class _EmptyDomain(AsyncHttpConnection):
    methods: list[str] = []

    async def perform_request(self, method, url, params=None, body=None, timeout=None,  # noqa: ASYNC109 (its signature)
                              ignore=(), headers=None):
        type(self).methods.append(method)
        index = url.strip("/").split("/")[0]
        if method == "HEAD":
            raise NotFoundError(404, "index_not_found_exception", {})
        if url.endswith("/_mapping") and method == "GET":
            answer: object = {index: {"mappings": {}}}
        elif url.endswith("/_count"):
            answer = {"count": 0}
        else:
            answer = {"acknowledged": True}
        return 200, {}, json.dumps(answer)


async def test_opening_the_search_indexes_at_start_needs_no_action_the_policy_leaves_out():
    from adapters.aws.opensearch.job_index import OpenSearchJobIndex

    _EmptyDomain.methods = []
    client = AsyncOpenSearch(hosts=["http://127.0.0.1:9"], connection_class=_EmptyDomain)
    try:
        jobs = OpenSearchJobIndex(client, "talentgraph-jobs", dimension=3)
        for index in (jobs, jobs.sibling("talentgraph-jobs-resumes")):
            await index.open("generation-1", lambda: [], 0)
    finally:
        await client.close()
    used = {f"es:ESHttp{method.capitalize()}" for method in _EmptyDomain.methods}
    assert "es:ESHttpHead" in used  # whether each index exists is asked first
    assert used - _search_actions() == set()
