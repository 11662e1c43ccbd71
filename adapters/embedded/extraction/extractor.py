"""The embedded TextExtractor (domain.ports.documents): extraction runs in a pool of worker
processes, off the gateway's event loop, each document under a time limit.

Why processes rather than asyncio.to_thread: PDF, DOCX and OCR work holds the GIL for
long stretches (the gateway would stall), and a thread stuck in a hostile file cannot be
stopped, while a worker process past its time limit is killed and replaced (pebble does
this). The pool starts on the first document, or earlier by start() (the worker role
does, so its processes' start-up is not paid inside the first upload's time); never at
import or construction."""
from __future__ import annotations

import asyncio
import multiprocessing
import threading
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.extracted import ExtractedDocument
from adapters.embedded.extraction.readable_types import READABLE_TYPES
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.extraction.worker_process import extract_in_worker, prepare_worker, worker_ready
from domain.errors import DocumentRejected, TransientFailure

# Workers are recycled now and then so that memory a library never returns stays bounded.
_TASKS_PER_WORKER = 200


class EmbeddedTextExtractor:
    def __init__(self, settings: ExtractionSettings | None = None, workers: int = 2) -> None:
        self.settings = settings or ExtractionSettings()
        self._workers = workers
        self._pool: ProcessPool | None = None
        self._pool_lock = threading.Lock()

    def _running_pool(self) -> ProcessPool:
        with self._pool_lock:
            if self._pool is None or not self._pool.active:
                # spawn, not fork: the gateway process has threads (and maybe torch) that a
                # forked child would inherit in an undefined state.
                self._pool = ProcessPool(
                    max_workers=self._workers,
                    max_tasks=_TASKS_PER_WORKER,
                    initializer=prepare_worker,
                    initargs=(self.settings.worker_memory_bytes,),
                    context=multiprocessing.get_context("spawn"),
                )
            return self._pool

    async def start(self) -> None:
        """Starts the extraction processes now (each imports its readers as it starts) and
        returns once one of them answers."""
        await asyncio.wrap_future(self._running_pool().submit(worker_ready, None))

    async def extract(self, data: bytes, content_type: str) -> ExtractedDocument:
        if content_type not in READABLE_TYPES:
            raise DocumentRejected(reasons.UNSUPPORTED_TYPE)
        timeout = self.settings.document_timeout_seconds
        future = self._running_pool().submit(
            extract_in_worker, timeout, data, content_type, self.settings)
        try:
            return await asyncio.wrap_future(future)
        except TimeoutError as error:
            raise DocumentRejected(reasons.took_too_long(timeout)) from error
        except ProcessExpired as error:
            # Killed by a signal or over its memory cap: the same file would do it again.
            raise DocumentRejected(reasons.READER_CRASHED) from error
        except BrokenProcessPool as error:
            # Workers that cannot start (e.g. a main module without a __main__ guard under
            # spawn) fail every document alike: a fault here, not in the document.
            self.close()
            raise TransientFailure(f"extraction workers could not start: {error}") from error
        except asyncio.CancelledError:
            future.cancel()  # pebble stops the worker busy with it
            raise

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()
            pool.join()
