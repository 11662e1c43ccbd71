"""What only DynamoDB's dead announcements need: a relay that read a spent item before another
relay set it aside and an administrator requeued it must not send the requeued item back to
the dead ones. Its claim time alone could still match (a handed-back item is free at 0), so
the set-aside is conditional on the attempts it read as well. The interleaving is forced step
by step: the relay's read, the other relay's set-aside, the requeue, a claim handed back, then
the stale set-aside."""
from __future__ import annotations

import time

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.dead_match_announcements import set_aside
from adapters.aws.dynamodb.keys import key


async def test_a_stale_set_aside_leaves_a_requeued_announcement_live(aws_clients, aws_names):
    from adapters.aws.dynamodb.match_announcements import DynamoMatchAnnouncements
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    table = DynamoTable(client, aws_names["table"])
    spent = {**key("MATCHANNOUNCE", "m1"), "candidate_id": {"S": "c1"}, "job_id": {"S": "j1"},
             "score": {"N": "0.8"}, "found_at": {"S": "2024-03-01T09:00:00+00:00"}, "published": {"BOOL": False},
             "claimed_until": {"N": "0"}, "attempts": {"N": "3"}}
    await table.put(spent)
    stale = await table.get(key("MATCHANNOUNCE", "m1"))  # relay A reads it: spent, free
    assert stale is not None
    await set_aside(table, spent, time.time())  # relay B sets it aside
    outbox = DynamoMatchAnnouncements()
    outbox._table = table
    assert await outbox.requeue_dead_announcements(["m1"]) == ["m1"]
    # A relay claims the requeued item and hands it back: free at 0 again, the claim time
    # relay A read. Relay A then goes on with what it read.
    (claimed,) = await outbox.claim_announcements(10, max_attempts=3)
    await outbox.announcements_failed([claimed.record_id], published=False)
    await set_aside(table, stale, time.time())
    assert await outbox.dead_announcements() == 0
    (claimed,) = await outbox.claim_announcements(10, max_attempts=3)
    assert (claimed.match_id, claimed.attempts) == ("m1", 2)
