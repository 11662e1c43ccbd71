from __future__ import annotations

from contextlib import AsyncExitStack

import pytest


@pytest.fixture
async def aws_clients(moto_endpoint):
    from adapters.aws.clients import AwsClients, Connection

    async with AsyncExitStack() as stack:
        yield AwsClients(Connection(region="us-east-1", endpoint_url=moto_endpoint), stack)
