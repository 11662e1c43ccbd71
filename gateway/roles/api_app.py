"""The app of one API process started by uvicorn's process manager (`serve --workers N`):
settings come from the environment the parent exported (gateway/roles/commands.py)."""
from __future__ import annotations

import gc
import os

from starlette.applications import Starlette

from gateway.config import Settings


def create_api_app() -> Starlette:
    # The collector's passes while the modules and the schema are built free nothing (all of it
    # lives as long as the process) and cost ~0.2 s of CPU at every process start, measured.
    gc.disable()
    try:
        app = _create_api_app()
    finally:
        # Modules and the schema live as long as the process: out of the collector's full passes.
        gc.collect()
        gc.freeze()
        gc.enable()
    return app


def _create_api_app() -> Starlette:
    from gateway.app import create_app
    from gateway.log_format import configure_logging

    settings = Settings()
    if settings.aws.replica_id:
        # Each process is an event replica of its own (its own SQS queue): a shared id would
        # make the processes split one queue's events between them.
        unique = settings.aws.model_copy(update={"replica_id": f"{settings.aws.replica_id}-{os.getpid()}"})
        settings = settings.model_copy(update={"aws": unique})
    configure_logging(settings.log_level)
    app = create_app(settings)
    app.state.freeze_heap_when_ready = True
    return app
