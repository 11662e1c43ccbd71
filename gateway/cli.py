"""`talentgraph`: serve the API, run the workers (or both), create an administrator, provision a backend."""
from __future__ import annotations

import argparse
import asyncio
import gc
import getpass
import logging
import math
import os
import sys
from pathlib import Path
from typing import NoReturn

from gateway.config import Settings
from gateway.private_files import make_private, prepare_data_dir
from gateway.roles.commands import add_role_commands
from gateway.startup import StartupFailure, explain


def _settings(args: argparse.Namespace, role: str | None = None) -> Settings:
    overrides = {
        key: value
        for key, value in {
            "host": getattr(args, "host", None),
            "port": getattr(args, "port", None),
            "data_dir": getattr(args, "data_dir", None),
            "backend": getattr(args, "backend", None),
            "queue_workers": getattr(args, "concurrency", None),
            "role": role,
        }.items()
        if value is not None
    }
    return Settings.model_validate(overrides)


def serve_in_this_process(settings: Settings) -> int:
    """The API (and, in role "all", the workers) in this one process."""
    import uvicorn

    from gateway.app import create_app
    from gateway.log_format import configure_logging
    from gateway.roles.background import hold_role

    configure_logging(settings.log_level)
    try:
        prepare(settings)
        # Checked here too, before uvicorn: a refusal in the lifespan comes with uvicorn's
        # traceback. Released at once, since the lifespan takes the same locks in this process.
        with hold_role(settings):
            pass
        app = create_app(settings)
        app.state.freeze_heap_when_ready = True
    except Exception as error:
        exit_at_once(explain(error, settings.database_path))
    logging.getLogger("talentgraph").info(
        "serving on http://%s:%s/graphql (backend %s, role %s, data in %s)",
        settings.host, settings.port, settings.backend, settings.role, settings.data_dir.resolve(),
    )
    # What is loaded by now (modules, the schema) lives as long as the process: out of the
    # cyclic collector's full passes, which would otherwise pause every request in flight.
    gc.collect()
    gc.freeze()
    try:
        uvicorn.run(
            app, host=settings.host, port=settings.port, log_config=None,
            ws="websockets-sansio", lifespan="on",
            # Forwarded headers are honoured by the app, and only from TALENTGRAPH_TRUSTED_PROXIES;
            # uvicorn's own default would trust them from 127.0.0.1 (or $FORWARDED_ALLOW_IPS).
            proxy_headers=False,
            # uvicorn formats each access line before the logger drops it: only when it is kept.
            access_log=logging.getLogger("uvicorn.access").isEnabledFor(logging.INFO),
            timeout_graceful_shutdown=math.ceil(settings.graceful_shutdown_seconds),
        )
    except SystemExit:
        # uvicorn exits this way when the lifespan failed (or the port is taken).
        exit_at_once(app.state.startup_failure or StartupFailure(
            f"{settings.host}:{settings.port}", "the server did not start (see the log above)"))
    return 0


def prepare(settings: Settings) -> None:
    """A private data dir, and the embedded database (on AWS, the replica's local SQLite files)
    migrated once by this process, before any child (API processes, the worker) opens it:
    migrations must not race."""
    make_private()
    database = settings.database_path
    prepare_data_dir(settings.data_dir, files=(
        database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm"),
        settings.data_dir / "jwt-secret",
    ))
    from adapters.embedded.sqlite.database import Database

    if settings.backend == "embedded":
        databases = [database]
    else:
        from gateway.backends.aws import local_databases

        databases = local_databases(settings)

    async def migrate() -> None:
        for path in databases:
            db = Database(path)
            await db.open()
            await db.close()

    asyncio.run(migrate())


def exit_at_once(failure: StartupFailure) -> NoReturn:
    """One line on stderr, then exit 1 without waiting: a half-opened backend can leave threads
    (a database connection's) that would otherwise keep a process that serves nothing alive."""
    print(f"talentgraph: cannot start: {failure}", file=sys.stderr, flush=True)
    logging.shutdown()
    sys.stdout.flush()
    os._exit(1)


def create_admin(args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from gateway.bootstrap import open_services

    password = os.environ.get("TALENTGRAPH_ADMIN_PASSWORD") or getpass.getpass("Password for the new admin: ")
    # As an API process: beside a running deployment it must neither recover the worker's
    # leases nor open (and save over) the worker's vector index.
    settings = _settings(args, role="api")

    async def run() -> None:
        async with open_services(settings) as services:
            user = await services.accounts.create_admin(args.email, args.name, password)
            print(f"created admin {user.email} ({user.id})")

    try:
        prepare(settings)
        asyncio.run(run())
    except DomainError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 2
    except Exception as error:  # the backend could not be opened: same one line as serve
        exit_at_once(explain(error, settings.database_path))
    return 0


def provision(args: argparse.Namespace) -> int:
    from gateway.provision_aws import provision_aws, report

    try:
        provisioned = asyncio.run(provision_aws(_settings(args)))
    except Exception as error:  # a deploy step: one line saying why (its messages say what to do)
        print(f"talentgraph: cannot provision: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        return 1
    print(report(provisioned))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="talentgraph", description="TalentGraph GraphQL gateway")
    commands = parser.add_subparsers(dest="command", required=True)

    add_role_commands(commands, _settings)

    admin_cmd = commands.add_parser("create-admin", help="create an administrator account")
    admin_cmd.add_argument("--email", required=True)
    admin_cmd.add_argument("--name", required=True)
    admin_cmd.add_argument("--data-dir", type=Path)
    admin_cmd.add_argument("--backend", choices=["embedded", "aws"])
    admin_cmd.set_defaults(func=create_admin)

    provision_cmd = commands.add_parser("provision", help="create the backend's cloud resources (idempotent)")
    provision_cmd.add_argument("--backend", choices=["aws"], required=True)
    provision_cmd.add_argument("--data-dir", type=Path)
    provision_cmd.set_defaults(func=provision)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
