"""A websocket that never sends connection_init is closed with 4408, as the protocol says."""
from __future__ import annotations

import asyncio

import pytest
import websockets

from tests.e2e.server import GatewayProcess


async def test_a_connection_without_connection_init_is_closed_with_4408(tmp_path):
    gateway = GatewayProcess(tmp_path / "data", env={"TALENTGRAPH_WS_CONNECTION_INIT_SECONDS": "1"})
    gateway.start()
    try:
        url = gateway.url.replace("http://", "ws://") + "/graphql"
        async with websockets.connect(url, subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 10)
            assert closed.value.rcvd.code == 4408
    finally:
        gateway.stop()
