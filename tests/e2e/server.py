"""Runs the real gateway (`talentgraph run --in-one-process`: API and workers in one process) as a child process on a free loopback port."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GatewayProcess:
    def __init__(self, data_dir: Path, env: dict[str, str] | None = None,
                 command: tuple[str, ...] = ("run", "--in-one-process")) -> None:
        self.data_dir = data_dir
        self.command = command
        self.port = free_port()
        # PYTHONPATH: the server runs the code of the tree these tests belong to.
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TALENTGRAPH_RATE_LIMITS": "off",
                    "TALENTGRAPH_REQUIRE_VERIFIED_EMAIL": "false",
                    # A stop drains for this long at most, so a test's teardown stays short.
                    "TALENTGRAPH_GRACEFUL_SHUTDOWN_SECONDS": "5",
                    # A worker role loads the model before it is ready unless told otherwise: most
                    # tests' workers never embed, or not at once, and wait for "worker ready".
                    "TALENTGRAPH_EMBED_AT_START": "false", **(env or {})}
        self.process: subprocess.Popen | None = None
        self.log = data_dir.parent / f"gateway-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180.0) -> float:
        """Starts the server; returns seconds until it answered its first request."""
        started = time.monotonic()
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "talentgraph"), *self.command, "--port", str(self.port),
             "--data-dir", str(self.data_dir)],
            cwd=ROOT, env=self.env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT,
        )
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"gateway exited early: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1.0).status_code == 200:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"gateway did not answer within {timeout}s: {self.log.read_text()[-2000:]}")

    def stop(self, kill: bool = False) -> None:
        if self.process is None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None
