"""GraphiQL runs subscriptions: over graphql-transport-ws on the page's own origin and path,
signed in with the Authorization header typed into its Headers editor."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.e2e.clients.live_gateway import run_node

CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (apt-get install chromium)")
def test_graphiql_runs_a_subscription_and_shows_its_event(gateway):
    candidate = gateway.register("CANDIDATE", "graphiql-subscriber@example.com")

    report = run_node("graphiql_subscription.mjs", gateway.url, candidate, timeout=180)

    assert report["subscriptionUrl"] == gateway.ws_url
    event = json.loads(report["result"])
    assert event["data"]["resumeProcessed"]["filename"] == "grace-hopper.txt"
