"""End-to-end fixtures: the real `talentgraph serve` on a loopback port."""
from __future__ import annotations

import pytest

from tests.e2e.server import GatewayProcess


@pytest.fixture
def gateway(tmp_path):
    process = GatewayProcess(tmp_path / "data")
    process.start()
    yield process
    process.stop()
