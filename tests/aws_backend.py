"""Fixtures for running the whole gateway with --backend aws against the moto server."""
from __future__ import annotations

import httpx
import pytest


@pytest.fixture
async def aws_settings(settings, moto_endpoint, aws_names):
    from gateway.config_aws import AwsSettings
    from gateway.provision_aws import provision_aws

    aws = AwsSettings(endpoint_url=moto_endpoint, queue_wait_seconds=1, **aws_names)
    configured = settings.model_copy(update={"backend": "aws", "aws": aws})
    await provision_aws(configured)
    return configured


@pytest.fixture
async def aws_client(aws_settings):
    from asgi_lifespan import LifespanManager

    from gateway.app import create_app
    from tests.graphql_client import GraphQLClient

    application = create_app(aws_settings)
    async with LifespanManager(application, startup_timeout=60, shutdown_timeout=60):
        transport = httpx.ASGITransport(app=application, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield GraphQLClient(http), application
