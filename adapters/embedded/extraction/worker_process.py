"""Set-up of an extraction worker process: caps that keep a hostile document's damage
inside the worker, where the pool can kill and replace it."""
from __future__ import annotations

import os
import resource

from adapters.embedded.extraction.extracted import ExtractedDocument
from adapters.embedded.extraction.settings import ExtractionSettings


def prepare_worker(memory_bytes: int) -> None:
    # Tesseract spreads one page over every core by default; the pool already runs one
    # document per core, and oversubscribing makes both slower.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_bytes > 0:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    # The PDF and plain-text readers now, when the process starts (a warm pool starts its
    # processes before the first upload), not inside the first document's time.
    import adapters.embedded.extraction.dispatch  # noqa: F401


def worker_ready() -> bool:
    """A task that does nothing: the pool has a process running once it returns."""
    return True


def extract_in_worker(data: bytes, content_type: str, settings: ExtractionSettings) -> ExtractedDocument:
    """What the pool runs for a document. The readers are imported in the extraction
    processes only (prepare_worker and dispatch.py): the process handing documents over (an
    API process takes uploads) would otherwise import pypdf, python-docx and Pillow for nothing."""
    from adapters.embedded.extraction.dispatch import extract_document

    return extract_document(data, content_type, settings)
