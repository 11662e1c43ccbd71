"""A real gateway on 127.0.0.1 (the `talentgraph serve` CLI in a subprocess) and the npm
clients installed from the committed lockfile, for tests that drive it with real clients."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CLIENTS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = CLIENTS_DIR.parents[2]


def ensure_node_clients() -> Path:
    """`npm ci` once: again only when the lockfile changed since the last install."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise RuntimeError("node and npm are needed for the real-client tests (Debian: apt-get install nodejs npm)")
    lock = CLIENTS_DIR / "package-lock.json"
    installed = CLIENTS_DIR / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=CLIENTS_DIR, check=True, timeout=600
        )
    return CLIENTS_DIR / "node_modules"


def run_node(script: str, *args: str, timeout: float = 120) -> dict[str, Any]:
    """Runs one of the client scripts; its last stdout line is its JSON report."""
    done = subprocess.run(
        ["node", str(CLIENTS_DIR / script), *args], cwd=CLIENTS_DIR, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise AssertionError(f"{script} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveGateway:
    port: int
    data_dir: Path
    # The `talentgraph` process, where this helper started it (benchmarks read its process tree).
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/graphql"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def execute(self, query: str, variables: dict | None = None, token: str | None = None) -> dict[str, Any]:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as refused:  # a refused operation is a 4xx with its GraphQL body
            return json.loads(refused.read())

    def register(self, role: str, email: str) -> str:
        payload = {"email": email, "password": "correct horse battery staple", "name": email.split("@")[0], "role": role}
        if role == "EMPLOYER":
            payload["organizationName"] = f"{email.split('@')[0]} Inc"
        body = self.execute(
            "mutation($i: RegisterInput!){ register(input: $i){ accessToken } }", {"i": payload}
        )
        assert not body.get("errors"), body
        return body["data"]["register"]["accessToken"]


@contextmanager
def live_gateway(data_dir: Path, command: tuple[str, ...] = ("run", "--in-one-process"),
                 **env: str) -> Iterator[LiveGateway]:
    port = free_port()
    environment = {
        **os.environ,
        "TALENTGRAPH_RATE_LIMITS": "off",
        "TALENTGRAPH_REQUIRE_VERIFIED_EMAIL": "false",
        "TALENTGRAPH_JWT_SECRET": "live-test-secret-" + "x" * 40,
        "TALENTGRAPH_QUEUE_WORKERS": "1",
        "TALENTGRAPH_LOG_LEVEL": "WARNING",
        "HF_HUB_OFFLINE": "1",
        # A split deployment's worker would load the model as it starts: most tests never embed.
        "TALENTGRAPH_EMBED_AT_START": "false",
        **env,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", *command, "--port", str(port), "--data-dir", str(data_dir)],
        cwd=PROJECT_ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    gateway = LiveGateway(port, data_dir, process)
    try:
        _wait_ready(gateway, process)
        yield gateway
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_ready(gateway: LiveGateway, process: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the gateway exited with {process.returncode}:\n{process.stderr.read()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{gateway.port}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the gateway did not become ready in time")
