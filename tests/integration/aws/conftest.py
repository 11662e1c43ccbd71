from __future__ import annotations

from contextlib import AsyncExitStack

import pytest

from tests.integration.aws_fixtures import aws_names, moto_endpoint  # noqa: F401


@pytest.fixture
async def aws_clients(moto_endpoint):
    from adapters.aws.clients import AwsClients, Connection

    async with AsyncExitStack() as stack:
        yield AwsClients(Connection(region="us-east-1", endpoint_url=moto_endpoint), stack)
