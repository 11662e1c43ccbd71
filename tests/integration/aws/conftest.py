from __future__ import annotations

from contextlib import AsyncExitStack

import pytest


@pytest.fixture
async def aws_clients(moto_endpoint):
    from adapters.aws.clients import AwsClients, Connection

    async with AsyncExitStack() as stack:
        yield AwsClients(Connection(region="us-east-1", endpoint_url=moto_endpoint), stack)


@pytest.fixture
async def dynamo_table(aws_clients, aws_names):
    """The application's DynamoDB table, created on the moto server."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    return DynamoTable(client, aws_names["table"])
