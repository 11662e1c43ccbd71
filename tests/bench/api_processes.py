"""Which API process of a deployment answers what, for benchmarks that compare windows of load:
the API processes of `serve --workers N` / `run` share one listening socket, and which one
accepts a connection is up to whichever wakes first. A window is only comparable with another
when every process is warm and the load's connections are spread over them alike, so both
are checked, not assumed (Linux: /proc and `ss`)."""
from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import time
from collections import Counter
from pathlib import Path

from tests.bench.bench_http import REFERENCE_QUERY
from tests.e2e.process_tree import command_line, descendants

WARM_REQUESTS = 200  # per process: its first answers are slower (caches, the collector's settling)


def api_pids(root_pid: int) -> list[int]:
    """uvicorn's API processes under `talentgraph run`/`serve --workers N` (spawned children of
    the manager), not the worker role nor the worker's extraction pool."""
    found = []
    for pid in descendants(root_pid):
        if "multiprocessing.spawn" in command_line(pid) and _parent(pid) == root_pid:
            found.append(pid)
    return sorted(found)


def worker_pids(root_pid: int) -> list[int]:
    return [pid for pid in descendants(root_pid) if "gateway.cli worker" in command_line(pid)]


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return -1


def connections_by_pid(port: int, client_pid: int | None = None) -> Counter[int]:
    """Established connections to `port`, by the pid of the process holding the server side;
    with `client_pid`, only the connections that process opened (wrk's, not an uploader's)."""
    out = subprocess.run(["ss", "-Htnp", "state", "established", f"( sport = :{port} or dport = :{port} )"],
                         capture_output=True, text=True, check=True).stdout
    servers: dict[int, int] = {}  # client port -> server pid
    client_ports: set[int] = set()
    for line in out.splitlines():
        fields, owner = line.split(), re.search(r"pid=(\d+)", line)
        if len(fields) < 4 or owner is None:
            continue
        local, peer = int(fields[2].rsplit(":", 1)[1]), int(fields[3].rsplit(":", 1)[1])
        if local == port:
            servers[peer] = int(owner.group(1))
        elif int(owner.group(1)) == client_pid:
            client_ports.add(local)
    return Counter(pid for client, pid in servers.items() if client_pid is None or client in client_ports)


def warm_every_process(port: int, token: str, pids: list[int], requests: int = WARM_REQUESTS,
                       seconds: float = 120) -> Counter[int]:
    """The reference query over fresh connections until every API process has answered
    `requests` of them (the answering process is the one holding the connection); returns the
    answers by pid."""
    answered: Counter[int] = Counter()
    body = json.dumps({"query": REFERENCE_QUERY})
    headers = {"content-type": "application/json", "authorization": f"Bearer {token}"}
    deadline = time.monotonic() + seconds
    while any(answered[pid] < requests for pid in pids):
        if time.monotonic() > deadline:
            raise RuntimeError(f"not every API process answered {requests} requests: {dict(answered)}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.connect()
        holder = _holder(port, connection.sock.getsockname()[1])
        for _ in range(20):  # a few on each connection, as keep-alive clients do
            connection.request("POST", "/graphql", body, headers)
            response = connection.getresponse()
            assert response.status == 200, response.read()
            response.read()
            answered[holder] += 1
        connection.close()
    return answered


def _holder(port: int, client_port: int) -> int:
    for _ in range(100):
        out = subprocess.run(["ss", "-Htnp", "state", "established", f"( sport = :{port} and dport = :{client_port} )"],
                             capture_output=True, text=True, check=True).stdout
        if match := re.search(r"pid=(\d+)", out):
            return int(match.group(1))
        time.sleep(0.01)  # not yet accepted by any process
    raise RuntimeError(f"no API process holds the connection from port {client_port}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the process, its threads included (not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_queue_seconds(pid: int) -> float:
    """Time the process's threads have spent runnable but waiting for a core (Linux schedstat),
    the ones alive now: what a request waits on beyond its own CPU when cores are short."""
    waited = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            waited += int((task / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            pass  # the thread ended meanwhile
    return waited / 1e9


def thread_count(pid: int) -> int:
    try:
        return len(list(Path(f"/proc/{pid}/task").iterdir()))
    except OSError:
        return 0


def wait_until_quiet(pid: int, busy_below: float = 0.05, seconds: float = 120) -> None:
    """Until the process uses less than `busy_below` of a core over a second (start-up work done)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        before = cpu_seconds(pid)
        time.sleep(1)
        if cpu_seconds(pid) - before < busy_below:
            return
    raise RuntimeError(f"process {pid} stayed busy for {seconds}s")
