"""`serve --workers N`: each API process listens on a socket of its own on the one port
(SO_REUSEPORT), so the kernel hands each new connection to one of them. With one socket
shared by every process, whichever process wakes first accepts every connection waiting, and
a burst of connections (a load generator's, a proxy's pool) can land on one process alone.
The port stays refused to a second deployment."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.bench.api_processes import api_pids, connections_by_pid
from tests.e2e.clients.live_gateway import live_gateway

pytestmark = pytest.mark.skipif(shutil.which("ss") is None, reason="needs ss (Debian: iproute2)")

BURSTS = 6
BURST = 16  # a burst lands on one process alone with probability 2 x 2^-16 when the kernel picks


def listening_sockets(port: int) -> list[set[int]]:
    """The listening sockets on `port`, each as the set of pids holding it."""
    out = subprocess.run(["ss", "-Hltnp", f"( sport = :{port} )"], capture_output=True, text=True,
                         check=True).stdout
    return [{int(pid) for pid in re.findall(r"pid=(\d+)", line)} for line in out.splitlines() if line.strip()]


def burst_spread(port: int, pids: list[int]) -> Counter[int]:
    connections = [socket.socket() for _ in range(BURST)]
    try:
        for connection in connections:
            connection.setblocking(False)
            connection.connect_ex(("127.0.0.1", port))
        deadline, held = time.monotonic() + 10, Counter[int]()
        while time.monotonic() < deadline:
            held = connections_by_pid(port, client_pid=None)
            if sum(held[pid] for pid in pids) >= BURST:
                break
            time.sleep(0.02)
        return held
    finally:
        for connection in connections:
            connection.close()


def test_each_api_process_listens_on_its_own_socket_and_every_burst_reaches_each(tmp_path):
    with live_gateway(tmp_path / "data", command=("serve", "--workers", "2")) as gateway:
        pids = api_pids(gateway.process.pid)
        assert len(pids) == 2

        holders = listening_sockets(gateway.port)
        # The manager holds no listening socket: a connection queued on it would wait forever.
        assert sorted(holders, key=min) == sorted(({pid} for pid in pids), key=min), holders

        spreads = []
        for _ in range(BURSTS):
            held = burst_spread(gateway.port, pids)
            spreads.append([held[pid] for pid in pids])
            time.sleep(0.2)  # the burst's connections closed on the server's side too
        assert all(sum(spread) == BURST for spread in spreads), spreads
        assert all(min(spread) > 0 for spread in spreads), spreads


def test_a_second_deployment_on_the_same_port_is_refused(tmp_path):
    with live_gateway(tmp_path / "first", command=("serve", "--workers", "2")) as gateway:
        second = subprocess.run(
            [str(Path(sys.executable).parent / "talentgraph"), "serve", "--workers", "2", "--port", str(gateway.port),
             "--data-dir", str(tmp_path / "second")],
            env=gateway_env(), capture_output=True, text=True, timeout=120,
        )
        assert second.returncode != 0
        assert f"127.0.0.1:{gateway.port}" in second.stderr and "in use" in second.stderr, second.stderr[-2000:]
        assert len(listening_sockets(gateway.port)) == 2


def gateway_env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "TALENTGRAPH_LOG_LEVEL": "WARNING"}

