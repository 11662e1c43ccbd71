"""Fixtures shared by the tiers. Every test gets its own data dir under tmp_path; each test
is marked with its tier from its directory (`pytest -m api`, `-m "not e2e"`, ...)."""
from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.graphql_client import GraphQLClient

# One moto server per test session, shared by every module that asks for it.
pytest_plugins = ["tests.integration.aws_fixtures"]

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture
def settings(tmp_path: Path):
    from gateway.config import Settings

    return Settings(
        data_dir=tmp_path / "data",
        jwt_secret="test-secret-" + "x" * 40,
        queue_workers=1,
        queue_backoff_seconds=0.05,
        require_verified_email=False,
        rate_limits="off",
        # The account lifecycle tests follow links read from the outbox, as a developer does.
        outbox_keep_delivered_bodies=True,
    )


@pytest.fixture
def replace_adapters():
    """None, or a function from the embedded backend's adapters to the ones the app serves
    from (a fake in place of one): a test overrides it with
    `@pytest.mark.parametrize("replace_adapters", [function])`."""
    return None


@pytest.fixture
def app_clock():
    """None (the system's time), or a clock the app's services read instead: a test module
    overrides this fixture to move time on."""
    return None


@pytest.fixture
async def app(settings, replace_adapters, app_clock):
    from asgi_lifespan import LifespanManager

    from gateway.app import create_app

    if replace_adapters is None:
        application = create_app(settings, clock=app_clock)
        async with LifespanManager(application, startup_timeout=60, shutdown_timeout=60):
            yield application
        return
    from gateway.backends.embedded import open_embedded

    async with open_embedded(settings) as adapters:
        application = create_app(settings, adapters=replace_adapters(adapters), clock=app_clock)
        async with LifespanManager(application, startup_timeout=60, shutdown_timeout=60):
            yield application


@pytest.fixture
async def client(app) -> AsyncIterator[GraphQLClient]:
    import httpx

    from tests.graphql_client import GraphQLClient

    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield GraphQLClient(http)


# The directory a test lives in is its tier; the marker follows from it, never from the file.
TIERS = ("unit", "integration", "api", "e2e", "contract", "fuzz")


def pytest_collection_modifyitems(config, items) -> None:
    root = Path(__file__).parent
    for item in items:
        tier = item.path.relative_to(root).parts[0]
        if tier in TIERS:
            item.add_marker(getattr(pytest.mark, tier))
