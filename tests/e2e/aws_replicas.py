"""Gateway processes on the AWS backend (against the moto server) as replicas of one
deployment: the environment each replica is started with, and a set of them started in
order and stopped again however the test ends."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from tests.e2e.server import GatewayProcess


def replica_env(aws_settings, replica: str, workers: int) -> dict[str, str]:
    aws = aws_settings.aws
    return {
        "TALENTGRAPH_BACKEND": "aws",
        "TALENTGRAPH_JWT_SECRET": aws_settings.jwt_secret,  # one secret: a token works on every replica
        "TALENTGRAPH_QUEUE_WORKERS": str(workers),
        "TALENTGRAPH_AWS__ENDPOINT_URL": aws.endpoint_url,
        "TALENTGRAPH_AWS__TABLE": aws.table,
        "TALENTGRAPH_AWS__BUCKET": aws.bucket,
        "TALENTGRAPH_AWS__QUEUE": aws.queue,
        "TALENTGRAPH_AWS__DEAD_LETTER_QUEUE": aws.dead_letter_queue,
        "TALENTGRAPH_AWS__TOPIC": aws.topic,
        "TALENTGRAPH_AWS__EVENT_BUS": aws.event_bus,
        "TALENTGRAPH_AWS__QUEUE_WAIT_SECONDS": "1",
        "TALENTGRAPH_AWS__REPLICA_ID": replica,
    }


@asynccontextmanager
async def running(processes: Sequence[GatewayProcess], start_seconds: float = 90.0,
                  ) -> AsyncIterator[list[GatewayProcess]]:
    """Starts each in turn (its data dir made first); stops those that started, on any exit."""
    started: list[GatewayProcess] = []
    try:
        for process in processes:
            process.data_dir.mkdir()
            await asyncio.to_thread(process.start, start_seconds)
            started.append(process)
        yield started
    finally:
        for process in started:
            await asyncio.to_thread(process.stop)
