"""Operators see match announcements kept aside as dead (they failed every attempt) in
/metrics, on the embedded backend, as the store counts them."""
from __future__ import annotations

import time


async def test_metrics_count_the_dead_match_announcements(client, app):
    text = (await client.http.get("/metrics")).text
    assert "talentgraph_match_announcements_dead 0.0" in text

    # A record the relay set aside, as it leaves one (adapters/embedded/sqlite/match_announcements.py).
    db = app.state.services.repositories.matches._db
    await db.execute("INSERT INTO match_announcements_dead(id, matches, published, attempts, dead_at)"
                     " VALUES ('m1', '[]', 0, 20, ?)", (time.time(),))
    assert await app.state.services.matching.store.dead_announcements() == 1
    text = (await client.http.get("/metrics")).text
    assert "talentgraph_match_announcements_dead 1.0" in text
