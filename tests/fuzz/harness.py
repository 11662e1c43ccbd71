"""The gateway under fuzzing: `create_app(settings)` served by uvicorn on a loopback port in a
background thread's event loop. HTTP goes through httpx's ASGITransport in that same loop (fast,
in process); websockets go over the loopback socket. Tracebacks the app logs while a request
runs are kept, so a failure names the file that raised."""
from __future__ import annotations

import asyncio
import logging
import socket
import threading
import traceback
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import httpx

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TracebackTrap(logging.Handler):
    """Keeps every logged exception (ERROR and above) until taken."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[str]:
        taken, self.records = self.records, []
        return [describe_record(record) for record in taken]


def describe_record(record: logging.LogRecord) -> str:
    """`ExcType: message at file:line (function)`, the innermost frame of this project's code."""
    if not record.exc_info or record.exc_info[1] is None:
        return f"{record.name}: {record.getMessage()}"
    kind, error, tb = record.exc_info
    frames = traceback.extract_tb(tb)
    root = str(Path(__file__).resolve().parents[2])
    own = [f for f in frames if f.filename.startswith(root) and "/.venv/" not in f.filename] or frames
    where = own[-1] if own else None
    place = f" at {Path(where.filename).relative_to(root) if where.filename.startswith(root) else where.filename}:" \
            f"{where.lineno} ({where.name})" if where else ""
    return f"{kind.__name__}: {str(error)[:200]}{place}"


def _logging_crashes(app):
    """The app, logging what it raises (uvicorn would) before httpx turns it into a 500."""
    async def logged(scope, receive, send) -> None:
        try:
            await app(scope, receive, send)
        except Exception:
            logging.getLogger("fuzz.asgi").exception("Exception in ASGI application")
            raise

    return logged


def fuzz_settings(data_dir: Path, **overrides: Any):
    from gateway.config import Settings

    return Settings(**{
        "data_dir": data_dir, "jwt_secret": "fuzz-secret-" + "x" * 40, "queue_workers": 1,
        "queue_backoff_seconds": 0.05, "require_verified_email": False, "rate_limits": "off",
        "log_level": "WARNING", **overrides,
    })


class ServedGateway:
    """Start with `start()`, run coroutines in its loop with `call()`, end with `stop()`."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fuzz-gateway", daemon=True)
        self.trap = TracebackTrap()
        self.app = None
        self.server = None
        self.http: httpx.AsyncClient | None = None
        self._serving: asyncio.Future | None = None

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float = 120.0) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def start(self) -> ServedGateway:
        logging.getLogger().addHandler(self.trap)
        self.thread.start()
        self.call(self._start())
        return self

    async def _start(self) -> None:
        import uvicorn

        from gateway.app import create_app

        self.app = create_app(self.settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, lifespan="on", log_config=None,
                                access_log=False, ws="websockets-sansio")
        self.server = uvicorn.Server(config)
        self._serving = asyncio.ensure_future(self.server.serve())
        for _ in range(1200):
            if self.server.started:
                break
            if self._serving.done():
                self._serving.result()
            await asyncio.sleep(0.05)
        else:
            raise TimeoutError("the gateway did not start within 60 s")
        # A crashing app answers 500, as uvicorn would, instead of raising into the fuzzer.
        transport = httpx.ASGITransport(app=_logging_crashes(self.app), client=("127.0.0.1", 50000), raise_app_exceptions=False)
        self.http = httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=60)

    def stop(self) -> None:
        try:
            self.call(self._stop(), timeout=60)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            logging.getLogger().removeHandler(self.trap)

    async def _stop(self) -> None:
        if self.http is not None:
            await self.http.aclose()
        if self.server is not None:
            self.server.should_exit = True
            await asyncio.wait_for(self._serving, 60)
