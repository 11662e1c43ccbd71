"""GraphiQL works with the network cut off: every script and style comes from the gateway."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.e2e.clients.live_gateway import run_node

CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (apt-get install chromium)")
def test_graphiql_runs_a_query_in_a_browser_with_only_loopback_reachable(gateway):
    employer = gateway.register("EMPLOYER", "graphiql-employer@example.com")
    gateway.execute(
        'mutation{ postJob(input: {title: "Compiler Engineer", description: "Rust and LLVM."}){ id } }', token=employer
    )

    report = run_node("graphiql_offline.mjs", gateway.url, "{ searchJobs(first: 5) { edges { node { title } } } }")

    assert report["offLoopback"] == []
    result = json.loads(report["result"])
    assert {"node": {"title": "Compiler Engineer"}} in result["data"]["searchJobs"]["edges"]
