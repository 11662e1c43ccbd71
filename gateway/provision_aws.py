"""`talentgraph provision --backend aws`: the table, bucket, queues, topic, event bus and
the search index, created idempotently from the same settings the gateway reads."""
from __future__ import annotations

import json
from contextlib import AsyncExitStack

from gateway.config import Settings


async def provision_aws(settings: Settings) -> dict[str, str]:
    from adapters.aws.clients import AwsClients
    from adapters.aws.dynamodb.table import create_table
    from adapters.aws.provision import Names, provision
    from gateway.backends.aws import connection, open_search_index

    aws = settings.aws
    names = Names(
        table=aws.table, bucket=aws.bucket, queue=aws.queue, dead_letter_queue=aws.dead_letter_queue,
        topic=aws.topic, event_bus=aws.event_bus, kms_key_id=aws.kms_key_id,
        max_attempts=settings.queue_max_attempts, lease_seconds=int(settings.queue_lease_seconds),
    )
    async with AsyncExitStack() as stack:
        clients = AwsClients(connection(settings), stack)
        search = await open_search_index(settings, stack) if aws.opensearch_url else None
        return await provision(clients, names, create_table=create_table, search_index=search)


def report(done: dict[str, str]) -> str:
    return json.dumps(done, indent=2)
