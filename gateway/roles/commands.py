"""`talentgraph serve`, `talentgraph worker` and `talentgraph run`: the roles as commands.

- serve: N API processes on one port, managed by uvicorn (N = the cores by default);
- worker: the queue's workers, extraction, embedding, matching, notifications;
- run: both, stopped together on Ctrl-C or SIGTERM (`--in-one-process`: both roles in one
  process, as small machines and most end-to-end tests run it)."""
from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
from pathlib import Path

from gateway.config import Settings

API_APP_FACTORY = "gateway.roles.api_app:create_api_app"


def add_role_commands(commands: argparse._SubParsersAction, settings_of) -> None:
    serve_cmd = commands.add_parser("serve", help="serve the GraphQL API (API processes only)")
    _where(serve_cmd)
    serve_cmd.add_argument("--workers", type=int, default=None,
                           help="API processes on the port (default: the number of cores)")
    serve_cmd.set_defaults(func=lambda args: serve(settings_of(args, role="api"), _processes(args.workers)))

    worker_cmd = commands.add_parser("worker", help="run the queue's workers (extraction, embedding, matching)")
    worker_cmd.add_argument("--data-dir", type=Path, help="where data lives (TALENTGRAPH_DATA_DIR, default ./var)")
    worker_cmd.add_argument("--backend", choices=["embedded", "aws"], help="TALENTGRAPH_BACKEND, default embedded")
    worker_cmd.add_argument("--concurrency", type=int, default=None,
                            help="items worked on at once (TALENTGRAPH_QUEUE_WORKERS, default 2)")
    worker_cmd.set_defaults(func=lambda args: worker(settings_of(args, role="worker")))

    run_cmd = commands.add_parser("run", help="serve the API and run the workers; Ctrl-C or SIGTERM stops both")
    _where(run_cmd)
    run_cmd.add_argument("--workers", type=int, default=None, help="API processes (default: the number of cores)")
    run_cmd.add_argument("--concurrency", type=int, default=None, help="the worker's items at once")
    run_cmd.add_argument("--in-one-process", action="store_true",
                         help="both roles in this one process (no separate worker)")
    run_cmd.set_defaults(func=lambda args: run(args, settings_of(args, role="all" if args.in_one_process else "api")))


def _where(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="address to listen on (TALENTGRAPH_HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (TALENTGRAPH_PORT, default 8000)")
    parser.add_argument("--data-dir", type=Path, help="where data lives (TALENTGRAPH_DATA_DIR, default ./var)")
    parser.add_argument("--backend", choices=["embedded", "aws"], help="TALENTGRAPH_BACKEND, default embedded")


def _processes(asked: int | None) -> int:
    return asked if asked is not None else max(1, os.cpu_count() or 1)


def serve(settings: Settings, processes: int) -> int:
    from gateway.cli import serve_in_this_process

    if processes <= 1:
        return serve_in_this_process(settings)
    return serve_with_process_manager(settings, processes)


def serve_with_process_manager(settings: Settings, processes: int) -> int:
    """uvicorn's own process manager: `processes` children, each listening on a socket of its
    own on the port (gateway.roles.per_process_listener) and building its app from the
    environment exported here."""
    import uvicorn
    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors import Multiprocess

    from gateway.auth.tokens import load_or_create_secret
    from gateway.cli import exit_at_once, prepare
    from gateway.log_format import configure_logging
    from gateway.roles.background import hold_role
    from gateway.roles.per_process_listener import reserve_port
    from gateway.startup import StartupFailure, explain

    configure_logging(settings.log_level)
    try:
        prepare(settings)
        # uvicorn's manager stops with status 0 and no cause when a child fails to start: what
        # the parent can check, it checks here, so the usual line names the cause.
        load_or_create_secret(settings.jwt_secret, settings.data_dir)
        # Held by this parent too: a second deployment is refused here, in one line, before
        # any child starts.
        with hold_role(settings), reserve_port(settings.host, settings.port) as port:
            export(settings, processes)
            config = uvicorn.Config(
                API_APP_FACTORY, factory=True, workers=processes, host=settings.host, port=settings.port,
                log_config=None, ws="websockets-sansio", lifespan="on", proxy_headers=False,
                timeout_graceful_shutdown=math.ceil(settings.graceful_shutdown_seconds),
            )
            logging.getLogger("talentgraph").info(
                "serving on http://%s:%s/graphql (%d API processes, each on a socket of its own;"
                " backend %s, data in %s)", settings.host, settings.port, processes, settings.backend,
                settings.data_dir.resolve())
            # What uvicorn.run does with workers > 1, given this socket instead of its shared one.
            manager = Multiprocess(config, sockets=[port])
            manager.run()
            if any(process.exitcode == STARTUP_FAILURE for process in manager.processes):
                raise StartupFailure(None, "an API process failed to start (its JSON log line says why)")
    except Exception as error:
        exit_at_once(explain(error, settings.database_path))
    return 0


def export(settings: Settings, processes: int) -> None:
    """What the API children read back with Settings(): the flags given to this command."""
    os.environ.update({
        # Sizes the rate-limit leases; an operator's larger count (replicas x processes) stands.
        "TALENTGRAPH_API_PROCESSES": str(max(processes, settings.api_processes)),
        "TALENTGRAPH_HOST": settings.host,
        "TALENTGRAPH_PORT": str(settings.port),
        "TALENTGRAPH_DATA_DIR": str(settings.data_dir.resolve()),
        "TALENTGRAPH_BACKEND": settings.backend,
        "TALENTGRAPH_ROLE": settings.role,
        "TALENTGRAPH_QUEUE_WORKERS": str(settings.queue_workers),
    })


def worker(settings: Settings) -> int:
    from gateway.cli import exit_at_once, prepare
    from gateway.log_format import configure_logging
    from gateway.roles.worker import run_worker
    from gateway.startup import explain

    configure_logging(settings.log_level)
    try:
        prepare(settings)
        asyncio.run(run_worker(settings))
    except Exception as error:
        exit_at_once(explain(error, settings.database_path))
    return 0


def run(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.roles.together import run_together

    if args.in_one_process:
        from gateway.cli import serve_in_this_process

        return serve_in_this_process(settings)
    return run_together(settings, _processes(args.workers), args.concurrency)
