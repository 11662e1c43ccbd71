"""Fixtures for the real-client tests: the npm clients and one live gateway per module."""
from __future__ import annotations

import pytest

from tests.e2e.clients.live_gateway import ensure_node_clients, live_gateway


@pytest.fixture(scope="session")
def node_clients():
    return ensure_node_clients()


@pytest.fixture(scope="module")
def gateway(tmp_path_factory, node_clients):
    with live_gateway(tmp_path_factory.mktemp("live") / "data") as running:
        yield running
